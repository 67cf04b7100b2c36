import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, type FixtureTrial, insertFixture, THERAPIES } from './fixtures.js';
import { startTestServer, type TestServer } from './harness.js';

let s: TestServer;
let fx: Fixture;
beforeAll(async () => {
  s = await startTestServer({ seed: false, defaultRole: 'reader' });
  fx = await insertFixture(s.db);
});
afterAll(async () => {
  await s.close();
});

const dbId = (globalId: string) => Number(decodeGlobalID(globalId).id);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const therapy = (t: FixtureTrial, k: keyof (typeof THERAPIES)[number]) =>
  t.therapyIdx.map((i) => THERAPIES[i]?.[k]);
const evaluable = ['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE'];

async function trialIds(filter: unknown): Promise<number[]> {
  const { body } = await s.gql<{ trials: { totalCount: number; nodes: { id: string }[] } }>(
    'query($filter: TrialFilter) { trials(filter: $filter, first: 100) { totalCount nodes { id } } }',
    { filter },
  );
  expect(body.errors).toBeUndefined();
  const ids = body.data?.trials.nodes.map((n) => dbId(n.id)) ?? [];
  expect(body.data?.trials.totalCount).toBe(ids.length);
  return sorted(ids);
}

const expectTrials = (pred: (t: FixtureTrial) => boolean) => sorted(fx.trials.filter(pred).map((t) => t.id));

describe('trial filters', () => {
  const cases: [string, unknown, (t: FixtureTrial) => boolean][] = [
    ['phases', { phases: ['PHASE_1', 'PHASE_2'] }, (t) => ['PHASE_1', 'PHASE_2'].includes(t.phase)],
    ['statuses', { statuses: ['TERMINATED'] }, (t) => t.status === 'TERMINATED'],
    [
      'condition text',
      { condition: 'MELANOMA' },
      (t) => t.conditions.some((c) => c.toLowerCase().includes('melanoma')),
    ],
    ['modalities', { modalities: ['CAR_T_CELL'] }, (t) => therapy(t, 'modality').includes('CAR_T_CELL')],
    ['vectors', { vectors: ['RETROVIRUS'] }, (t) => therapy(t, 'vector').includes('RETROVIRUS')],
    [
      'target antigen',
      { targetAntigen: 'ny-eso-1' },
      (t) => therapy(t, 'targetAntigen').includes('NY-ESO-1'),
    ],
    ['sponsor', { sponsor: 'cancer inst' }, (t) => t.sponsor.toLowerCase().includes('cancer inst')],
    ['country', { country: 'france' }, (t) => t.country === 'France'],
    [
      'start year range',
      { startYear: { min: 2003, max: 2012 } },
      (t) => t.startYear !== null && t.startYear >= 2003 && t.startYear <= 2012,
    ],
    [
      'open start year range',
      { startYear: { min: 2015 } },
      (t) => t.startYear !== null && t.startYear >= 2015,
    ],
    [
      'has outcome data',
      { hasOutcomeData: true },
      (t) => t.patients.some((p) => p.response && evaluable.includes(p.response)),
    ],
    [
      'has no complete response',
      { hasCompleteResponse: false },
      (t) => !t.patients.some((p) => p.response === 'CR'),
    ],
    [
      'has complete response',
      { hasCompleteResponse: true },
      (t) => t.patients.some((p) => p.response === 'CR'),
    ],
    [
      'adverse event grade',
      { hasAdverseEventGrade: 4 },
      (t) => t.patients.some((p) => p.grades.some((g) => g >= 4)),
    ],
    [
      'nctIds',
      { nctIds: ['NCT10000001', 'NCT10000002', 'NCT99999999'] },
      (t) => ['NCT10000001', 'NCT10000002'].includes(t.nctId ?? ''),
    ],
    [
      'AND of fields',
      {
        phases: ['PHASE_1_2'],
        modalities: ['TCR_T_CELL', 'CAR_T_CELL'],
        startYear: { min: 2005 },
        hasCompleteResponse: true,
      },
      (t) =>
        t.phase === 'PHASE_1_2' &&
        therapy(t, 'modality').some((m) => m === 'TCR_T_CELL' || m === 'CAR_T_CELL') &&
        t.startYear !== null &&
        t.startYear >= 2005 &&
        t.patients.some((p) => p.response === 'CR'),
    ],
    [
      'or',
      { or: [{ country: 'China' }, { statuses: ['RECRUITING'] }] },
      (t) => t.country === 'China' || t.status === 'RECRUITING',
    ],
    ['not', { not: { phases: ['PHASE_3'] } }, (t) => t.phase !== 'PHASE_3'],
    [
      'nested and/or/not',
      { and: [{ or: [{ phases: ['PHASE_1'] }, { phases: ['PHASE_2'] }] }, { not: { country: 'France' } }] },
      (t) => (t.phase === 'PHASE_1' || t.phase === 'PHASE_2') && t.country !== 'France',
    ],
    ['empty list matches nothing', { phases: [] }, () => false],
  ];
  for (const [name, filter, pred] of cases) {
    it(name, async () => {
      const expected = expectTrials(pred);
      expect(await trialIds(filter)).toEqual(expected);
    });
  }

  it('every case above selects some but not all trials (the data set exercises them)', () => {
    for (const [name, , pred] of cases.slice(0, -1)) {
      const n = fx.trials.filter(pred).length;
      expect(n, name).toBeGreaterThan(0);
      expect(n, name).toBeLessThan(fx.trials.length);
    }
  });
});

describe('filter validation errors name the field and the rule', () => {
  const bad: [unknown, string, string][] = [
    [{ startYear: { min: 2010, max: 2000 } }, 'filter.startYear.min', 'inverted_range'],
    [{ startYear: { min: 1200 } }, 'filter.startYear.min', 'out_of_range'],
    [{ nctIds: ['NCT1'] }, 'filter.nctIds.0', 'nct_id_format'],
    [{ hasAdverseEventGrade: 7 }, 'filter.hasAdverseEventGrade', 'ctcae_grade'],
    [{ condition: '   ' }, 'filter.condition', 'empty'],
    [{ or: [{ startYear: { min: 5000 } }] }, 'filter.or.0.startYear.min', 'out_of_range'],
    [{ phases: Array(101).fill('PHASE_1') }, 'filter.phases', 'too_many_values'],
  ];
  for (const [filter, path, rule] of bad) {
    it(`${path}: ${rule}`, async () => {
      const { body } = await s.gql('query($filter: TrialFilter) { trials(filter: $filter) { totalCount } }', {
        filter,
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({ path, rule });
    });
  }

  it('rejects an unknown enum value, naming it', async () => {
    const { body } = await s.gql('query($filter: TrialFilter) { trials(filter: $filter) { totalCount } }', {
      filter: { phases: ['PHASE_9'] },
    });
    expect(body.errors?.[0]?.message).toMatch(/PHASE_9/);
  });

  it('rejects a patient age range outside 0-120 and a wrong-type id', async () => {
    const age = await s.gql('{ patients(filter: { age: { min: -1 } }) { totalCount } }');
    expect(age.body.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({
      path: 'filter.age.min',
      rule: 'out_of_range',
    });
    const wrong = await s.gql('query($id: ID!) { patients(filter: { trials: [$id] }) { totalCount } }', {
      id: encodeGlobalID('Review', 1),
    });
    expect(wrong.body.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({
      path: 'filter.trials.0',
      rule: 'wrong_id_type',
    });
  });
});

describe('therapy, patient and review filters', () => {
  it('filters therapies by modality, vector, cell source, antigen and name', async () => {
    const q = 'query($f: TherapyFilter) { therapies(filter: $f) { totalCount nodes { name } } }';
    const names = async (f: unknown) =>
      ((await s.gql<{ therapies: { nodes: { name: string }[] } }>(q, { f })).body.data?.therapies.nodes ?? [])
        .map((n) => n.name)
        .sort();
    expect(await names({ vectors: ['RETROVIRUS'] })).toEqual(['GM-CSF tumour vaccine', 'NY-ESO-1 TCR T']);
    expect(await names({ modalities: ['ONCOLYTIC_VIRUS', 'CHEMOTHERAPY'] })).toEqual([
      'Cyclophosphamide',
      'T-VEC',
    ]);
    expect(await names({ cellSources: ['AUTOLOGOUS'], not: { targetAntigen: 'cd19' } })).toEqual([
      'NY-ESO-1 TCR T',
    ]);
    expect(await names({ name: 'car' })).toEqual(['CD19 CAR T']);
  });

  it('filters patients by trial, response, age, sex and adverse event grade', async () => {
    const all = fx.trials.flatMap((t) => t.patients.map((p) => ({ ...p, trialId: t.id })));
    const q = 'query($f: PatientFilter) { patients(filter: $f, first: 100) { totalCount nodes { id } } }';
    const ids = async (f: unknown) =>
      sorted(
        (
          (await s.gql<{ patients: { nodes: { id: string }[] } }>(q, { f })).body.data?.patients.nodes ?? []
        ).map((n) => dbId(n.id)),
      );
    const t0 = fx.trials[0] as FixtureTrial;
    expect(await ids({ trials: [encodeGlobalID('Trial', t0.id)] })).toEqual(
      sorted(t0.patients.map((p) => p.id)),
    );
    expect(await ids({ bestResponses: ['CR', 'PR'] })).toEqual(
      sorted(all.filter((p) => p.response === 'CR' || p.response === 'PR').map((p) => p.id)),
    );
    expect(await ids({ responseKnown: false })).toEqual(
      sorted(all.filter((p) => p.response === null).map((p) => p.id)),
    );
    expect(await ids({ age: { min: 30, max: 50 }, sexes: ['FEMALE'] })).toEqual(
      sorted(
        all
          .filter((p) => p.age !== null && p.age >= 30 && p.age <= 50 && p.sex === 'FEMALE')
          .map((p) => p.id),
      ),
    );
    expect(await ids({ hasAdverseEventGrade: 3 })).toEqual(
      sorted(all.filter((p) => p.grades.some((g) => g >= 3)).map((p) => p.id)),
    );
  });

  it('filters reviews by kind, year, journal, stance and subject', async () => {
    const q = 'query($f: ReviewFilter) { reviews(filter: $f) { totalCount nodes { id } } }';
    const ids = async (f: unknown) =>
      sorted(
        (
          (await s.gql<{ reviews: { nodes: { id: string }[] } }>(q, { f })).body.data?.reviews.nodes ?? []
        ).map((n) => dbId(n.id)),
      );
    const expectR = (pred: (r: Fixture['reviews'][number]) => boolean) =>
      sorted(fx.reviews.filter(pred).map((r) => r.id));
    expect(await ids({ kinds: ['NEWS'] })).toEqual(expectR((r) => r.kind === 'NEWS'));
    expect(await ids({ year: { min: 2003, max: 2008 } })).toEqual(
      expectR((r) => r.year !== null && r.year >= 2003 && r.year <= 2008),
    );
    expect(await ids({ journal: 'gene med' })).toEqual(expectR((r) => r.journal !== null));
    expect(await ids({ stances: ['UNFAVORABLE'] })).toEqual(
      expectR((r) => r.stances.includes('UNFAVORABLE')),
    );
    const t1 = fx.trials[1] as FixtureTrial;
    expect(await ids({ aboutTrials: [encodeGlobalID('Trial', t1.id)] })).toEqual(
      expectR((r) => r.trialIds.includes(t1.id)),
    );
    const th = fx.therapyIds[2] as number;
    expect(await ids({ aboutTherapies: [encodeGlobalID('Therapy', th)] })).toEqual(
      expectR((r) => r.therapyIds.includes(th)),
    );
  });

  it('filters and orders the trials and therapies a review discusses', async () => {
    const r = fx.reviews[0] as Fixture['reviews'][number];
    const { body } = await s.gql<{
      review: { trials: { nodes: { id: string }[] }; therapies: { totalCount: number } };
    }>(
      `query($id: ID!) { review(id: $id) { trials(filter: { phases: [PHASE_1] }, orderBy: { field: CREATED, direction: DESC }) { nodes { id } }
        therapies(filter: { modalities: [ONCOLYTIC_VIRUS] }) { totalCount } } }`,
      { id: encodeGlobalID('Review', r.id) },
    );
    expect(body.errors).toBeUndefined();
    const expected = fx.trials
      .filter((t) => r.trialIds.includes(t.id) && t.phase === 'PHASE_1')
      .map((t) => t.id)
      .sort((a, b) => b - a);
    expect(body.data?.review.trials.nodes.map((n) => dbId(n.id))).toEqual(expected);
    const oncolytic = r.therapyIds.filter(
      (id) => THERAPIES[fx.therapyIds.indexOf(id)]?.modality === 'ONCOLYTIC_VIRUS',
    ).length;
    expect(body.data?.review.therapies.totalCount).toBe(oncolytic);
  });

  it('applies filters on nested connections', async () => {
    const t = fx.trials.find((x) => x.patients.some((p) => p.response === 'PD')) as FixtureTrial;
    const { body } = await s.gql<{
      trial: { patients: { totalCount: number }; therapies: { edges: { role: string }[] } };
    }>(
      `query($id: ID) { trial(id: $id) { patients(filter: { bestResponses: [PD] }) { totalCount }
        therapies(roles: [CONDITIONING]) { edges { role } } } }`,
      { id: encodeGlobalID('Trial', t.id) },
    );
    expect(body.data?.trial.patients.totalCount).toBe(t.patients.filter((p) => p.response === 'PD').length);
    expect(body.data?.trial.therapies.edges.every((e) => e.role === 'CONDITIONING')).toBe(true);
    const th = await s.gql<{ therapies: { nodes: { trials: { edges: { node: { id: string } }[] } }[] } }>(
      '{ therapies(filter: { name: "CD19" }) { nodes { trials(first: 100, filter: { phases: [PHASE_1] }) { edges { node { id } } } } } }',
    );
    const got = sorted(th.body.data?.therapies.nodes[0]?.trials.edges.map((e) => dbId(e.node.id)) ?? []);
    expect(got).toEqual(
      expectTrials((x) => x.phase === 'PHASE_1' && therapy(x, 'name').includes('CD19 CAR T')),
    );
  });
});

describe('ordering with ties, both directions, stable cursors', () => {
  type Page = {
    trials: {
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      nodes: { id: string }[];
    };
  };
  const q = `query($o: TrialOrder, $first: Int, $after: String, $last: Int, $before: String) {
    trials(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }`;

  async function walk(order: unknown, size: number, backward: boolean): Promise<number[]> {
    const out: number[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const vars = backward
        ? { o: order, last: size, before: cursor }
        : { o: order, first: size, after: cursor };
      const { body } = await s.gql<Page>(q, vars);
      expect(body.errors).toBeUndefined();
      const page = body.data?.trials;
      const ids = page?.nodes.map((n) => dbId(n.id)) ?? [];
      if (backward) out.unshift(...ids);
      else out.push(...ids);
      const more = backward ? page?.pageInfo.hasPreviousPage : page?.pageInfo.hasNextPage;
      if (!more) return out;
      cursor = backward ? page?.pageInfo.startCursor : page?.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  const rate = (t: FixtureTrial) => {
    const ev = t.patients.filter((p) => p.response && evaluable.includes(p.response));
    return ev.length ? ev.filter((p) => p.response === 'CR' || p.response === 'PR').length / ev.length : -1;
  };
  const keys: Record<string, (t: FixtureTrial) => number | string> = {
    CREATED: (t) => t.id,
    START_DATE: (t) => t.startDate ?? '',
    ENROLLMENT: (t) => t.enrollment ?? -1,
    RESPONSE_RATE: rate,
    TITLE: (t) => t.title,
    NCT_ID: (t) => t.nctId ?? '',
  };

  for (const [field, key] of Object.entries(keys)) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`${field} ${direction}: pages of 7 forward and backward equal the independently sorted list`, async () => {
        const sign = direction === 'ASC' ? 1 : -1;
        const expected = [...fx.trials]
          .sort((a, b) => {
            const ka = key(a);
            const kb = key(b);
            if (ka < kb) return -sign;
            if (ka > kb) return sign;
            return sign * (a.id - b.id);
          })
          .map((t) => t.id);
        const order = { field, direction };
        expect(await walk(order, 7, false)).toEqual(expected);
        expect(await walk(order, 7, true)).toEqual(expected);
      });
    }
  }

  it('the data set has ties on every sort key', () => {
    for (const [field, key] of Object.entries(keys)) {
      if (field === 'CREATED') continue;
      expect(new Set(fx.trials.map(key)).size, field).toBeLessThan(fx.trials.length);
    }
  });

  it('orders patients by age and reviews by year, nulls as lowest', async () => {
    const p = await s.gql<{ patients: { nodes: { ageAtEnrollment: number | null }[] } }>(
      '{ patients(first: 100, orderBy: { field: AGE, direction: DESC }) { nodes { ageAtEnrollment } } }',
    );
    const ages = p.body.data?.patients.nodes.map((n) => n.ageAtEnrollment ?? -1) ?? [];
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    const r = await s.gql<{ reviews: { nodes: { year: number | null }[] } }>(
      '{ reviews(orderBy: { field: YEAR }) { nodes { year } } }',
    );
    const years = r.body.data?.reviews.nodes.map((n) => n.year ?? -1) ?? [];
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});
