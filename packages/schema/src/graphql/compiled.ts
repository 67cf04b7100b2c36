import { encodeBase64, encodeCursorChunk, encodeCursorTuple } from '@pothos/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { type Column, getColumnTable, getTableName, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import * as tables from '../db/tables.js';
import { ageLabel, topCodeAge } from '../domain/privacy.js';
import { hasRole, type Viewer } from '../domain/roles.js';
import type { Outcome, Rate } from '../domain/statistics.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.js';
import { type TherapyFilterInput, therapyFilterSql } from './filters/therapy-filter.js';
import { trialFacetCountSql } from './filters/trial-count.js';
import { type TrialFilterInput, trialFilterSql } from './filters/trial-filter.js';
import {
  readKeysetCursor,
  type TrialOrderInput,
  trialCursorSeek,
  trialSortKey,
} from './filters/trial-order.js';
import { isSmallCell, outcomeFromJson, round1 } from './types/outcome.js';
import { trialResponseCountsSql } from './types/trial.js';

// Compiled reads: a query whose every field this module knows is answered by ONE SQL statement that
// builds the response as JSON inside SQLite (json_object / json_group_array), instead of graphql-js
// resolving it field by field. What SQLite cannot produce byte for byte (global IDs, cursors, the
// outcome's Wilson intervals and small-cell rule, top-coded ages, page trimming) is finished in
// JavaScript on the parsed JSON. Anything else — an unknown field, a directive, `last`/`before`, an
// argument outside the compiled set, a patient-level field without a reader token — makes
// `compileRead` return null and the normal executor answers, errors included. Equality with the
// executor is tested on every query the SDK ships (packages/schema/test/compiled.test.ts).

/** One finished statement: run `query`, parse its one text column, pass it to `finish`. */
export interface CompiledRead {
  /** The one statement; it returns one row whose column `data` is the response's `data` as JSON. */
  statement: SQL;
  finish(json: string): Record<string, unknown>;
}

type Finisher = (value: unknown) => unknown;

interface Built {
  /** SQL expression of the JSON value (wrap in json() where it crosses a subquery). */
  expr: SQL;
  /** JavaScript finishing of that value, or undefined when SQLite's value is final. */
  finish?: Finisher;
}

/** Gives up compiling: the executor answers instead. */
class NotCompiled extends Error {}
const giveUp = (why: string): never => {
  throw new NotCompiled(why);
};

const key = (name: string) => sql.raw(`'${name.replace(/'/g, "''")}'`);

interface Scope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  viewer: Viewer;
  aliases: number;
}

// ----- Fields of the compiled types -----

type ColumnKind = 'plain' | 'json' | 'bool';
interface ColumnField {
  kind: 'column';
  column: Column;
  as?: ColumnKind;
  finish?: Finisher;
}
interface IdField {
  kind: 'id';
  typename: string;
}
interface RelationField {
  kind: 'list' | 'connection' | 'links' | 'outcome';
  reader?: boolean;
}
type FieldModel = ColumnField | IdField | RelationField;

interface TypeModel {
  table: SQLiteTable & { id: Column };
  fields: Record<string, FieldModel>;
  /** Patient-level type: only for reader tokens. */
  reader?: boolean;
}

const col = (column: Column, as: ColumnKind = 'plain', finish?: Finisher): ColumnField => ({
  kind: 'column',
  column,
  as,
  ...(finish ? { finish } : {}),
});

const { trials, therapies, trialTherapies, reviews, reviewTrials, assessments, patients, adverseEvents } =
  tables;

const MODELS: Record<string, TypeModel> = {
  Trial: {
    table: trials,
    fields: {
      id: { kind: 'id', typename: 'Trial' },
      nctId: col(trials.nctId),
      registryUrl: col(trials.nctId, 'plain', (v) => (v ? `https://clinicaltrials.gov/study/${v}` : null)),
      title: col(trials.title),
      officialTitle: col(trials.officialTitle),
      phase: col(trials.phase),
      status: col(trials.status),
      conditions: col(trials.conditions, 'json'),
      sponsor: col(trials.sponsor),
      institution: col(trials.institution),
      country: col(trials.country),
      principalInvestigator: col(trials.principalInvestigator),
      startDate: col(trials.startDate),
      completionDate: col(trials.completionDate),
      plannedEnrollment: col(trials.plannedEnrollment),
      actualEnrollment: col(trials.actualEnrollment),
      summary: col(trials.summary),
      acronym: col(trials.acronym),
      detailedDescription: col(trials.detailedDescription),
      whyStopped: col(trials.whyStopped),
      studyType: col(trials.studyType),
      keywords: col(trials.keywords, 'json'),
      version: col(trials.version),
      therapies: { kind: 'links' },
      outcome: { kind: 'outcome' },
      reviews: { kind: 'connection' },
      patients: { kind: 'connection', reader: true },
    },
  },
  Therapy: {
    table: therapies,
    fields: {
      id: { kind: 'id', typename: 'Therapy' },
      name: col(therapies.name),
      modality: col(therapies.modality),
      transgene: col(therapies.transgene),
      targetAntigen: col(therapies.targetAntigen),
      vector: col(therapies.vector),
      cellSource: col(therapies.cellSource),
      description: col(therapies.description),
      costimulatoryDomain: col(therapies.costimulatoryDomain),
      manufacturer: col(therapies.manufacturer),
      productCodes: col(therapies.productCodes, 'json'),
      aliases: col(therapies.aliases, 'json'),
      version: col(therapies.version),
      trials: { kind: 'links' },
    },
  },
  Review: {
    table: reviews,
    fields: {
      id: { kind: 'id', typename: 'Review' },
      kind: col(reviews.kind),
      title: col(reviews.title),
      authors: col(reviews.authors, 'json'),
      authorsComplete: col(reviews.authorsComplete, 'bool'),
      journal: col(reviews.journal),
      year: col(reviews.year),
      volume: col(reviews.volume),
      issue: col(reviews.issue),
      pages: col(reviews.pages),
      doi: col(reviews.doi),
      pmid: col(reviews.pmid),
      url: col(reviews.url),
      abstract: col(reviews.abstract),
      summary: col(reviews.summary),
      version: col(reviews.version),
      assessments: { kind: 'list' },
    },
  },
  Assessment: {
    table: assessments,
    fields: {
      id: { kind: 'id', typename: 'Assessment' },
      expert: col(assessments.expert),
      affiliation: col(assessments.affiliation),
      quote: col(assessments.quote),
      stance: col(assessments.stance),
      rationale: col(assessments.rationale),
    },
  },
  Patient: {
    table: patients,
    reader: true,
    fields: {
      id: { kind: 'id', typename: 'Patient' },
      subjectCode: col(patients.subjectCode),
      ageAtEnrollment: col(patients.ageAtEnrollment, 'plain', (v) => topCodeAge(v as number | null)),
      ageLabel: col(patients.ageAtEnrollment, 'plain', (v) => ageLabel(v as number | null)),
      sex: col(patients.sex),
      diseaseStage: col(patients.diseaseStage),
      metastaticSites: col(patients.metastaticSites, 'json'),
      priorTherapies: col(patients.priorTherapies, 'json'),
      bestResponse: col(patients.bestResponse),
      responseDurationMonths: col(patients.responseDurationMonths),
      followUpMonths: col(patients.followUpMonths),
      status: col(patients.status),
      notes: col(patients.notes),
      version: col(patients.version),
      adverseEvents: { kind: 'list' },
    },
  },
  AdverseEvent: {
    table: adverseEvents,
    reader: true,
    fields: {
      id: { kind: 'id', typename: 'AdverseEvent' },
      term: col(adverseEvents.term),
      grade: col(adverseEvents.grade),
      attribution: col(adverseEvents.attribution),
      serious: col(adverseEvents.serious, 'bool'),
      description: col(adverseEvents.description),
      version: col(adverseEvents.version),
    },
  },
};

// ----- Selections -----

/** The fields of a selection set by response key, fragments flattened (same type only), in order. */
function collect(
  scope: Scope,
  typename: string,
  set: SelectionSetNode,
  into = new Map<string, FieldNode[]>(),
) {
  for (const selection of set.selections) {
    if (selection.directives?.length) giveUp('directive');
    if (selection.kind === Kind.FIELD) {
      const responseKey = selection.alias?.value ?? selection.name.value;
      const list = into.get(responseKey);
      if (list) list.push(selection);
      else into.set(responseKey, [selection]);
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : scope.fragments[selection.name.value];
      if (!fragment) return giveUp('unknown fragment');
      const condition = fragment.typeCondition?.name.value;
      if (condition && condition !== typename) giveUp(`fragment on ${condition}`);
      collect(scope, typename, fragment.selectionSet, into);
    }
  }
  return into;
}

/** The merged sub-selection of one response key (fields merged by validation have one shape). */
function merged(nodes: FieldNode[]): SelectionSetNode {
  const selections = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
  return { kind: Kind.SELECTION_SET, selections };
}

function args(scope: Scope, typename: string, node: FieldNode): Record<string, unknown> {
  const type = scope.schema.getType(typename) as {
    getFields?: () => Record<string, GraphQLField<unknown, unknown>>;
  };
  const def = type.getFields?.()[node.name.value];
  if (!def) return giveUp('unknown field');
  return getArgumentValues(def, node, scope.variables);
}

function onlyArgs(values: Record<string, unknown>, allowed: string[]) {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && !allowed.includes(name)) giveUp(`argument ${name}`);
  }
}

function pageSize(values: Record<string, unknown>): number {
  const first = values.first;
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    return giveUp('page size');
  }
  return first;
}

/** A table alias unique within the statement. */
function aliased<T extends SQLiteTable>(scope: Scope, table: T): T {
  scope.aliases += 1;
  const name = `c${scope.aliases}`;
  const a = alias(table, name) as unknown as T;
  froms.set(a, sql.raw(`"${getTableName(table)}" "${name}"`));
  return a;
}

const froms = new WeakMap<SQLiteTable, SQL>();
/** `"table" "alias"` for a FROM clause (an alias alone renders as its name). */
const from = (a: SQLiteTable): SQL => froms.get(a) ?? giveUp('alias');

/** The JSON object of one row of a compiled type, for the fields of `set`. */
function objectOf(scope: Scope, typename: string, row: SQLiteTable, set: SelectionSetNode): Built {
  const model = MODELS[typename] ?? giveUp(`type ${typename}`);
  if (model.reader && !hasRole(scope.viewer.role, 'reader')) giveUp('reader type');
  const parts: SQL[] = [];
  const finishers: [string, Finisher][] = [];
  const fields = collect(scope, typename, set);
  if (fields.size > 60) giveUp('too many fields');
  for (const [responseKey, nodes] of fields) {
    const node = nodes[0] as FieldNode;
    const name = node.name.value;
    let built: Built;
    if (name === '__typename') built = { expr: sql`${key(typename)}` };
    else {
      const field = model.fields[name] ?? giveUp(`field ${typename}.${name}`);
      built = fieldOf(scope, typename, row, field, name, nodes);
    }
    parts.push(sql`${key(responseKey)}, ${built.expr}`);
    if (built.finish) finishers.push([responseKey, built.finish]);
  }
  const expr = sql`json_object(${sql.join(parts, sql`, `)})`;
  if (finishers.length === 0) return { expr };
  return {
    expr,
    finish: (value) => {
      if (value == null) return value;
      const object = value as Record<string, unknown>;
      for (const [k, f] of finishers) object[k] = f(object[k]);
      return object;
    },
  };
}

/** The column of `row` (a table alias) that stands for `column` of its table. */
const columnOf = (row: SQLiteTable, column: Column): SQL =>
  sql`${(row as unknown as Record<string, Column>)[tsName(column)]}`;

const tsNames = new WeakMap<Column, string>();
function tsName(column: Column): string {
  let name = tsNames.get(column);
  if (!name) {
    const table = getColumnTable(column) as unknown as Record<string, unknown>;
    name = Object.keys(table).find((k) => table[k] === column) ?? giveUp('column');
    tsNames.set(column, name);
  }
  return name;
}

function fieldOf(
  scope: Scope,
  typename: string,
  row: SQLiteTable,
  field: FieldModel,
  name: string,
  nodes: FieldNode[],
): Built {
  const node = nodes[0] as FieldNode;
  if (field.kind === 'column') {
    if (node.arguments?.length) giveUp('arguments on a column');
    const value = columnOf(row, field.column);
    const expr =
      field.as === 'json'
        ? sql`json(${value})`
        : field.as === 'bool'
          ? sql`(case when ${value} is null then null when ${value} then json('true') else json('false') end)`
          : value;
    return { expr, ...(field.finish ? { finish: field.finish } : {}) };
  }
  if (field.kind === 'id') {
    const t = field.typename;
    return {
      expr: columnOf(row, (MODELS[typename] as TypeModel).table.id),
      finish: (v) => encodeGlobalID(t, v as number),
    };
  }
  if (field.reader && !hasRole(scope.viewer.role, 'reader')) giveUp('reader field');
  const values = args(scope, typename, node);
  const set = merged(nodes);
  const parentId = columnOf(row, (MODELS[typename] as TypeModel).table.id);
  switch (`${typename}.${name}`) {
    case 'Trial.outcome':
      onlyArgs(values, []);
      return outcomeOf(scope, parentId, set);
    case 'Review.assessments': {
      onlyArgs(values, []);
      const a = aliased(scope, assessments);
      return listOf(scope, 'Assessment', a, sql`${a.reviewId} = ${parentId}`, sql`${a.id}`, set);
    }
    case 'Patient.adverseEvents': {
      onlyArgs(values, []);
      const a = aliased(scope, adverseEvents);
      return listOf(scope, 'AdverseEvent', a, sql`${a.patientId} = ${parentId}`, sql`${a.id}`, set);
    }
    case 'Trial.reviews': {
      onlyArgs(values, ['first']);
      const r = aliased(scope, reviews);
      const link = aliased(scope, reviewTrials);
      return connectionOf(scope, {
        connectionType: returnTypeName(scope, typename, name),
        typename: 'Review',
        row: r,
        from: sql`${from(r)} join ${from(link)} on ${link.reviewId} = ${r.id}`,
        key: sql`${r.id}`,
        where: sql`${link.trialId} = ${parentId}`,
        orderBy: sql`${r.id}`,
        cursor: sql`${r.id}`,
        first: pageSize(values),
        after: undefined,
        set,
        totalCount: 'relation',
      });
    }
    case 'Trial.patients': {
      onlyArgs(values, ['first']);
      const p = aliased(scope, patients);
      return connectionOf(scope, {
        connectionType: returnTypeName(scope, typename, name),
        typename: 'Patient',
        row: p,
        from: from(p),
        key: sql`${p.id}`,
        where: sql`${p.trialId} = ${parentId}`,
        orderBy: sql`${p.id}`,
        cursor: sql`${p.id}`,
        first: pageSize(values),
        after: undefined,
        set,
        totalCount: 'relation',
      });
    }
    case 'Trial.therapies':
    case 'Therapy.trials': {
      onlyArgs(values, ['first', 'roles']);
      const l = aliased(scope, trialTherapies);
      const toTrial = name === 'trials';
      const roles = values.roles as string[] | undefined;
      const byRole = roles
        ? roles.length === 0
          ? sql` and 0`
          : sql` and ${l.role} in (${sql.join(
              roles.map((r) => sql`${r}`),
              sql`, `,
            )})`
        : sql``;
      const target = toTrial ? aliased(scope, trials) : aliased(scope, therapies);
      return connectionOf(scope, {
        connectionType: returnTypeName(scope, typename, name),
        typename: toTrial ? 'Trial' : 'Therapy',
        row: target,
        from: sql`${from(l)} join ${from(target)} on ${target.id} = ${toTrial ? l.trialId : l.therapyId}`,
        key: sql`${l.id}`,
        where: sql`${toTrial ? l.therapyId : l.trialId} = ${parentId}${byRole}`,
        orderBy: sql`${l.id}`,
        cursor: sql`${l.id}`,
        first: pageSize(values),
        after: undefined,
        set,
        link: l,
        totalCount: 'none',
      });
    }
    default:
      return giveUp(`field ${typename}.${name}`);
  }
}

function listOf(
  scope: Scope,
  typename: string,
  row: SQLiteTable,
  where: SQL,
  orderBy: SQL,
  set: SelectionSetNode,
): Built {
  const object = objectOf(scope, typename, row, set);
  const expr = sql`json((select json_group_array(${object.expr} order by ${orderBy}) from ${from(row)} where ${where}))`;
  const finishOne = object.finish;
  return finishOne ? { expr, finish: (v) => (v as unknown[]).map(finishOne) } : { expr };
}

// ----- Connections -----

interface ConnectionPlan {
  typename: string;
  row: SQLiteTable;
  from: SQL;
  where: SQL | undefined;
  orderBy: SQL;
  /**
   * A root page reads its rows through a subquery with ORDER BY and LIMIT; a nested one (deep in
   * the statement, where SQLite's parser has little stack left) aggregates in order over the rows
   * whose `key` is in the page.
   */
  root?: boolean;
  key?: SQL;
  /** SQL of the cursor's raw value: an id, or json_array(sort key, id). */
  cursor: SQL;
  /** Turns the raw cursor value into the cursor string the executor gives. */
  formatCursor?: (raw: unknown) => string;
  first: number;
  after: string | undefined;
  set: SelectionSetNode;
  /** The GraphQL type of the connection (its edges' type is read from it). */
  connectionType: string;
  /** The link row whose columns the edges expose (trial ↔ therapy connections). */
  link?: typeof trialTherapies;
  totalCount: 'relation' | 'none' | SQL;
}

/** A connection as SQLite returns it: total count (or null) and the rows `[cursor, edge, node...]`. */
type Raw = [number | null, unknown[][]];

const idCursor = (raw: unknown) => encodeBase64(`DC:${encodeCursorChunk(raw as number)}`);

const EDGE_LINK_FIELDS: Record<string, keyof typeof trialTherapies> = {
  armName: 'armName',
  role: 'role',
  dose: 'dose',
  linkVersion: 'version',
};

/**
 * A page of a connection: SQLite returns `[totalCount, [[cursor, edge, node], ...]]` with one row
 * more than asked (to know whether there is a next page); JavaScript trims it and lays the
 * connection out in the order of the selection.
 */
function connectionOf(scope: Scope, plan: ConnectionPlan): Built {
  const connectionType = plan.connectionType;
  const edgeType = unwrapName(
    (scope.schema.getType(connectionType) as GraphQLObjectType).getFields().edges?.type ?? giveUp('edges'),
  );
  const fields = collect(scope, connectionType, plan.set);
  const formatCursor = plan.formatCursor ?? idCursor;
  // Every `nodes` key and every `node` key under an `edges` key is its own node object in the row
  // (`[cursor, edge, node0, node1, ...]`): their selections may differ.
  const slots: Built[] = [];
  const slotOf = (nodes: FieldNode[]) => {
    slots.push(objectOf(scope, plan.typename, plan.row, merged(nodes)));
    return slots.length + 1;
  };
  const edgeColumns = new Map<string, SQL>();
  const layout: ((raw: Raw) => [string, unknown])[] = [];
  const first = plan.first;
  const page = (raw: Raw) => (raw[1].length > first ? raw[1].slice(0, first) : raw[1]);
  let needCount = false;
  for (const [responseKey, nodes] of fields) {
    const name = (nodes[0] as FieldNode).name.value;
    if (name === '__typename') layout.push(() => [responseKey, connectionType]);
    else if (name === 'totalCount') {
      needCount = true;
      layout.push((raw) => [responseKey, raw[0]]);
    } else if (name === 'nodes') {
      const slot = slotOf(nodes);
      layout.push((raw) => [responseKey, page(raw).map((r) => r[slot])]);
    } else if (name === 'pageInfo')
      layout.push(pageInfoOf(scope, responseKey, merged(nodes), plan, formatCursor));
    else if (name === 'edges') {
      const steps: [string, (row: unknown[]) => unknown][] = [];
      for (const [edgeKey, edgeNodes] of collect(scope, edgeType, merged(nodes))) {
        const edgeField = (edgeNodes[0] as FieldNode).name.value;
        if (edgeField === 'node') {
          const slot = slotOf(edgeNodes);
          steps.push([edgeKey, (row) => row[slot]]);
        } else if (edgeField === 'cursor') steps.push([edgeKey, (row) => formatCursor(row[0])]);
        else if (edgeField === '__typename') steps.push([edgeKey, () => edgeType]);
        else if (plan.link && (edgeField in EDGE_LINK_FIELDS || edgeField === 'linkId')) {
          const column =
            edgeField === 'linkId'
              ? plan.link.id
              : (plan.link[EDGE_LINK_FIELDS[edgeField] as keyof typeof trialTherapies] as Column);
          edgeColumns.set(edgeField, sql`${column}`);
          steps.push(
            edgeField === 'linkId'
              ? [
                  edgeKey,
                  (row) =>
                    encodeGlobalID(
                      'TrialTherapyLink',
                      (row[1] as Record<string, number>)[edgeField] as number,
                    ),
                ]
              : [edgeKey, (row) => (row[1] as Record<string, unknown>)[edgeField]],
          );
        } else giveUp(`edge field ${edgeField}`);
      }
      layout.push((raw) => [
        responseKey,
        page(raw).map((row) => {
          const out: Record<string, unknown> = {};
          for (const [k, f] of steps) out[k] = f(row);
          return out;
        }),
      ]);
    } else giveUp(`connection field ${name}`);
  }
  const edgeExpr = edgeColumns.size
    ? sql`json_object(${sql.join(
        [...edgeColumns].map(([k, v]) => sql`${key(k)}, ${v}`),
        sql`, `,
      )})`
    : sql`null`;
  const where = plan.where ? sql` where ${plan.where}` : sql``;
  const limit = sql.raw(String(plan.first + 1));
  const row = sql`json_array(${sql.join([plan.cursor, edgeExpr, ...slots.map((b) => b.expr)], sql`, `)})`;
  let rows: SQL;
  if (plan.root) {
    rows = sql`(select json_group_array(json(r)) from (select ${row} as r from ${plan.from}${where} order by ${plan.orderBy} limit ${limit}))`;
  } else {
    const k = plan.key ?? giveUp('key');
    const inPage = sql`${k} in (select ${k} from ${plan.from}${where} order by ${plan.orderBy} limit ${limit})`;
    rows = sql`(select json_group_array(${row} order by ${plan.orderBy}) from ${plan.from} where ${plan.where ? sql`${plan.where} and ` : sql``}${inPage})`;
  }
  let count: SQL = sql`null`;
  if (needCount) {
    const total = plan.totalCount;
    if (total === 'none') giveUp('totalCount');
    count = total === 'relation' ? sql`(select count(*) from ${plan.from}${where})` : (total as SQL);
  }
  const expr = needCount ? sql`json_array(${count}, json(${rows}))` : sql`json(${rows})`;
  const finishers = slots
    .map((b, i) => [i + 2, b.finish] as const)
    .filter((entry): entry is readonly [number, Finisher] => entry[1] !== undefined);
  return {
    expr,
    finish: (value) => {
      const raw = (needCount ? value : [null, value]) as Raw;
      for (const r of page(raw)) for (const [slot, f] of finishers) r[slot] = f(r[slot]);
      const out: Record<string, unknown> = {};
      for (const part of layout) {
        const [k, v] = part(raw);
        out[k] = v;
      }
      return out;
    },
  };
}

/** The named type under lists and non-nulls. */
function unwrapName(type: GraphQLOutputType): string {
  return getNamedType(type).name;
}

/** The name of the type a field returns (its connection type, for a connection field). */
function returnTypeName(scope: Scope, typename: string, field: string): string {
  const def = (scope.schema.getType(typename) as GraphQLObjectType | undefined)?.getFields()[field];
  return def ? unwrapName(def.type) : giveUp(`field ${typename}.${field}`);
}

function pageInfoOf(
  scope: Scope,
  responseKey: string,
  set: SelectionSetNode,
  plan: ConnectionPlan,
  formatCursor: (raw: unknown) => string,
) {
  const fields = [...collect(scope, 'PageInfo', set).entries()].map(
    ([k, nodes]) => [k, (nodes[0] as FieldNode).name.value] as const,
  );
  for (const [, name] of fields) {
    if (!['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'].includes(name)) {
      giveUp(`pageInfo.${name}`);
    }
  }
  return (raw: Raw): [string, unknown] => {
    const rows = raw[1];
    const full = rows.length > plan.first;
    const shown = full ? rows.slice(0, plan.first) : rows;
    const out: Record<string, unknown> = {};
    for (const [k, name] of fields) {
      if (name === 'hasNextPage') out[k] = full;
      else if (name === 'hasPreviousPage') out[k] = plan.after != null;
      else if (name === 'startCursor') out[k] = shown.length ? formatCursor(shown[0]?.[0]) : null;
      else if (name === 'endCursor') out[k] = shown.length ? formatCursor(shown.at(-1)?.[0]) : null;
      else out[k] = 'PageInfo';
    }
    return [responseKey, out];
  };
}

// ----- Outcome (counts from SQLite, statistics in JavaScript) -----

function outcomeOf(scope: Scope, trialId: SQL, set: SelectionSetNode): Built {
  const project = projector(scope, 'Outcome', set);
  const viewer = scope.viewer;
  return {
    expr: sql`json(${trialResponseCountsSql(trialId)})`,
    finish: (counts) => {
      const outcome = outcomeFromJson(counts);
      return isSmallCell(outcome.patients, viewer) ? null : project(outcome as never);
    },
  };
}

const OUTCOME_INTS = new Set([
  'patients',
  'evaluable',
  'responders',
  'completeResponses',
  'partialResponses',
  'stableDisease',
  'progressiveDisease',
  'noResponse',
  'notEvaluable',
  'unknown',
]);

type Project = (value: never) => unknown;

/** Lays out an Outcome, Rate or Interval value for a selection, as their resolvers do. */
function projector(scope: Scope, typename: 'Outcome' | 'Rate' | 'Interval', set: SelectionSetNode): Project {
  const steps: [string, (v: never) => unknown][] = [];
  for (const [responseKey, nodes] of collect(scope, typename, set)) {
    const name = (nodes[0] as FieldNode).name.value;
    if ((nodes[0] as FieldNode).arguments?.length) giveUp('arguments');
    if (name === '__typename') {
      steps.push([responseKey, () => typename]);
      continue;
    }
    if (typename === 'Outcome') {
      if (OUTCOME_INTS.has(name)) steps.push([responseKey, (o: Outcome) => o[name as keyof Outcome]]);
      else if (name === 'objectiveResponseRate' || name === 'completeResponseRate') {
        const rate = projector(scope, 'Rate', merged(nodes));
        steps.push([responseKey, (o: Outcome) => (o[name] ? rate(o[name] as never) : null)]);
      } else giveUp(`Outcome.${name}`);
    } else if (typename === 'Rate') {
      if (name === 'estimate') steps.push([responseKey, (r: Rate) => r.estimate]);
      else if (name === 'percent') steps.push([responseKey, (r: Rate) => round1(r.estimate * 100)]);
      else if (name === 'ci95') {
        const interval = projector(scope, 'Interval', merged(nodes));
        steps.push([responseKey, (r: Rate) => interval(r.ci95 as never)]);
      } else giveUp(`Rate.${name}`);
    } else {
      type I = { lower: number; upper: number };
      if (name === 'lower') steps.push([responseKey, (i: I) => i.lower]);
      else if (name === 'upper') steps.push([responseKey, (i: I) => i.upper]);
      else if (name === 'lowerPercent') steps.push([responseKey, (i: I) => round1(i.lower * 100)]);
      else if (name === 'upperPercent') steps.push([responseKey, (i: I) => round1(i.upper * 100)]);
      else giveUp(`Interval.${name}`);
    }
  }
  return (value: never) => {
    const out: Record<string, unknown> = {};
    for (const [k, f] of steps) out[k] = f(value);
    return out;
  };
}

// ----- Root fields -----

function rootField(scope: Scope, node: FieldNode, nodes: FieldNode[]): Built {
  const name = node.name.value;
  const values = args(scope, 'Query', node);
  const set = merged(nodes);
  if (name === 'trial') {
    onlyArgs(values, ['id']);
    let id: { typename: string; id: string } | undefined;
    try {
      id = typeof values.id === 'string' ? decodeGlobalID(values.id) : undefined;
    } catch {
      id = undefined;
    }
    if (id?.typename !== 'Trial' || !/^[1-9][0-9]{0,15}$/.test(String(id.id))) return giveUp('trial id');
    const t = aliased(scope, trials);
    const object = objectOf(scope, 'Trial', t, set);
    return {
      expr: sql`json((select ${object.expr} from ${from(t)} where ${t.id} = ${Number(id?.id)}))`,
      ...(object.finish ? { finish: object.finish } : {}),
    };
  }
  if (name === 'trials') {
    onlyArgs(values, ['first', 'after', 'filter', 'orderBy']);
    const t = aliased(scope, trials);
    const filter = values.filter as TrialFilterInput | undefined;
    const order = values.orderBy as TrialOrderInput | undefined;
    const after = values.after as string | undefined;
    const field = order?.field ?? 'CREATED';
    const desc = order?.direction === 'DESC';
    const dir = sql.raw(desc ? 'desc' : 'asc');
    const sortKey = field === 'CREATED' ? undefined : trialSortKey(field, t);
    const conditions: SQL[] = [];
    const filterSql = trialFilterSql(filter, t);
    if (filterSql) conditions.push(filterSql);
    if (after != null) {
      const seek = trialCursorSeek(order, { after }, t);
      if (seek) conditions.push(seek);
      conditions.push(keyset(after, sortKey, t.id, desc));
    }
    const counted = aliased(scope, trials);
    return connectionOf(scope, {
      connectionType: returnTypeName(scope, 'Query', name),
      typename: 'Trial',
      row: t,
      from: from(t),
      root: true,
      where: conditions.length ? sql.join(conditions, sql` and `) : undefined,
      orderBy: sortKey ? sql`${sortKey} ${dir}, ${t.id} ${dir}` : sql`${t.id} ${dir}`,
      // A REAL sort key goes through text with 17 significant digits (SQLite's JSON keeps 15), so
      // the cursor holds the very double the executor's does.
      cursor: sortKey
        ? field === 'RESPONSE_RATE'
          ? sql`json_array(printf('%!.17g', ${sortKey}), ${t.id})`
          : sql`json_array(${sortKey}, ${t.id})`
        : sql`${t.id}`,
      ...(sortKey ? { formatCursor: field === 'RESPONSE_RATE' ? realTupleCursor : tupleCursor } : {}),
      first: pageSize(values),
      after,
      set,
      // Summed from trial_facet_counts when the filter uses only its facets (trial-count.ts).
      totalCount: trialFacetCountSql(filter) ?? countOf(counted, trialFilterSql(filter, counted)),
    });
  }
  if (name === 'therapies') {
    onlyArgs(values, ['first', 'after', 'filter']);
    const t = aliased(scope, therapies);
    const after = values.after as string | undefined;
    const conditions: SQL[] = [];
    const filterSql = therapyFilterSql(values.filter as TherapyFilterInput | undefined, t);
    if (filterSql) conditions.push(filterSql);
    if (after != null) conditions.push(keyset(after, undefined, t.id, false));
    const counted = aliased(scope, therapies);
    return connectionOf(scope, {
      connectionType: returnTypeName(scope, 'Query', name),
      typename: 'Therapy',
      row: t,
      from: from(t),
      root: true,
      where: conditions.length ? sql.join(conditions, sql` and `) : undefined,
      orderBy: sql`${t.id} asc`,
      cursor: sql`${t.id}`,
      first: pageSize(values),
      after,
      set,
      totalCount: countOf(
        counted,
        therapyFilterSql(values.filter as TherapyFilterInput | undefined, counted),
      ),
    });
  }
  return giveUp(`Query.${name}`);
}

const tupleCursor = (raw: unknown) => encodeBase64(`DC:${encodeCursorTuple(raw as unknown[])}`);
const realTupleCursor = (raw: unknown) => {
  const [k, id] = raw as [string, number];
  return tupleCursor([Number(k), id]);
};

/** The keyset condition after a cursor, as the executor's connection builds it. */
function keyset(cursor: string, sortKey: SQL | undefined, id: Column, desc: boolean): SQL {
  const position = readKeysetCursor(cursor);
  const op = sql.raw(desc ? '<' : '>');
  if (!sortKey) {
    return typeof position === 'number' ? sql`${id} ${op} ${position}` : giveUp('cursor');
  }
  if (!Array.isArray(position)) return giveUp('cursor');
  const [k, i] = position;
  return sql`(${sortKey} ${op} ${k} or (${sortKey} = ${k} and ${id} ${op} ${i}))`;
}

/** `(select count(*) from table alias where condition)`. */
const countOf = (counted: SQLiteTable, condition: SQL | undefined): SQL =>
  sql`(select count(*) from ${from(counted)}${condition ? sql` where ${condition}` : sql``})`;

// ----- Entry point -----

/**
 * The compiled statement of an operation, or null when any part of it is outside what this module
 * compiles (the executor then answers). Throws nothing: bad input also falls back, so the executor
 * reports it with its usual errors.
 */
export function compileRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  viewer: Viewer,
  /** Told why an operation is left to the executor (for tests and debugging). */
  explain?: (reason: string) => void,
): CompiledRead | null {
  try {
    let operation: OperationDefinitionNode | undefined;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      else if (definition.kind === Kind.OPERATION_DEFINITION) {
        if (operationName ? definition.name?.value === operationName : !operation) operation = definition;
        else if (!operationName) return null;
      }
    }
    if (operation?.operation !== 'query' || operation.directives?.length) return null;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (coerced.errors) return null;
    const scope: Scope = { schema, fragments, variables: coerced.coerced, viewer, aliases: 0 };
    const parts: SQL[] = [];
    const finishers: [string, Finisher][] = [];
    for (const [responseKey, nodes] of collect(scope, 'Query', operation.selectionSet)) {
      const node = nodes[0] as FieldNode;
      if (node.name.value === '__typename') {
        parts.push(sql`${key(responseKey)}, 'Query'`);
        continue;
      }
      const built = rootField(scope, node, nodes);
      parts.push(sql`${key(responseKey)}, ${built.expr}`);
      if (built.finish) finishers.push([responseKey, built.finish]);
    }
    return {
      statement: sql`select json_object(${sql.join(parts, sql`, `)}) as data`,
      finish(json) {
        const data = JSON.parse(json) as Record<string, unknown>;
        for (const [k, f] of finishers) data[k] = f(data[k]);
        return data;
      },
    };
  } catch (error) {
    // NotCompiled, or input the filters reject: the executor answers and reports it.
    explain?.(error instanceof Error ? error.message : String(error));
    return null;
  }
}
