import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../src/http-encoding.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 300_000);
afterAll(() => server.close());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire (fetch would decompress them). */
  body: Buffer;
}

/** A request with node:http, so the body is seen exactly as sent. */
function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decode(response: Raw): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding) throw new Error(`unexpected encoding ${encoding}`);
  return response.body.toString('utf8');
}

const PAGE = JSON.stringify({
  query:
    '{ trials(first: 100) { nodes { id nctId title phase status conditions sponsor startDate summary } } __type(name: "Trial") { fields { name description } } }',
});
const json = { 'content-type': 'application/json', accept: 'application/json' };

describe('compression', () => {
  it('gzips a GraphQL JSON response when the client accepts it, to the same JSON', async () => {
    const plain = await raw('/graphql', json, 'POST', PAGE);
    const gzipped = await raw('/graphql', { ...json, 'accept-encoding': 'gzip' }, 'POST', PAGE);
    const brotli = await raw('/graphql', { ...json, 'accept-encoding': 'gzip, deflate, br' }, 'POST', PAGE);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(decode(gzipped))).toEqual(JSON.parse(plain.body.toString()));
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decode(brotli))).toEqual(JSON.parse(plain.body.toString()));
  });

  it('leaves small responses and refusals (q=0) alone', async () => {
    const health = await raw('/health', { 'accept-encoding': 'gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    const refused = await raw('/graphql', { ...json, 'accept-encoding': 'gzip;q=0, br;q=0' }, 'POST', PAGE);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(negotiateEncoding('gzip;q=0.5, br;q=0.8')).toBe('br');
    expect(negotiateEncoding('br;q=0.1, gzip')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding(null)).toBeUndefined();
  });

  it('compresses the exports as they stream', async () => {
    const plain = await raw('/export/trials.csv');
    const gzipped = await raw('/export/trials.csv', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(decode(gzipped)).toBe(plain.body.toString());
    const brotli = await raw('/export/trials.ndjson', { 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(decode(brotli)).toBe((await raw('/export/trials.ndjson')).body.toString());
  });

  it('serves the GraphiQL page compressed and cacheable for an hour', async () => {
    const page = await raw('/graphql', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('public, max-age=3600');
    const html = decode(page);
    expect(html).toContain('GeneTrials GraphiQL');
    expect(page.body.length).toBeLessThan(html.length / 3);
    // The compressed page is kept: the second answer is the same bytes.
    const again = await raw('/graphql', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(Buffer.compare(again.body, page.body)).toBe(0);
  }, 120_000);
});

describe('ETags on GET GraphQL', () => {
  const query = `/graphql?query=${encodeURIComponent('{ trials(first: 3) { nodes { title } } }')}`;
  const get = { accept: 'application/json', 'x-graphql-yoga-csrf': '1' };

  it('sends an ETag with no-cache, and 304 for a matching If-None-Match', async () => {
    const first = await raw(query, get);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const revalidated = await raw(query, { ...get, 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    const other = await raw(query, { ...get, 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
    // Compressed answers carry a tag of their own that still revalidates the same entity.
    const gzipped = await raw(query, { ...get, 'accept-encoding': 'gzip' });
    const gzipTag = gzipped.headers.etag as string;
    if (gzipped.headers['content-encoding']) expect(gzipTag).not.toBe(etag);
    expect((await raw(query, { ...get, 'accept-encoding': 'gzip', 'if-none-match': gzipTag })).status).toBe(
      304,
    );
  });

  it('leaves requests with a token alone', async () => {
    const withToken = await raw(query, { ...get, authorization: `Bearer ${server.tokens.reader}` });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.etag).toBeUndefined();
  });
});

describe('GET /', () => {
  it('is a small HTML page with no external assets, linking the API, exports and health', async () => {
    const res = await raw('/', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = decode(res);
    for (const link of ['/graphql', '/health', '/export/trials.csv', '/export/trials.ndjson'])
      expect(html).toContain(`href="${link}"`);
    expect(html).toContain('@genetrials/sdk');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script/i);
  });

  it('answers JSON for Accept: application/json', async () => {
    const res = await fetch(`${server.origin}/`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: 'GeneTrials',
      graphql: '/graphql',
      exports: ['/export/trials.ndjson', '/export/trials.csv'],
      health: '/health',
    });
  });
});

describe('rate limits on the exports', () => {
  it('answers 429 with Retry-After past the per-client budget, as /graphql does', async () => {
    const limited = await startTestServer({ config: { hardening: { rateLimitPerMinute: 2 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${limited.origin}/export/trials.ndjson`);
        await res.arrayBuffer();
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  }, 120_000);
});
