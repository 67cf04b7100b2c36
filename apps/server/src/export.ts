import { type Db, schema, tables, trialFilterSql } from '@genetrials/schema';
import { and, asc, count, gt, inArray, type SQL } from 'drizzle-orm';
import {
  coerceInputValue,
  GraphQLError,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isInputType,
  isListType,
} from 'graphql';
import { keysetBatches } from './batches.js';

// Bulk export of public, trial-level fields (never patients). Shared by `GET /export/trials.*`
// and `genetrials export trials`: both stream the same bytes, reading trials in keyset batches by
// id so that the whole table is never held in memory.

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Trials read per statement. */
export const EXPORT_BATCH_SIZE = 500;

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/** One exported trial: public registry-level fields only. */
export interface ExportedTrial {
  nctId: string | null;
  title: string;
  phase: string | null;
  status: string | null;
  conditions: string[];
  sponsor: string | null;
  country: string | null;
  startDate: string | null;
  startDateType: string | null;
  completionDate: string | null;
  completionDateType: string | null;
  plannedEnrollment: number | null;
  actualEnrollment: number | null;
  studyType: string | null;
  /** "name (type)" per registered intervention, in registry order, joined by "; ". */
  interventions: string;
  sites: number;
  /** Registry-reported objective response (aggregate counts), when the record states one. */
  registryOrrResponders: number | null;
  registryOrrAnalysed: number | null;
}

/** Column order of the CSV (and key order of each NDJSON object). */
export const EXPORT_COLUMNS = [
  'nctId',
  'title',
  'phase',
  'status',
  'conditions',
  'sponsor',
  'country',
  'startDate',
  'startDateType',
  'completionDate',
  'completionDateType',
  'plannedEnrollment',
  'actualEnrollment',
  'studyType',
  'interventions',
  'sites',
  'registryOrrResponders',
  'registryOrrAnalysed',
] as const satisfies readonly (keyof ExportedTrial)[];

export function badInput(message: string, issues: { path: string; rule: string; message: string }[] = []) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', issues } });
}

/** Global IDs as the schema encodes them (Relay: base64 of "Typename:id"). */
export function decodeGlobalId(value: string): { typename: string; id: string } | null {
  const text = Buffer.from(value, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return null;
  return { typename: text.slice(0, colon), id: text.slice(colon + 1) };
}

export function encodeGlobalId(typename: string, id: number): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

type Issue = { path: string; rule: string; message: string };

/** Replaces the global-ID strings of `@pothos/plugin-relay` ID fields by `{ typename, id }`, as GraphQL would. */
function decodeIds(value: unknown, type: GraphQLInputType, path: string[], issues: Issue[]): unknown {
  const named = getNullableType(type);
  if (value == null) return value;
  if (isListType(named))
    return (value as unknown[]).map((item, i) => decodeIds(item, named.ofType, [...path, String(i)], issues));
  if (!isInputObjectType(named)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(named.getFields())) {
    const fieldValue = (value as Record<string, unknown>)[name];
    if (fieldValue === undefined) continue;
    if (field.extensions?.isRelayGlobalID && fieldValue !== null) {
      const list = Array.isArray(fieldValue);
      const decoded = (list ? fieldValue : [fieldValue]).map((id: unknown, i: number) => {
        const global = decodeGlobalId(String(id));
        if (!global) {
          const where = [...path, name, ...(list ? [String(i)] : [])].join('.');
          issues.push({ path: where, rule: 'global_id', message: 'is not a valid global ID' });
        }
        return global;
      });
      out[name] = list ? decoded : decoded[0];
    } else out[name] = decodeIds(fieldValue, field.type, [...path, name], issues);
  }
  return out;
}

/**
 * Parses a filter given as JSON text into an SQL condition: coerced against the schema's input
 * type `typeName` (unknown fields and enum values refused, global IDs decoded, as GraphQL would),
 * then checked and compiled by the same compiler the GraphQL API uses. `param` names the query
 * parameter in error paths. Throws BAD_USER_INPUT with `issues`.
 */
export function inputFilterSql(
  json: string | null | undefined,
  typeName: string,
  compile: (filter: unknown, path: string) => SQL | undefined,
  param = 'filter',
): SQL | undefined {
  if (json == null || json.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badInput(`${param}: is not valid JSON`, [
      { path: param, rule: 'json', message: 'is not valid JSON' },
    ]);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw badInput(`${param}: must be a JSON object (a ${typeName})`, [
      { path: param, rule: 'type', message: `must be a JSON object (a ${typeName})` },
    ]);
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`the schema has no ${typeName} input type`);
  const issues: Issue[] = [];
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    issues.push({ path: [param, ...path].join('.'), rule: 'type', message: error.message });
  });
  if (issues.length === 0) {
    const decoded = decodeIds(coerced, type, [param], issues);
    if (issues.length === 0) return compile(decoded, param);
  }
  throw badInput(`${issues[0]?.path}: ${issues[0]?.message}`, issues);
}

/** A `TrialFilter` given as JSON text, as an SQL condition over `trials` (see inputFilterSql). */
export function exportFilterSql(json: string | null | undefined, param = 'filter'): SQL | undefined {
  return inputFilterSql(
    json,
    'TrialFilter',
    (filter, path) => trialFilterSql(filter as Parameters<typeof trialFilterSql>[0], tables.trials, path),
    param,
  );
}

/** Every matching trial, in id order, read `batchSize` at a time. */
export async function* exportTrials(
  db: Db,
  where: SQL | undefined,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportedTrial> {
  const { trials, interventions, trialSites, trialResults } = tables;
  const batches = keysetBatches(
    (after, limit) =>
      db
        .select({
          id: trials.id,
          nctId: trials.nctId,
          title: trials.title,
          phase: trials.phase,
          status: trials.status,
          conditions: trials.conditions,
          sponsor: trials.sponsor,
          country: trials.country,
          startDate: trials.startDate,
          startDateType: trials.startDateType,
          completionDate: trials.completionDate,
          completionDateType: trials.completionDateType,
          plannedEnrollment: trials.plannedEnrollment,
          actualEnrollment: trials.actualEnrollment,
          studyType: trials.studyType,
        })
        .from(trials)
        .where(and(gt(trials.id, after), where))
        .orderBy(asc(trials.id))
        .limit(limit),
    batchSize,
  );
  for await (const batch of batches) {
    const ids = batch.map((trial) => trial.id);
    const [interventionRows, siteRows, resultRows] = await Promise.all([
      db
        .select({ trialId: interventions.trialId, name: interventions.name, type: interventions.type })
        .from(interventions)
        .where(inArray(interventions.trialId, ids))
        .orderBy(asc(interventions.trialId), asc(interventions.position), asc(interventions.id)),
      db
        .select({ trialId: trialSites.trialId, sites: count() })
        .from(trialSites)
        .where(inArray(trialSites.trialId, ids))
        .groupBy(trialSites.trialId),
      db
        .select({
          trialId: trialResults.trialId,
          responders: trialResults.orrResponders,
          analysed: trialResults.orrAnalysed,
        })
        .from(trialResults)
        .where(inArray(trialResults.trialId, ids)),
    ]);
    const interventionsOf = new Map<number, string[]>();
    for (const row of interventionRows) {
      const list = interventionsOf.get(row.trialId) ?? [];
      list.push(row.type ? `${row.name} (${row.type})` : row.name);
      interventionsOf.set(row.trialId, list);
    }
    const sitesOf = new Map(siteRows.map((row) => [row.trialId, Number(row.sites)]));
    const resultsOf = new Map(resultRows.map((row) => [row.trialId, row]));
    for (const { id, ...trial } of batch) {
      const result = resultsOf.get(id);
      yield {
        ...trial,
        conditions: trial.conditions ?? [],
        interventions: (interventionsOf.get(id) ?? []).join('; '),
        sites: sitesOf.get(id) ?? 0,
        registryOrrResponders: result?.analysed != null ? (result.responders ?? null) : null,
        registryOrrAnalysed: result?.analysed ?? null,
      };
    }
  }
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: unknown): string {
  if (value == null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export function csvRecord(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The export as text chunks (a header row first for CSV; one JSON object per line for NDJSON). */
export async function* exportChunks(
  db: Db,
  format: ExportFormat,
  where: SQL | undefined,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<string> {
  if (format === 'csv') yield csvRecord(EXPORT_COLUMNS);
  let buffer = '';
  for await (const trial of exportTrials(db, where, batchSize)) {
    buffer +=
      format === 'csv'
        ? csvRecord(EXPORT_COLUMNS.map((column) => trial[column]))
        : `${JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, trial[column]])))}\n`;
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
