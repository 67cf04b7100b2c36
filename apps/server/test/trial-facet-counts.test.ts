import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCtgov, seedSynthetic } from '@genetrials/ingest';
import {
  createDb,
  type Db,
  MODALITIES,
  MODALITY_BITS,
  migrateDb,
  PHASES,
  TRIAL_STATUSES,
  type TrialFilterInput,
  tables,
  trialFilterSql,
} from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// A trials `totalCount` whose filter uses only phase, status, start year and modality sums the rows
// of trial_facet_counts (trial_year_facet_counts when it asks for no status), which triggers keep
// (migrations *_trial_facet_counts, *_trial_year_facet_counts). Whatever writes the
// trials (the knowledge-base seed, the ClinicalTrials.gov import, GraphQL mutations of phase,
// status, start date, therapy links and a therapy's modality, deletes, plain SQL, the synthetic
// generator), the table must equal the one recomputed from scratch and every count must equal a
// plain COUNT(*) over trials with the filter's own SQL. Real SQLite files, the real server.

const CTGOV = new URL('../../../data/ctgov/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'genetrials-facets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type FacetRow = {
  phase: string | null;
  status?: string | null;
  year: number | null;
  mask: number;
  n: number;
};
interface Facets {
  /** trial_facet_counts */
  full: FacetRow[];
  /** trial_year_facet_counts (no status) */
  year: FacetRow[];
}
const rowsOf = (r: { rows: unknown[] }) => r.rows.map((row) => ({ ...(row as object) }) as FacetRow);

/** Both facet tables as kept by the triggers. */
async function keptFacets(db: Db): Promise<Facets> {
  const full = await db.client.execute(
    'select phase, status, start_year as year, modality_mask as mask, trial_count as n from trial_facet_counts order by 1, 2, 3, 4',
  );
  const year = await db.client.execute(
    'select phase, start_year as year, modality_mask as mask, trial_count as n from trial_year_facet_counts order by 1, 2, 3',
  );
  return { full: rowsOf(full), year: rowsOf(year) };
}

/** Both facet tables recomputed from the trials and their therapies' modalities. */
async function recomputedFacets(db: Db): Promise<Facets> {
  const bit = `case th.modality ${MODALITIES.map((m) => `when '${m}' then ${MODALITY_BITS[m]}`).join(' ')} end`;
  const masked = `with masked as (
      select t.phase, t.status, t.start_year, coalesce((select sum(distinct ${bit})
        from trial_therapies tt join therapies th on th.id = tt.therapy_id where tt.trial_id = t.id), 0) as mask
      from trials t)`;
  const full = await db.client.execute(`${masked}
    select phase, status, start_year as year, mask, count(*) as n from masked group by 1, 2, 3, 4 order by 1, 2, 3, 4`);
  const year = await db.client.execute(`${masked}
    select phase, start_year as year, mask, count(*) as n from masked group by 1, 2, 3 order by 1, 2, 3`);
  return { full: rowsOf(full), year: rowsOf(year) };
}

// Deterministic pseudo-random choices (mulberry32), so a failure reproduces.
let state = 20261130;
const rand = (n: number) => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
const pick = <T>(list: readonly T[], k: number): T[] => {
  const out = new Set<T>();
  while (out.size < Math.min(k, list.length)) out.add(list[rand(list.length)] as T);
  return [...out];
};

/** Filters made only of facet fields: fixed ones, then random combinations with and / or / not. */
function facetFilters(): (TrialFilterInput | null)[] {
  const fixed: (TrialFilterInput | null)[] = [
    null,
    {},
    {
      modalities: ['CAR_T_CELL', 'TCR_T_CELL'],
      phases: ['PHASE_1', 'PHASE_1_2', 'PHASE_2'],
      startYear: { min: 2015 },
    },
    { phases: [] },
    { modalities: [] },
    { statuses: [] },
    { startYear: { max: 2000 } },
    { startYear: { min: 2010, max: 2012 } },
    { modalities: [...MODALITIES] },
    { phases: [...PHASES] },
    { not: { phases: ['PHASE_1'] } },
    { not: { modalities: ['CAR_T_CELL'] } },
    { not: { startYear: { min: 2015 } } },
    { or: [{ phases: ['PHASE_2'] }, { modalities: ['TIL', 'ONCOLYTIC_VIRUS'] }] },
    { or: [] },
    { and: [{ modalities: ['CAR_T_CELL'] }, { modalities: ['TCR_T_CELL'] }] },
    { phases: ['PHASE_1'], statuses: null, startYear: null, modalities: null },
  ];
  for (const modality of MODALITIES) fixed.push({ modalities: [modality] });
  for (const phase of PHASES) fixed.push({ phases: [phase] });
  const random = (depth: number): TrialFilterInput => {
    const f: TrialFilterInput = {};
    if (rand(2)) f.phases = pick(PHASES, 1 + rand(3));
    if (rand(2)) f.statuses = pick(TRIAL_STATUSES, 1 + rand(4));
    if (rand(2)) {
      const min = 1995 + rand(30);
      f.startYear = rand(3) === 0 ? { min } : rand(2) ? { max: min } : { min, max: min + rand(8) };
    }
    if (rand(2)) f.modalities = pick(MODALITIES, 1 + rand(3));
    if (depth < 2 && rand(4) === 0) f.or = [random(depth + 1), random(depth + 1)];
    if (depth < 2 && rand(5) === 0) f.not = random(depth + 1);
    if (depth < 2 && rand(6) === 0) f.and = [random(depth + 1)];
    return f;
  };
  return [...fixed, ...Array.from({ length: 40 }, () => random(0))];
}

/** Filters with a field the facet table does not hold: counted over the trials themselves. */
const UNCOVERED: TrialFilterInput[] = [
  { country: 'United States' },
  { phases: ['PHASE_1', 'PHASE_2'], country: 'China' },
  { modalities: ['CAR_T_CELL'], condition: 'lymphoma' },
  { or: [{ phases: ['PHASE_1'] }, { sponsor: 'National Cancer Institute' }] },
  { not: { hasOutcomeData: true } },
];

// The same count through the compiled read (one JSON-building statement) and, with a directive the
// compiler leaves to the executor, through the connection's totalCount resolver.
const COUNT_QUERY = 'query($filter: TrialFilter) { trials(filter: $filter, first: 1) { totalCount } }';
const EXECUTOR_COUNT_QUERY =
  'query($filter: TrialFilter) { trials(filter: $filter, first: 1) { totalCount @include(if: true) } }';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({
    seed: true,
    defaultRole: 'admin',
    // Hundreds of counts and mutations from one client.
    config: { hardening: { rateLimitPerMinute: 0, rateLimitIpPerMinute: 0 } },
  });
});
afterAll(async () => {
  await s.close();
});

/** The served totalCount of every filter equals COUNT(*) with the filter's SQL; the table is exact. */
async function expectExact(label: string) {
  expect(await keptFacets(s.db), `${label}: facet tables`).toEqual(await recomputedFacets(s.db));
  for (const filter of [...facetFilters(), ...UNCOVERED]) {
    const expected = await s.db.$count(tables.trials, trialFilterSql(filter));
    for (const query of [COUNT_QUERY, EXECUTOR_COUNT_QUERY]) {
      const { body } = await s.gql<{ trials: { totalCount: number } }>(query, { filter });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data?.trials.totalCount, `${label}: ${query} ${JSON.stringify(filter)}`).toBe(expected);
    }
  }
}

async function mutate<T>(mutation: string, inputType: string, input: unknown, success: string): Promise<T> {
  const { body } = await s.gql<{ r: { __typename: string } & T }>(
    `mutation($input: ${inputType}!) { r: ${mutation}(input: $input) { __typename ${success} } }`,
    { input },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const r = body.data?.r;
  expect(r?.__typename, JSON.stringify(r)).toMatch(/Success$/);
  return r as T;
}

interface TrialRef {
  id: string;
  version: number;
  therapies: { edges: { linkId: string; linkVersion: number; node: { id: string } }[] };
}
async function someTrials(first: number, filter?: TrialFilterInput): Promise<TrialRef[]> {
  const { body } = await s.gql<{ trials: { nodes: TrialRef[] } }>(
    `query($first: Int, $filter: TrialFilter) { trials(first: $first, filter: $filter) { nodes { id version
      therapies(first: 20) { edges { linkId linkVersion node { id } } } } } }`,
    { first, filter },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.trials.nodes ?? [];
}
async function someTherapies(): Promise<{ id: string; version: number; modality: string }[]> {
  const { body } = await s.gql<{ therapies: { nodes: { id: string; version: number; modality: string }[] } }>(
    'query { therapies(last: 100) { nodes { id version modality } } }',
  );
  expect(body.errors).toBeUndefined();
  return body.data?.therapies.nodes ?? [];
}

describe('trial_facet_counts stays exact', () => {
  it('after the knowledge-base seed', async () => {
    expect((await keptFacets(s.db)).full.length).toBeGreaterThan(0);
    await expectExact('seed');
  });

  it('after importing ClinicalTrials.gov records (new trials and updates of seeded ones)', async () => {
    const dir = join(root, 'ctgov');
    mkdirSync(dir);
    const files = readdirSync(CTGOV).filter((f) => f.endsWith('.json'));
    for (const f of files.filter((_, i) => i % 12 === 0)) copyFileSync(join(CTGOV, f), join(dir, f));
    const report = await importCtgov(s.db, [dir]);
    expect(report.totals.failed).toBe(0);
    expect(report.totals.created + report.totals.updated).toBeGreaterThan(20);
    await expectExact('import');
  });

  it('after mutations of phase, status and start date (to and from null)', async () => {
    const created: TrialRef[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await mutate<{ trial: TrialRef }>(
        'createTrial',
        'CreateTrialInput',
        {
          title: `Facet trial ${i}`,
          ...(i % 3 ? { phase: PHASES[i] } : {}),
          ...(i % 2 ? { status: 'RECRUITING' } : {}),
          ...(i % 4 ? { startDate: `${2013 + i}-05` } : {}),
        },
        '... on CreateTrialSuccess { trial { id version therapies(first: 1) { edges { linkId linkVersion node { id } } } } }',
      );
      created.push(r.trial);
    }
    await expectExact('created trials');
    const patches = [
      { phase: 'PHASE_3' },
      { phase: null, status: 'COMPLETED' },
      { startDate: '2016-01-02' },
      { startDate: null, status: null },
      { phase: 'PHASE_1', startDate: '2019' },
      { title: 'Only the title changes' },
    ];
    for (const [i, trial] of [...created, ...(await someTrials(6, { phases: ['PHASE_1'] }))].entries()) {
      await mutate(
        'updateTrial',
        'UpdateTrialInput',
        { id: trial.id, expectedVersion: trial.version, ...patches[i % patches.length] },
        '... on UpdateTrialSuccess { trial { id } }',
      );
    }
    await expectExact('updated trials');
  });

  it('after therapy links are added, removed and a therapy changes modality', async () => {
    // Therapies of every modality, so links add and remove each bit.
    for (const modality of MODALITIES) {
      await mutate(
        'createTherapy',
        'CreateTherapyInput',
        { name: `Facet therapy ${modality}`, modality },
        '... on CreateTherapySuccess { therapy { id } }',
      );
    }
    const therapies = await someTherapies();
    const byModality = (m: string) => therapies.find((t) => t.modality === m);
    const trials = await someTrials(30);
    // Links to therapies of several modalities, a second link to a modality the trial already has.
    for (const [i, trial] of trials.slice(0, 12).entries()) {
      const therapy = therapies[(i * 7) % therapies.length];
      await mutate(
        'linkTherapyToTrial',
        'LinkTherapyToTrialInput',
        { trialId: trial.id, therapyId: therapy?.id, role: 'EXPERIMENTAL', armName: `Facet arm ${i}` },
        '... on LinkTherapyToTrialSuccess { link { id } }',
      );
    }
    await expectExact('linked');
    for (const trial of trials.slice(12, 24)) {
      const edge = trial.therapies.edges[0];
      if (!edge) continue;
      await mutate(
        'unlinkTherapyFromTrial',
        'DeleteInput',
        { id: edge.linkId, expectedVersion: edge.linkVersion },
        '... on UnlinkTherapyFromTrialSuccess { deletedId }',
      );
    }
    await expectExact('unlinked');
    const carT = byModality('CAR_T_CELL');
    expect(carT).toBeDefined();
    await mutate(
      'updateTherapy',
      'UpdateTherapyInput',
      { id: carT?.id, expectedVersion: carT?.version, modality: 'TCR_T_CELL' },
      '... on UpdateTherapySuccess { therapy { id } }',
    );
    await expectExact('modality changed');
  });

  it('after links are moved between trials in SQL (no mutation does)', async () => {
    await s.db.client.execute(`update trial_therapies set trial_id = (select min(id) from trials), arm_name = 'moved ' || id
      where id in (select id from trial_therapies order by id desc limit 5)`);
    await s.db.client.execute(`update trial_therapies set therapy_id = (select max(id) from therapies), arm_name = 'moved ' || id
      where id in (select id from trial_therapies order by id limit 5)`);
    await expectExact('moved in SQL');
  });

  it('after deletes of trials and of a therapy (its links go with it)', async () => {
    for (const trial of await someTrials(5, { modalities: ['CAR_T_CELL', 'TCR_T_CELL'] })) {
      await mutate(
        'deleteTrial',
        'DeleteInput',
        { id: trial.id, expectedVersion: trial.version },
        '... on DeleteTrialSuccess { deletedId }',
      );
    }
    await expectExact('trials deleted');
    const therapy = (await someTherapies()).find((t) => t.modality === 'TCR_T_CELL');
    await mutate(
      'deleteTherapy',
      'DeleteInput',
      { id: therapy?.id, expectedVersion: therapy?.version },
      '... on DeleteTherapySuccess { deletedId }',
    );
    await expectExact('therapy deleted');
  });
});

describe('which statement counts', () => {
  const covered = { modalities: ['CAR_T_CELL'], phases: ['PHASE_1'], startYear: { min: 2015 } };
  const withStatus = { ...covered, or: [{ statuses: ['RECRUITING'] }, { phases: ['PHASE_2'] }] };
  const uncovered = { phases: ['PHASE_1'], country: 'France' };
  const sumOf = (table: string, from: '^select' | '\\(select') =>
    new RegExp(`${from} coalesce\\(sum\\(("${table}"\\.)?"trial_count"\\), 0\\) from "${table}" where`);
  async function statementsOf(query: string, filter: unknown): Promise<string[]> {
    s.statements.length = 0;
    const { body } = await s.gql(query, { filter });
    expect(body.errors).toBeUndefined();
    return [...s.statements];
  }

  it('compiled read: facets only sum a facet table (with a status: the one that has it); any other field counts the trials', async () => {
    const [sum] = await statementsOf(COUNT_QUERY, covered);
    expect(sum).toMatch(sumOf('trial_year_facet_counts', '\\(select'));
    expect(sum).not.toMatch(/count\(\*\)|"trial_facet_counts"/);
    const [statusSum] = await statementsOf(COUNT_QUERY, withStatus);
    expect(statusSum).toMatch(sumOf('trial_facet_counts', '\\(select'));
    expect(statusSum).not.toMatch(/count\(\*\)|trial_year_facet_counts/);
    const [count] = await statementsOf(COUNT_QUERY, uncovered);
    expect(count).toMatch(/\(select count\(\*\) from "trials"/);
    expect(count).not.toMatch(/facet_counts/);
  });

  it('executor: the same choice in the connection totalCount resolver', async () => {
    const sums = (await statementsOf(EXECUTOR_COUNT_QUERY, covered)).filter((x) => /facet_counts/.test(x));
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatch(sumOf('trial_year_facet_counts', '^select'));
    const statusSums = (await statementsOf(EXECUTOR_COUNT_QUERY, withStatus)).filter((x) =>
      /facet_counts/.test(x),
    );
    expect(statusSums).toHaveLength(1);
    expect(statusSums[0]).toMatch(sumOf('trial_facet_counts', '^select'));
    const statements = await statementsOf(EXECUTOR_COUNT_QUERY, uncovered);
    expect(statements.filter((x) => /facet_counts/.test(x))).toEqual([]);
    expect(statements.filter((x) => /^select count\(\*\) from "trials"/.test(x))).toHaveLength(1);
  });

  it('the facet sums read their covering index, never the trials', async () => {
    for (const [filter, index] of [
      [covered, 'trial_year_facet_counts_key_idx'],
      [withStatus, 'trial_facet_counts_key_idx'],
    ] as const) {
      const [sum] = (await statementsOf(EXECUTOR_COUNT_QUERY, filter)).filter((y) => /facet_counts/.test(y));
      const params = (sum?.match(/\?/g) ?? []).map(() => 'PHASE_1');
      const plan = await s.db.client.execute({ sql: `explain query plan ${sum}`, args: params });
      const details = plan.rows.map((r) => String(r.detail)).join('\n');
      expect(details).toMatch(new RegExp(`USING COVERING INDEX ${index}\\b`));
      expect(details).not.toMatch(/\btrials\b/);
    }
  });

  it('an invalid facet filter is still a BAD_USER_INPUT naming the field', async () => {
    for (const query of [COUNT_QUERY, EXECUTOR_COUNT_QUERY]) {
      const { body } = await s.gql(query, { filter: { startYear: { min: 2020, max: 2010 } } });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('filter.startYear.min');
    }
  });
});

describe('the synthetic generator', () => {
  let db: Db;
  beforeAll(async () => {
    db = createDb({ url: `file:${join(root, 'synthetic.db')}` });
    await migrateDb(db);
  });
  afterAll(() => db.client.close());

  it('leaves the table exact and its triggers in place', async () => {
    await seedSynthetic(db, { trials: 250, seed: 7, chunkTrials: 60 });
    const kept = await keptFacets(db);
    expect(kept.full.length).toBeGreaterThan(10);
    expect(kept.year.length).toBeGreaterThan(10);
    expect(kept).toEqual(await recomputedFacets(db));
    const triggers = await db.client.execute(
      `select name from sqlite_master where type = 'trigger' and (name like 'trial_%facet_counts_%' or name like 'trials_modality_mask_%') order by name`,
    );
    expect(triggers.rows.map((r) => r.name)).toEqual([
      'trial_facet_counts_trials_ad',
      'trial_facet_counts_trials_ai',
      'trial_facet_counts_trials_au',
      'trial_year_facet_counts_trials_ad',
      'trial_year_facet_counts_trials_ai',
      'trial_year_facet_counts_trials_au',
      'trials_modality_mask_links_ad',
      'trials_modality_mask_links_ai',
      'trials_modality_mask_links_au',
      'trials_modality_mask_therapies_au',
    ]);
    // Later writes keep it exact.
    await db.client.execute(`update therapies set modality = 'GENE_TRANSFER' where id = 1`);
    await db.client.execute('delete from trials where id % 17 = 0');
    expect(await keptFacets(db)).toEqual(await recomputedFacets(db));
  });

  it('counts the trials of the chunks written before a load fails', async () => {
    const failed = createDb({ url: `file:${join(root, 'synthetic-failed.db')}` });
    try {
      await migrateDb(failed);
      await failed.client.execute(
        "create trigger refuse_patient before insert on patients when new.id = 400 begin select raise(abort, 'refused patient 400'); end",
      );
      await expect(seedSynthetic(failed, { trials: 20, seed: 3, chunkTrials: 3 })).rejects.toThrow(/refused/);
      expect(await failed.$count(tables.trials)).toBeGreaterThan(0);
      expect(await keptFacets(failed)).toEqual(await recomputedFacets(failed));
      await failed.client.execute('drop trigger refuse_patient');
      await failed.client.execute(`update trials set phase = 'PHASE_4' where id % 2 = 0`);
      expect(await keptFacets(failed)).toEqual(await recomputedFacets(failed));
    } finally {
      failed.client.close();
    }
  });
});
