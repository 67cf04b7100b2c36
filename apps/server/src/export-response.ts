import type { Db } from '@genetrials/schema';
import { hasRole } from '@genetrials/schema/roles';
import { GraphQLError } from 'graphql';
import { resolveViewer } from './auth.js';
import type { Logger } from './logger.js';

// What every export path (NDJSON, CSV, FHIR) answers with: typed JSON errors, the reader check of
// patient-level exports, and the streamed body.

export type FetchAPI = { Response: typeof Response };

/** A JSON error body `{ errors: [{ message, extensions }] }` with its status. */
export function errorResponse(
  fetchAPI: FetchAPI,
  status: number,
  message: string,
  extensions: object,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * The reader check of patient-level exports, the same rule as GraphQL's: a Response refusing the
 * request (401 UNAUTHENTICATED for a bad token, 403 FORBIDDEN below reader), or null to go on.
 */
export async function refuseUnlessReader(
  db: Db,
  request: Request,
  fetchAPI: FetchAPI,
  what: string,
): Promise<Response | null> {
  let role: string;
  try {
    role = (await resolveViewer(db, request.headers.get('authorization'))).role;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { http, ...extensions } = error.extensions as {
      http?: { status?: number; headers?: Record<string, string> };
    };
    return errorResponse(fetchAPI, http?.status ?? 401, error.message, extensions, http?.headers ?? {});
  }
  if (hasRole(role as Parameters<typeof hasRole>[0], 'reader')) return null;
  return errorResponse(
    fetchAPI,
    403,
    `${what} needs an API token with the reader role or higher (send Authorization: Bearer <token>)`,
    { code: 'FORBIDDEN' },
  );
}

/**
 * A response body of text chunks pulled one at a time (back-pressure: one batch in memory), for
 * every streamed export (NDJSON, CSV, FHIR NDJSON). A failure mid-stream is logged with `what`
 * and ends the stream with an error; a client that goes away stops the generator.
 */
export function textStream(
  chunks: AsyncGenerator<string>,
  logger?: Logger,
  what = 'export',
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger?.error({ err: error }, `${what} failed mid-stream`);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
