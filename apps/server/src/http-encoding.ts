import { createHash } from 'node:crypto';
import { Duplex } from 'node:stream';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/** Bodies smaller than this are sent as they are (compression would gain little or grow them). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

type Encoding = 'br' | 'gzip';

// Brotli at quality 5 compresses about as fast as gzip -6 and 15-20 % smaller; 11 (the default)
// takes seconds on the 9 MB GraphiQL page.
const BROTLI_OPTIONS = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
};

/** The encoding to answer with for an Accept-Encoding header (q-values honoured; br preferred). */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br <= 0 && gzip <= 0) return undefined;
  return br >= gzip ? 'br' : 'gzip';
}

function compressible(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/event-stream' || type.startsWith('multipart/')) return false; // incremental delivery
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/graphql-response+json' ||
    type === 'application/x-ndjson' ||
    type === 'application/javascript' ||
    type.endsWith('+json')
  );
}

/** Exports stream with no known length: compressed as they stream, never buffered. */
function isStreamedExport(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/x-ndjson' || type === 'text/csv';
}

function addVary(headers: Headers, value: string) {
  const vary = headers.get('vary');
  if (
    !vary
      ?.toLowerCase()
      .split(/\s*,\s*/)
      .includes(value.toLowerCase())
  )
    headers.set('vary', vary ? `${vary}, ${value}` : value);
}

/** Compressed copies of public, cacheable bodies (the GraphiQL page), keyed by encoding and hash. */
const publicCache = new Map<string, Uint8Array<ArrayBuffer>>();
const PUBLIC_CACHE_ENTRIES = 8;

function compressBytes(bytes: Uint8Array, encoding: Encoding): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encoding === 'br' ? brotliCompressSync(bytes, BROTLI_OPTIONS) : gzipSync(bytes));
}

/**
 * gzip or brotli for text responses when the client accepts it: a body of known length from
 * `COMPRESSION_THRESHOLD_BYTES` up is compressed whole (public bodies, such as the GraphiQL page,
 * once per version); a streamed body of unknown length (exports) is compressed as it streams.
 * Server-sent events and multipart responses are left alone. `Vary: Accept-Encoding` either way.
 */
export function useCompression(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.status < 200 || response.status === 204 || response.status === 206)
        return;
      if (response.headers.has('content-encoding')) return;
      if (!compressible(response.headers.get('content-type'))) return;
      const headers = new fetchAPI.Headers(response.headers);
      addVary(headers, 'Accept-Encoding');
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      const declared = response.headers.get('content-length');
      if (!encoding || (declared !== null && Number(declared) < COMPRESSION_THRESHOLD_BYTES)) {
        if (!response.headers.get('vary')?.toLowerCase().includes('accept-encoding'))
          setResponse(
            new fetchAPI.Response(response.body, {
              status: response.status,
              statusText: response.statusText,
              headers,
            }),
          );
        return;
      }
      headers.set('content-encoding', encoding);
      headers.delete('content-length');
      const etag = headers.get('etag');
      if (etag) headers.set('etag', etag.replace(/"$/, `-${encoding}"`));
      if (declared === null && isStreamedExport(response.headers.get('content-type'))) {
        const compressor = encoding === 'br' ? createBrotliCompress(BROTLI_OPTIONS) : createGzip();
        const { readable, writable } = Duplex.toWeb(compressor);
        const body = response.body.pipeThrough({
          readable: readable as ReadableStream<Uint8Array>,
          writable: writable as WritableStream<Uint8Array>,
        });
        setResponse(
          new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }),
        );
        return;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength < COMPRESSION_THRESHOLD_BYTES) {
        headers.delete('content-encoding');
        if (etag) headers.set('etag', etag);
        headers.set('content-length', String(bytes.byteLength));
        setResponse(
          new fetchAPI.Response(bytes, { status: response.status, statusText: response.statusText, headers }),
        );
        return;
      }
      let compressed: Uint8Array<ArrayBuffer>;
      if (/\bpublic\b/i.test(headers.get('cache-control') ?? '')) {
        const key = `${encoding} ${createHash('sha256').update(bytes).digest('base64')}`;
        compressed = publicCache.get(key) ?? compressBytes(bytes, encoding);
        if (!publicCache.has(key)) {
          if (publicCache.size >= PUBLIC_CACHE_ENTRIES) publicCache.clear();
          publicCache.set(key, compressed);
        }
      } else {
        compressed = compressBytes(bytes, encoding);
      }
      headers.set('content-length', String(compressed.byteLength));
      setResponse(
        new fetchAPI.Response(compressed, {
          status: response.status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
}

/** Whether an If-None-Match header matches an entity tag (weak comparison, `*` included). */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) =>
    tag
      .trim()
      .replace(/^W\//, '')
      .replace(/-(br|gzip)"$/, '"');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/**
 * An ETag and `Cache-Control: no-cache` on successful anonymous GET GraphQL responses (a query
 * over GET is cacheable; one with a token is private and left alone), and 304 Not Modified when
 * the client's If-None-Match still matches: it revalidates every time, and skips the body when
 * nothing changed.
 */
export function useGraphqlEtag(graphqlEndpoint = '/graphql'): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200 || !response.body) return;
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      if (request.headers.has('authorization')) return;
      const type = response.headers.get('content-type') ?? '';
      if (!/json/i.test(type)) return; // the GraphiQL page and streams are not this
      const text = await response.text();
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-length', String(Buffer.byteLength(text)));
      const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
      headers.set('etag', etag);
      headers.set('cache-control', 'no-cache');
      if (/"errors"\s*:/.test(text) && !/"data"\s*:\s*\{/.test(text))
        headers.set('cache-control', 'no-store');
      else if (matchesEtag(request.headers.get('if-none-match'), etag)) {
        headers.delete('content-length');
        headers.delete('content-type');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(text, { status: 200, statusText: response.statusText, headers }));
    },
  };
}
