import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// The RESPONSE_RATE ordering sorts by trials.response_rate_key, which triggers on patients keep
// (migration *_response_rate_key). After patients are created, updated and deleted through the
// GraphQL mutations (and moved between trials in SQL, which no mutation does), the ordering must
// still equal the list sorted independently from the patients this test wrote: rate =
// (CR + PR) / evaluable (CR, PR, SD, PD, NO_RESPONSE), trials without evaluable patients lowest,
// ties broken by id.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: false });
});
afterAll(async () => {
  await s.close();
});

type Response = 'CR' | 'PR' | 'SD' | 'PD' | 'NO_RESPONSE' | 'NE' | null;
const RESPONSES: Response[] = ['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE', 'NE', null];
const EVALUABLE = new Set<Response>(['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE']);

interface ModelPatient {
  id: string;
  version: number;
  trialId: number;
  response: Response;
}
const trialIds: { id: number; globalId: string }[] = [];
const patients: ModelPatient[] = [];
const dbId = (globalId: string) => Number(decodeGlobalID(globalId).id);

// Deterministic pseudo-random choices (a small LCG), so a failure reproduces.
let state = 20261129;
const rand = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};

async function mutate<T>(mutation: string, inputType: string, input: unknown, success: string): Promise<T> {
  const { body } = await s.gql<{ r: { __typename: string } & T }>(
    `mutation($input: ${inputType}!) { r: ${mutation}(input: $input) { __typename ${success} } }`,
    { input },
    { role: 'admin' },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const r = body.data?.r;
  expect(r?.__typename, JSON.stringify(r)).toMatch(/Success$/);
  return r as T;
}

function expectedOrder(direction: 'ASC' | 'DESC'): number[] {
  const rate = (trialId: number) => {
    const evaluable = patients.filter((p) => p.trialId === trialId && EVALUABLE.has(p.response));
    if (evaluable.length === 0) return -1;
    return evaluable.filter((p) => p.response === 'CR' || p.response === 'PR').length / evaluable.length;
  };
  const sign = direction === 'ASC' ? 1 : -1;
  return trialIds
    .map(({ id }) => ({ id, key: rate(id) }))
    .sort((a, b) => (a.key !== b.key ? sign * (a.key - b.key) : sign * (a.id - b.id)))
    .map((t) => t.id);
}

async function walk(direction: 'ASC' | 'DESC', backward: boolean): Promise<number[]> {
  const q = `query($o: TrialOrder, $first: Int, $after: String, $last: Int, $before: String) {
    trials(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }`;
  type Page = {
    trials: {
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      nodes: { id: string }[];
    };
  };
  const out: number[] = [];
  let cursor: string | undefined;
  const o = { field: 'RESPONSE_RATE', direction };
  for (let guard = 0; guard < 100; guard++) {
    const vars = backward ? { o, last: 4, before: cursor } : { o, first: 4, after: cursor };
    const { body } = await s.gql<Page>(q, vars, { role: 'reader' });
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

async function expectOrderMatchesModel() {
  for (const direction of ['ASC', 'DESC'] as const) {
    const expected = expectedOrder(direction);
    expect(await walk(direction, false), `${direction} forward`).toEqual(expected);
    expect(await walk(direction, true), `${direction} backward`).toEqual(expected);
  }
}

describe('RESPONSE_RATE ordering follows patient writes', () => {
  it('after creating trials and patients', async () => {
    for (let i = 0; i < 12; i++) {
      const r = await mutate<{ trial: { id: string } }>(
        'createTrial',
        'CreateTrialInput',
        { title: `Rate trial ${i}` },
        '... on CreateTrialSuccess { trial { id } }',
      );
      trialIds.push({ id: dbId(r.trial.id), globalId: r.trial.id });
    }
    // Trials 0 and 1 get no patients; trial 2 only non-evaluable ones; the rest a mix.
    let code = 0;
    for (const [i, trial] of trialIds.entries()) {
      if (i < 2) continue;
      const n = 1 + rand(5);
      for (let k = 0; k < n; k++) {
        const response = i === 2 ? (k % 2 ? 'NE' : null) : (RESPONSES[rand(RESPONSES.length)] as Response);
        const r = await mutate<{ patient: { id: string; version: number } }>(
          'createPatient',
          'CreatePatientInput',
          { trialId: trial.globalId, subjectCode: `S-${++code}`, bestResponse: response },
          '... on CreatePatientSuccess { patient { id version } }',
        );
        patients.push({ id: r.patient.id, version: r.patient.version, trialId: trial.id, response });
      }
    }
    expect(new Set(expectedOrder('ASC').map(String)).size).toBe(trialIds.length);
    await expectOrderMatchesModel();
  });

  it('after updating best responses (to other, non-evaluable and no responses)', async () => {
    for (const [i, p] of patients.entries()) {
      if (i % 2) continue;
      const response = RESPONSES[
        (RESPONSES.indexOf(p.response) + 1 + rand(3)) % RESPONSES.length
      ] as Response;
      const r = await mutate<{ patient: { version: number } }>(
        'updatePatient',
        'UpdatePatientInput',
        { id: p.id, expectedVersion: p.version, bestResponse: response },
        '... on UpdatePatientSuccess { patient { version } }',
      );
      p.version = r.patient.version;
      p.response = response;
    }
    // An update that leaves the response alone changes nothing.
    const first = patients[1] as ModelPatient;
    const r = await mutate<{ patient: { version: number } }>(
      'updatePatient',
      'UpdatePatientInput',
      { id: first.id, expectedVersion: first.version, followUpMonths: 3 },
      '... on UpdatePatientSuccess { patient { version } }',
    );
    first.version = r.patient.version;
    await expectOrderMatchesModel();
  });

  it('after deleting patients, down to none in some trials', async () => {
    const third = trialIds[3]?.id;
    const doomed = patients.filter((p, i) => p.trialId === third || i % 3 === 0);
    for (const p of doomed) {
      await mutate('deletePatient', 'DeleteInput', { id: p.id, expectedVersion: p.version }, '');
      patients.splice(patients.indexOf(p), 1);
    }
    expect(patients.some((p) => p.trialId === third)).toBe(false);
    await expectOrderMatchesModel();
  });

  it('after moving patients between trials (both the old and the new trial)', async () => {
    const movers = patients.filter((_, i) => i % 4 === 1);
    expect(movers.length).toBeGreaterThan(0);
    for (const [k, p] of movers.entries()) {
      const target = trialIds[k % 2]?.id as number; // into the trials that had no patients
      await s.db.client.execute({
        sql: 'update patients set trial_id = ?, subject_code = subject_code || ? where id = ?',
        args: [target, `-m${k}`, dbId(p.id)],
      });
      p.trialId = target;
    }
    await expectOrderMatchesModel();
  });

  it('keeps the stored key equal to the rate computed from the patients', async () => {
    const { rows } = await s.db.client.execute(`select count(*) as n from trials t
      where response_rate_key is not (
        select 1.0 * sum(best_response in ('CR','PR'))
          / nullif(sum(best_response in ('CR','PR','SD','PD','NO_RESPONSE')), 0)
        from patients p where p.trial_id = t.id)`);
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
