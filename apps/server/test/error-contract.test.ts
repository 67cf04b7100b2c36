import { readFileSync } from 'node:fs';
import { ERROR_CODE_LIST, type ErrorCode, MAX_INPUT_DEPTH } from '@genetrials/schema';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// The error contract over the real HTTP server: Relay `node`/`nodes` answer null for IDs that name
// nothing, patient IDs do not reveal whether they exist, deep input is refused before coercion,
// and every error in every response carries a code from the one documented list (ERROR_CODES).

interface Answer {
  status: number;
  text: string;
  body:
    | {
        data?: Record<string, unknown> | null;
        errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
      }
    | undefined;
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
  return { status: res.status, text, body };
}

function post(payload: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  };
}

const codesOf = (answer: Answer) => (answer.body?.errors ?? []).map((e) => e.extensions?.code);

/** `{ not: { not: … { sponsor: "x" } } }` as JSON text, `levels` objects deep (no recursion). */
function deepNotJson(levels: number): string {
  return `${'{"not":'.repeat(levels - 1)}{"sponsor":"x"}${'}'.repeat(levels - 1)}`;
}

/** The same nesting as a GraphQL literal. */
function deepNotLiteral(levels: number): string {
  return `${'{ not: '.repeat(levels - 1)}{ sponsor: "x" }${' }'.repeat(levels - 1)}`;
}

const MISSING = 987_654;

let s: TestServer;
let patientId: string;
let trialId: string;
let therapyId: string;

beforeAll(async () => {
  s = await startTestServer();
  const { body } = await s.gql<{
    patients: { nodes: { id: string }[] };
    trials: { nodes: { id: string }[] };
    therapies: { nodes: { id: string }[] };
  }>(
    '{ patients(first: 1) { nodes { id } } trials(first: 1) { nodes { id } } therapies(first: 1) { nodes { id } } }',
    {},
    {
      role: 'reader',
    },
  );
  patientId = body.data?.patients.nodes[0]?.id as string;
  trialId = body.data?.trials.nodes[0]?.id as string;
  therapyId = body.data?.therapies.nodes[0]?.id as string;
  expect(patientId && trialId && therapyId).toBeTruthy();
});

afterAll(async () => {
  await s.close();
});

describe('Relay node and nodes', () => {
  it('node answers null, without an error, for a valid global ID of a missing row', async () => {
    const { status, body } = await s.gql(`{ node(id: "${encodeGlobalID('Trial', MISSING)}") { id } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { node: null } });
  });

  it('node answers null for decodable IDs that name nothing: unknown type, non-Node type, non-numeric id', async () => {
    for (const id of [
      encodeGlobalID('Nope', 1),
      encodeGlobalID('Query', 1),
      encodeGlobalID('TrialConnection', 1),
      encodeGlobalID('Trial', 'abc'),
      encodeGlobalID('Trial', '0'),
      encodeGlobalID('Trial', '-1'),
      encodeGlobalID('Trial', '1 or 1=1'),
    ]) {
      const { status, body } = await s.gql('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(status, id).toBe(200);
      expect(body, id).toEqual({ data: { node: null } });
    }
  });

  it('node still finds what exists', async () => {
    const { body } = await s.gql(`{ node(id: "${trialId}") { id ... on Trial { title } } }`);
    expect(body.errors).toBeUndefined();
    expect((body.data as { node: { id: string } }).node.id).toBe(trialId);
  });

  it('nodes nulls only the missing entries', async () => {
    const ids = [trialId, encodeGlobalID('Trial', MISSING), therapyId, encodeGlobalID('Nope', 3)];
    const { status, body } = await s.gql<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.nodes).toEqual([{ id: trialId }, null, { id: therapyId }, null]);
  });

  it('an ID that is not a global ID at all is BAD_USER_INPUT, and the input is not echoed', async () => {
    const probe = '<script>alert(1)</script>';
    for (const query of [
      'query($id: ID!) { node(id: $id) { id } }',
      'query($id: ID!) { trial(id: $id) { id } }',
      'query($id: ID!) { nodes(ids: [$id]) { id } }',
    ]) {
      const answer = await s.gql(query, { id: probe });
      expect(answer.status, query).toBeLessThan(500);
      expect(codesOf(answer as Answer), query).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message).toBe('Invalid global ID');
      expect(answer.text).not.toContain('script');
    }
  });

  it('a global ID of another type is BAD_USER_INPUT without echoing it', async () => {
    const answer = await s.gql('query($id: ID!) { therapy(id: $id) { id } }', { id: trialId });
    expect(codesOf(answer as Answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.text).not.toContain(trialId);
  });
});

describe('patient IDs do not reveal whether they exist', () => {
  const missingPatient = encodeGlobalID('Patient', MISSING);

  it('anonymous: node, nodes and patient answer the same FORBIDDEN for an existing and a missing patient', async () => {
    for (const field of ['node', 'patient']) {
      const query = `query($id: ID!) { ${field}(id: $id) { id } }`;
      const existing = await s.gql(query, { id: patientId }, { anonymous: true });
      const missing = await s.gql(query, { id: missingPatient }, { anonymous: true });
      expect(existing.status, field).toBe(missing.status);
      expect(existing.body, field).toEqual(missing.body);
      expect(codesOf(existing as Answer), field).toEqual(['FORBIDDEN']);
    }
    const { body } = await s.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [patientId, missingPatient, trialId] },
      { anonymous: true },
    );
    expect(body.data).toEqual({ nodes: [null, null, { id: trialId }] });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 0], 'FORBIDDEN'],
      [['nodes', 1], 'FORBIDDEN'],
    ]);
    expect(body.errors?.[0]?.message).toBe(body.errors?.[1]?.message);
  });

  it('a reader gets the patient, and null for a missing one', async () => {
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    const existing = await s.gql(query, { id: patientId }, { role: 'reader' });
    expect(existing.body).toEqual({ data: { node: { id: patientId } } });
    const missing = await s.gql(query, { id: missingPatient }, { role: 'reader' });
    expect(missing.body).toEqual({ data: { node: null } });
  });
});

describe('deep input', () => {
  const query = 'query($f: TrialFilter) { trials(filter: $f, first: 1) { totalCount } }';

  for (const levels of [1_000, 10_000]) {
    it(`a variable ${levels} levels deep is BAD_USER_INPUT naming the limit, not a 500`, async () => {
      const body = `{"query":${JSON.stringify(query)},"variables":{"f":${deepNotJson(levels)}}}`;
      const answer = await send(s.url, post(body));
      expect(answer.status).toBeLessThan(500);
      expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body?.errors?.[0]?.message).toMatch(new RegExp(`at most ${MAX_INPUT_DEPTH} levels`));
      // The server keeps answering.
      expect((await s.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    });
  }

  it('a literal nested past the limit is refused the same way (with the token limit raised)', async () => {
    const open = await startTestServer({ seed: false, config: { hardening: { maxTokens: 100_000 } } });
    try {
      const answer = await send(
        open.url,
        post({ query: `{ trials(filter: ${deepNotLiteral(1_000)}, first: 1) { totalCount } }` }),
      );
      expect(answer.status).toBeLessThan(500);
      expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body?.errors?.[0]?.message).toMatch(new RegExp(`at most ${MAX_INPUT_DEPTH} levels`));
    } finally {
      await open.close();
    }
  });

  it('nesting within the limit reaches the resolver (whose own and/or/not rule then applies)', async () => {
    const shallow = await s.gql<{ trials: { totalCount: number } }>(query, { f: JSON.parse(deepNotJson(5)) });
    expect(shallow.body.errors).toBeUndefined();
    expect(typeof shallow.body.data?.trials.totalCount).toBe('number');
    const literal = await s.gql(`{ trials(filter: ${deepNotLiteral(5)}, first: 1) { totalCount } }`);
    expect(literal.body.errors).toBeUndefined();
    const deep = await s.gql(query, { f: JSON.parse(deepNotJson(MAX_INPUT_DEPTH - 1)) });
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.body.errors?.[0]?.extensions?.issues?.[0]?.rule).toBe('too_deep');
  });
});

interface BadRequest {
  name: string;
  /** Request URL suffix (query string) and init; default: POST JSON `payload`. */
  payload?: unknown;
  search?: string;
  init?: RequestInit;
  code: ErrorCode;
  status?: number;
}

const QUERY_TRIALS = '{ trials(first: 1) { nodes { id } } }';

function badRequests(): BadRequest[] {
  const trials = (args: string) => ({ query: `{ trials(${args}) { nodes { id } } }` });
  return [
    { name: 'parse error', payload: { query: '{ trials(' }, code: 'GRAPHQL_PARSE_FAILED' },
    {
      name: 'unknown field',
      payload: { query: '{ trials { nodes { nope } } }' },
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    { name: 'literal of the wrong type', payload: trials('first: "x"'), code: 'GRAPHQL_VALIDATION_FAILED' },
    {
      name: 'variable of the wrong type',
      payload: { query: 'query($n: Int) { trials(first: $n) { nodes { id } } }', variables: { n: 'abc' } },
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'missing required variable',
      payload: { query: 'query($id: ID!) { node(id: $id) { id } }' },
      code: 'BAD_USER_INPUT',
    },
    { name: 'first: -1', payload: trials('first: -1'), code: 'BAD_USER_INPUT' },
    {
      name: 'first: -1 with only totalCount selected',
      payload: { query: '{ trials(first: -1) { totalCount } }' },
      code: 'BAD_USER_INPUT',
    },
    { name: 'first above the page cap', payload: trials('first: 1000'), code: 'BAD_USER_INPUT' },
    { name: 'first and last together', payload: trials('first: 1, last: 1'), code: 'BAD_USER_INPUT' },
    { name: 'bad cursor', payload: trials('first: 1, after: "zzz"'), code: 'BAD_USER_INPUT' },
    {
      name: 'invalid global ID',
      payload: { query: '{ trial(id: "hello-world") { id } }' },
      code: 'BAD_USER_INPUT',
    },
    { name: 'garbage node ID', payload: { query: '{ node(id: "!!!") { id } }' }, code: 'BAD_USER_INPUT' },
    {
      name: 'trial by id and nctId',
      payload: { query: `{ trial(id: "${encodeGlobalID('Trial', 1)}", nctId: "NCT00000000") { id } }` },
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'deep variable',
      payload: `{"query":"query($f: TrialFilter) { trials(filter: $f) { totalCount } }","variables":{"f":${deepNotJson(1_000)}}}`,
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'patient without a token',
      payload: { query: `{ patient(id: "${encodeGlobalID('Patient', 1)}") { id } }` },
      code: 'FORBIDDEN',
    },
    {
      name: 'unknown token',
      payload: { query: QUERY_TRIALS },
      init: post({ query: QUERY_TRIALS }, { authorization: 'Bearer gt_not-a-real-token' }),
      code: 'UNAUTHENTICATED',
      status: 401,
    },
    {
      name: 'selection too deep',
      payload: {
        query:
          '{ trials { nodes { therapies { nodes { trials { nodes { therapies { nodes { trials { nodes { id } } } } } } } } } } }',
      },
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'too many aliases',
      payload: {
        query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: trials(first: 1) { totalCount }`).join(' ')} }`,
      },
      code: 'QUERY_TOO_COMPLEX',
    },
    { name: 'no query', payload: {}, code: 'BAD_REQUEST' },
    { name: 'body that is not JSON', payload: '{"query": ', code: 'BAD_REQUEST' },
    {
      name: 'variables that are not an object',
      payload: { query: QUERY_TRIALS, variables: 'x' },
      code: 'BAD_REQUEST',
    },
    { name: 'a batch while batching is off', payload: [{ query: QUERY_TRIALS }], code: 'BAD_REQUEST' },
    {
      name: 'unknown operationName',
      payload: { query: 'query A { __typename }', operationName: 'B' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'two operations and no operationName',
      payload: { query: 'query A { __typename } query B { __typename }' },
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'empty body without content type',
      init: { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1' } },
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
    },
    {
      name: 'text/plain body with the CSRF header',
      init: {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-graphql-yoga-csrf': '1' },
        body: JSON.stringify({ query: QUERY_TRIALS }),
      },
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
    },
    {
      name: 'GET without the CSRF header',
      search: `?query=${encodeURIComponent(QUERY_TRIALS)}`,
      init: { method: 'GET' },
      code: 'CSRF_REJECTED',
      status: 403,
    },
    {
      name: 'form post without the CSRF header',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent(QUERY_TRIALS)}`,
      },
      code: 'CSRF_REJECTED',
      status: 403,
    },
    {
      name: 'mutation over GET',
      search: `?query=${encodeURIComponent('mutation { __typename }')}`,
      init: { method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' } },
      code: 'BAD_REQUEST',
      status: 405,
    },
    {
      name: 'PUT',
      init: { ...post({ query: QUERY_TRIALS }), method: 'PUT' },
      code: 'BAD_REQUEST',
      status: 405,
    },
    {
      name: 'body too large',
      payload: { query: QUERY_TRIALS, variables: { pad: 'x'.repeat(200_000) } },
      code: 'REQUEST_ENTITY_TOO_LARGE',
      status: 413,
    },
  ];
}

describe('every error has a code from the one list', () => {
  const cases = badRequests();

  it('lists enough bad requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const bad of cases) {
    it(`${bad.name} → ${bad.code}`, async () => {
      const answer = await send(`${s.url}${bad.search ?? ''}`, bad.init ?? post(bad.payload));
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
      if (bad.status) expect(answer.status).toBe(bad.status);
      expect(answer.body?.errors?.length, answer.text.slice(0, 300)).toBeGreaterThan(0);
      for (const error of answer.body?.errors ?? []) {
        expect(ERROR_CODE_LIST, JSON.stringify(error)).toContain(error.extensions?.code);
      }
      expect(codesOf(answer)).toContain(bad.code);
    });
  }

  it('rate limiting answers 429 with RATE_LIMITED', async () => {
    const limited = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 1 } } });
    try {
      await send(limited.url, post({ query: '{ __typename }' }));
      const answer = await send(limited.url, post({ query: '{ __typename }' }));
      expect(answer.status).toBe(429);
      expect(codesOf(answer)).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });

  it('no response echoes an invalid ID or cursor', async () => {
    for (const args of ['first: 1, after: "PROBE-zzz"', 'first: 1, before: "PROBE-zzz"']) {
      const answer = await s.gql(`{ trials(${args}) { nodes { id } } }`);
      expect(answer.text).not.toContain('PROBE');
    }
    const answer = await s.gql('{ trial(id: "PROBE-id") { id } }');
    expect(answer.text).not.toContain('PROBE');
  });
});

describe('the README documents the list', () => {
  it('its Errors section lists exactly the codes of ERROR_CODES', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Errors\n'), readme.indexOf('\n## Security\n'));
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(ERROR_CODE_LIST);
  });
});
