// The conventional contender: what a team would build by hand for the same queries without
// GeneTrials. A plain graphql-js schema written in SDL, ordinary resolvers, and one DataLoader per
// relation (created per request), running hand-written SQL through the same libSQL client on the
// same database file. It takes the same GraphQL documents and variables as the GeneTrials server
// (Relay ids and cursors included), so the benchmark sends both the same request bodies and
// checks that their `data` is deep-equal before timing. Parsed and validated documents are cached
// by their text, as conventional servers (Apollo Server, graphql-yoga) do.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { MODALITIES, PHASES, summarizeOutcome, TRIAL_STATUSES } from '@genetrials/schema';
import DataLoader from 'dataloader';
import {
  buildSchema,
  type DocumentNode,
  execute,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import {
  COUNT_COLUMNS,
  checkReader,
  countsOf,
  groupBy,
  num,
  placeholders,
  type Run,
  rateJson,
  readBody,
  runner,
  STATS,
  searchHits,
  str,
} from './baseline.js';
import { globalId } from './queries.js';

type Client = Parameters<typeof runner>[0];
type Row = Record<string, unknown>;

const SDL = /* GraphQL */ `
  enum Phase { ${PHASES.join(' ')} }
  enum TrialStatus { ${TRIAL_STATUSES.join(' ')} }
  enum Modality { ${MODALITIES.join(' ')} }
  enum TrialOrderField { ID START_DATE }
  enum OrderDirection { ASC DESC }

  input YearRange { min: Int max: Int }
  input TrialFilter { phases: [Phase!] modalities: [Modality!] startYear: YearRange nctIds: [String!] }
  input TrialOrder { field: TrialOrderField! direction: OrderDirection }
  input TherapyFilter { modalities: [Modality!] }

  type Query {
    trial(id: ID!): Trial
    trials(first: Int, after: String, filter: TrialFilter, orderBy: TrialOrder): TrialConnection!
    therapies(first: Int, filter: TherapyFilter): TherapyConnection!
    search(query: String!, first: Int): SearchConnection!
    stats: Stats!
  }

  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! }
  type TrialConnection { totalCount: Int! pageInfo: PageInfo! edges: [TrialEdge!]! nodes: [Trial!]! }
  type TrialEdge { cursor: String! node: Trial! }
  type TherapyConnection { nodes: [Therapy!]! }

  type Trial {
    id: ID!
    nctId: String
    title: String!
    officialTitle: String
    phase: Phase
    status: TrialStatus
    conditions: [String!]!
    sponsor: String
    institution: String
    country: String
    principalInvestigator: String
    startDate: String
    completionDate: String
    plannedEnrollment: Int
    actualEnrollment: Int
    summary: String
    therapies(first: Int): TrialTherapyConnection!
    outcome: Outcome!
    patients(first: Int): PatientConnection!
    reviews(first: Int): ReviewConnection!
  }
  type TrialTherapyConnection { edges: [TrialTherapyEdge!]! }
  type TrialTherapyEdge { role: String armName: String dose: String node: Therapy! }

  type Therapy {
    id: ID!
    name: String!
    modality: Modality
    vector: String
    targetAntigen: String
    transgene: String
    cellSource: String
    trials(first: Int): TherapyTrialConnection!
  }
  type TherapyTrialConnection { edges: [TherapyTrialEdge!]! }
  type TherapyTrialEdge { role: String node: Trial! }

  type Rate { percent: Float! ci95: Interval! }
  type Interval { lower: Float! upper: Float! }
  type Outcome {
    patients: Int!
    evaluable: Int!
    responders: Int!
    completeResponses: Int!
    partialResponses: Int!
    stableDisease: Int!
    progressiveDisease: Int!
    objectiveResponseRate: Rate
  }

  type PatientConnection { totalCount: Int! nodes: [Patient!]! }
  type Patient {
    id: ID!
    subjectCode: String
    ageAtEnrollment: Int
    sex: String
    diseaseStage: String
    bestResponse: String
    followUpMonths: Float
    status: String
    adverseEvents: [AdverseEvent!]!
  }
  type AdverseEvent { term: String! grade: Int attribution: String serious: Boolean }

  type ReviewConnection { totalCount: Int! nodes: [Review!]! }
  type Review {
    id: ID!
    kind: String
    title: String!
    journal: String
    year: Int
    doi: String
    assessments: [Assessment!]!
  }
  type Assessment { expert: String! affiliation: String stance: String quote: String }

  union SearchResult = Trial | Therapy | Review
  type SearchConnection { totalCount: Int! edges: [SearchEdge!]! }
  type SearchEdge { rank: Float! matchedField: String! snippet: String! node: SearchResult! }

  type Bucket { key: String count: Int! share: Float! }
  type YearBucket { key: Int count: Int! share: Float! }
  type ModalityOutcome { modality: String! trials: Int! outcome: Outcome! }
  type Stats {
    trialCount: Int!
    byPhase: [Bucket!]!
    byStatus: [Bucket!]!
    byStartYear: [YearBucket!]!
    byModality: [Bucket!]!
    pooledByModality: [ModalityOutcome!]!
  }
`;

/** Per-request state: the statement runner, the caller's role and the loaders. */
interface Context {
  run: Run;
  authorization: string | undefined;
  reader?: Promise<boolean>;
  loaders: ReturnType<typeof createLoaders>;
  trialTotal?: Promise<number>;
}

const TRIAL_COLUMNS = `id, nct_id, title, official_title, phase, status, conditions, sponsor, institution, country,
  principal_investigator, start_date, completion_date, planned_enrollment, actual_enrollment, summary`;
const THERAPY_COLUMNS = 'id, name, modality, vector, target_antigen, transgene, cell_source';
const REVIEW_COLUMNS = 'r.id, r.kind, r.title, r.journal, r.year, r.doi';

/** A loader of rows by id, in key order (null where there is none). */
function byId(run: Run, sql: (marks: string) => string) {
  return new DataLoader<number, Row | null>(async (ids) => {
    const rows = await run(sql(placeholders(ids.length)), [...ids]);
    const map = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** A loader of each parent's child rows (grouped on `parent`), optionally the first `limit` per parent. */
function children(run: Run, sql: (marks: string) => string, parent: string) {
  return new DataLoader<number, Row[]>(async (ids) => {
    const groups = groupBy(await run(sql(placeholders(ids.length)), [...ids]), (r) => Number(r[parent]));
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** The first `n` rows per parent, by a window over the parent's rows. */
const firstPer = (inner: string, parent: string, order: string, n: number) =>
  `select * from (select *, row_number() over (partition by ${parent} order by ${order}) as rn from (${inner})) where rn <= ${n}`;

/** Loaders keyed also by a page size: one loader per (relation, first). */
function sized<T>(make: (first: number) => T): (first: number) => T {
  const loaders = new Map<number, T>();
  return (first) => {
    let loader = loaders.get(first);
    if (!loader) {
      loader = make(first);
      loaders.set(first, loader);
    }
    return loader;
  };
}

function createLoaders(run: Run) {
  return {
    trial: byId(run, (m) => `select ${TRIAL_COLUMNS} from trials where id in (${m})`),
    therapy: byId(run, (m) => `select ${THERAPY_COLUMNS} from therapies where id in (${m})`),
    outcomeCounts: new DataLoader<number, Row | undefined>(async (ids) => {
      const rows = await run(
        `select trial_id, ${COUNT_COLUMNS} from patients where trial_id in (${placeholders(ids.length)}) group by trial_id`,
        [...ids],
      );
      const map = new Map(rows.map((r) => [Number(r.trial_id), r]));
      return ids.map((id) => map.get(id));
    }),
    linksOfTrial: sized((first) =>
      children(
        run,
        (m) =>
          firstPer(
            `select id, trial_id, therapy_id, role, arm_name, dose from trial_therapies where trial_id in (${m})`,
            'trial_id',
            'id',
            first,
          ),
        'trial_id',
      ),
    ),
    linksOfTherapy: sized((first) =>
      children(
        run,
        (m) =>
          firstPer(
            `select id, trial_id, therapy_id, role from trial_therapies where therapy_id in (${m})`,
            'therapy_id',
            'id',
            first,
          ),
        'therapy_id',
      ),
    ),
    patientsOfTrial: sized((first) =>
      children(
        run,
        (m) =>
          firstPer(
            `select id, trial_id, subject_code, age_at_enrollment, sex, disease_stage, best_response, follow_up_months, status
             from patients where trial_id in (${m})`,
            'trial_id',
            'id',
            first,
          ),
        'trial_id',
      ),
    ),
    adverseEventsOfPatient: children(
      run,
      (m) =>
        `select patient_id, term, grade, attribution, serious from adverse_events where patient_id in (${m}) order by id`,
      'patient_id',
    ),
    reviewsOfTrial: sized((first) =>
      children(
        run,
        (m) =>
          firstPer(
            `select rt.trial_id, ${REVIEW_COLUMNS} from review_trials rt join reviews r on r.id = rt.review_id
             where rt.trial_id in (${m})`,
            'trial_id',
            'id',
            first,
          ),
        'trial_id',
      ),
    ),
    reviewCount: new DataLoader<number, number>(async (ids) => {
      const rows = await run(
        `select trial_id, count(*) as n from review_trials where trial_id in (${placeholders(ids.length)}) group by trial_id`,
        [...ids],
      );
      const map = new Map(rows.map((r) => [Number(r.trial_id), Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    review: byId(run, (m) => `select ${REVIEW_COLUMNS} from reviews r where r.id in (${m})`),
    assessmentsOfReview: children(
      run,
      (m) =>
        `select review_id, expert, affiliation, stance, quote from assessments where review_id in (${m}) order by id`,
      'review_id',
    ),
  };
}

function decodeId(id: string, type: string): number | null {
  const [kind, value] = Buffer.from(id, 'base64').toString('utf8').split(':');
  return kind === type && value && /^\d+$/.test(value) ? Number(value) : null;
}

/** GeneTrials' keyset cursors: `DC:N:<id>` (by id) and `DC:T:["S:<start date>","N:<id>"]`. */
function decodeCursor(cursor: string): { id: number; startDate?: string } {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (text.startsWith('DC:N:')) return { id: Number(text.slice(5)) };
  if (text.startsWith('DC:T:')) {
    const [s, n] = JSON.parse(text.slice(5)) as [string, string];
    return { startDate: s.slice(2), id: Number(n.slice(2)) };
  }
  throw new Error(`unsupported cursor ${cursor}`);
}

function encodeCursor(row: Row, byStartDate: boolean): string {
  const text = byStartDate
    ? `DC:T:${JSON.stringify([`S:${String(row.start_date ?? '')}`, `N:${Number(row.id)}`])}`
    : `DC:N:${Number(row.id)}`;
  return Buffer.from(text).toString('base64');
}

const outcomeOf = (counts: Row | undefined) => {
  const o = summarizeOutcome(countsOf(counts));
  return { ...o, objectiveResponseRate: rateJson(o.objectiveResponseRate) };
};

type Resolvers = Record<string, Record<string, GraphQLFieldResolver<Row, Context, Record<string, unknown>>>>;

const resolvers: Resolvers = {
  Query: {
    trial: (_root, args, ctx) => {
      const id = decodeId(String(args.id), 'Trial');
      return id == null ? null : ctx.loaders.trial.load(id);
    },
    trials: async (_root, args, ctx) => {
      const first = Number(args.first ?? 20);
      const filter = (args.filter ?? {}) as {
        phases?: string[];
        modalities?: string[];
        startYear?: { min?: number; max?: number };
        nctIds?: string[];
      };
      const order = args.orderBy as { field: string; direction?: string } | undefined;
      const byStartDate = order?.field === 'START_DATE';
      const desc = order?.direction === 'DESC';
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.phases?.length) {
        where.push(`t.phase in (${placeholders(filter.phases.length)})`);
        params.push(...filter.phases);
      }
      if (filter.startYear?.min != null) {
        where.push('t.start_year >= ?');
        params.push(filter.startYear.min);
      }
      if (filter.startYear?.max != null) {
        where.push('t.start_year <= ?');
        params.push(filter.startYear.max);
      }
      if (filter.nctIds?.length) {
        where.push(`t.nct_id in (${placeholders(filter.nctIds.length)})`);
        params.push(...filter.nctIds);
      }
      if (filter.modalities?.length) {
        where.push(`exists (select 1 from trial_therapies tt join therapies th on th.id = tt.therapy_id
          where tt.trial_id = t.id and th.modality in (${placeholders(filter.modalities.length)}))`);
        params.push(...filter.modalities);
      }
      const filterSql = where.length > 0 ? where.join(' and ') : '1';
      const pageWhere = [filterSql];
      const pageParams = [...params];
      const cmp = desc ? '<' : '>';
      if (args.after != null) {
        const c = decodeCursor(String(args.after));
        if (byStartDate) {
          pageWhere.push(`(coalesce(t.start_date, ''), t.id) ${cmp} (?, ?)`);
          pageParams.push(c.startDate ?? '', c.id);
        } else {
          pageWhere.push(`t.id ${cmp} ?`);
          pageParams.push(c.id);
        }
      }
      const dir = desc ? 'desc' : 'asc';
      const orderSql = byStartDate ? `coalesce(t.start_date, '') ${dir}, t.id ${dir}` : `t.id ${dir}`;
      const rows = await ctx.run(
        `select ${TRIAL_COLUMNS} from trials t where ${pageWhere.join(' and ')} order by ${orderSql} limit ?`,
        [...pageParams, first + 1],
      );
      const page = rows.slice(0, first);
      for (const row of page) ctx.loaders.trial.prime(Number(row.id), row);
      return {
        totalCount: async () =>
          Number((await ctx.run(`select count(*) as n from trials t where ${filterSql}`, params))[0]?.n ?? 0),
        pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: args.after != null },
        edges: page.map((row) => ({ cursor: encodeCursor(row, byStartDate), node: row })),
        nodes: page,
      };
    },
    therapies: async (_root, args, ctx) => {
      const first = Number(args.first ?? 20);
      const modalities = (args.filter as { modalities?: string[] } | undefined)?.modalities ?? [];
      const rows = await ctx.run(
        `select ${THERAPY_COLUMNS} from therapies ${modalities.length ? `where modality in (${placeholders(modalities.length)})` : ''} order by id limit ?`,
        [...modalities, first],
      );
      for (const row of rows) ctx.loaders.therapy.prime(Number(row.id), row);
      return { nodes: rows };
    },
    search: async (_root, args, ctx) => {
      const hits = await searchHits(ctx.run, String(args.query), Number(args.first ?? 10));
      const edges = await Promise.all(
        hits.map(async (h) => {
          const node =
            h.type === 'TRIAL'
              ? await ctx.loaders.trial.load(h.id)
              : h.type === 'THERAPY'
                ? await ctx.loaders.therapy.load(h.id)
                : await ctx.loaders.review.load(h.id);
          if (!node) return null;
          const __typename = h.type === 'TRIAL' ? 'Trial' : h.type === 'THERAPY' ? 'Therapy' : 'Review';
          return {
            rank: h.rank,
            matchedField: h.matchedField,
            snippet: h.snippet,
            node: { ...node, __typename },
          };
        }),
      );
      return { totalCount: hits[0]?.total ?? 0, edges: edges.filter(Boolean) };
    },
    stats: () => ({}),
  },
  Trial: {
    id: (t) => globalId('Trial', Number(t.id)),
    nctId: (t) => str(t.nct_id),
    officialTitle: (t) => str(t.official_title),
    conditions: (t) => JSON.parse(String(t.conditions ?? '[]')),
    principalInvestigator: (t) => str(t.principal_investigator),
    startDate: (t) => str(t.start_date),
    completionDate: (t) => str(t.completion_date),
    plannedEnrollment: (t) => num(t.planned_enrollment),
    actualEnrollment: (t) => num(t.actual_enrollment),
    therapies: async (t, args, ctx) => ({
      edges: await ctx.loaders.linksOfTrial(Number(args.first ?? 20)).load(Number(t.id)),
    }),
    outcome: async (t, _args, ctx) => outcomeOf(await ctx.loaders.outcomeCounts.load(Number(t.id))),
    patients: async (t, args, ctx) => {
      ctx.reader ??= checkReader(ctx.run, ctx.authorization);
      if (!(await ctx.reader)) throw new Error('Trial.patients needs a reader token');
      return {
        totalCount: async () => Number((await ctx.loaders.outcomeCounts.load(Number(t.id)))?.n ?? 0),
        nodes: await ctx.loaders.patientsOfTrial(Number(args.first ?? 20)).load(Number(t.id)),
      };
    },
    reviews: async (t, args, ctx) => ({
      totalCount: () => ctx.loaders.reviewCount.load(Number(t.id)),
      nodes: await ctx.loaders.reviewsOfTrial(Number(args.first ?? 20)).load(Number(t.id)),
    }),
  },
  TrialTherapyEdge: {
    armName: (l) => str(l.arm_name),
    node: (l, _args, ctx) => ctx.loaders.therapy.load(Number(l.therapy_id)),
  },
  Therapy: {
    id: (t) => globalId('Therapy', Number(t.id)),
    targetAntigen: (t) => str(t.target_antigen),
    cellSource: (t) => str(t.cell_source),
    trials: async (t, args, ctx) => ({
      edges: await ctx.loaders.linksOfTherapy(Number(args.first ?? 20)).load(Number(t.id)),
    }),
  },
  TherapyTrialEdge: {
    node: (l, _args, ctx) => ctx.loaders.trial.load(Number(l.trial_id)),
  },
  Patient: {
    id: (p) => globalId('Patient', Number(p.id)),
    subjectCode: (p) => str(p.subject_code),
    ageAtEnrollment: (p) => num(p.age_at_enrollment),
    diseaseStage: (p) => str(p.disease_stage),
    bestResponse: (p) => str(p.best_response),
    followUpMonths: (p) => num(p.follow_up_months),
    adverseEvents: (p, _args, ctx) => ctx.loaders.adverseEventsOfPatient.load(Number(p.id)),
  },
  AdverseEvent: {
    serious: (e) => (e.serious == null ? null : Number(e.serious) !== 0),
  },
  Review: {
    id: (r) => globalId('Review', Number(r.id)),
    assessments: (r, _args, ctx) => ctx.loaders.assessmentsOfReview.load(Number(r.id)),
  },
  Stats: {
    trialCount: (_s, _args, ctx) => total(ctx),
    byPhase: async (_s, _args, ctx) => STATS.byPhase(ctx.run, await total(ctx)),
    byStatus: async (_s, _args, ctx) => STATS.byStatus(ctx.run, await total(ctx)),
    byStartYear: async (_s, _args, ctx) => STATS.byStartYear(ctx.run, await total(ctx)),
    byModality: async (_s, _args, ctx) => STATS.byModality(ctx.run, await total(ctx)),
    pooledByModality: async (_s, _args, ctx) =>
      (await STATS.pooledByModality(ctx.run)).map((p) => ({
        modality: p.modality,
        trials: p.trials,
        outcome: { ...p.outcome, objectiveResponseRate: rateJson(p.outcome.objectiveResponseRate) },
      })),
  },
};

function total(ctx: Context): Promise<number> {
  ctx.trialTotal ??= STATS.trialCount(ctx.run);
  return ctx.trialTotal;
}

/** The SDL schema with the resolvers above attached to its fields. */
export function createDataLoaderSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`no object type ${typeName}`);
    const defined = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = defined[fieldName];
      if (!field) throw new Error(`no field ${typeName}.${fieldName}`);
      field.resolve = resolve as never;
    }
  }
  return schema;
}

export interface GraphQLBody {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Executes one GraphQL request against the DataLoader schema (fresh loaders per request). */
export function createDataLoaderExecutor(client: Client) {
  const schema = createDataLoaderSchema();
  const run = runner(client);
  const documents = new Map<string, DocumentNode | readonly unknown[]>();
  return async (body: GraphQLBody, authorization: string | undefined) => {
    const query = String(body.query ?? '');
    let document = documents.get(query);
    if (!document) {
      try {
        const parsed = parse(query);
        const errors = validate(schema, parsed);
        document = errors.length > 0 ? errors : parsed;
      } catch (error) {
        document = [error];
      }
      if (documents.size < 1000) documents.set(query, document);
    }
    if (Array.isArray(document)) return { errors: document.map((e) => ({ message: String(e) })) };
    const context: Context = { run, authorization, loaders: createLoaders(run) };
    return execute({
      schema,
      document: document as DocumentNode,
      variableValues: body.variables ?? {},
      ...(body.operationName ? { operationName: body.operationName } : {}),
      contextValue: context,
    });
  };
}

/** POST /graphql with `{ query, variables }`, answered with the execution result as JSON. */
export function createDataLoaderServer(client: Client): Server {
  const executeRequest = createDataLoaderExecutor(client);
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST' || request.url !== '/graphql') {
      response.writeHead(404).end();
      return;
    }
    readBody(request)
      .then(async (text) => {
        const result = await executeRequest(JSON.parse(text) as GraphQLBody, request.headers.authorization);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      })
      .catch((error: unknown) => {
        response
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
}
