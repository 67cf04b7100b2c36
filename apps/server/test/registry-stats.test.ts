import { tables } from '@genetrials/schema';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Registry-reported responses (aggregate counts from a record's results) are pooled by `stats`
// apart from patient-level outcomes; figures are checked against sums computed here.

interface Pooled {
  trials: number;
  trialIds: string[];
  responders: number;
  analysed: number;
  objectiveResponseRate: { estimate: number; ci95: { lower: number; upper: number } };
}
interface StatsData {
  pooledRegistryReported: Pooled | null;
  pooledRegistryReportedByTherapy: unknown[];
  pooledByTherapy: unknown[];
}

let server: TestServer;
const trialIds: number[] = [];
let therapyId = 0;

/** 95% Wilson interval, written independently of the server's implementation. */
function wilson(k: number, n: number) {
  const z = 1.959963984540054;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: centre - half, upper: centre + half };
}

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  const { db } = server;
  const [therapy] = await db
    .insert(tables.therapies)
    .values({ name: 'Test construct', modality: 'CAR_T_CELL' })
    .returning();
  therapyId = therapy?.id as number;
  // Four trials: two report ORR counts (one linked to the therapy), one reports results without a
  // response measure, one has patients only (patient-level outcome).
  const specs = [
    { title: 'Registry A', orr: [7, 20], linked: true, phase: 'PHASE_2' as const },
    { title: 'Registry B', orr: [3, 15], linked: false, phase: 'PHASE_1' as const },
    { title: 'Results without response', orr: null, linked: true, phase: 'PHASE_2' as const },
    { title: 'Patients only', orr: null, linked: true, phase: 'PHASE_2' as const },
  ];
  for (const spec of specs) {
    const [trial] = await db
      .insert(tables.trials)
      .values({ title: spec.title, phase: spec.phase })
      .returning();
    const id = trial?.id as number;
    trialIds.push(id);
    if (spec.linked)
      await db
        .insert(tables.trialTherapies)
        .values({ trialId: id, therapyId, role: 'EXPERIMENTAL', armName: 'A' });
    if (spec.title !== 'Patients only')
      await db.insert(tables.trialResults).values({
        trialId: id,
        orrResponders: spec.orr?.[0] ?? null,
        orrAnalysed: spec.orr?.[1] ?? null,
        orrMeasureTitle: spec.orr ? 'Objective response rate' : null,
      });
  }
  await db.insert(tables.patients).values([
    { trialId: trialIds[3] as number, subjectCode: 'P1', bestResponse: 'CR' },
    { trialId: trialIds[3] as number, subjectCode: 'P2', bestResponse: 'PD' },
  ]);
});

afterAll(() => server.close());

const QUERY = /* GraphQL */ `
  query ($filter: TrialFilter) {
    stats(filter: $filter) {
      pooledRegistryReported {
        trials
        trialIds
        responders
        analysed
        objectiveResponseRate { estimate ci95 { lower upper } }
      }
      pooledRegistryReportedByTherapy { therapy { name } trials responders analysed }
      pooledByTherapy { therapy { name } trials outcome { evaluable responders } }
    }
  }
`;

describe('stats: registry-reported outcomes', () => {
  it('pools registry counts over every trial reporting them, with a Wilson interval', async () => {
    const { body } = await server.gql<{ stats: StatsData }>(QUERY);
    expect(body.errors).toBeUndefined();
    const pooled = body.data?.stats.pooledRegistryReported as Pooled;
    expect(pooled).toMatchObject({ trials: 2, responders: 10, analysed: 35 });
    expect(pooled.trialIds).toEqual([
      encodeGlobalID('Trial', trialIds[0] as number),
      encodeGlobalID('Trial', trialIds[1] as number),
    ]);
    expect(pooled.objectiveResponseRate.estimate).toBeCloseTo(10 / 35, 10);
    const expected = wilson(10, 35);
    expect(pooled.objectiveResponseRate.ci95.lower).toBeCloseTo(expected.lower, 6);
    expect(pooled.objectiveResponseRate.ci95.upper).toBeCloseTo(expected.upper, 6);
  });

  it('pools per therapy and keeps registry and patient-level figures apart', async () => {
    // A reader: the patient-level pool covers 2 patients, a small cell anonymous callers do not see.
    const { body } = await server.gql<{ stats: StatsData }>(QUERY, {}, { role: 'reader' });
    expect(body.data?.stats.pooledRegistryReportedByTherapy).toEqual([
      { therapy: { name: 'Test construct' }, trials: 1, responders: 7, analysed: 20 },
    ]);
    // The patient-level pool sees only patient rows: the registry counts are not added in.
    expect(body.data?.stats.pooledByTherapy).toEqual([
      { therapy: { name: 'Test construct' }, trials: 3, outcome: { evaluable: 2, responders: 1 } },
    ]);
  });

  it('follows the filter and answers null when no trial in scope reports counts', async () => {
    const phase1 = await server.gql<{ stats: StatsData }>(QUERY, {
      filter: { phases: ['PHASE_1'] },
    });
    expect(phase1.body.data?.stats.pooledRegistryReported).toMatchObject({
      trials: 1,
      responders: 3,
      analysed: 15,
    });
    const none = await server.gql<{ stats: StatsData }>(QUERY, {
      filter: { hasOutcomeData: true },
    });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data?.stats.pooledRegistryReported).toBeNull();
    expect(none.body.data?.stats.pooledRegistryReportedByTherapy).toEqual([]);
  });
});
