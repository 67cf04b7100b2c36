import { createClient, type FetchLike, GeneTrialsError, TrialsDocument } from '@genetrials/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { loadTrustedDocuments } from '../src/trusted-documents.js';
import { startTestServer, type TestServer } from './harness.js';

// Persisted documents end to end: the built SDK sends the sha256 of its documents, the server
// looks them up in the manifest of the installed @genetrials/sdk, and TRUSTED_DOCUMENTS=only
// refuses everything else.

const trialsHash = (TrialsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;

/** A fetch that keeps every request body it sends. */
function recordingFetch(bodies: Record<string, unknown>[]): FetchLike {
  return (url, init) => {
    bodies.push(JSON.parse(String(init.body)));
    return fetch(url, init);
  };
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('the manifest', () => {
  it("is the installed SDK's persisted-documents.json: every shipped operation by hash", () => {
    const documents = loadTrustedDocuments();
    expect(documents?.size).toBeGreaterThan(30);
    expect(documents?.get(trialsHash)).toMatch(/^query Trials\b/);
  });

  it('is configured by TRUSTED_DOCUMENTS (any by default, or only)', () => {
    expect(loadConfig({}).trustedDocuments).toBe('any');
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'only' }).trustedDocuments).toBe('only');
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'some' })).toThrow(ConfigError);
  });
});

describe('TRUSTED_DOCUMENTS=any (the default)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it('runs a request that carries only the hash of a known document', async () => {
    const { status, body } = await post(s.url, {
      operationName: 'Trials',
      variables: { first: 2 },
      extensions: { persistedQuery: { version: 1, sha256Hash: trialsHash } },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ trials: { totalCount: 3 } });
  });

  it('answers an unknown hash with the typed PERSISTED_QUERY_NOT_FOUND', async () => {
    const { status, body } = await post(s.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('still runs document text', async () => {
    const { body } = await s.gql('{ trials { totalCount } }');
    expect(body).toEqual({ data: { trials: { totalCount: 3 } } });
  });

  it('serves the SDK with persistedDocuments on: hashes only on the wire', async () => {
    const bodies: Record<string, unknown>[] = [];
    const client = createClient({ url: s.url, persistedDocuments: true, fetch: recordingFetch(bodies) });
    const page = await client.trials({ first: 1 });
    const id = page.trials.nodes[0]?.id as string;
    const { trial } = await client.trialDetail({ id });
    expect(trial?.outcome?.responders).toBe(2);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(body.query).toBeUndefined();
      expect(body.extensions).toMatchObject({ persistedQuery: { version: 1 } });
    }
  });
});

describe('TRUSTED_DOCUMENTS=only', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: { trustedDocuments: 'only' } });
  });
  afterAll(async () => {
    await s.close();
  });

  it('refuses an ad-hoc document with the typed TRUSTED_DOCUMENT_REQUIRED', async () => {
    const { status, body } = await s.gql('{ trials { totalCount } }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  });

  it('refuses the text of a shipped document too: only its hash is trusted', async () => {
    const error = await createClient({ url: s.url })
      .trials({ first: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneTrialsError);
    expect((error as GeneTrialsError).code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect((error as GeneTrialsError).status).toBe(400);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const { status, body } = await post(s.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('runs SDK operations sent by hash, queries and mutations', async () => {
    const bodies: Record<string, unknown>[] = [];
    const client = createClient({ url: s.url, persistedDocuments: true, fetch: recordingFetch(bodies) });
    const page = await client.trials({ first: 3 });
    expect(page.trials.totalCount).toBe(3);
    const paged: string[] = [];
    for await (const trial of client.paginate.trials({ pageSize: 2 })) paged.push(trial.id);
    expect(paged).toHaveLength(3);

    const curator = createClient({ url: s.url, token: s.tokens.curator, persistedDocuments: true });
    const created = await curator.createTrial({ input: { title: 'Trusted documents trial' } });
    expect(created.createTrial).toMatchObject({ trial: { title: 'Trusted documents trial' } });
    expect(bodies.every((body) => body.query === undefined)).toBe(true);
  });
});
