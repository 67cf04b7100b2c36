import type { Db } from '@genetrials/schema';
import { hasRole } from '@genetrials/schema/roles';
import { and, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { resolveViewer } from '../auth.js';
import { exportFilterSql } from '../export.js';
import type { Logger } from '../logger.js';
import {
  FHIR_EXPORTS,
  FHIR_JSON_CONTENT_TYPE,
  FHIR_NDJSON_CONTENT_TYPE,
  FHIR_SEARCH_DEFAULT,
  FHIR_SEARCH_MAX,
  type FhirExport,
  fhirFileName,
  fhirNdjsonChunks,
  researchStudySearchBundle,
} from './export.js';
import { researchStudies, researchStudyWhere } from './research-study.js';

// FHIR R5 over HTTP:
//   GET /export/trials.fhir.ndjson           ResearchStudy per line (public)
//   GET /export/patients.fhir.ndjson         ResearchSubject per line (reader token)
//   GET /export/adverse-events.fhir.ndjson   AdverseEvent per line (reader token)
//   GET /fhir/ResearchStudy/{id}             one ResearchStudy
//   GET /fhir/ResearchStudy?filter=&_count=&_after=   a searchset Bundle page
// All take `filter` (a TrialFilter as JSON, as GraphQL's trials(filter) does).

export const FHIR_EXPORT_PATHS: Record<string, FhirExport> = {
  '/export/trials.fhir.ndjson': 'trials',
  '/export/patients.fhir.ndjson': 'patients',
  '/export/adverse-events.fhir.ndjson': 'adverse-events',
};

type FetchAPI = { Response: typeof Response };

function errorResponse(
  fetchAPI: FetchAPI,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** A stream of text chunks pulled one at a time (back-pressure: one batch in memory). */
function textStream(chunks: AsyncGenerator<string>, logger?: Logger): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger?.error({ err: error }, 'FHIR export failed mid-stream');
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The reader check of patient-level exports: a Response refusing the request, or null. */
async function refuseUnlessReader(
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

function parseFilter(url: URL, fetchAPI: FetchAPI): { where: SQL | undefined } | { refused: Response } {
  try {
    return { where: exportFilterSql(url.searchParams.get('filter')) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { refused: errorResponse(fetchAPI, 400, error.message, error.extensions) };
  }
}

function badParameter(fetchAPI: FetchAPI, name: string, message: string): Response {
  return errorResponse(fetchAPI, 400, `${name}: ${message}`, {
    code: 'BAD_USER_INPUT',
    issues: [{ path: name, rule: 'range', message }],
  });
}

/**
 * Answers the FHIR paths; undefined for any other path. `db` is the database reads go to.
 */
export async function handleFhirRequest(
  db: Db,
  request: Request,
  url: URL,
  fetchAPI: FetchAPI,
  logger?: Logger,
): Promise<Response | undefined> {
  const exported = FHIR_EXPORT_PATHS[url.pathname];
  const isStudyPath =
    url.pathname === '/fhir/ResearchStudy' || url.pathname.startsWith('/fhir/ResearchStudy/');
  if (!exported && !isStudyPath) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return errorResponse(fetchAPI, 405, 'Use GET', { code: 'BAD_REQUEST' }, { allow: 'GET, HEAD' });

  if (exported) {
    const spec = FHIR_EXPORTS[exported];
    if (spec.readerOnly) {
      const refused = await refuseUnlessReader(db, request, fetchAPI, `The ${spec.resourceType} export`);
      if (refused) return refused;
    }
    const filter = parseFilter(url, fetchAPI);
    if ('refused' in filter) return filter.refused;
    const headers = {
      'content-type': FHIR_NDJSON_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${fhirFileName(exported)}"`,
      'cache-control': spec.readerOnly ? 'private, no-store' : 'no-cache',
    };
    if (request.method === 'HEAD') return new fetchAPI.Response(null, { status: 200, headers });
    return new fetchAPI.Response(textStream(fhirNdjsonChunks(db, exported, filter.where), logger), {
      status: 200,
      headers,
    });
  }

  const headers = { 'content-type': FHIR_JSON_CONTENT_TYPE, 'cache-control': 'no-cache' };
  const id = url.pathname.slice('/fhir/ResearchStudy/'.length);
  if (url.pathname.startsWith('/fhir/ResearchStudy/')) {
    const where = researchStudyWhere(decodeURIComponent(id));
    let resource: Record<string, unknown> | undefined;
    if (where) for await (const found of researchStudies(db, where, 1)) resource = found;
    if (!resource)
      return errorResponse(fetchAPI, 404, `No ResearchStudy "${id}"`, {
        code: 'BAD_USER_INPUT',
        issues: [{ path: 'id', rule: 'exists', message: 'names no trial' }],
      });
    return new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(resource), {
      status: 200,
      headers,
    });
  }

  const filter = parseFilter(url, fetchAPI);
  if ('refused' in filter) return filter.refused;
  const countText = url.searchParams.get('_count');
  const count = countText == null ? FHIR_SEARCH_DEFAULT : Number(countText);
  if (!/^\d+$/.test(countText ?? '0') || count < 1 || count > FHIR_SEARCH_MAX)
    return badParameter(fetchAPI, '_count', `must be a whole number from 1 to ${FHIR_SEARCH_MAX}`);
  const afterText = url.searchParams.get('_after') ?? '0';
  const after = Number(afterText);
  if (!/^\d{1,15}$/.test(afterText))
    return badParameter(fetchAPI, '_after', 'must be a trial number from a next link');
  const identifier = url.searchParams.get('identifier');
  let where = filter.where;
  if (identifier != null) {
    // `identifier=[system|]value`: the NCT number (or another ResearchStudy id).
    const value = identifier.includes('|') ? identifier.slice(identifier.indexOf('|') + 1) : identifier;
    const byId = researchStudyWhere(value);
    if (!byId) return badParameter(fetchAPI, 'identifier', 'is not an NCT number or ResearchStudy id');
    where = and(where, byId);
  }
  const bundle = await researchStudySearchBundle(db, where, { count, after, selfUrl: url });
  return new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(bundle), {
    status: 200,
    headers,
  });
}
