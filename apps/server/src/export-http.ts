import type { Db } from '@genetrials/schema';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  EXPORT_CONTENT_TYPES,
  EXPORT_FORMATS,
  type ExportFormat,
  exportChunks,
  exportFilterSql,
} from './export.js';
import {
  ENTITY_EXPORT_SPECS,
  ENTITY_EXPORTS,
  type EntityExportName,
  entityChunks,
} from './export-entities.js';
import { errorResponse, refuseUnlessReader, textStream } from './export-response.js';
import { handleFhirRequest } from './fhir/http.js';
import type { Logger } from './logger.js';

export type ExportEntity = 'trials' | EntityExportName;

/** Every NDJSON/CSV export path: `/export/{trials,therapies,reviews,patients}.{ndjson,csv}`. */
export const EXPORT_PATHS: Record<string, { entity: ExportEntity; format: ExportFormat }> =
  Object.fromEntries(
    (['trials', ...ENTITY_EXPORTS] as const).flatMap((entity) =>
      EXPORT_FORMATS.map((format) => [`/export/${entity}.${format}`, { entity, format }]),
    ),
  );

/** The file name an export is offered under. */
export function exportFileName(entity: ExportEntity, format: ExportFormat): string {
  return `genetrials-${entity}.${format}`;
}

/**
 * `GET /export/{trials,therapies,reviews,patients}.{ndjson,csv}`, with an optional `filter` query
 * parameter holding the entity's filter input (TrialFilter, TherapyFilter, ReviewFilter,
 * PatientFilter) as JSON; patients also take `trialFilter` (a TrialFilter: only patients of
 * matching trials) and need a reader token. Streamed. The FHIR R5 paths
 * (`/export/*.fhir.ndjson`, `/fhir/ResearchStudy…`) are answered by fhir/http.ts.
 */
export function useExport(db: Db, logger?: Logger): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const route = EXPORT_PATHS[url.pathname];
      if (!route) {
        if (url.pathname.startsWith('/fhir/') || url.pathname.endsWith('.fhir.ndjson')) {
          const response = await handleFhirRequest(db, request, url, fetchAPI, logger);
          if (response) endResponse(response);
        }
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          errorResponse(
            fetchAPI,
            405,
            'Exports answer GET and HEAD only',
            { code: 'BAD_REQUEST' },
            { allow: 'GET, HEAD' },
          ),
        );
        return;
      }
      const { entity, format } = route;
      const spec = entity === 'trials' ? undefined : ENTITY_EXPORT_SPECS[entity];
      if (spec?.needsReader) {
        const refused = await refuseUnlessReader(db, request, fetchAPI, `The ${entity} export`);
        if (refused) {
          endResponse(refused);
          return;
        }
      }
      let where: ReturnType<typeof exportFilterSql>;
      try {
        const filter = url.searchParams.get('filter');
        where = spec ? spec.where(filter, url.searchParams.get('trialFilter')) : exportFilterSql(filter);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        endResponse(errorResponse(fetchAPI, 400, error.message, error.extensions));
        return;
      }
      const headers = {
        'content-type': EXPORT_CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${exportFileName(entity, format)}"`,
        'cache-control': spec?.needsReader ? 'private, no-store' : 'no-cache',
      };
      if (request.method === 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 200, headers }));
        return;
      }
      const chunks = spec ? entityChunks(db, spec, format, where) : exportChunks(db, format, where);
      endResponse(new fetchAPI.Response(textStream(chunks, logger), { status: 200, headers }));
    },
  };
}
