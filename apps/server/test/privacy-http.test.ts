import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Privacy over real HTTP: identifiers rejected by the write-layer screen whatever the mutation
// (patient, adverse event, claim of any subject), nothing of a rejected trial claim served to
// anonymous clients, age claims top-coded, and small-cell suppression of public aggregates for
// anonymous callers while reader tokens see exact figures.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Issue {
  path: string;
  rule: string;
}
type Result = { __typename: string; issues?: Issue[] } & Record<string, unknown>;

const ERRORS = '... on ValidationError { issues { path rule message } } ... on Error { message }';

async function mutate(mutation: string, inputType: string, input: Record<string, unknown>, success = '') {
  const { body } = await s.gql<{ result: Result }>(
    `mutation($input: ${inputType}!) { result: ${mutation}(input: $input) { __typename ${ERRORS} ${success} } }`,
    { input },
    { role: 'curator' },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data?.result as Result;
}

async function created(mutation: string, inputType: string, input: Record<string, unknown>, field: string) {
  const success = `... on ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Success { ${field} { id } }`;
  const result = await mutate(mutation, inputType, input, success);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return (result[field] as { id: string }).id;
}

let trialId: string;
let sourceId: string;
let patientId: string;

describe('identifiers are rejected through the API', () => {
  beforeAll(async () => {
    trialId = await created('createTrial', 'CreateTrialInput', { title: 'Privacy HTTP trial' }, 'trial');
    sourceId = await created(
      'createSource',
      'CreateSourceInput',
      { kind: 'NEWS', title: 'A report' },
      'source',
    );
    patientId = await created(
      'createPatient',
      'CreatePatientInput',
      { trialId, subjectCode: 'PRIV-01' },
      'patient',
    );
  });

  it.each<[string, string, () => Record<string, unknown>, Issue]>([
    [
      'createPatient',
      'CreatePatientInput',
      () => ({ trialId, subjectCode: 'PRIV-02', notes: 'family on 6085550142' }),
      { path: 'input.notes', rule: 'identifier_phone' },
    ],
    [
      'createPatient',
      'CreatePatientInput',
      () => ({ trialId, subjectCode: '1953-03-12' }),
      { path: 'input.subjectCode', rule: 'identifier_exact_date' },
    ],
    [
      'createPatient',
      'CreatePatientInput',
      () => ({ trialId, subjectCode: 'Smith' }),
      { path: 'input.subjectCode', rule: 'subject_code_name' },
    ],
    [
      'addAdverseEvent',
      'AddAdverseEventInput',
      () => ({ patientId, term: 'Mr. X x.y@example.com 123-45-6789' }),
      { path: 'input.term', rule: 'identifier_email' },
    ],
    [
      'updatePatient',
      'UpdatePatientInput',
      () => ({ id: patientId, expectedVersion: 1, priorTherapies: ['hospital number 1234567'] }),
      { path: 'input.priorTherapies.0', rule: 'identifier_record_number' },
    ],
    [
      'addClaim',
      'AddClaimInput',
      () => ({ subjectId: patientId, sourceId, field: 'dateOfBirth', value: '1953-03-12' }),
      { path: 'input.value', rule: 'identifier_exact_date' },
    ],
    [
      'addClaim',
      'AddClaimInput',
      () => ({ subjectId: patientId, sourceId, field: 'contact', value: { 'x[at]y.com': true } }),
      { path: 'input.value.x[at]y.com', rule: 'identifier_email' },
    ],
  ])('%s rejects %#', async (mutation, inputType, input, issue) => {
    const result = await mutate(mutation, inputType, input());
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues?.map(({ path, rule }) => ({ path, rule }))).toContainEqual(issue);
  });

  it('rejects a name in a claim about a trial, and serves nothing of it to anonymous clients', async () => {
    const result = await mutate('addClaim', 'AddClaimInput', {
      subjectId: trialId,
      sourceId,
      field: 'responders',
      value: ['patient named Walter', { note: 'Mr. Walter White, b. 12.03.1953' }],
    });
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues?.map(({ path, rule }) => `${path} ${rule}`)).toEqual(
      expect.arrayContaining([
        'input.value.0 identifier_person_name',
        'input.value.1.note identifier_person_name',
        'input.value.1.note identifier_exact_date',
      ]),
    );
    const { body } = await s.gql<{ node: { claims: { field: string; value: unknown }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Trial { claims { field value } } } }',
      { id: trialId },
      { anonymous: true },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.claims).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('Walter');
  });

  it.each<[string, unknown, unknown]>([
    ['ageAtEnrollment', 97, 90],
    ['age', '97 years', '90 or older'],
    ['ageYears', { years: 97 }, { years: 90 }],
  ])('top-codes the age claim %s = %j as %j', async (field, value, stored) => {
    const result = await mutate(
      'addClaim',
      'AddClaimInput',
      { subjectId: patientId, sourceId, field, value },
      '... on AddClaimSuccess { claim { value } }',
    );
    expect(result.__typename).toBe('AddClaimSuccess');
    expect((result.claim as { value: unknown }).value).toEqual(stored);
  });
});

describe('small-cell suppression of public aggregates', () => {
  const STATS = `query($filter: TrialFilter) { stats(filter: $filter) {
    trialCount patientCount patientCountSuppressed
    pooledByTherapy { suppressed trials outcome { patients evaluable responders } }
    pooledByModality { modality suppressed outcome { patients responders } }
  } }`;
  interface Stats {
    stats: {
      trialCount: number;
      patientCount: number | null;
      patientCountSuppressed: boolean;
      pooledByTherapy: {
        suppressed: boolean;
        trials: number;
        outcome: { patients: number; evaluable: number; responders: number } | null;
      }[];
      pooledByModality: {
        modality: string;
        suppressed: boolean;
        outcome: { patients: number; responders: number } | null;
      }[];
    };
  }
  const stats = async (filter: Record<string, unknown>, who: { anonymous: true } | { role: 'reader' }) => {
    const { body } = await s.gql<Stats>(STATS, { filter }, who);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data?.stats as Stats['stats'];
  };

  beforeAll(async () => {
    // A trial of 3 patients giving an oncolytic virus: every patient-derived cell of it is small.
    const small = await created(
      'createTrial',
      'CreateTrialInput',
      { title: 'Small oncolytic trial', nctId: 'NCT09999991' },
      'trial',
    );
    const therapy = await created(
      'createTherapy',
      'CreateTherapyInput',
      { name: 'Small-cell virus', modality: 'ONCOLYTIC_VIRUS' },
      'therapy',
    );
    await created(
      'linkTherapyToTrial',
      'LinkTherapyToTrialInput',
      { trialId: small, therapyId: therapy, role: 'EXPERIMENTAL' },
      'link',
    );
    for (const [i, bestResponse] of ['CR', 'PD', 'SD'].entries()) {
      await created(
        'createPatient',
        'CreatePatientInput',
        { trialId: small, subjectCode: `SC-${i + 1}`, bestResponse },
        'patient',
      );
    }
  });

  it('answers patientCount null, suppressed, for an anonymous filter matching 1 patient (grade 5 event)', async () => {
    const anonymous = await stats({ hasAdverseEventGrade: 5 }, { anonymous: true });
    expect(anonymous.trialCount).toBe(1);
    expect(anonymous.patientCount).toBeNull();
    expect(anonymous.patientCountSuppressed).toBe(true);
    const reader = await stats({ hasAdverseEventGrade: 5 }, { role: 'reader' });
    expect(reader.patientCount).toBe(1);
    expect(reader.patientCountSuppressed).toBe(false);
  });

  it("withholds a small trial's own outcome from anonymous callers, and shows larger ones", async () => {
    const TRIALS = `query($filter: TrialFilter) { trials(first: 10, filter: $filter) {
      nodes { nctId outcomeSuppressed outcome { patients responders } } } }`;
    interface Trials {
      trials: {
        nodes: {
          nctId: string | null;
          outcomeSuppressed: boolean;
          outcome: { patients: number; responders: number } | null;
        }[];
      };
    }
    const read = async (who: { anonymous: true } | { role: 'reader' }) => {
      const { body } = await s.gql<Trials>(TRIALS, { filter: { nctIds: ['NCT09999991'] } }, who);
      expect(body.errors).toBeUndefined();
      return body.data?.trials.nodes[0];
    };
    expect(await read({ anonymous: true })).toEqual({
      nctId: 'NCT09999991',
      outcomeSuppressed: true,
      outcome: null,
    });
    expect(await read({ role: 'reader' })).toEqual({
      nctId: 'NCT09999991',
      outcomeSuppressed: false,
      outcome: { patients: 3, responders: 1 },
    });
    // The seeded NCI trial reports 17 patients: public aggregate data, shown to everyone.
    const { body } = await s.gql<{
      trials: { nodes: { outcome: { patients: number; responders: number } | null }[] };
    }>('{ trials(first: 1) { nodes { outcome { patients responders } } } }', {}, { anonymous: true });
    expect(body.data?.trials.nodes[0]?.outcome).toEqual({ patients: 17, responders: 2 });
  });

  it('suppresses a pooled outcome over fewer than 5 patients for anonymous callers only', async () => {
    const anonymous = await stats({ nctIds: ['NCT09999991'] }, { anonymous: true });
    expect(anonymous.patientCount).toBeNull();
    expect(anonymous.pooledByTherapy).toEqual([{ suppressed: true, trials: 1, outcome: null }]);
    expect(anonymous.pooledByModality).toEqual([
      { modality: 'ONCOLYTIC_VIRUS', suppressed: true, outcome: null },
    ]);
    const reader = await stats({ nctIds: ['NCT09999991'] }, { role: 'reader' });
    expect(reader.patientCount).toBe(3);
    expect(reader.pooledByTherapy).toEqual([
      { suppressed: false, trials: 1, outcome: { patients: 3, evaluable: 3, responders: 1 } },
    ]);
  });

  it('keeps the NCI trial (2 responders of 17) visible to anonymous callers, in stats and Trial.outcome', async () => {
    const anonymous = await stats({ modalities: ['TCR_T_CELL'] }, { anonymous: true });
    expect(anonymous.patientCount).toBe(17);
    expect(anonymous.patientCountSuppressed).toBe(false);
    expect(anonymous.pooledByTherapy[0]).toMatchObject({
      suppressed: false,
      outcome: { patients: 17, evaluable: 17, responders: 2 },
    });
    const { body } = await s.gql<{
      trials: { nodes: { outcome: { patients: number; responders: number } }[] };
    }>(
      '{ trials(filter: { modalities: [TCR_T_CELL] }) { nodes { outcome { patients responders } } } }',
      {},
      { anonymous: true },
    );
    expect(body.data?.trials.nodes).toEqual([{ outcome: { patients: 17, responders: 2 } }]);
  });

  it('shows a suppressed pooled outcome after every visible one, whatever its size', async () => {
    const anonymous = await stats({}, { anonymous: true });
    const flags = anonymous.pooledByTherapy.map((p) => p.suppressed);
    expect(flags).toContain(true);
    expect(flags.indexOf(true)).toBeGreaterThan(flags.lastIndexOf(false));
    expect(anonymous.pooledByTherapy.filter((p) => p.suppressed).every((p) => p.outcome === null)).toBe(true);
    const reader = await stats({}, { role: 'reader' });
    expect(reader.pooledByTherapy.every((p) => !p.suppressed && p.outcome !== null)).toBe(true);
  });
});
