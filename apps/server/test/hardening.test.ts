import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_HARDENING, loadConfig } from '../src/config.js';
import { useExecutionTimeout } from '../src/hardening.js';
import { startTestServer, type TestServer } from './harness.js';

// Performance is never asserted with wall-clock thresholds: "quickly" means the server answers at
// all within the test timeout, and the assertions are about what it answers and that it keeps
// answering afterwards.

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}

const json = (payload: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

/** A stack frame, a SQL statement or a driver message must never reach a client. */
const INTERNALS = /\bat .+:\d+:\d+|\.ts:\d+|\.js:\d+|\bselect\b.+\bfrom\b|SQLITE_|no such table|LibsqlError/i;

/** Refused: a 4xx, or a GraphQL result with errors and no data. Clear message, no internals. */
function expectRefused(answer: Answer, message?: RegExp): void {
  const refused = answer.status >= 400 && answer.status < 500;
  const graphqlError = answer.body?.errors !== undefined && answer.body.data == null;
  expect(refused || graphqlError, `status ${answer.status}: ${answer.text.slice(0, 300)}`).toBe(true);
  if (message) expect(answer.body?.errors?.[0]?.message).toMatch(message);
  expect(answer.text).not.toMatch(INTERNALS);
}

/** Nests `levels` connection hops through the Trial ↔ Therapy cycle. */
function cycle(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) {
    selection = i % 2 === 0 ? `trials { nodes { ${selection} } }` : `therapies { nodes { ${selection} } }`;
  }
  return `{ ${selection} }`;
}

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

async function expectResponsive(server: TestServer = s): Promise<void> {
  const { status, body } = await server.gql<{ trials: { totalCount: number } }>(
    '{ trials(first: 1) { totalCount } }',
  );
  expect(status).toBe(200);
  expect(body.data?.trials.totalCount).toBeTypeOf('number');
}

describe('abusive requests are refused with a clear error, and the server keeps answering', () => {
  it('40 levels of nesting through a type cycle', async () => {
    const answer = await send(s.url, json({ query: cycle(20) }));
    expectRefused(answer, /limit of \d+ exceeded/);
    expect(answer.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    await expectResponsive();
  });

  it('2000 aliases', async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: trials { totalCount }`).join(' ')} }`;
    const answer = await send(s.url, json({ query }));
    expectRefused(answer, /limit of \d+ exceeded/);
    expect(answer.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    await expectResponsive();
  });

  it('5000 repeated fields (refused while parsing, before validation)', async () => {
    const answer = await send(s.url, json({ query: `{ trials { ${'totalCount '.repeat(5000)} } }` }));
    expectRefused(answer, /Token limit of 1000 exceeded/);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxTokens',
    });
    await expectResponsive();
  });

  it('circular fragments', async () => {
    const query = `{ trials { nodes { ...A } } }
      fragment A on Trial { therapies { nodes { ...B } } }
      fragment B on Therapy { trials { nodes { ...A } } }`;
    const answer = await send(s.url, json({ query }));
    expectRefused(answer);
    expect(answer.body?.errors?.length).toBeGreaterThan(0);
    await expectResponsive();
  });

  it('a 2 MB query (413 before parsing)', async () => {
    const query = `{ trials { nodes { ${'title '.repeat(350_000)} } } }`;
    expect(query.length).toBeGreaterThan(2_000_000);
    const answer = await send(s.url, json({ query }));
    expect(answer.status).toBe(413);
    expectRefused(answer, /too large/i);
    await expectResponsive();
  });

  it('a batch of 200 operations (batching is off by default)', async () => {
    const answer = await send(s.url, json(Array.from({ length: 200 }, () => ({ query: '{ __typename }' }))));
    expect(answer.status).toBe(400);
    expectRefused(answer, /Batching is not supported/);
    await expectResponsive();
  });

  it('500 directives on one field', async () => {
    const answer = await send(s.url, json({ query: `{ __typename ${'@include(if: true) '.repeat(500)} }` }));
    expectRefused(answer, /limit of \d+ exceeded/);
    await expectResponsive();
  });

  it('malformed JSON', async () => {
    const answer = await send(s.url, json('{"query": "{ __typename }"'));
    expect(answer.status).toBe(400);
    expectRefused(answer, /invalid JSON/);
    await expectResponsive();
  });

  it('a wrong content type', async () => {
    for (const contentType of ['text/plain', 'application/xml', 'image/png']) {
      const answer = await send(s.url, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.status, contentType).toBeGreaterThanOrEqual(400);
      expect(answer.status, contentType).toBeLessThan(500);
      expect(answer.text).not.toMatch(INTERNALS);
    }
    await expectResponsive();
  });

  it('a mutation over GET (405)', async () => {
    // The product schema has no Mutation type yet; yoga refuses any non-query operation over
    // GET (405, Allow: POST) before validating it, so this holds once mutations exist too. The
    // timeout test below also checks it against a schema that has a Mutation type.
    const answer = await send(`${s.url}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expectRefused(answer, /mutation operation from a POST request/);
    await expectResponsive();
  });

  it('first: 1000000, as a literal or a variable', async () => {
    const literal = await send(s.url, json({ query: '{ trials(first: 1000000) { nodes { id } } }' }));
    expectRefused(literal, /Query Cost limit of \d+ exceeded.*first\/last/);
    const variable = await s.gql('query($n: Int) { trials(first: $n) { nodes { id } } }', { n: 1_000_000 });
    expect(variable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.body.errors?.[0]?.message).toMatch(/first.*at most 100/);
    await expectResponsive();
  });
});

describe('each query limit on its own, with a small document', () => {
  it('max depth', async () => {
    const answer = await send(s.url, json({ query: cycle(5) }));
    expectRefused(answer, /Query depth limit of 10 exceeded, found 11/);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxDepth',
    });
    const ok = await send(s.url, json({ query: cycle(4) }));
    expect(ok.body?.errors).toBeUndefined();
  });

  it('max aliases (15 by default; __typename aliases are free)', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: trials(first: 1) { totalCount }`).join(' ')} }`;
    const answer = await send(s.url, json({ query: aliases(16) }));
    expectRefused(answer, /Aliases limit of 15 exceeded, found 16/);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 'maxAliases' });
    expect((await send(s.url, json({ query: aliases(15) }))).body?.errors).toBeUndefined();
  });

  it('max directives (50 by default)', async () => {
    const answer = await send(s.url, json({ query: `{ __typename ${'@include(if: true) '.repeat(51)} }` }));
    expectRefused(answer, /Directives limit of 50 exceeded, found 51/);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 'maxDirectives' });
  });

  it('cost limit: nested pages multiply', async () => {
    const query =
      '{ trials(first: 100) { nodes { therapies(first: 100) { nodes { trials(first: 100) { nodes { id } } } } } } }';
    const answer = await send(s.url, json({ query }));
    expectRefused(answer, /Query Cost limit of 500000 exceeded/);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ limit: 'maxCost' });
  });

  it('answers 400 to clients that accept application/graphql-response+json', async () => {
    const answer = await send(
      s.url,
      json({ query: cycle(5) }, { accept: 'application/graphql-response+json' }),
    );
    expect(answer.status).toBe(400);
  });

  it('every limit is configurable', async () => {
    const strict = await startTestServer({
      seed: false,
      config: { hardening: { maxDepth: 3, maxAliases: 1, maxTokens: 30, maxDirectives: 1, maxCost: 50 } },
    });
    try {
      const deep = await send(
        strict.url,
        json({ query: '{ trials { nodes { therapies { nodes { id } } } } }' }),
      );
      expectRefused(deep, /depth limit of 3/);
      const aliased = await send(
        strict.url,
        json({ query: '{ a: trials { totalCount } b: trials { totalCount } }' }),
      );
      expectRefused(aliased, /Aliases limit of 1/);
      const long = await send(strict.url, json({ query: `{ trials { ${'totalCount '.repeat(30)} } }` }));
      expectRefused(long, /Token limit of 30/);
      const directed = await send(
        strict.url,
        json({ query: '{ __typename @include(if: true) @skip(if: false) }' }),
      );
      expectRefused(directed, /Directives limit of 1/);
      const costly = await send(strict.url, json({ query: '{ trials(first: 50) { nodes { id } } }' }));
      expectRefused(costly, /Cost limit of 50/);
    } finally {
      await strict.close();
    }
  });
});

describe('request body size', () => {
  it('answers 413 when Content-Length is above MAX_BODY_BYTES', async () => {
    const small = await startTestServer({ seed: false, config: { hardening: { maxBodyBytes: 2048 } } });
    try {
      const answer = await send(
        small.url,
        json({ query: '{ __typename }', variables: { pad: 'x'.repeat(4096) } }),
      );
      expect(answer.status).toBe(413);
      expect(answer.body?.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
      await expectResponsive(small);
    } finally {
      await small.close();
    }
  });

  it('counts streamed bytes when there is no Content-Length (chunked upload)', async () => {
    const small = await startTestServer({ seed: false, config: { hardening: { maxBodyBytes: 2048 } } });
    try {
      const chunk = new TextEncoder().encode(
        `{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(1000)}`,
      );
      const rest = new TextEncoder().encode(`${'y'.repeat(4000)}"}}`);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(chunk);
          controller.enqueue(rest);
          controller.close();
        },
      });
      const res = await fetch(small.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      await res.text();
      await expectResponsive(small);
    } finally {
      await small.close();
    }
  });
});

describe('batching', () => {
  it('is capped when enabled', async () => {
    const batching = await startTestServer({ seed: false, config: { hardening: { maxBatchOperations: 5 } } });
    try {
      const two = await send(
        batching.url,
        json([{ query: '{ a: __typename }' }, { query: '{ b: __typename }' }]),
      );
      expect(two.status).toBe(200);
      expect(two.body).toEqual([{ data: { a: 'Query' } }, { data: { b: 'Query' } }]);
      const many = await send(
        batching.url,
        json(Array.from({ length: 200 }, () => ({ query: '{ __typename }' }))),
      );
      expect(many.status).toBe(413);
      expectRefused(many, /Batching is limited to 5 operations/);
      await expectResponsive(batching);
    } finally {
      await batching.close();
    }
  });
});

describe('execution timeout', () => {
  // A schema of its own with slow resolvers: the product schema has nothing slow on purpose.
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  function slowYoga(timeoutMs: number, started: string[]) {
    const slow = (name: string) => async () => {
      started.push(name);
      await sleep(150);
      return name;
    };
    return createYoga({
      schema: createSchema({
        typeDefs:
          'type Query { fast: String! slow: String! } type Mutation { a: String! b: String! c: String! }',
        resolvers: {
          Query: { fast: () => 'fast', slow: slow('slow') },
          Mutation: { a: slow('a'), b: slow('b'), c: slow('c') },
        },
      }),
      plugins: [useExecutionTimeout(timeoutMs)],
      logging: false,
    });
  }

  it('answers a TIMEOUT error and starts no further resolvers', async () => {
    const started: string[] = [];
    const yoga = slowYoga(200, started);
    // Mutation fields run one after another: a and b start (300 ms in all), c never does.
    const res = await yoga.fetch('http://localhost/graphql', json({ query: 'mutation { a b c }' }));
    const body = (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(body.errors?.[0]?.message).toMatch(/longer than 200 ms/);
    await sleep(200);
    expect(started).toEqual(['a', 'b']);
    const fast = await yoga.fetch('http://localhost/graphql', json({ query: '{ fast }' }));
    expect(await fast.json()).toEqual({ data: { fast: 'fast' } });
  });

  it('leaves operations within the limit alone', async () => {
    const yoga = slowYoga(5_000, []);
    const res = await yoga.fetch('http://localhost/graphql', json({ query: '{ slow }' }));
    expect(await res.json()).toEqual({ data: { slow: 'slow' } });
  });

  it('refuses a real mutation over GET with 405', async () => {
    const yoga = slowYoga(5_000, []);
    const res = await yoga.fetch(`http://localhost/graphql?query=${encodeURIComponent('mutation { a }')}`);
    expect(res.status).toBe(405);
  });
});

describe('errors in production', () => {
  it('masks unexpected errors: no stack trace, no SQL', async () => {
    const broken = await startTestServer({ seed: false });
    try {
      await broken.db.client.execute('alter table therapies rename to therapies_moved');
      const { body, text } = await broken.gql('{ therapies(first: 1) { nodes { name } } }');
      expect(body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(INTERNALS);
      expect(text).not.toMatch(/therapies_moved|stack/);
      await broken.db.client.execute('alter table therapies_moved rename to therapies');
      await expectResponsive(broken);
    } finally {
      await broken.close();
    }
  });

  it('is the default: without NODE_ENV errors carry no originalError or stack; development shows them', async () => {
    expect(loadConfig({}).production).toBe(true);
    const answerWith = async (production: boolean) => {
      const broken = await startTestServer({ seed: false, config: { production } });
      try {
        await broken.db.client.execute('alter table therapies rename to therapies_moved');
        return await broken.gql('{ therapies(first: 1) { nodes { name } } }');
      } finally {
        await broken.close();
      }
    };
    const masked = await answerWith(loadConfig({}).production);
    expect(masked.body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(Object.keys(masked.body.errors?.[0]?.extensions ?? {})).toEqual(['code']);
    expect(masked.text).not.toMatch(/originalError|stack|therapies_moved/);
    expect(masked.text).not.toMatch(INTERNALS);

    const detailed = await answerWith(loadConfig({ NODE_ENV: 'development' }).production);
    expect(detailed.text).toMatch(/originalError/);
    expect(detailed.text).toMatch(/stack/);
  });
});

describe('CORS', () => {
  const preflight = (origin: string): RequestInit => ({
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

  it('allows no origin by default: a foreign Origin gets no CORS headers at all', async () => {
    const simple = await send(s.url, json({ query: '{ __typename }' }, { origin: 'https://evil.example' }));
    expect(simple.status).toBe(200);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    const pre = await send(s.url, preflight('https://evil.example'));
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers an allowlisted origin with exactly that origin and credentials, and no one else', async () => {
    const allowed = 'https://app.example.org';
    const server = await startTestServer({
      seed: false,
      config: { cors: { origins: [allowed, 'http://localhost:5173'] } },
    });
    try {
      const ok = await send(server.url, json({ query: '{ __typename }' }, { origin: allowed }));
      expect(ok.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
      expect(ok.headers.get('vary')).toMatch(/\bOrigin\b/);

      const pre = await send(server.url, preflight(allowed));
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
      expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/);

      for (const foreign of ['https://evil.example', 'https://app.example.org.evil.example', 'null']) {
        const refused = await send(server.url, json({ query: '{ __typename }' }, { origin: foreign }));
        expect(refused.headers.get('access-control-allow-origin'), foreign).toBeNull();
        expect(refused.headers.get('access-control-allow-credentials'), foreign).toBeNull();
        const refusedPre = await send(server.url, preflight(foreign));
        expect(refusedPre.headers.get('access-control-allow-origin'), foreign).toBeNull();
      }
      // Same-origin and non-browser requests are unaffected.
      expect((await send(server.url, json({ query: '{ __typename }' }))).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('introspection', () => {
  it('is on by default', async () => {
    const { body } = await s.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });

  it('can be switched off, which also hides field suggestions', async () => {
    const closed = await startTestServer({ seed: false, config: { hardening: { introspection: false } } });
    try {
      const schema = await closed.gql('{ __schema { queryType { name } } }');
      expect(schema.body.data).toBeUndefined();
      expect(schema.body.errors?.[0]?.message).toMatch(/introspection/i);
      const type = await closed.gql('{ __type(name: "Trial") { name } }');
      expect(type.body.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await closed.gql('{ trials { nodes { titl } } }');
      expect(typo.body.errors?.[0]?.message).toMatch(/Cannot query field "titl"/);
      expect(typo.text).not.toMatch(/Did you mean/);
      await expectResponsive(closed);
    } finally {
      await closed.close();
    }
    const open = await s.gql('{ trials { nodes { titl } } }');
    expect(open.text).toMatch(/Did you mean/);
  });
});

describe('CSRF prevention', () => {
  const get = `?query=${encodeURIComponent('{ __typename }')}`;

  it('requires a custom header on GET and form-like requests, not on JSON POSTs', async () => {
    const bare = await send(`${s.url}${get}`);
    expect(bare.status).toBe(403);
    expectRefused(bare, /CSRF/);
    const form = await send(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(form.status).toBe(403);
    for (const header of ['x-graphql-yoga-csrf', 'apollo-require-preflight']) {
      const marked = await send(`${s.url}${get}`, { headers: { [header]: '1' } });
      expect(marked.body).toEqual({ data: { __typename: 'Query' } });
    }
    const post = await send(s.url, json({ query: '{ __typename }' }));
    expect(post.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('still serves GraphiQL to browsers', async () => {
    const res = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('<html');
  });

  it('can be switched off', async () => {
    const open = await startTestServer({ seed: false, config: { hardening: { csrfPrevention: false } } });
    try {
      expect((await send(`${open.url}${get}`)).body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await open.close();
    }
  });
});

describe('rate limiting', () => {
  const query = json({ query: '{ __typename }' });

  it('answers 429 with Retry-After once an address has spent its budget', async () => {
    const limited = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 3 } } });
    try {
      for (let i = 0; i < 3; i++) expect((await send(limited.url, query)).status).toBe(200);
      const over = await send(limited.url, query);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(over.body?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(over.body?.errors?.[0]?.message).toMatch(/Too many requests/);
      // Health, readiness and metrics are not GraphQL traffic and stay reachable.
      expect((await send(`${limited.origin}/health`)).status).toBe(200);
      expect((await send(`${limited.origin}/ready`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('keeps a separate budget per bearer token', async () => {
    const limited = await startTestServer({
      seed: false,
      config: { hardening: { rateLimitPerMinute: 3, rateLimitIpPerMinute: 0 } },
    });
    try {
      const as = (token: string) =>
        send(limited.url, json({ query: '{ __typename }' }, { authorization: `Bearer ${token}` }));
      for (let i = 0; i < 3; i++) expect((await send(limited.url, query)).status).toBe(200);
      expect((await send(limited.url, query)).status).toBe(429);
      // Same address, but each token has its own budget.
      for (let i = 0; i < 3; i++) expect((await as(limited.tokens.reader)).status).toBe(200);
      expect((await as(limited.tokens.reader)).status).toBe(429);
      expect((await as(limited.tokens.curator)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('keeps a separate budget per client address behind a trusted proxy', async () => {
    const limited = await startTestServer({
      seed: false,
      config: { hardening: { rateLimitPerMinute: 2, trustProxy: 1 } },
    });
    try {
      const from = (address: string) =>
        send(
          limited.url,
          json({ query: '{ __typename }' }, { 'x-forwarded-for': `203.0.113.9, ${address}` }),
        );
      expect((await from('10.0.0.1')).status).toBe(200);
      expect((await from('10.0.0.1')).status).toBe(200);
      expect((await from('10.0.0.1')).status).toBe(429);
      expect((await from('10.0.0.2')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('caps each address whatever tokens it invents', async () => {
    const limited = await startTestServer({
      seed: false,
      config: { hardening: { rateLimitPerMinute: 100, rateLimitIpPerMinute: 4 } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const answer = await send(
          limited.url,
          json({ query: '{ __typename }' }, { authorization: `Bearer gt_made-up-${i}` }),
        );
        statuses.push(answer.status);
      }
      expect(statuses.slice(0, 4)).not.toContain(429);
      expect(statuses[4]).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('is off with a budget of 0', async () => {
    const unlimited = await startTestServer({
      seed: false,
      config: { hardening: { rateLimitPerMinute: 0 } },
    });
    try {
      for (let i = 0; i < 20; i++) expect((await send(unlimited.url, query)).status).toBe(200);
    } finally {
      await unlimited.close();
    }
  });
});

describe('configuration from the environment', () => {
  it('has documented safe defaults', () => {
    const config = loadConfig({});
    expect(config.hardening).toEqual(DEFAULT_HARDENING);
    expect(config.hardening).toMatchObject({
      maxDepth: 10,
      maxAliases: 15,
      maxTokens: 1000,
      maxDirectives: 50,
      maxCost: 500_000,
      maxBodyBytes: 100_000,
      maxBatchOperations: 0,
      executionTimeoutMs: 5000,
      rateLimitPerMinute: 600,
      rateLimitIpPerMinute: 6000,
      trustProxy: 0,
      introspection: true,
      csrfPrevention: true,
    });
    expect(config.metrics).toEqual({ enabled: true });
    expect(config.production).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(config.cors).toEqual({ origins: [] });
  });

  it('only NODE_ENV=development turns production semantics off', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(true);
  });

  it('reads CORS_ORIGINS and METRICS_PORT', () => {
    expect(
      loadConfig({
        CORS_ORIGINS: ' https://app.example.org, http://localhost:5173/ ,https://app.example.org',
      }).cors,
    ).toEqual({ origins: ['https://app.example.org', 'http://localhost:5173'] });
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ enabled: true, port: 9464 });
    for (const bad of ['*', 'app.example.org', 'https://app.example.org/path', 'ftp://files.example.org']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
    }
  });

  it('reads every limit', () => {
    const config = loadConfig({
      MAX_DEPTH: '7',
      MAX_ALIASES: '3',
      MAX_TOKENS: '500',
      MAX_DIRECTIVES: '5',
      MAX_COST: '1000',
      MAX_BODY_BYTES: '20000',
      MAX_BATCH_OPERATIONS: '10',
      EXECUTION_TIMEOUT_MS: '2500',
      RATE_LIMIT_PER_MINUTE: '60',
      TRUST_PROXY: '1',
      INTROSPECTION: 'false',
      CSRF_PREVENTION: '0',
      METRICS: 'false',
      METRICS_TOKEN: 'a-long-enough-metrics-secret',
    });
    expect(config.hardening).toEqual({
      maxDepth: 7,
      maxAliases: 3,
      maxTokens: 500,
      maxDirectives: 5,
      maxCost: 1000,
      maxAggregateCost: 40,
      maxBodyBytes: 20000,
      maxBatchOperations: 10,
      executionTimeoutMs: 2500,
      rateLimitPerMinute: 60,
      rateLimitIpPerMinute: 600,
      trustProxy: 1,
      introspection: false,
      csrfPrevention: false,
      sharedRateLimits: false,
    });
    expect(config.metrics).toEqual({ enabled: false, token: 'a-long-enough-metrics-secret' });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).hardening.rateLimitPerMinute).toBe(0);
    expect(loadConfig({ RATE_LIMIT_IP_PER_MINUTE: '0' }).hardening.rateLimitIpPerMinute).toBe(0);
  });

  it('fails at start with a message naming the variable', () => {
    const bad: Record<string, string> = {
      MAX_DEPTH: 'deep',
      MAX_TOKENS: '0',
      MAX_COST: '-5',
      MAX_BODY_BYTES: '10',
      EXECUTION_TIMEOUT_MS: '1.5',
      RATE_LIMIT_PER_MINUTE: 'lots',
      INTROSPECTION: 'maybe',
      CSRF_PREVENTION: 'off',
      METRICS_TOKEN: 'short',
      METRICS_PORT: '70000',
      CORS_ORIGINS: '*',
      NODE_ENV: 'staging',
    };
    for (const [name, value] of Object.entries(bad)) {
      expect(() => loadConfig({ [name]: value }), name).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value }), name).toThrow(new RegExp(name));
    }
  });
});
