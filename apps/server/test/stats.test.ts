import {
  MODALITIES,
  type Modality,
  PHASES,
  type Phase,
  type Response,
  type TherapyRole,
  TRIAL_STATUSES,
  type TrialStatus,
  tables,
  VECTORS,
  type Vector,
} from '@genetrials/schema';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Every figure `stats` returns is checked against numbers computed here, in plain JS, from the
// rows the test inserted (Wilson intervals with the test's own formula).

// ----- a controlled synthetic data set -----

interface ModelTherapy {
  id: number;
  name: string;
  modality: Modality;
  vector: Vector | null;
}
interface ModelLink {
  therapy: ModelTherapy;
  role: TherapyRole;
  armName: string;
}
interface ModelTrial {
  id: number;
  title: string;
  phase: Phase | null;
  status: TrialStatus | null;
  country: string | null;
  startYear: number | null;
  links: ModelLink[];
  responses: (Response | null)[];
}
interface Model {
  therapies: ModelTherapy[];
  trials: ModelTrial[];
}

const THERAPY_SPECS: Omit<ModelTherapy, 'id'>[] = [
  { name: 'Alpha TCR cells', modality: 'TCR_T_CELL', vector: 'RETROVIRUS' },
  { name: 'Beta TCR cells', modality: 'TCR_T_CELL', vector: 'LENTIVIRUS' },
  { name: 'CAR cells', modality: 'CAR_T_CELL', vector: 'LENTIVIRUS' },
  { name: 'Oncolytic HSV', modality: 'ONCOLYTIC_VIRUS', vector: 'HERPES_SIMPLEX_VIRUS' },
  { name: 'Mystery gene transfer', modality: 'GENE_TRANSFER', vector: null },
  { name: 'TIL product', modality: 'TIL', vector: 'NONE' },
  { name: 'Cyclophosphamide', modality: 'CHEMOTHERAPY', vector: 'NONE' },
  { name: 'Interleukin-2', modality: 'CYTOKINE', vector: 'NONE' },
];

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

async function insertTherapies(s: TestServer): Promise<ModelTherapy[]> {
  const rows = await s.db
    .insert(tables.therapies)
    .values(THERAPY_SPECS)
    .returning({ id: tables.therapies.id });
  return THERAPY_SPECS.map((spec, i) => ({ ...spec, id: rows[i]?.id as number }));
}

/** Generates `count` trials over `therapies`, inserts them with their links and patients. */
async function insertTrials(s: TestServer, therapies: ModelTherapy[], count: number, seed: number) {
  const rng = random(seed);
  const [alpha, beta, car, hsv, mystery, til, chemo, il2] = therapies as [
    ModelTherapy,
    ModelTherapy,
    ModelTherapy,
    ModelTherapy,
    ModelTherapy,
    ModelTherapy,
    ModelTherapy,
    ModelTherapy,
  ];
  const drafts = Array.from({ length: count }, (_, i) => {
    const links: ModelLink[] = [];
    const experimental = new Set<ModelTherapy>();
    const n = rng.pick([0, 1, 1, 1, 2]);
    while (experimental.size < n) experimental.add(rng.pick([alpha, beta, car, hsv, mystery, til, chemo]));
    for (const therapy of experimental) links.push({ therapy, role: 'EXPERIMENTAL', armName: 'Arm A' });
    // The same therapy in a second experimental arm must not count the trial twice.
    const first = [...experimental][0];
    if (first && rng.next() < 0.15) links.push({ therapy: first, role: 'EXPERIMENTAL', armName: 'Arm B' });
    if (!experimental.has(chemo) && rng.next() < 0.5)
      links.push({ therapy: chemo, role: 'CONDITIONING', armName: 'Arm A' });
    if (rng.next() < 0.4) links.push({ therapy: il2, role: 'SUPPORTIVE', armName: 'Arm A' });
    const patientCount = rng.pick([0, 1, 3, 4, 6, 8]);
    const responses = Array.from({ length: patientCount }, () =>
      rng.pick<Response | null>(['CR', 'PR', 'PR', 'SD', 'PD', 'PD', 'NO_RESPONSE', 'NE', null]),
    );
    return {
      title: `Synthetic trial ${seed}-${i}`,
      phase: rng.pick<Phase | null>(['PHASE_1', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_3', null]),
      status: rng.pick<TrialStatus | null>(['RECRUITING', 'COMPLETED', 'COMPLETED', 'TERMINATED', null]),
      country: rng.pick(['United States', 'United States', 'France', 'China', 'Germany', null]),
      startYear: rng.pick([null, 1999, 2004, 2006, 2006, 2012, 2019, 2023]),
      links,
      responses,
    };
  });

  const trialRows = await s.db
    .insert(tables.trials)
    .values(
      drafts.map((d) => ({
        title: d.title,
        phase: d.phase,
        status: d.status,
        country: d.country,
        startYear: d.startYear,
        startDate: d.startYear == null ? null : String(d.startYear),
      })),
    )
    .returning({ id: tables.trials.id, title: tables.trials.title });
  const idByTitle = new Map(trialRows.map((r) => [r.title, r.id]));
  const trials: ModelTrial[] = drafts.map((d) => ({ ...d, id: idByTitle.get(d.title) as number }));

  const links = trials.flatMap((t) =>
    t.links.map((l) => ({ trialId: t.id, therapyId: l.therapy.id, role: l.role, armName: l.armName })),
  );
  if (links.length > 0) await s.db.insert(tables.trialTherapies).values(links);
  const patients = trials.flatMap((t) =>
    t.responses.map((bestResponse, p) => ({ trialId: t.id, subjectCode: `S${p}`, bestResponse })),
  );
  for (let i = 0; i < patients.length; i += 500) {
    await s.db.insert(tables.patients).values(patients.slice(i, i + 500));
  }
  return trials;
}

// ----- the expected figures, computed independently -----

const Z = 1.959963984540054;

function wilson(successes: number, n: number) {
  const p = successes / n;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

function expectedOutcome(trials: ModelTrial[]) {
  const responses = trials.flatMap((t) => t.responses);
  const n = (r: Response | null) => responses.filter((x) => x === r).length;
  const evaluable = n('CR') + n('PR') + n('SD') + n('PD') + n('NO_RESPONSE');
  const responders = n('CR') + n('PR');
  const rate = (k: number) =>
    evaluable === 0 ? null : { estimate: k / evaluable, ci95: wilson(k, evaluable) };
  return {
    patients: responses.length,
    evaluable,
    responders,
    completeResponses: n('CR'),
    partialResponses: n('PR'),
    stableDisease: n('SD'),
    progressiveDisease: n('PD'),
    noResponse: n('NO_RESPONSE'),
    notEvaluable: n('NE'),
    unknown: n(null),
    objectiveResponseRate: rate(responders),
    completeResponseRate: rate(n('CR')),
  };
}

interface ExpectedBucket {
  key: string | number | null;
  count: number;
  share: number;
}

function counted<K>(keys: (K | null)[]): Map<K | null, number> {
  const counts = new Map<K | null, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function finish(known: [string | number, number][], unknown: number, total: number): ExpectedBucket[] {
  const buckets: ExpectedBucket[] = known.map(([key, count]) => ({ key, count, share: count / total }));
  if (unknown > 0) buckets.push({ key: null, count: unknown, share: unknown / total });
  return buckets;
}

/** One value per trial, buckets in the enum's order. */
function enumBuckets<K extends string>(
  trials: ModelTrial[],
  order: readonly K[],
  keyOf: (t: ModelTrial) => K | null,
) {
  const counts = counted(trials.map(keyOf));
  const known = order.filter((k) => counts.has(k)).map((k): [K, number] => [k, counts.get(k) as number]);
  return finish(known, counts.get(null) ?? 0, trials.length);
}

/** Several values per trial (the modalities or vectors of its therapies in a role). */
function therapyBuckets<K extends string>(
  trials: ModelTrial[],
  order: readonly K[],
  therapyValue: (t: ModelTherapy) => K | null,
  role: TherapyRole | null,
) {
  const valuesOf = (t: ModelTrial) =>
    new Set(
      t.links
        .filter((l) => role == null || l.role === role)
        .map((l) => therapyValue(l.therapy))
        .filter((v): v is K => v != null),
    );
  const known = order
    .map((k): [K, number] => [k, trials.filter((t) => valuesOf(t).has(k)).length])
    .filter(([, count]) => count > 0);
  return finish(known, trials.filter((t) => valuesOf(t).size === 0).length, trials.length);
}

function countryBuckets(trials: ModelTrial[]) {
  const counts = counted(trials.map((t) => t.country));
  const known = [...counts]
    .filter((e): e is [string, number] => e[0] != null)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return finish(known, counts.get(null) ?? 0, trials.length);
}

function yearBuckets(trials: ModelTrial[]) {
  const counts = counted(trials.map((t) => t.startYear));
  const known = [...counts].filter((e): e is [number, number] => e[0] != null).sort((a, b) => a[0] - b[0]);
  return finish(known, counts.get(null) ?? 0, trials.length);
}

function usesExperimentally(t: ModelTrial, test: (therapy: ModelTherapy) => boolean) {
  return t.links.some((l) => l.role === 'EXPERIMENTAL' && test(l.therapy));
}

function pooledByTherapy(model: Model, trials: ModelTrial[]) {
  return model.therapies
    .map((therapy) => ({
      therapy,
      trials: trials.filter((t) => usesExperimentally(t, (x) => x === therapy)),
    }))
    .filter((p) => p.trials.length > 0)
    .map((p) => ({
      therapy: { id: encodeGlobalID('Therapy', p.therapy.id), name: p.therapy.name },
      trials: p.trials.length,
      trialIds: p.trials
        .map((t) => t.id)
        .sort((a, b) => a - b)
        .map((id) => encodeGlobalID('Trial', id)),
      outcome: expectedOutcome(p.trials),
    }))
    .sort((a, b) => b.outcome.evaluable - a.outcome.evaluable || (a.therapy.name < b.therapy.name ? -1 : 1));
}

function pooledByModality(trials: ModelTrial[]) {
  return MODALITIES.map((modality) => ({
    modality,
    trials: trials.filter((t) => usesExperimentally(t, (x) => x.modality === modality)),
  }))
    .filter((p) => p.trials.length > 0)
    .map((p) => ({
      modality: p.modality,
      trials: p.trials.length,
      trialIds: p.trials
        .map((t) => t.id)
        .sort((a, b) => a - b)
        .map((id) => encodeGlobalID('Trial', id)),
      outcome: expectedOutcome(p.trials),
    }));
}

// ----- the query and the comparison -----

const STATS_QUERY = `
  fragment Figures on StatsBucket { label count share }
  fragment Result on Outcome {
    patients evaluable responders completeResponses partialResponses stableDisease progressiveDisease
    noResponse notEvaluable unknown
    objectiveResponseRate { estimate ci95 { lower upper } }
    completeResponseRate { estimate ci95 { lower upper } }
  }
  query Stats($filter: TrialFilter) {
    stats(filter: $filter) {
      trialCount
      patientCount
      byPhase { key ...Figures }
      byStatus { key ...Figures }
      byCountry { key ...Figures }
      byStartYear { key ...Figures }
      byModality { key ...Figures }
      byVector { key ...Figures }
      byModalityAnyRole: byModality(role: null) { key ...Figures }
      byVectorAnyRole: byVector(role: null) { key ...Figures }
      pooledByTherapy { therapy { id name } trials trialIds outcome { ...Result } }
      pooledByModality { modality label trials trialIds outcome { ...Result } }
    }
  }`;

interface Bucket {
  key: string | number | null;
  label: string;
  count: number;
  share: number;
}
type Outcome = ReturnType<typeof expectedOutcome>;
interface StatsResult {
  trialCount: number;
  patientCount: number;
  byPhase: Bucket[];
  byStatus: Bucket[];
  byCountry: Bucket[];
  byStartYear: Bucket[];
  byModality: Bucket[];
  byVector: Bucket[];
  byModalityAnyRole: Bucket[];
  byVectorAnyRole: Bucket[];
  pooledByTherapy: {
    therapy: { id: string; name: string };
    trials: number;
    trialIds: string[];
    outcome: Outcome;
  }[];
  pooledByModality: {
    modality: Modality;
    label: string;
    trials: number;
    trialIds: string[];
    outcome: Outcome;
  }[];
}

async function stats(s: TestServer, filter?: Record<string, unknown>): Promise<StatsResult> {
  const { body } = await s.gql<{ stats: StatsResult }>(STATS_QUERY, { filter });
  expect(body.errors).toBeUndefined();
  return body.data?.stats as StatsResult;
}

/** Enum keys carry a human-readable label; strings and years are their own label. */
function expectBuckets(actual: Bucket[], expected: ExpectedBucket[], labels: 'enum' | 'key') {
  expect(actual.map(({ key, count }) => ({ key, count }))).toEqual(
    expected.map(({ key, count }) => ({ key, count })),
  );
  actual.forEach((bucket, i) => {
    expect(bucket.share).toBeCloseTo(expected[i]?.share as number, 12);
    if (bucket.key == null) expect(bucket.label).toBe('Unknown');
    else if (labels === 'key') expect(bucket.label).toBe(String(bucket.key));
    else expect(bucket.label).toMatch(/^(?!Unknown$)\S/);
  });
}

function expectOutcome(actual: Outcome, expected: Outcome) {
  const { objectiveResponseRate, completeResponseRate, ...counts } = expected;
  expect(actual).toMatchObject(counts);
  for (const [got, want] of [
    [actual.objectiveResponseRate, objectiveResponseRate],
    [actual.completeResponseRate, completeResponseRate],
  ] as const) {
    if (want == null) {
      expect(got).toBeNull();
      continue;
    }
    expect(got?.estimate).toBeCloseTo(want.estimate, 12);
    expect(got?.ci95.lower).toBeCloseTo(want.ci95.lower, 9);
    expect(got?.ci95.upper).toBeCloseTo(want.ci95.upper, 9);
  }
}

function expectStats(actual: StatsResult, model: Model, trials: ModelTrial[]) {
  expect(actual.trialCount).toBe(trials.length);
  expect(actual.patientCount).toBe(trials.reduce((sum, t) => sum + t.responses.length, 0));
  expectBuckets(
    actual.byPhase,
    enumBuckets(trials, PHASES, (t) => t.phase),
    'enum',
  );
  expectBuckets(
    actual.byStatus,
    enumBuckets(trials, TRIAL_STATUSES, (t) => t.status),
    'enum',
  );
  expectBuckets(actual.byCountry, countryBuckets(trials), 'key');
  expectBuckets(actual.byStartYear, yearBuckets(trials), 'key');
  for (const [field, order, therapyValue, role] of [
    ['byModality', MODALITIES, (t: ModelTherapy) => t.modality, 'EXPERIMENTAL'],
    ['byVector', VECTORS, (t: ModelTherapy) => t.vector, 'EXPERIMENTAL'],
    ['byModalityAnyRole', MODALITIES, (t: ModelTherapy) => t.modality, null],
    ['byVectorAnyRole', VECTORS, (t: ModelTherapy) => t.vector, null],
  ] as const) {
    const want = therapyBuckets(
      trials,
      order as readonly string[],
      therapyValue as (t: ModelTherapy) => string | null,
      role,
    );
    expectBuckets(actual[field], want, 'enum');
  }

  const therapies = pooledByTherapy(model, trials);
  expect(
    actual.pooledByTherapy.map(({ therapy, trials, trialIds }) => ({ therapy, trials, trialIds })),
  ).toEqual(therapies.map(({ therapy, trials, trialIds }) => ({ therapy, trials, trialIds })));
  actual.pooledByTherapy.forEach((p, i) => {
    expectOutcome(p.outcome, therapies[i]?.outcome as Outcome);
  });

  const modalities = pooledByModality(trials);
  expect(actual.pooledByModality.map((p) => p.modality).sort()).toEqual(
    modalities.map((p) => p.modality).sort(),
  );
  for (const want of modalities) {
    const got = actual.pooledByModality.find((p) => p.modality === want.modality);
    expect(got?.trials).toBe(want.trials);
    expect(got?.trialIds).toEqual(want.trialIds);
    expectOutcome(got?.outcome as Outcome, want.outcome);
  }
  // Most evaluable first, then by label.
  const order = actual.pooledByModality;
  for (let i = 1; i < order.length; i++) {
    const [a, b] = [order[i - 1], order[i]] as [(typeof order)[number], (typeof order)[number]];
    expect(
      a.outcome.evaluable > b.outcome.evaluable ||
        (a.outcome.evaluable === b.outcome.evaluable && a.label < b.label),
    ).toBe(true);
  }
}

// ----- synthetic data set -----

describe('stats over a synthetic data set', () => {
  let s: TestServer;
  const model: Model = { therapies: [], trials: [] };

  beforeAll(async () => {
    s = await startTestServer({ seed: false, defaultRole: 'reader' });
    model.therapies = await insertTherapies(s);
    model.trials = await insertTrials(s, model.therapies, 60, 42);
  });
  afterAll(async () => {
    await s.close();
  });

  it('the data set exercises what it should (unknowns, ties, two arms, trials without patients)', () => {
    const t = model.trials;
    expect(t.some((x) => x.phase == null && x.status == null)).toBe(true);
    expect(t.some((x) => x.country == null) && t.some((x) => x.startYear == null)).toBe(true);
    expect(t.some((x) => x.responses.length === 0)).toBe(true);
    expect(t.some((x) => x.links.filter((l) => l.role === 'EXPERIMENTAL').length === 0)).toBe(true);
    expect(t.some((x) => new Set(x.links.map((l) => l.therapy)).size < x.links.length)).toBe(true);
    expect(t.some((x) => x.responses.includes(null)) && t.some((x) => x.responses.includes('NE'))).toBe(true);
  });

  it('matches every bucket and every pooled figure computed from the inserted rows', async () => {
    expectStats(await stats(s), model, model.trials);
  });

  const filters: [string, Record<string, unknown>, (t: ModelTrial) => boolean][] = [
    ['phases', { phases: ['PHASE_1', 'PHASE_1_2'] }, (t) => t.phase === 'PHASE_1' || t.phase === 'PHASE_1_2'],
    ['country (case-insensitive)', { country: 'france' }, (t) => t.country === 'France'],
    [
      'modality (any role) and start year',
      { modalities: ['TCR_T_CELL'], startYear: { min: 2005 } },
      (t) =>
        t.links.some((l) => l.therapy.modality === 'TCR_T_CELL') &&
        t.startYear != null &&
        t.startYear >= 2005,
    ],
  ];
  for (const [name, filter, holds] of filters) {
    it(`narrows every figure to the trials matching the filter: ${name}`, async () => {
      const matching = model.trials.filter(holds);
      expect(matching.length).toBeGreaterThan(0);
      expect(matching.length).toBeLessThan(model.trials.length);
      expectStats(await stats(s, filter), model, matching);
    });
  }

  it('is all zeros and empty lists when no trial matches', async () => {
    const result = await stats(s, { nctIds: ['NCT99999999'] });
    expect(result).toMatchObject({
      trialCount: 0,
      patientCount: 0,
      byPhase: [],
      byStatus: [],
      byCountry: [],
      byStartYear: [],
      byModality: [],
      byVector: [],
      pooledByTherapy: [],
      pooledByModality: [],
    });
  });

  it('lists every enum value, in enum order, with includeEmpty', async () => {
    const { body } = await s.gql<{
      stats: Record<'byPhase' | 'byStatus' | 'byModality' | 'byVector', Bucket[]>;
    }>(`{ stats(filter: { country: "France" }) {
      byPhase(includeEmpty: true) { key count share } byStatus(includeEmpty: true) { key count }
      byModality(includeEmpty: true) { key count } byVector(includeEmpty: true) { key count } } }`);
    expect(body.errors).toBeUndefined();
    const france = model.trials.filter((t) => t.country === 'France');
    const data = body.data?.stats;
    expect(data?.byPhase.map((b) => b.key)).toEqual([...PHASES, null]);
    expect(data?.byStatus.map((b) => b.key)).toEqual([...TRIAL_STATUSES, null]);
    expect(data?.byModality.map((b) => b.key)).toEqual([...MODALITIES, null]);
    expect(data?.byVector.map((b) => b.key)).toEqual([...VECTORS, null]);
    for (const phase of [...PHASES, null]) {
      const count = france.filter((t) => t.phase === phase).length;
      const bucket = data?.byPhase.find((b) => b.key === phase);
      expect(bucket?.count).toBe(count);
      expect(bucket?.share).toBeCloseTo(count / france.length, 12);
    }
  });

  it('rejects an invalid filter with BAD_USER_INPUT before running any aggregate', async () => {
    s.statements.length = 0;
    const { body } = await s.gql(`{ stats(filter: { startYear: { min: 2010, max: 2000 } }) { trialCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(s.statements).toHaveLength(0);
  });

  it('runs only the aggregates the client selected, one statement each', async () => {
    const count = async (query: string) => {
      s.statements.length = 0;
      const { body } = await s.gql(query);
      expect(body.errors).toBeUndefined();
      return s.statements.length;
    };
    expect(await count('{ stats { __typename } }')).toBe(0);
    expect(await count('{ stats { trialCount } }')).toBe(1);
    expect(await count('{ stats { byPhase { count } byCountry { count } } }')).toBe(2);
    // A therapy's id is known from the aggregate; other fields load every therapy in one query.
    expect(await count('{ stats { pooledByTherapy { therapy { id } trials } } }')).toBe(1);
    expect(await count('{ stats { pooledByTherapy { therapy { name modality vector } trials } } }')).toBe(2);
  });
});

describe('statements per stats query', () => {
  let s: TestServer;
  let therapies: ModelTherapy[];
  const trials: ModelTrial[] = [];

  beforeAll(async () => {
    s = await startTestServer({ seed: false, defaultRole: 'reader' });
    therapies = await insertTherapies(s);
  });
  afterAll(async () => {
    await s.close();
  });

  async function statementsFor() {
    s.statements.length = 0;
    const result = await stats(s);
    const count = s.statements.length;
    expectStats(result, { therapies, trials }, trials);
    return count;
  }

  it('does not depend on the data size (20 vs 200 trials)', async () => {
    trials.push(...(await insertTrials(s, therapies, 20, 7)));
    const small = await statementsFor();
    trials.push(...(await insertTrials(s, therapies, 180, 8)));
    const large = await statementsFor();
    expect(large).toBe(small);
    // 12 aggregates (byModality and byVector twice) + 1 batched load of the pooled therapies.
    expect(small).toBe(13);
  });
});

// ----- the curated seed -----

describe('stats over the seeded knowledge base', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ defaultRole: 'reader' });
  });
  afterAll(async () => {
    await s.close();
  });

  it('pools the NCI TCR trial: TCR_T_CELL 2 of 17, ORR 11.8%, Wilson 3.3%–34.3%', async () => {
    const result = await stats(s);
    const tcr = result.pooledByModality.find((p) => p.modality === 'TCR_T_CELL');
    expect(tcr?.outcome).toMatchObject({
      evaluable: 17,
      responders: 2,
      completeResponses: 1,
      partialResponses: 1,
    });
    expect(tcr?.outcome.objectiveResponseRate?.estimate).toBeCloseTo(2 / 17, 12);
    expect(tcr?.outcome.objectiveResponseRate?.estimate).toBeCloseTo(0.118, 3);
    expect(tcr?.outcome.objectiveResponseRate?.ci95.lower).toBeCloseTo(wilson(2, 17).lower, 9);
    expect(tcr?.outcome.objectiveResponseRate?.ci95.upper).toBeCloseTo(wilson(2, 17).upper, 9);
    expect(tcr?.outcome.objectiveResponseRate?.ci95.lower).toBeCloseTo(0.033, 3);
    expect(tcr?.outcome.objectiveResponseRate?.ci95.upper).toBeCloseTo(0.343, 3);

    const { body } = await s.gql<{ trials: { nodes: { id: string; title: string }[] } }>(
      '{ trials(first: 10) { nodes { id title } } }',
    );
    const nci = body.data?.trials.nodes.find((t) => t.title.includes('MART-1'));
    expect(tcr?.trials).toBe(1);
    expect(tcr?.trialIds).toEqual([nci?.id]);

    const mart1 = result.pooledByTherapy.find((p) => p.therapy.name.includes('MART-1'));
    expect(mart1?.trialIds).toEqual([nci?.id]);
    expect(mart1?.outcome).toMatchObject({ evaluable: 17, responders: 2 });
    expect(result.pooledByTherapy[0]).toBe(mart1);
  });

  it('pools only EXPERIMENTAL therapies: conditioning chemotherapy and supportive IL-2 are counted only with role: null', async () => {
    const result = await stats(s);
    const pooled = result.pooledByModality.map((p) => p.modality);
    expect(pooled).not.toContain('CHEMOTHERAPY');
    expect(pooled).not.toContain('CYTOKINE');
    expect(result.byModality.map((b) => b.key)).not.toContain('CHEMOTHERAPY');
    expect(result.byModalityAnyRole.map((b) => b.key)).toEqual(
      expect.arrayContaining(['CHEMOTHERAPY', 'CYTOKINE']),
    );
  });

  it('counts every seeded trial and patient', async () => {
    const { body } = await s.gql<{
      trials: { totalCount: number; nodes: { patients: { totalCount: number } }[] };
    }>('{ trials(first: 100) { totalCount nodes { patients { totalCount } } } }');
    const result = await stats(s);
    expect(result.trialCount).toBe(body.data?.trials.totalCount);
    expect(result.patientCount).toBe(
      body.data?.trials.nodes.reduce((sum, t) => sum + t.patients.totalCount, 0),
    );
    const total = (buckets: Bucket[]) => buckets.reduce((sum, b) => sum + b.count, 0);
    for (const buckets of [result.byPhase, result.byStatus, result.byCountry, result.byStartYear]) {
      expect(total(buckets)).toBe(result.trialCount);
    }
  });
});
