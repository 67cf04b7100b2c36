import { type Db, tables } from '@genetrials/schema';
import { and, gt, type SQL } from 'drizzle-orm';
import { FHIR_VERSION } from './codes.js';
import {
  FHIR_BATCH_SIZE,
  type FhirResource,
  researchStudies,
  researchStudyEntries,
} from './research-study.js';
import { adverseEventResources, researchSubjects } from './research-subject.js';

// FHIR R5 bulk export: one resource per line (FHIR bulk data NDJSON), streamed batch by batch.

export const FHIR_NDJSON_CONTENT_TYPE = `application/fhir+ndjson; fhirVersion=${FHIR_VERSION}`;
export const FHIR_JSON_CONTENT_TYPE = `application/fhir+json; fhirVersion=${FHIR_VERSION}; charset=utf-8`;

export const FHIR_EXPORTS = {
  trials: { resourceType: 'ResearchStudy', readerOnly: false, read: researchStudies },
  patients: { resourceType: 'ResearchSubject', readerOnly: true, read: researchSubjects },
  'adverse-events': { resourceType: 'AdverseEvent', readerOnly: true, read: adverseEventResources },
} as const satisfies Record<
  string,
  {
    resourceType: string;
    readerOnly: boolean;
    read: (db: Db, where: SQL | undefined, batchSize?: number) => AsyncGenerator<FhirResource>;
  }
>;
export type FhirExport = keyof typeof FHIR_EXPORTS;

/** The export as NDJSON text chunks of about 64 KB: one resource per line. */
export async function* fhirNdjsonChunks(
  db: Db,
  what: FhirExport,
  where: SQL | undefined,
  batchSize = FHIR_BATCH_SIZE,
): AsyncGenerator<string> {
  let buffer = '';
  for await (const resource of FHIR_EXPORTS[what].read(db, where, batchSize)) {
    buffer += `${JSON.stringify(resource)}\n`;
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

export function fhirFileName(what: FhirExport): string {
  return `genetrials-${what}.fhir.ndjson`;
}

/** Largest and default page of the ResearchStudy search. */
export const FHIR_SEARCH_MAX = 100;
export const FHIR_SEARCH_DEFAULT = 20;

/**
 * One page of a ResearchStudy search as a `searchset` Bundle: trials matching `where` after the
 * trial number `after`, in id order, with a `next` link while more remain. `self` is the URL asked.
 */
export async function researchStudySearchBundle(
  db: Db,
  where: SQL | undefined,
  options: { count: number; after: number; selfUrl: URL },
): Promise<FhirResource> {
  const entries: FhirResource[] = [];
  let lastId = 0;
  let more = false;
  // One more than the page tells whether a next page exists.
  const page = researchStudyEntries(db, and(gt(tables.trials.id, options.after), where), options.count + 1);
  for await (const [id, resource] of page) {
    if (entries.length === options.count) {
      more = true;
      break;
    }
    entries.push(resource);
    lastId = id;
  }
  const base = `${options.selfUrl.origin}/fhir`;
  const link = [{ relation: 'self', url: options.selfUrl.href }];
  if (more && lastId > 0) {
    const next = new URL(options.selfUrl.href);
    next.searchParams.set('_after', String(lastId));
    next.searchParams.set('_count', String(options.count));
    link.push({ relation: 'next', url: next.href });
  }
  return {
    resourceType: 'Bundle',
    id: `research-study-search-${options.after}-${options.count}`,
    type: 'searchset',
    timestamp: new Date().toISOString(),
    link,
    // FHIR has no empty arrays: a page without matches has no `entry`.
    ...(entries.length > 0
      ? {
          entry: entries.map((resource) => ({
            fullUrl: `${base}/ResearchStudy/${resource.id}`,
            resource,
            search: { mode: 'match' },
          })),
        }
      : {}),
  };
}
