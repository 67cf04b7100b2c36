import type { Db } from '@genetrials/schema';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  EXPORT_CONTENT_TYPES,
  type ExportFormat,
  exportChunks,
  exportFileName,
  exportFilterSql,
} from './export.js';
import { handleFhirRequest } from './fhir/http.js';
import type { Logger } from './logger.js';

export const EXPORT_PATHS: Record<string, ExportFormat> = {
  '/export/trials.ndjson': 'ndjson',
  '/export/trials.csv': 'csv',
};

/** A stream of the export's text, pulled chunk by chunk (back-pressure: one batch at a time). */
export function exportStream(
  db: Db,
  format: ExportFormat,
  where: Parameters<typeof exportChunks>[2],
  logger?: Logger,
): ReadableStream<Uint8Array> {
  const chunks = exportChunks(db, format, where);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger?.error({ err: error }, 'export failed mid-stream');
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * `GET /export/trials.ndjson` and `GET /export/trials.csv`, with an optional `filter` query
 * parameter holding a TrialFilter as JSON. Public trial-level fields only, streamed. The FHIR R5
 * paths (`/export/*.fhir.ndjson`, `/fhir/ResearchStudy…`) are answered by fhir/http.ts.
 */
export function useExport(db: Db, logger?: Logger): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const format = EXPORT_PATHS[url.pathname];
      if (!format) {
        if (url.pathname.startsWith('/fhir/') || url.pathname.endsWith('.fhir.ndjson')) {
          const response = await handleFhirRequest(db, request, url, fetchAPI, logger);
          if (response) endResponse(response);
        }
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: 'Use GET', extensions: { code: 'METHOD_NOT_ALLOWED' } }] }),
            {
              status: 405,
              headers: { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' },
            },
          ),
        );
        return;
      }
      let where: ReturnType<typeof exportFilterSql>;
      try {
        where = exportFilterSql(url.searchParams.get('filter'));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }),
            { status: 400, headers: { 'content-type': 'application/json; charset=utf-8' } },
          ),
        );
        return;
      }
      const headers = {
        'content-type': EXPORT_CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${exportFileName(format)}"`,
        'cache-control': 'no-cache',
      };
      if (request.method === 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 200, headers }));
        return;
      }
      endResponse(new fetchAPI.Response(exportStream(db, format, where, logger), { status: 200, headers }));
    },
  };
}
