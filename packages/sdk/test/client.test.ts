import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  createClient,
  createCoreClient,
  type ErrorCode,
  GeneTrialsError,
  type GeneTrialsErrorCode,
  graphql,
  parseRetryAfter,
  type RetryEvent,
  TimeoutError,
  type TrialDetailQuery,
  TrialsDocument,
} from '../src/index.js';
import { json, startTestServer, type TestServer } from './support/graphql-server.js';

const trial: NonNullable<TrialDetailQuery['trial']> = {
  id: 'VHJpYWw6MQ==',
  nctId: 'NCT00001234',
  title: 'T cells with an anti-melanoma TCR gene',
  phase: 'PHASE_1',
  status: 'COMPLETED',
  conditions: ['Melanoma'],
  institution: 'National Cancer Institute',
  principalInvestigator: null,
  therapies: { edges: [] },
  outcome: {
    evaluable: 17,
    responders: 2,
    completeResponses: 0,
    partialResponses: 2,
    stableDisease: 0,
    progressiveDisease: 0,
    noResponse: 15,
    objectiveResponseRate: {
      estimate: 2 / 17,
      percent: 11.8,
      ci95: { lower: 0.033, upper: 0.343, lowerPercent: 3.3, upperPercent: 34.3 },
    },
  },
  reviews: { nodes: [] },
  conflicts: [{ field: 'ageAtEnrollment', values: [53, 52], claims: [] }],
  sources: [],
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.reply(json({ data: {} }));
});

function unexpected(): never {
  throw new Error('the request succeeded');
}

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error('the server received no request');
  return request;
}

describe('createClient', () => {
  it('POSTs the query, variables and operation name as JSON and returns data', async () => {
    server.reply(json({ data: { trial } }));
    const client = createClient({ url: server.url });

    const result = await client.trialDetail({ nctId: 'NCT00001234' });

    expect(result.trial?.outcome?.objectiveResponseRate?.percent).toBe(11.8);
    expect(result.trial?.conflicts[0]?.values).toEqual([53, 52]);
    const request = lastRequest();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/graphql');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.accept).toContain('application/graphql-response+json');
    expect(request.headers.authorization).toBeUndefined();
    const body = JSON.parse(request.body);
    expect(body.operationName).toBe('TrialDetail');
    expect(body.variables).toEqual({ nctId: 'NCT00001234' });
    expect(body.query).toMatch(/^\s*query TrialDetail\(\$id: ID, \$nctId: String\)/);
  });

  it('sends a bearer token, static or from a function', async () => {
    await createClient({ url: server.url, token: 'secret-1' }).trials({ first: 1 });
    expect(lastRequest().headers.authorization).toBe('Bearer secret-1');

    await createClient({ url: server.url, token: async () => 'secret-2' }).trials();
    expect(lastRequest().headers.authorization).toBe('Bearer secret-2');
  });

  it('merges client headers with per-request headers', async () => {
    const client = createClient({ url: server.url, headers: { 'x-app': 'explorer', 'x-trace': 'client' } });
    await client.sources({}, { headers: { 'x-trace': 'request' } });
    expect(lastRequest().headers['x-app']).toBe('explorer');
    expect(lastRequest().headers['x-trace']).toBe('request');
  });

  it('runs any typed document through request() with an empty variables object by default', async () => {
    server.reply(json({ data: { trials: { totalCount: 0 } } }));
    const client = createClient({ url: server.url });

    const result = await client.request(TrialsDocument);

    expect(result.trials.totalCount).toBe(0);
    const body = JSON.parse(lastRequest().body);
    expect(body).toEqual({ query: TrialsDocument.toString(), variables: {}, operationName: 'Trials' });
  });

  it('uses a custom fetch', async () => {
    const urls: string[] = [];
    const client = createClient({
      url: server.url,
      fetch: (url, init) => {
        urls.push(url);
        return fetch(url, init);
      },
    });
    await client.conflicts({ subjectType: 'PATIENT' });
    expect(urls).toEqual([server.url]);
    expect(JSON.parse(lastRequest().body).variables).toEqual({ subjectType: 'PATIENT' });
  });
});

describe('GeneTrialsError', () => {
  it('surfaces GraphQL errors with their code, path and partial data', async () => {
    server.reply(
      json({
        data: { patient: null },
        errors: [
          { message: 'A reader token is required', path: ['patient'], extensions: { code: 'FORBIDDEN' } },
        ],
      }),
    );
    const client = createClient({ url: server.url });

    const error = await client.patient({ id: 'UGF0aWVudDox' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GeneTrialsError);
    const failure = error as GeneTrialsError;
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.message).toBe('A reader token is required');
    expect(failure.errors).toEqual([
      { message: 'A reader token is required', path: ['patient'], extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(failure.status).toBe(200);
    expect(failure.data).toEqual({ patient: null });
  });

  it('reads GraphQL errors from a 4xx graphql-response+json body', async () => {
    server.reply(
      json(
        {
          errors: [
            { message: 'Cannot query field "titel"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          ],
        },
        400,
        'application/graphql-response+json',
      ),
    );
    const error = await createClient({ url: server.url })
      .trials()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GeneTrialsError);
    expect((error as GeneTrialsError).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((error as GeneTrialsError).status).toBe(400);
  });

  it('surfaces HTTP errors with status and body text', async () => {
    server.reply({ status: 502, contentType: 'text/plain', body: 'upstream unavailable' });
    const error = await createClient({ url: server.url })
      .trials()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GeneTrialsError);
    const failure = error as GeneTrialsError;
    expect(failure.code).toBe('HTTP_ERROR');
    expect(failure.status).toBe(502);
    expect(failure.body).toBe('upstream unavailable');
    expect(failure.message).toContain('HTTP 502');
    expect(failure.message).toContain('upstream unavailable');
  });

  it('rejects a 200 response that is not a GraphQL result', async () => {
    server.reply({ status: 200, contentType: 'text/html', body: '<html>login</html>' });
    const error = await createClient({ url: server.url })
      .trials()
      .catch((caught: unknown) => caught);

    expect((error as GeneTrialsError).code).toBe('INVALID_RESPONSE');
    expect((error as GeneTrialsError).body).toBe('<html>login</html>');
  });

  it('reports an unreachable server as a network error', async () => {
    const closed = await startTestServer();
    await closed.close();
    const error = await createClient({ url: closed.url })
      .trials()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GeneTrialsError);
    expect((error as GeneTrialsError).code).toBe('NETWORK_ERROR');
    expect((error as GeneTrialsError).status).toBeUndefined();
  });
});

describe('typed errors', () => {
  it('types code as the documented union and issues as {path, rule, message}[]', async () => {
    const issue = { path: 'first', rule: 'max_page_size', message: 'must be at most 100' };
    server.reply(
      json({
        errors: [
          { message: 'first: must be at most 100', extensions: { code: 'BAD_USER_INPUT', issues: [issue] } },
        ],
      }),
    );
    const error = await createClient({ url: server.url })
      .trials({ first: 1000 })
      .then(unexpected, (caught: unknown) => caught as GeneTrialsError);

    const code: GeneTrialsErrorCode | undefined = error.code;
    expect(code).toBe('BAD_USER_INPUT' satisfies ErrorCode);
    expect(error.issues).toEqual([issue]);
    expect(error.retryAfter).toBeUndefined();
  });

  it('leaves code undefined for a code this SDK does not know, keeping the raw value', async () => {
    server.reply(json({ errors: [{ message: 'new', extensions: { code: 'SOMETHING_NEW' } }] }));
    const error = await createClient({ url: server.url })
      .trials()
      .then(unexpected, (caught: unknown) => caught as GeneTrialsError);
    expect(error.code).toBeUndefined();
    expect(error.errors[0]?.extensions?.code).toBe('SOMETHING_NEW');
    expect(error.issues).toEqual([]);
  });

  it('exposes Retry-After seconds on RATE_LIMITED and DATABASE_BUSY', async () => {
    server.reply({
      ...json({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] }, 429),
      headers: { 'retry-after': '7' },
    });
    const limited = await createClient({ url: server.url })
      .trials()
      .then(unexpected, (caught: unknown) => caught as GeneTrialsError);
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBe(7);

    server.reply({
      ...json({ errors: [{ message: 'busy', extensions: { code: 'DATABASE_BUSY' } }] }, 503),
      headers: { 'retry-after': '1' },
    });
    const busy = await createClient({ url: server.url })
      .trials()
      .then(unexpected, (caught: unknown) => caught as GeneTrialsError);
    expect(busy.code).toBe('DATABASE_BUSY');
    expect(busy.retryAfter).toBe(1);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('aborts and timeouts', () => {
  it("turns the caller's abort into an AbortError, before or during the request", async () => {
    const client = createClient({ url: server.url });
    const before = await client
      .trials(undefined, { signal: AbortSignal.abort() })
      .catch((caught: unknown) => caught);
    expect(before).toBeInstanceOf(AbortError);
    expect(before).toBeInstanceOf(GeneTrialsError);
    expect((before as AbortError).code).toBe('ABORTED');
    expect((before as AbortError).name).toBe('AbortError');

    server.reply({ ...json({ data: {} }), delayMs: 2_000 });
    const controller = new AbortController();
    const pending = client
      .trials(undefined, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const during = await pending;
    expect(during).toBeInstanceOf(AbortError);
    expect((during as AbortError).cause).toEqual(new Error('user left'));
  });

  it('gives up after timeoutMs with a TimeoutError, per client or per request', async () => {
    server.reply({ ...json({ data: {} }), delayMs: 2_000 });
    const error = await createClient({ url: server.url, timeoutMs: 100 })
      .trials()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).code).toBe('CLIENT_TIMEOUT');
    expect((error as TimeoutError).timeoutMs).toBe(100);

    const perRequest = await createClient({ url: server.url })
      .trials(undefined, { timeoutMs: 100 })
      .catch((caught: unknown) => caught);
    expect(perRequest).toBeInstanceOf(TimeoutError);

    // A caller's AbortSignal.timeout() is a timeout too.
    const viaSignal = await createClient({ url: server.url })
      .trials(undefined, { signal: AbortSignal.timeout(100) })
      .catch((caught: unknown) => caught);
    expect(viaSignal).toBeInstanceOf(TimeoutError);
  });

  it('refuses a timeoutMs that is not a positive number', () => {
    expect(() => createClient({ url: server.url, timeoutMs: 0 })).toThrow(RangeError);
  });
});

describe('retry', () => {
  const busy = (retryAfter?: string) => ({
    ...json({ errors: [{ message: 'busy', extensions: { code: 'DATABASE_BUSY' } }] }, 503),
    ...(retryAfter === undefined ? {} : { headers: { 'retry-after': retryAfter } }),
  });

  it('is off by default', async () => {
    server.reply(busy('0'));
    await expect(createClient({ url: server.url }).trials()).rejects.toBeInstanceOf(GeneTrialsError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries DATABASE_BUSY and RATE_LIMITED after Retry-After, then succeeds', async () => {
    let calls = 0;
    server.reply(() => {
      calls += 1;
      if (calls === 1) return busy('1');
      if (calls === 2) {
        return {
          ...json({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }, 429),
          headers: { 'retry-after': '0' },
        };
      }
      return json({ data: { trials: { totalCount: 3 } } });
    });
    const events: RetryEvent[] = [];
    const started = Date.now();
    const result = await createClient({
      url: server.url,
      retry: { retries: 3, onRetry: (event) => events.push(event) },
    }).trials();

    expect(result.trials.totalCount).toBe(3);
    expect(server.requests).toHaveLength(3);
    expect(events.map((event) => [event.attempt, event.delayMs, event.error.code])).toEqual([
      [1, 1000, 'DATABASE_BUSY'],
      [2, 0, 'RATE_LIMITED'],
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('stops after `retries` and throws the last error', async () => {
    server.reply(busy('0'));
    const error = await createClient({ url: server.url, retry: { retries: 2 } })
      .trials()
      .then(unexpected, (caught: unknown) => caught as GeneTrialsError);
    expect(error.code).toBe('DATABASE_BUSY');
    expect(server.requests).toHaveLength(3);
  });

  it('does not wait longer than maxDelayMs for a Retry-After', async () => {
    server.reply(busy('120'));
    await expect(
      createClient({ url: server.url, retry: { retries: 3, maxDelayMs: 5_000 } }).trials(),
    ).rejects.toMatchObject({ code: 'DATABASE_BUSY', retryAfter: 120 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries only the codes in `on`, and a per-request `retry: false` turns it off', async () => {
    server.reply(busy('0'));
    const onlyRateLimits = createClient({ url: server.url, retry: { retries: 3, on: ['RATE_LIMITED'] } });
    await expect(onlyRateLimits.trials()).rejects.toMatchObject({ code: 'DATABASE_BUSY' });
    expect(server.requests).toHaveLength(1);

    const client = createClient({ url: server.url, retry: { retries: 3 } });
    await expect(client.trials(undefined, { retry: false })).rejects.toMatchObject({ code: 'DATABASE_BUSY' });
    expect(server.requests).toHaveLength(2);
  });

  it('retries network errors of queries with backoff, never of mutations', async () => {
    const closed = await startTestServer();
    await closed.close();
    const events: RetryEvent[] = [];
    const client = createClient({
      url: closed.url,
      retry: { retries: 2, baseDelayMs: 10, onRetry: (event) => events.push(event) },
    });
    await expect(client.trials()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(events.map((event) => event.attempt)).toEqual([1, 2]);
    expect(events.every((event) => event.delayMs >= 5 && event.delayMs <= 40)).toBe(true);

    events.length = 0;
    await expect(
      client.deleteTrial({ input: { id: 'VHJpYWw6MQ==', expectedVersion: 1 } }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(events).toEqual([]);
  });

  it('never retries aborts or timeouts, and an abort during the wait ends it', async () => {
    server.reply({ ...json({ data: {} }), delayMs: 2_000 });
    const client = createClient({ url: server.url, timeoutMs: 50, retry: { retries: 3 } });
    await expect(client.trials()).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);

    // A client without the tight timeout: under load the busy answer itself may take over 50 ms.
    server.reply(busy('30'));
    const waiting = createClient({ url: server.url, retry: { retries: 3 } });
    const controller = new AbortController();
    const pending = waiting
      .trials(undefined, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    setTimeout(() => controller.abort(), 200);
    expect(await pending).toBeInstanceOf(AbortError);
  });

  it('refuses an invalid policy', () => {
    expect(() => createClient({ url: server.url, retry: { retries: -1 } })).toThrow(RangeError);
  });
});

describe('documents', () => {
  it('sends a graphql() document as printed text with its operation name', async () => {
    const TrialTitles = graphql(`
      # the titles only
      query TrialTitles($first: Int) { trials(first: $first) { nodes { title } } }
    `);
    server.reply(json({ data: { trials: { nodes: [] } } }));
    await createCoreClient({ url: server.url }).request(TrialTitles, { first: 2 });
    const body = JSON.parse(lastRequest().body);
    expect(body.operationName).toBe('TrialTitles');
    expect(body.query.replace(/\s+/g, ' ')).toContain(
      'query TrialTitles($first: Int) { trials(first: $first)',
    );
    expect(body.variables).toEqual({ first: 2 });
  });

  it('names the operation of a string document after leading fragments and comments', async () => {
    const client = createCoreClient({ url: server.url });
    const text = `# fragment first
      fragment T on Trial { id title }
      mutation DeleteIt($input: DeleteInput!) { deleteTrial(input: $input) { __typename } }`;
    await client.request(new String(text) as unknown as typeof TrialsDocument);
    expect(JSON.parse(lastRequest().body).operationName).toBe('DeleteIt');
    await client.request(new String('{ trials { totalCount } }') as unknown as typeof TrialsDocument);
    expect(JSON.parse(lastRequest().body).operationName).toBeUndefined();
  });
});

describe('persisted documents', () => {
  const manifest: Record<string, string> = JSON.parse(
    readFileSync(new URL('../src/gql/persisted-documents.json', import.meta.url), 'utf8'),
  );

  it('are off by default: the text is sent', async () => {
    await createClient({ url: server.url }).trials();
    const body = JSON.parse(lastRequest().body);
    expect(body.query).toBe(TrialsDocument.toString());
    expect(body.extensions).toBeUndefined();
  });

  it("sends a shipped document's sha256 instead of its text when persistedDocuments is on", async () => {
    server.reply(json({ data: { trials: { totalCount: 3 } } }));
    const client = createClient({ url: server.url, persistedDocuments: true });
    const result = await client.trials({ first: 1 });
    expect(result.trials.totalCount).toBe(3);
    const body = JSON.parse(lastRequest().body);
    expect(body.query).toBeUndefined();
    expect(body.operationName).toBe('Trials');
    expect(body.variables).toEqual({ first: 1 });
    const hash = body.extensions.persistedQuery.sha256Hash;
    expect(body.extensions.persistedQuery.version).toBe(1);
    expect(
      createHash('sha256')
        .update(manifest[hash] ?? '')
        .digest('hex'),
    ).toBe(hash);
    expect(manifest[hash]).toMatch(/^query Trials\b/);
  });

  it('sends the text once a server does not know the hash, and by text from then on', async () => {
    server.reply((request) =>
      JSON.parse(request.body).query
        ? json({ data: { trials: { totalCount: 1 } } })
        : json({ errors: [{ message: 'unknown', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }, 400),
    );
    const client = createClient({ url: server.url, persistedDocuments: true });
    await expect(client.trials()).resolves.toEqual({ trials: { totalCount: 1 } });
    expect(server.requests.map((request) => 'query' in JSON.parse(request.body))).toEqual([false, true]);
    await client.trials();
    expect(server.requests).toHaveLength(3);
    expect(JSON.parse(lastRequest().body).query).toBe(TrialsDocument.toString());
  });

  it('sends graphql() documents as text (they have no hash)', async () => {
    const Count = graphql('query Count { trials { totalCount } }');
    await createCoreClient({ url: server.url, persistedDocuments: true }).request(Count);
    expect(JSON.parse(lastRequest().body).query).toContain('query Count');
  });
});
