// The baseline the GraphQL server is measured against: for each query of the mix, hand-written
// SQL over the same libSQL client and the same database, assembled into exactly the JSON that
// GraphQL returns under `data` (the benchmark checks that the two are deep-equal before timing),
// then JSON.stringify'd by a plain node:http handler. The pure domain functions (Wilson interval,
// outcome summary, buckets) are shared with the API, so only the data access and the GraphQL
// machinery differ.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  bucketsInOrder,
  byKeyAscending,
  type Db,
  emptyCounts,
  MODALITIES,
  PHASES,
  type ResponseCounts,
  sortedBuckets,
  summarizeOutcome,
  TRIAL_STATUSES,
} from '@genetrials/schema';
import { globalId, type QueryName } from './queries.js';

type Client = Db['client'];
type Row = Record<string, unknown>;

/** Runs one statement; the benchmark wraps it to count statements. */
export type Run = (sql: string, args?: unknown[]) => Promise<Row[]>;

export function runner(client: Client): Run {
  return async (sql, args = []) =>
    (await client.execute({ sql, args: args as never })).rows as unknown as Row[];
}

export const num = (v: unknown): number | null => (v == null ? null : Number(v));
export const str = (v: unknown): string | null => (v == null ? null : String(v));
export const bool = (v: unknown): boolean | null => (v == null ? null : Number(v) !== 0);
export const placeholders = (n: number) => Array(n).fill('?').join(',');

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function groupBy<T>(rows: T[], key: (row: T) => unknown): Map<unknown, T[]> {
  const map = new Map<unknown, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export const COUNT_COLUMNS = `sum(best_response = 'CR') as cr, sum(best_response = 'PR') as pr,
  sum(best_response = 'SD') as sd, sum(best_response = 'PD') as pd,
  sum(best_response = 'NO_RESPONSE') as nr, sum(best_response = 'NE') as ne,
  sum(best_response is null) as unknown, count(*) as n`;

export function countsOf(row: Row | undefined): ResponseCounts {
  if (!row) return emptyCounts();
  return {
    CR: Number(row.cr ?? 0),
    PR: Number(row.pr ?? 0),
    SD: Number(row.sd ?? 0),
    PD: Number(row.pd ?? 0),
    NO_RESPONSE: Number(row.nr ?? 0),
    NE: Number(row.ne ?? 0),
    unknown: Number(row.unknown ?? 0),
  };
}

export function rateJson(
  rate: { estimate: number; ci95: { lower: number; upper: number } } | null,
  withCi = true,
) {
  if (!rate) return null;
  return withCi
    ? { percent: round1(rate.estimate * 100), ci95: { lower: rate.ci95.lower, upper: rate.ci95.upper } }
    : { percent: round1(rate.estimate * 100) };
}

async function outcomesByTrial(run: Run, trialIds: number[]): Promise<Map<unknown, Row>> {
  if (trialIds.length === 0) return new Map();
  const rows = await run(
    `select trial_id, ${COUNT_COLUMNS} from patients where trial_id in (${placeholders(trialIds.length)}) group by trial_id`,
    trialIds,
  );
  return new Map(rows.map((r) => [Number(r.trial_id), r]));
}

async function trialDetail(run: Run, vars: Row) {
  const id = Number(vars.trialId);
  const [t] = await run(
    `select id, nct_id, title, official_title, phase, status, conditions, sponsor, institution, country,
      principal_investigator, start_date, completion_date, planned_enrollment, actual_enrollment, summary
     from trials where id = ?`,
    [id],
  );
  if (!t) return { trial: null };
  const links = await run(
    `select tt.role, tt.arm_name, tt.dose, th.id, th.name, th.modality, th.vector, th.target_antigen, th.transgene, th.cell_source
     from trial_therapies tt join therapies th on th.id = tt.therapy_id
     where tt.trial_id = ? order by tt.id limit 20`,
    [id],
  );
  const [counts] = await run(`select ${COUNT_COLUMNS} from patients where trial_id = ?`, [id]);
  const patients = await run(
    `select id, subject_code, age_at_enrollment, sex, disease_stage, best_response, follow_up_months, status
     from patients where trial_id = ? order by id limit 50`,
    [id],
  );
  const patientIds = patients.map((p) => Number(p.id));
  const events =
    patientIds.length > 0
      ? await run(
          `select patient_id, term, grade, attribution, serious from adverse_events
           where patient_id in (${placeholders(patientIds.length)}) order by id`,
          patientIds,
        )
      : [];
  const eventsByPatient = groupBy(events, (e) => Number(e.patient_id));
  const reviews = await run(
    `select r.id, r.kind, r.title, r.journal, r.year, r.doi from reviews r
     join review_trials rt on rt.review_id = r.id where rt.trial_id = ? order by r.id limit 10`,
    [id],
  );
  const [reviewCount] = await run('select count(*) as n from review_trials where trial_id = ?', [id]);
  const reviewIds = reviews.map((r) => Number(r.id));
  const assessments =
    reviewIds.length > 0
      ? await run(
          `select review_id, expert, affiliation, stance, quote from assessments
           where review_id in (${placeholders(reviewIds.length)}) order by id`,
          reviewIds,
        )
      : [];
  const assessmentsByReview = groupBy(assessments, (a) => Number(a.review_id));
  const outcome = summarizeOutcome(countsOf(counts));
  return {
    trial: {
      id: globalId('Trial', id),
      nctId: str(t.nct_id),
      title: str(t.title),
      officialTitle: str(t.official_title),
      phase: str(t.phase),
      status: str(t.status),
      conditions: JSON.parse(String(t.conditions)),
      sponsor: str(t.sponsor),
      institution: str(t.institution),
      country: str(t.country),
      principalInvestigator: str(t.principal_investigator),
      startDate: str(t.start_date),
      completionDate: str(t.completion_date),
      plannedEnrollment: num(t.planned_enrollment),
      actualEnrollment: num(t.actual_enrollment),
      summary: str(t.summary),
      therapies: {
        edges: links.map((l) => ({
          role: str(l.role),
          armName: str(l.arm_name),
          dose: str(l.dose),
          node: {
            id: globalId('Therapy', Number(l.id)),
            name: str(l.name),
            modality: str(l.modality),
            vector: str(l.vector),
            targetAntigen: str(l.target_antigen),
            transgene: str(l.transgene),
            cellSource: str(l.cell_source),
          },
        })),
      },
      outcome: {
        patients: outcome.patients,
        evaluable: outcome.evaluable,
        responders: outcome.responders,
        completeResponses: outcome.completeResponses,
        partialResponses: outcome.partialResponses,
        stableDisease: outcome.stableDisease,
        progressiveDisease: outcome.progressiveDisease,
        objectiveResponseRate: rateJson(outcome.objectiveResponseRate),
      },
      patients: {
        totalCount: Number(counts?.n ?? 0),
        nodes: patients.map((p) => ({
          id: globalId('Patient', Number(p.id)),
          subjectCode: str(p.subject_code),
          ageAtEnrollment: num(p.age_at_enrollment),
          sex: str(p.sex),
          diseaseStage: str(p.disease_stage),
          bestResponse: str(p.best_response),
          followUpMonths: num(p.follow_up_months),
          status: str(p.status),
          adverseEvents: (eventsByPatient.get(Number(p.id)) ?? []).map((e) => ({
            term: str(e.term),
            grade: num(e.grade),
            attribution: str(e.attribution),
            serious: bool(e.serious),
          })),
        })),
      },
      reviews: {
        totalCount: Number(reviewCount?.n ?? 0),
        nodes: reviews.map((r) => ({
          id: globalId('Review', Number(r.id)),
          kind: str(r.kind),
          title: str(r.title),
          journal: str(r.journal),
          year: num(r.year),
          doi: str(r.doi),
          assessments: (assessmentsByReview.get(Number(r.id)) ?? []).map((a) => ({
            expert: str(a.expert),
            affiliation: str(a.affiliation),
            stance: str(a.stance),
            quote: str(a.quote),
          })),
        })),
      },
    },
  };
}

async function trialsPage(run: Run, vars: Row) {
  const afterId = Number(vars.afterId ?? 0);
  const [total] = await run('select count(*) as n from trials');
  const rows = await run(
    'select id, nct_id, title, phase, status, start_date, country from trials where id > ? order by id limit 51',
    [afterId],
  );
  const page = rows.slice(0, 50);
  const ids = page.map((r) => Number(r.id));
  const links =
    ids.length > 0
      ? await run(
          `select tt.trial_id, tt.role, th.id, th.name, th.modality, th.vector
           from trial_therapies tt join therapies th on th.id = tt.therapy_id
           where tt.trial_id in (${placeholders(ids.length)}) order by tt.id`,
          ids,
        )
      : [];
  const linksByTrial = groupBy(links, (l) => Number(l.trial_id));
  const outcomes = await outcomesByTrial(run, ids);
  return {
    trials: {
      totalCount: Number(total?.n ?? 0),
      pageInfo: { hasNextPage: rows.length > 50, hasPreviousPage: vars.afterId != null },
      nodes: page.map((t) => {
        const id = Number(t.id);
        const outcome = summarizeOutcome(countsOf(outcomes.get(id)));
        return {
          id: globalId('Trial', id),
          nctId: str(t.nct_id),
          title: str(t.title),
          phase: str(t.phase),
          status: str(t.status),
          startDate: str(t.start_date),
          country: str(t.country),
          therapies: {
            edges: (linksByTrial.get(id) ?? []).slice(0, 5).map((l) => ({
              role: str(l.role),
              node: {
                id: globalId('Therapy', Number(l.id)),
                name: str(l.name),
                modality: str(l.modality),
                vector: str(l.vector),
              },
            })),
          },
          outcome: {
            evaluable: outcome.evaluable,
            responders: outcome.responders,
            objectiveResponseRate: rateJson(outcome.objectiveResponseRate),
          },
        };
      }),
    },
  };
}

async function filteredPage(run: Run) {
  const where = `t.phase in ('PHASE_1', 'PHASE_1_2', 'PHASE_2') and t.start_year >= 2015 and exists (
    select 1 from trial_therapies tt join therapies th on th.id = tt.therapy_id
    where tt.trial_id = t.id and th.modality in ('CAR_T_CELL', 'TCR_T_CELL'))`;
  const [total] = await run(`select count(*) as n from trials t where ${where}`);
  // The page walks the start-date sort index newest first and stops after 21 matches: the unary
  // `+` keeps SQLite from starting at the phase or start-year index and sorting every match
  // (0.7 ms against 37 ms at 10k trials).
  const rows = await run(
    `select id, nct_id, title, phase, status, start_date, country from trials t
     where ${where.replace('t.phase in', '+t.phase in').replace('t.start_year >=', '+t.start_year >=')}
     order by coalesce(start_date, '') desc, id desc limit 21`,
  );
  const page = rows.slice(0, 20);
  const outcomes = await outcomesByTrial(
    run,
    page.map((r) => Number(r.id)),
  );
  return {
    trials: {
      totalCount: Number(total?.n ?? 0),
      pageInfo: { hasNextPage: rows.length > 20 },
      nodes: page.map((t) => {
        const outcome = summarizeOutcome(countsOf(outcomes.get(Number(t.id))));
        return {
          id: globalId('Trial', Number(t.id)),
          nctId: str(t.nct_id),
          title: str(t.title),
          phase: str(t.phase),
          status: str(t.status),
          startDate: str(t.start_date),
          country: str(t.country),
          outcome: {
            evaluable: outcome.evaluable,
            responders: outcome.responders,
            objectiveResponseRate: rateJson(outcome.objectiveResponseRate, false),
          },
        };
      }),
    },
  };
}

/** The searchable columns of search_index in importance order, as GraphQL names them. */
const SEARCH_COLUMNS = [
  ['title', 'TITLE'],
  ['official_title', 'OFFICIAL_TITLE'],
  ['name', 'NAME'],
  ['target_antigen', 'TARGET_ANTIGEN'],
  ['transgene', 'TRANSGENE'],
  ['conditions', 'CONDITIONS'],
  ['summary', 'SUMMARY'],
  ['description', 'DESCRIPTION'],
  ['abstract', 'ABSTRACT'],
  ['assessment_quotes', 'ASSESSMENT_QUOTES'],
] as const;
const matchedIn = (i: number) =>
  `length(coalesce(highlight(search_index, ${i + 2}, char(1), ''), '')) > length(coalesce(search_index.${SEARCH_COLUMNS[i]?.[0]}, ''))`;
const FIRST_MATCHED = `CASE ${SEARCH_COLUMNS.map((_, i) => `WHEN ${matchedIn(i)} THEN ${i}`).join(' ')} ELSE -1 END`;
const SEARCH_SQL = `with hits as (
    select rowid as rid, entity_type, entity_id, bm25(search_index, 0, 0, 10, 6, 10, 8, 4, 5, 1, 1, 1, 1) as rank
    from search_index
    where search_index match ? and (
      (entity_type = 'TRIAL' and exists (select 1 from trials where trials.id = search_index.entity_id)) or
      (entity_type = 'THERAPY' and exists (select 1 from therapies where therapies.id = search_index.entity_id)) or
      (entity_type = 'REVIEW' and exists (select 1 from reviews where reviews.id = search_index.entity_id)))),
  page as (
    select rid, entity_type, entity_id, rank, count(*) over () as total
    from hits order by rank, entity_type, entity_id limit ?)
  select page.entity_type, page.entity_id, page.rank, page.total, ${FIRST_MATCHED} as first_matched,
    snippet(search_index, ${FIRST_MATCHED} + 2, char(1), char(2), '…', 24) as snippet
  from page join search_index on search_index.rowid = page.rid
  where search_index match ?
  order by page.rank, page.entity_type, page.entity_id`;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function snippetHtml(marked: string): string {
  const escaped = marked.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
  return escaped.replaceAll('\u0001', '<mark>').replaceAll('\u0002', '</mark>');
}

/** One search hit: the entity, its rank, the field it matched first and the marked snippet. */
export interface SearchHit {
  type: 'TRIAL' | 'THERAPY' | 'REVIEW';
  id: number;
  rank: number;
  total: number;
  matchedField: string;
  snippet: string;
}

/** The ranked hits of a full-text query, in one statement (shared with the DataLoader contender). */
export async function searchHits(run: Run, query: string, first: number): Promise<SearchHit[]> {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  const match = words.map((w) => `"${w}"`).join(' AND ');
  const rows = await run(SEARCH_SQL, [match, first, match]);
  return rows.map((h) => ({
    type: String(h.entity_type) as SearchHit['type'],
    id: Number(h.entity_id),
    rank: Number(h.rank),
    total: Number(h.total),
    matchedField:
      SEARCH_COLUMNS[Number(h.first_matched)]?.[1] ?? (h.entity_type === 'THERAPY' ? 'NAME' : 'TITLE'),
    snippet: snippetHtml(String(h.snippet ?? '')),
  }));
}

async function search(run: Run, vars: Row) {
  const hits = await searchHits(run, String(vars.query), Number(vars.first ?? 10));
  const idsOf = (type: string) => hits.filter((h) => h.type === type).map((h) => h.id);
  const load = async (type: string, sql: string) => {
    const ids = idsOf(type);
    if (ids.length === 0) return new Map<number, Row>();
    const rows = await run(`${sql} where id in (${placeholders(ids.length)})`, ids);
    return new Map(rows.map((r) => [Number(r.id), r]));
  };
  const trials = await load('TRIAL', 'select id, title, phase from trials');
  const therapies = await load('THERAPY', 'select id, name, modality from therapies');
  const reviews = await load('REVIEW', 'select id, title, year from reviews');
  const node = (type: string, id: number) => {
    if (type === 'TRIAL') {
      const t = trials.get(id);
      return (
        t && { __typename: 'Trial', id: globalId('Trial', id), title: str(t.title), phase: str(t.phase) }
      );
    }
    if (type === 'THERAPY') {
      const t = therapies.get(id);
      return (
        t && {
          __typename: 'Therapy',
          id: globalId('Therapy', id),
          name: str(t.name),
          modality: str(t.modality),
        }
      );
    }
    const r = reviews.get(id);
    return r && { __typename: 'Review', id: globalId('Review', id), title: str(r.title), year: num(r.year) };
  };
  return {
    search: {
      totalCount: hits[0]?.total ?? 0,
      edges: hits.flatMap((h) => {
        const n = node(h.type, h.id);
        if (!n) return [];
        return [{ rank: h.rank, matchedField: h.matchedField, snippet: h.snippet, node: n }];
      }),
    },
  };
}

const MODALITY_SQL = `select modality as key, count(*) as count from (
       select distinct tt.trial_id, th.modality from trial_therapies tt join therapies th on th.id = tt.therapy_id
       where tt.role = 'EXPERIMENTAL' and th.modality is not null)
     group by modality
     union all
     select null, count(*) from trials t where not exists (
       select 1 from trial_therapies tt join therapies th on th.id = tt.therapy_id
       where tt.trial_id = t.id and tt.role = 'EXPERIMENTAL' and th.modality is not null)`;

const POOLED_SQL = `with included as (
       select distinct th.modality, tt.trial_id from trial_therapies tt join therapies th on th.id = tt.therapy_id
       where tt.role = 'EXPERIMENTAL')
     select i.modality, count(distinct i.trial_id) as trials,
       count(case when p.best_response = 'CR' then 1 end) as cr, count(case when p.best_response = 'PR' then 1 end) as pr,
       count(case when p.best_response = 'SD' then 1 end) as sd, count(case when p.best_response = 'PD' then 1 end) as pd,
       count(case when p.best_response = 'NO_RESPONSE' then 1 end) as nr, count(case when p.best_response = 'NE' then 1 end) as ne,
       count(case when p.id is not null and p.best_response is null then 1 end) as unknown
     from included i left join patients p on p.trial_id = i.trial_id
     group by i.modality`;

/** The trial count, and each of the statistics the `stats` query selects (shared with the DataLoader contender). */
export const STATS = {
  async trialCount(run: Run): Promise<number> {
    const [count] = await run('select count(*) as n from trials');
    return Number(count?.n ?? 0);
  },
  async byPhase(run: Run, total: number) {
    return bucketsInOrder(await byColumn(run, 'phase'), PHASES, total);
  },
  async byStatus(run: Run, total: number) {
    return bucketsInOrder(await byColumn(run, 'status'), TRIAL_STATUSES, total);
  },
  async byStartYear(run: Run, total: number) {
    return sortedBuckets<number>(
      (await byColumn(run, 'start_year')).map((r) => ({
        key: r.key == null ? null : Number(r.key),
        count: r.count,
      })),
      total,
      byKeyAscending,
    );
  },
  async byModality(run: Run, total: number) {
    // Distinct trials per modality of their experimental therapies, then the trials with none
    // (a left join of every trial to that set would be quadratic: SQLite gives it no index).
    const modalityRows = await run(MODALITY_SQL);
    return bucketsInOrder(
      modalityRows.map((r) => ({ key: r.key as never, count: Number(r.count) })),
      MODALITIES,
      total,
    );
  },
  async pooledByModality(run: Run) {
    const pooledRows = await run(POOLED_SQL);
    return pooledRows
      .map((r) => ({
        modality: String(r.modality),
        trials: Number(r.trials),
        outcome: summarizeOutcome(countsOf(r)),
      }))
      .sort(
        (a, b) =>
          b.outcome.evaluable - a.outcome.evaluable ||
          (a.modality < b.modality ? -1 : a.modality > b.modality ? 1 : 0),
      );
  },
};

async function byColumn(run: Run, column: string) {
  return (await run(`select ${column} as key, count(*) as count from trials group by ${column}`)).map(
    (r) => ({
      key: r.key as never,
      count: Number(r.count),
    }),
  );
}

async function stats(run: Run) {
  const total = await STATS.trialCount(run);
  const phases = await STATS.byPhase(run, total);
  const statuses = await STATS.byStatus(run, total);
  const years = await STATS.byStartYear(run, total);
  const modalities = await STATS.byModality(run, total);
  const pooled = await STATS.pooledByModality(run);
  const bucket = (b: { key: unknown; count: number; share: number }) => ({
    key: b.key,
    count: b.count,
    share: b.share,
  });
  return {
    stats: {
      trialCount: total,
      byPhase: phases.map(bucket),
      byStatus: statuses.map(bucket),
      byStartYear: years.map((b) => ({ key: b.key, count: b.count })),
      byModality: modalities.map(bucket),
      pooledByModality: pooled.map((p) => ({
        modality: p.modality,
        trials: p.trials,
        outcome: {
          evaluable: p.outcome.evaluable,
          responders: p.outcome.responders,
          objectiveResponseRate: rateJson(p.outcome.objectiveResponseRate),
        },
      })),
    },
  };
}

async function nested4(run: Run) {
  const therapies = await run(
    "select id, name from therapies where modality in ('CAR_T_CELL') order by id limit 10",
  );
  const therapyIds = therapies.map((t) => Number(t.id));
  // The first 5 links of each therapy: one small index range per therapy, in one statement.
  const links =
    therapyIds.length > 0
      ? await run(
          therapyIds
            .map(
              () =>
                'select * from (select therapy_id, trial_id, role, id from trial_therapies where therapy_id = ? order by id limit 5)',
            )
            .join(' union all '),
          therapyIds,
        )
      : [];
  const trialIds = [...new Set(links.map((l) => Number(l.trial_id)))];
  const trials =
    trialIds.length > 0
      ? await run(`select id, title from trials where id in (${placeholders(trialIds.length)})`, trialIds)
      : [];
  const trialById = new Map(trials.map((t) => [Number(t.id), t]));
  const reviewLinks =
    trialIds.length > 0
      ? await run(
          `select trial_id, review_id from (
             select trial_id, review_id, row_number() over (partition by trial_id order by review_id) as n
             from review_trials where trial_id in (${placeholders(trialIds.length)})) where n <= 3`,
          trialIds,
        )
      : [];
  const reviewIds = [...new Set(reviewLinks.map((l) => Number(l.review_id)))];
  const reviews =
    reviewIds.length > 0
      ? await run(
          `select id, title, year from reviews where id in (${placeholders(reviewIds.length)})`,
          reviewIds,
        )
      : [];
  const reviewById = new Map(reviews.map((r) => [Number(r.id), r]));
  const assessments =
    reviewIds.length > 0
      ? await run(
          `select review_id, expert, stance from assessments where review_id in (${placeholders(reviewIds.length)}) order by id`,
          reviewIds,
        )
      : [];
  const assessmentsByReview = groupBy(assessments, (a) => Number(a.review_id));
  const reviewsByTrial = groupBy(reviewLinks, (l) => Number(l.trial_id));
  const linksByTherapy = groupBy(links, (l) => Number(l.therapy_id));
  return {
    therapies: {
      nodes: therapies.map((th) => ({
        id: globalId('Therapy', Number(th.id)),
        name: str(th.name),
        trials: {
          edges: (linksByTherapy.get(Number(th.id)) ?? []).map((l) => {
            const trialId = Number(l.trial_id);
            return {
              role: str(l.role),
              node: {
                id: globalId('Trial', trialId),
                title: str(trialById.get(trialId)?.title),
                reviews: {
                  nodes: (reviewsByTrial.get(trialId) ?? []).map((rl) => {
                    const reviewId = Number(rl.review_id);
                    const r = reviewById.get(reviewId);
                    return {
                      id: globalId('Review', reviewId),
                      title: str(r?.title),
                      year: num(r?.year),
                      assessments: (assessmentsByReview.get(reviewId) ?? []).map((a) => ({
                        expert: str(a.expert),
                        stance: str(a.stance),
                      })),
                    };
                  }),
                },
              },
            };
          }),
        },
      })),
    },
  };
}

export const BASELINE: Record<QueryName, (run: Run, vars: Row) => Promise<unknown>> = {
  trialDetail,
  trialsPage,
  filteredPage: (run) => filteredPage(run),
  search,
  stats: (run) => stats(run),
  nested4: (run) => nested4(run),
};

/** The reader check the GraphQL server makes for patient-level data: hash the token, look it up. */
export async function checkReader(run: Run, authorization: string | undefined): Promise<boolean> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return false;
  const hash = createHash('sha256').update(token).digest('hex');
  const [row] = await run('select role, revoked_at from api_tokens where token_hash = ? limit 1', [hash]);
  return Boolean(row && !row.revoked_at && ['reader', 'curator', 'admin'].includes(String(row.role)));
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** POST /baseline/<query> with `{ "variables": { … } }`: the query's data as JSON. */
export function createBaselineServer(client: Client): Server {
  const run = runner(client);
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const name = request.url?.replace(/^\/baseline\//, '') as QueryName;
    const handler = BASELINE[name];
    readBody(request)
      .then(async (body) => {
        if (!handler) {
          response.writeHead(404).end();
          return;
        }
        if (name === 'trialDetail' && !(await checkReader(run, request.headers.authorization))) {
          response.writeHead(401).end();
          return;
        }
        const variables = (body ? JSON.parse(body).variables : undefined) ?? {};
        const json = JSON.stringify(await handler(run, variables));
        response.writeHead(200, { 'content-type': 'application/json' }).end(json);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
  });
}
