import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSynthetic } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// The pooled outcomes of `stats` read the patients through the covering index
// patients_trial_response_idx (trial_id, best_response): one pass over the index that counts each
// (trial, best response) pair, never a lookup of every patient row nor a sort of one row per
// patient and group. Real SQLite file, synthetic trials, the statistics the seed leaves behind.

const TRIALS = 300;

let dir: string;
let db: Db;
let app: ReturnType<typeof createApp>;
const statements: { sql: string; params: unknown[] }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-stats-plans-'));
  db = createDb({
    url: `file:${join(dir, 'stats.db')}`,
    onQuery: (sql, params) => statements.push({ sql, params }),
  });
  await migrateDb(db);
  await seedSynthetic(db, { trials: TRIALS, seed: 20261130 });
  app = createApp({ db, config: { production: true, graphiql: false } });
}, 120_000);
afterAll(() => {
  db.client.close();
  rmSync(dir, { recursive: true, force: true });
});

const POOLED = `query($filter: TrialFilter) { stats(filter: $filter) {
  pooledByModality { modality trials outcome { evaluable } }
  pooledByTherapy { trials outcome { evaluable } } } }`;

/** Runs the pooled stats; returns the statements that read patients. */
async function pooledStatements(filter: Record<string, unknown> | null) {
  statements.length = 0;
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: POOLED, variables: { filter } }),
  });
  const body = (await response.json()) as {
    data?: { stats: { pooledByModality: { trials: number }[] } };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  expect(body.data?.stats.pooledByModality.length).toBeGreaterThan(0);
  const reads = statements.filter((s) => /"patients"/.test(s.sql));
  expect(reads).toHaveLength(2);
  return reads;
}

async function plan(statement: { sql: string; params: unknown[] }): Promise<string[]> {
  const rows = await db.client.execute({
    sql: `explain query plan ${statement.sql}`,
    args: statement.params as never,
  });
  return rows.rows.map((r) => String(r.detail));
}

describe.each([
  ['no filter', null, /^SCAN patients USING COVERING INDEX patients_trial_response_idx$/],
  [
    'a filter',
    { phases: ['PHASE_1', 'PHASE_2'], startYear: { min: 2010 } },
    /^SEARCH patients USING COVERING INDEX patients_trial_response_idx \(trial_id=\?\)$/,
  ],
] as const)('pooled outcomes with %s', (_name, filter, patientsRead) => {
  it('read each patient once, through the covering index, in index order', async () => {
    for (const statement of await pooledStatements(filter)) {
      const detail = await plan(statement);
      const patientReads = detail.filter((d) => /\bpatients\b/.test(d));
      expect(patientReads).toEqual([expect.stringMatching(patientsRead)]);
      // The per-trial counts come out of the index in (trial_id, best_response) order: no sort of
      // the patient rows (the only temp B-trees left are over (group, trial) pairs and per-trial rows).
      const perTrial = detail.findIndex((d) => /^MATERIALIZE per_trial$/.test(d));
      expect(perTrial).toBeGreaterThanOrEqual(0);
      expect(detail[perTrial + 1]).toMatch(patientsRead);
      expect(detail[perTrial + 2] ?? '').not.toMatch(/TEMP B-TREE FOR GROUP BY/);
    }
  });
});

it('gives the same pooled figures as counting the patient rows one by one', async () => {
  // The plain per-patient statement (the shape the pooled statement replaced) as the reference.
  const reference = await db.client.execute(`
    with included as (select distinct th.modality as modality, tt.trial_id from trial_therapies tt
      join therapies th on th.id = tt.therapy_id where tt.role = 'EXPERIMENTAL')
    select i.modality, count(distinct i.trial_id) as trials,
      count(case when p.best_response in ('CR', 'PR', 'SD', 'PD', 'NO_RESPONSE') then 1 end) as evaluable
    from included i left join patients p on p.trial_id = i.trial_id group by i.modality`);
  statements.length = 0;
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: POOLED, variables: { filter: null } }),
  });
  const body = (await response.json()) as {
    data: {
      stats: { pooledByModality: { modality: string; trials: number; outcome: { evaluable: number } }[] };
    };
  };
  const got = body.data.stats.pooledByModality
    .map((p) => ({ modality: p.modality, trials: p.trials, evaluable: p.outcome.evaluable }))
    .sort((a, b) => (a.modality < b.modality ? -1 : 1));
  const want = reference.rows
    .map((r) => ({ modality: String(r.modality), trials: Number(r.trials), evaluable: Number(r.evaluable) }))
    .sort((a, b) => (a.modality < b.modality ? -1 : 1));
  expect(got).toEqual(want);
});
