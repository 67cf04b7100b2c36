import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, GeneTrialsError, type TrialDetailQuery, TrialsDocument } from '../src/index.js';
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
    objectiveResponseRate: { estimate: 2 / 17, percent: 11.8, ci95: { lower: 0.033, upper: 0.343 } },
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
    expect(body.query).toMatch(/^query TrialDetail\(\$id: ID, \$nctId: String\)/);
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
    expect(body).toEqual({ query: print(TrialsDocument), variables: {}, operationName: 'Trials' });
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
