import type { Db } from '@genetrials/schema';
import { and, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { exportFilterSql } from '../export.js';
import { errorResponse, type FetchAPI, refuseUnlessReader, textStream } from '../export-response.js';
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
    return new fetchAPI.Response(
      textStream(fhirNdjsonChunks(db, exported, filter.where), logger, 'FHIR export'),
      {
        status: 200,
        headers,
      },
    );
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
