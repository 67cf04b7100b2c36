import { readFileSync } from 'node:fs';
import type { TokenRole } from '@genetrials/schema';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { type DefinitionNode, type DocumentNode, Kind, parse, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Every mutation through HTTP, as each role: results, typed errors, transactions, optimistic
// concurrency, the change history and the privacy rules on patient input.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Who = { role: TokenRole } | { anonymous: true };
const curator: Who = { role: 'curator' };
const admin: Who = { role: 'admin' };

interface Issue {
  path: string;
  rule: string;
  message: string;
}

/** A mutation result: the union member's typename plus whatever was selected on it. */
type Result = { __typename: string; message?: string; issues?: Issue[] } & Record<string, unknown>;

const ERRORS = `... on Error { message }
  ... on ValidationError { issues { path rule message } }
  ... on NotFoundError { entity id path }
  ... on ForbiddenError { requiredRole }
  ... on ConflictError { currentVersion path existingId }`;

/** Runs `mutation(input: $input)` and returns its result union member. */
async function run(
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  success: string,
  who: Who = curator,
): Promise<Result> {
  const { body } = await s.gql<{ result: Result }>(
    `mutation($input: ${inputType}!) { result: ${mutation}(input: $input) { __typename ${ERRORS} ${success} } }`,
    { input },
    who,
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data?.result as Result;
}

/** Like `run`, expecting the success member: returns its data field. */
async function ok<T = Record<string, unknown>>(
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  dataField: string,
  selection: string,
  who: Who = curator,
): Promise<T> {
  const successType = `${mutation.slice(0, 1).toUpperCase()}${mutation.slice(1)}Success`;
  const result = await run(
    mutation,
    inputType,
    input,
    `... on ${successType} { ${dataField} ${selection} }`,
    who,
  );
  expect(result.__typename, JSON.stringify(result)).toBe(successType);
  return result[dataField] as T;
}

async function count(table: string): Promise<number> {
  const rows = await s.db.client.execute(`select count(*) as n from ${table}`);
  return Number(rows.rows[0]?.n);
}

const WRITTEN_TABLES = [
  'trials',
  'therapies',
  'trial_therapies',
  'patients',
  'adverse_events',
  'reviews',
  'assessments',
  'review_trials',
  'review_therapies',
  'sources',
  'claims',
  'changes',
] as const;

/** Row counts of every table a mutation writes. */
async function counts(): Promise<Record<(typeof WRITTEN_TABLES)[number], number>> {
  const entries = await Promise.all(WRITTEN_TABLES.map(async (t) => [t, await count(t)] as const));
  return Object.fromEntries(entries) as Record<(typeof WRITTEN_TABLES)[number], number>;
}

let seq = 0;
/** A distinct 8-digit suffix per call, for unique NCT ids, names and DOIs. */
const unique = () => String(90_000_000 + ++seq);

interface Node {
  id: string;
  version: number;
}

const createTrial = (input: Record<string, unknown> = {}) =>
  ok<Node & { title: string }>(
    'createTrial',
    'CreateTrialInput',
    { title: `Trial ${unique()}`, ...input },
    'trial',
    '{ id version title }',
  );
const createTherapy = (input: Record<string, unknown> = {}) =>
  ok<Node>(
    'createTherapy',
    'CreateTherapyInput',
    { name: `Therapy ${unique()}`, modality: 'CAR_T_CELL', ...input },
    'therapy',
    '{ id version }',
  );
const createSource = () =>
  ok<Node>(
    'createSource',
    'CreateSourceInput',
    { kind: 'NEWS', title: `Source ${unique()}` },
    'source',
    '{ id version }',
  );
const createPatient = (trialId: string, input: Record<string, unknown> = {}) =>
  ok<Node & { adverseEvents: Node[] }>(
    'createPatient',
    'CreatePatientInput',
    { trialId, subjectCode: `P-${unique()}`, ...input },
    'patient',
    '{ id version adverseEvents { id version } }',
  );

describe('creates, updates and deletes, each returning the written entity', () => {
  it('trials: create with nested selections, update, delete', async () => {
    const nct = `NCT${unique()}`;
    const created = await ok<Record<string, unknown>>(
      'createTrial',
      'CreateTrialInput',
      {
        nctId: nct,
        title: '  CAR T cells for glioblastoma  ',
        phase: 'PHASE_1',
        status: 'RECRUITING',
        conditions: ['Glioblastoma'],
        startDate: '2024-03',
        completionDate: '2026',
        plannedEnrollment: 20,
      },
      'trial',
      '{ id version title nctId registryUrl phase conditions startDate outcome { evaluable } therapies { edges { role } } reviews { totalCount } }',
    );
    expect(created).toMatchObject({
      version: 1,
      title: 'CAR T cells for glioblastoma',
      nctId: nct,
      registryUrl: `https://clinicaltrials.gov/study/${nct}`,
      phase: 'PHASE_1',
      conditions: ['Glioblastoma'],
      outcome: { evaluable: 0 },
      therapies: { edges: [] },
      reviews: { totalCount: 0 },
    });
    const [row] = (await s.db.client.execute(`select start_year from trials where nct_id = '${nct}'`)).rows;
    expect(Number(row?.start_year)).toBe(2024);

    const updated = await ok<Record<string, unknown>>(
      'updateTrial',
      'UpdateTrialInput',
      { id: created.id, expectedVersion: 1, status: 'COMPLETED', summary: 'Done.', plannedEnrollment: null },
      'trial',
      '{ version status summary plannedEnrollment title }',
    );
    expect(updated).toEqual({
      version: 2,
      status: 'COMPLETED',
      summary: 'Done.',
      plannedEnrollment: null,
      title: 'CAR T cells for glioblastoma',
    });

    const deleted = await run(
      'deleteTrial',
      'DeleteInput',
      { id: created.id, expectedVersion: 2 },
      '... on DeleteTrialSuccess { deletedId }',
      admin,
    );
    expect(deleted).toMatchObject({ __typename: 'DeleteTrialSuccess', deletedId: created.id });
    const { body } = await s.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: created.id,
    });
    expect(body.data?.node).toBeNull();
  });

  it('therapies: create, update, delete', async () => {
    const therapy = await ok<Record<string, unknown>>(
      'createTherapy',
      'CreateTherapyInput',
      {
        name: `Anti-CD19 CAR ${unique()}`,
        modality: 'CAR_T_CELL',
        vector: 'LENTIVIRUS',
        targetAntigen: 'CD19',
      },
      'therapy',
      '{ id version modality vector targetAntigen trials { edges { role } } }',
    );
    expect(therapy).toMatchObject({ version: 1, vector: 'LENTIVIRUS', targetAntigen: 'CD19' });
    const updated = await ok<Record<string, unknown>>(
      'updateTherapy',
      'UpdateTherapyInput',
      { id: therapy.id, expectedVersion: 1, cellSource: 'AUTOLOGOUS', transgene: 'FMC63 scFv' },
      'therapy',
      '{ version cellSource transgene vector }',
    );
    expect(updated).toEqual({
      version: 2,
      cellSource: 'AUTOLOGOUS',
      transgene: 'FMC63 scFv',
      vector: 'LENTIVIRUS',
    });
    const deleted = await run(
      'deleteTherapy',
      'DeleteInput',
      { id: therapy.id, expectedVersion: 2 },
      '... on DeleteTherapySuccess { deletedId }',
      admin,
    );
    expect(deleted.__typename).toBe('DeleteTherapySuccess');
  });

  it('trial ↔ therapy links: link (arm, role, dose), update, unlink', async () => {
    const trial = await createTrial();
    const therapy = await createTherapy();
    const link = await ok<Record<string, unknown>>(
      'linkTherapyToTrial',
      'LinkTherapyToTrialInput',
      { trialId: trial.id, therapyId: therapy.id, armName: 'Arm A', role: 'EXPERIMENTAL', dose: '1e8 cells' },
      'link',
      '{ id version armName role dose trial { id } therapy { id } }',
    );
    expect(link).toMatchObject({
      version: 1,
      armName: 'Arm A',
      role: 'EXPERIMENTAL',
      dose: '1e8 cells',
      trial: { id: trial.id },
      therapy: { id: therapy.id },
    });

    // The trial's therapy edges name the link, for updates and unlinking.
    const { body } = await s.gql<{
      trial: { therapies: { edges: { linkId: string; linkVersion: number; armName: string }[] } };
    }>('query($id: ID) { trial(id: $id) { therapies { edges { linkId linkVersion armName } } } }', {
      id: trial.id,
    });
    expect(body.data?.trial.therapies.edges).toEqual([{ linkId: link.id, linkVersion: 1, armName: 'Arm A' }]);

    const duplicate = await run(
      'linkTherapyToTrial',
      'LinkTherapyToTrialInput',
      { trialId: trial.id, therapyId: therapy.id, armName: 'Arm A', role: 'SUPPORTIVE' },
      '',
    );
    expect(duplicate).toMatchObject({
      __typename: 'ConflictError',
      path: 'input.armName',
      existingId: link.id,
    });

    const updated = await ok<Record<string, unknown>>(
      'updateTrialTherapyLink',
      'UpdateTrialTherapyLinkInput',
      { id: link.id, expectedVersion: 1, role: 'CONDITIONING', dose: null },
      'link',
      '{ version role dose armName }',
    );
    expect(updated).toEqual({ version: 2, role: 'CONDITIONING', dose: null, armName: 'Arm A' });

    const unlinked = await run(
      'unlinkTherapyFromTrial',
      'DeleteInput',
      { id: link.id, expectedVersion: 2 },
      '... on UnlinkTherapyFromTrialSuccess { deletedId }',
      admin,
    );
    expect(unlinked).toMatchObject({ deletedId: link.id });
    expect(
      await count(
        `trial_therapies where id = ${Number(Buffer.from(String(link.id), 'base64').toString().split(':')[1])}`,
      ),
    ).toBe(0);
  });

  it('patients with adverse events: create, update, add/update/delete events, delete', async () => {
    const trial = await createTrial();
    const patient = await ok<Record<string, unknown> & { adverseEvents: (Node & Record<string, unknown>)[] }>(
      'createPatient',
      'CreatePatientInput',
      {
        trialId: trial.id,
        subjectCode: 'GBM-01',
        ageAtEnrollment: 54,
        sex: 'FEMALE',
        bestResponse: 'PR',
        metastaticSites: ['brain'],
        notes: 'Partial regression at week 8.',
        adverseEvents: [
          { term: 'Cytokine release syndrome', grade: 2, attribution: 'PROBABLE' },
          { term: 'Fever', grade: 1 },
        ],
      },
      'patient',
      '{ id version subjectCode ageAtEnrollment sex bestResponse trial { id } adverseEvents { id version term grade attribution } }',
    );
    expect(patient).toMatchObject({
      version: 1,
      subjectCode: 'GBM-01',
      ageAtEnrollment: 54,
      trial: { id: trial.id },
      adverseEvents: [
        { term: 'Cytokine release syndrome', grade: 2, attribution: 'PROBABLE' },
        { term: 'Fever', grade: 1, attribution: null },
      ],
    });

    const updated = await ok<Record<string, unknown>>(
      'updatePatient',
      'UpdatePatientInput',
      { id: patient.id, expectedVersion: 1, bestResponse: 'CR', followUpMonths: 12 },
      'patient',
      '{ version bestResponse followUpMonths sex }',
    );
    expect(updated).toEqual({ version: 2, bestResponse: 'CR', followUpMonths: 12, sex: 'FEMALE' });

    const outcome = await s.gql<{ trial: { outcome: { completeResponses: number } } }>(
      'query($id: ID) { trial(id: $id) { outcome { completeResponses } } }',
      { id: trial.id },
      // One patient: a small cell, exact for readers only.
      { role: 'reader' },
    );
    expect(outcome.body.data?.trial.outcome.completeResponses).toBe(1);

    const added = await ok<Node & Record<string, unknown>>(
      'addAdverseEvent',
      'AddAdverseEventInput',
      { patientId: patient.id, term: 'Neutropenia', grade: 3, serious: true },
      'adverseEvent',
      '{ id version term grade serious patient { id } }',
    );
    expect(added).toMatchObject({ version: 1, term: 'Neutropenia', grade: 3, patient: { id: patient.id } });
    const changed = await ok<Record<string, unknown>>(
      'updateAdverseEvent',
      'UpdateAdverseEventInput',
      { id: added.id, expectedVersion: 1, grade: 4 },
      'adverseEvent',
      '{ version grade term }',
    );
    expect(changed).toEqual({ version: 2, grade: 4, term: 'Neutropenia' });
    const removed = await run(
      'deleteAdverseEvent',
      'DeleteInput',
      { id: added.id, expectedVersion: 2 },
      '... on DeleteAdverseEventSuccess { deletedId }',
      admin,
    );
    expect(removed).toMatchObject({ deletedId: added.id });

    const before = await count('adverse_events');
    const deleted = await run(
      'deletePatient',
      'DeleteInput',
      { id: patient.id, expectedVersion: 2 },
      '... on DeletePatientSuccess { deletedId }',
      admin,
    );
    expect(deleted).toMatchObject({ deletedId: patient.id });
    expect(await count('adverse_events')).toBe(before - 2);
  });

  it('reviews with assessments and links: create, update (replacing lists), delete', async () => {
    const [trialA, trialB, therapy, source] = await Promise.all([
      createTrial(),
      createTrial(),
      createTherapy(),
      createSource(),
    ]);
    const doi = `10.1234/gt.${unique()}`;
    const review = await ok<Record<string, unknown>>(
      'createReview',
      'CreateReviewInput',
      {
        kind: 'REVIEW_ARTICLE',
        title: 'CAR T cells in solid tumours',
        authors: ['A. Author', 'B. Author'],
        year: 2024,
        doi,
        sourceId: source.id,
        trialIds: [trialA.id],
        therapyIds: [therapy.id],
        assessments: [
          { expert: 'Dr One', quote: 'Promising.', stance: 'FAVORABLE' },
          { expert: 'Dr Two', quote: 'Too early to say.', stance: 'MIXED', affiliation: 'Somewhere' },
        ],
      },
      'review',
      '{ id version doi source { id } trials { nodes { id } } therapies { nodes { id } } assessments { id expert stance } }',
    );
    expect(review).toMatchObject({
      version: 1,
      doi,
      source: { id: source.id },
      trials: { nodes: [{ id: trialA.id }] },
      therapies: { nodes: [{ id: therapy.id }] },
      assessments: [
        { expert: 'Dr One', stance: 'FAVORABLE' },
        { expert: 'Dr Two', stance: 'MIXED' },
      ],
    });

    const updated = await ok<Record<string, unknown>>(
      'updateReview',
      'UpdateReviewInput',
      {
        id: review.id,
        expectedVersion: 1,
        title: 'CAR T cells in solid tumours: an update',
        trialIds: [trialB.id, trialA.id],
        assessments: [{ expert: 'Dr Three', quote: 'Durable responses are rare.', stance: 'UNFAVORABLE' }],
        sourceId: null,
      },
      'review',
      '{ version title source { id } trials { nodes { id } } therapies { nodes { id } } assessments { expert } }',
    );
    expect(updated).toMatchObject({
      version: 2,
      title: 'CAR T cells in solid tumours: an update',
      source: null,
      therapies: { nodes: [{ id: therapy.id }] },
      assessments: [{ expert: 'Dr Three' }],
    });
    expect((updated.trials as { nodes: { id: string }[] }).nodes.map((n) => n.id).sort()).toEqual(
      [trialA.id, trialB.id].sort(),
    );

    const deleted = await run(
      'deleteReview',
      'DeleteInput',
      { id: review.id, expectedVersion: 2 },
      '... on DeleteReviewSuccess { deletedId }',
      admin,
    );
    expect(deleted).toMatchObject({ deletedId: review.id });
    expect(await count(`review_trials where trial_id in (select id from trials)`)).toBeGreaterThanOrEqual(0);
  });

  it('sources and claims: create, update, cite, delete', async () => {
    const source = await createSource();
    const updated = await ok<Record<string, unknown>>(
      'updateSource',
      'UpdateSourceInput',
      { id: source.id, expectedVersion: 1, url: 'https://example.org/report', publishedOn: '2006-08' },
      'source',
      '{ version url publishedOn }',
    );
    expect(updated).toEqual({ version: 2, url: 'https://example.org/report', publishedOn: '2006-08' });

    const trial = await createTrial();
    const claim = await ok<Record<string, unknown>>(
      'addClaim',
      'AddClaimInput',
      { subjectId: trial.id, field: 'actualEnrollment', value: 17, sourceId: source.id, locator: 'Results' },
      'claim',
      '{ id version field value locator subjectId source { id } }',
    );
    expect(claim).toMatchObject({
      version: 1,
      field: 'actualEnrollment',
      value: 17,
      locator: 'Results',
      subjectId: trial.id,
      source: { id: source.id },
    });
    const { body } = await s.gql<{ trial: { claims: { id: string }[] } }>(
      'query($id: ID) { trial(id: $id) { claims { id } } }',
      { id: trial.id },
    );
    expect(body.data?.trial.claims).toEqual([{ id: claim.id }]);

    const removed = await run(
      'deleteClaim',
      'DeleteInput',
      { id: claim.id, expectedVersion: 1 },
      '... on DeleteClaimSuccess { deletedId }',
      admin,
    );
    expect(removed).toMatchObject({ deletedId: claim.id });

    // Deleting a source takes the claims citing it along.
    await ok(
      'addClaim',
      'AddClaimInput',
      { subjectId: trial.id, field: 'phase', value: 'PHASE_1', sourceId: source.id },
      'claim',
      '{ id }',
    );
    const claimsBefore = await count('claims');
    const deleted = await run(
      'deleteSource',
      'DeleteInput',
      { id: source.id, expectedVersion: 2 },
      '... on DeleteSourceSuccess { deletedId }',
      admin,
    );
    expect(deleted).toMatchObject({ deletedId: source.id });
    expect(await count('claims')).toBe(claimsBefore - 1);
  });

  it('deleting a trial removes its patients, events, links and claims, and unlinks its reviews', async () => {
    const trial = await createTrial();
    const therapy = await createTherapy();
    const source = await createSource();
    const patient = await createPatient(trial.id, { adverseEvents: [{ term: 'Fever' }] });
    await ok(
      'linkTherapyToTrial',
      'LinkTherapyToTrialInput',
      { trialId: trial.id, therapyId: therapy.id, role: 'EXPERIMENTAL' },
      'link',
      '{ id }',
    );
    await ok(
      'addClaim',
      'AddClaimInput',
      { subjectId: patient.id, field: 'ageAtEnrollment', value: 40, sourceId: source.id },
      'claim',
      '{ id }',
    );
    const review = await ok<Node>(
      'createReview',
      'CreateReviewInput',
      { kind: 'NEWS', title: 'News', trialIds: [trial.id] },
      'review',
      '{ id version }',
    );
    const before = await counts();

    const deleted = await run('deleteTrial', 'DeleteInput', { id: trial.id, expectedVersion: 1 }, '', admin);
    expect(deleted.__typename).toBe('DeleteTrialSuccess');
    const after = await counts();
    expect(after).toMatchObject({
      trials: before.trials - 1,
      patients: before.patients - 1,
      adverse_events: before.adverse_events - 1,
      trial_therapies: before.trial_therapies - 1,
      claims: before.claims - 1,
      review_trials: before.review_trials - 1,
      reviews: before.reviews,
      therapies: before.therapies,
    });
    // trial, patient, event, link, claim deleted; the review updated.
    expect(after.changes).toBe(before.changes + 6);
    const { body } = await s.gql<{ review: { version: number; trials: { totalCount: number } } }>(
      'query($id: ID!) { review(id: $id) { version trials { totalCount } } }',
      { id: review.id },
    );
    expect(body.data?.review).toEqual({ version: review.version + 1, trials: { totalCount: 0 } });
  });
});

describe('typed errors', () => {
  it('ValidationError names each invalid field with its rule', async () => {
    const result = await run(
      'createTrial',
      'CreateTrialInput',
      { title: ' ', nctId: 'NCT123', startDate: '2020-05', completionDate: '2019', plannedEnrollment: -1 },
      '',
    );
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues?.map(({ path, rule }) => ({ path, rule }))).toEqual(
      expect.arrayContaining([
        { path: 'input.title', rule: 'too_small' },
        { path: 'input.nctId', rule: 'invalid_format' },
        { path: 'input.plannedEnrollment', rule: 'too_small' },
        { path: 'input.completionDate', rule: 'date_order' },
      ]),
    );
    expect(result.message).toContain('input.nctId');
  });

  it('validates an update against the merged row (cross-field rules) and rejects null for required fields', async () => {
    const trial = await createTrial({ startDate: '2020', completionDate: '2022' });
    const dates = await run(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, startDate: '2023' },
      '',
    );
    expect(dates).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.completionDate', rule: 'date_order' }],
    });
    const title = await run(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, title: null },
      '',
    );
    expect(title).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.title', rule: 'invalid_type' }],
    });
  });

  it('a global ID of the wrong type or a malformed one is a ValidationError naming the field', async () => {
    const therapy = await createTherapy();
    const wrongType = await run(
      'updateTrial',
      'UpdateTrialInput',
      { id: therapy.id, expectedVersion: 1 },
      '',
    );
    expect(wrongType).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.id', rule: 'wrong_id_type' }],
    });
    const malformed = await run(
      'createPatient',
      'CreatePatientInput',
      { trialId: 'not-an-id', subjectCode: 'X1' },
      '',
    );
    expect(malformed).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.trialId', rule: 'invalid_id' }],
    });
  });

  it('NotFoundError for an ID that names nothing', async () => {
    const missing = encodeGlobalID('Trial', 999_999);
    const update = await run(
      'updateTrial',
      'UpdateTrialInput',
      { id: missing, expectedVersion: 1, title: 'x' },
      '',
    );
    expect(update).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Trial',
      id: missing,
      path: 'input.id',
    });
    const patient = await run(
      'createPatient',
      'CreatePatientInput',
      { trialId: missing, subjectCode: 'X1' },
      '',
    );
    expect(patient).toMatchObject({ __typename: 'NotFoundError', entity: 'Trial', path: 'input.trialId' });
    const deleted = await run(
      'deleteTherapy',
      'DeleteInput',
      { id: encodeGlobalID('Therapy', 999_999), expectedVersion: 1 },
      '',
      admin,
    );
    expect(deleted).toMatchObject({ __typename: 'NotFoundError', entity: 'Therapy' });
  });

  const trialId = encodeGlobalID('Trial', 1);
  const writes: [string, string, Record<string, unknown>][] = [
    ['createTrial', 'CreateTrialInput', { title: 'x' }],
    ['updateTrial', 'UpdateTrialInput', { id: trialId, expectedVersion: 1, title: 'x' }],
    ['createTherapy', 'CreateTherapyInput', { name: 'x', modality: 'OTHER' }],
    ['updateTherapy', 'UpdateTherapyInput', { id: encodeGlobalID('Therapy', 1), expectedVersion: 1 }],
    [
      'linkTherapyToTrial',
      'LinkTherapyToTrialInput',
      { trialId, therapyId: encodeGlobalID('Therapy', 1), role: 'CONTROL' },
    ],
    [
      'updateTrialTherapyLink',
      'UpdateTrialTherapyLinkInput',
      { id: encodeGlobalID('TrialTherapyLink', 1), expectedVersion: 1 },
    ],
    ['createPatient', 'CreatePatientInput', { trialId, subjectCode: 'X1' }],
    ['updatePatient', 'UpdatePatientInput', { id: encodeGlobalID('Patient', 1), expectedVersion: 1 }],
    ['addAdverseEvent', 'AddAdverseEventInput', { patientId: encodeGlobalID('Patient', 1), term: 'Fever' }],
    [
      'updateAdverseEvent',
      'UpdateAdverseEventInput',
      { id: encodeGlobalID('AdverseEvent', 1), expectedVersion: 1 },
    ],
    ['createReview', 'CreateReviewInput', { kind: 'NEWS', title: 'x' }],
    ['updateReview', 'UpdateReviewInput', { id: encodeGlobalID('Review', 1), expectedVersion: 1 }],
    ['createSource', 'CreateSourceInput', { kind: 'NEWS', title: 'x' }],
    ['updateSource', 'UpdateSourceInput', { id: encodeGlobalID('Source', 1), expectedVersion: 1 }],
    [
      'addClaim',
      'AddClaimInput',
      { subjectId: trialId, field: 'phase', value: 'PHASE_1', sourceId: encodeGlobalID('Source', 1) },
    ],
    [
      'linkInterventionToTherapy',
      'LinkInterventionToTherapyInput',
      {
        interventionId: encodeGlobalID('Intervention', 1),
        therapyId: encodeGlobalID('Therapy', 1),
        expectedVersion: 1,
        evidence: 'x',
      },
    ],
    [
      'unlinkInterventionFromTherapy',
      'UnlinkInterventionFromTherapyInput',
      { interventionId: encodeGlobalID('Intervention', 1), expectedVersion: 1 },
    ],
    [
      'mergeTherapies',
      'MergeTherapiesInput',
      {
        targetId: encodeGlobalID('Therapy', 1),
        sourceId: encodeGlobalID('Therapy', 2),
        expectedVersions: { target: 1, source: 1 },
      },
    ],
    [
      'splitTherapy',
      'SplitTherapyInput',
      {
        therapyId: encodeGlobalID('Therapy', 1),
        expectedVersion: 1,
        interventionIds: [encodeGlobalID('Intervention', 1)],
        newTherapy: { name: 'x', modality: 'OTHER' },
      },
    ],
  ];
  const deletes: [string, string][] = [
    ['deleteTrial', 'Trial'],
    ['deleteTherapy', 'Therapy'],
    ['unlinkTherapyFromTrial', 'TrialTherapyLink'],
    ['deletePatient', 'Patient'],
    ['deleteAdverseEvent', 'AdverseEvent'],
    ['deleteReview', 'Review'],
    ['deleteSource', 'Source'],
    ['deleteClaim', 'Claim'],
  ];

  it("the SDK's mutation documents pass the server's validation and limits (ForbiddenError when anonymous)", async () => {
    const document = parse(
      readFileSync(
        new URL('../../../packages/sdk/src/operations/mutations.graphql', import.meta.url),
        'utf8',
      ),
    );
    const fragments = new Map(
      document.definitions.flatMap((d) =>
        d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
      ),
    );
    /** The operation with the fragments it uses, transitively. */
    const withFragments = (operation: DefinitionNode): DocumentNode => {
      const used = new Set<string>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            if (used.has(spread.name.value)) return;
            used.add(spread.name.value);
            const fragment = fragments.get(spread.name.value);
            if (fragment) collect(fragment);
          },
        });
      collect(operation);
      return {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...[...used].flatMap((n) => fragments.get(n) ?? [])],
      };
    };
    const inputs = new Map<string, Record<string, unknown>>([
      ...writes.map(([mutation, , input]) => [mutation, input] as const),
      ...deletes.map(
        ([mutation, typename]) =>
          [mutation, { id: encodeGlobalID(typename, 1), expectedVersion: 1 }] as const,
      ),
    ]);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(inputs.size);
    for (const operation of operations) {
      const name = operation.name?.value as string;
      const mutation = `${name.slice(0, 1).toLowerCase()}${name.slice(1)}`;
      const { body } = await s.gql<Record<string, Result>>(
        print(withFragments(operation)),
        { input: inputs.get(mutation) },
        { anonymous: true },
      );
      expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(body.data?.[mutation]?.__typename).toBe('ForbiddenError');
    }
  });

  it('ForbiddenError for anonymous users and readers on every write, asking anonymous users for a token', async () => {
    const before = await counts();
    for (const [mutation, inputType, input] of writes) {
      for (const who of [{ anonymous: true } as const, { role: 'reader' } as const]) {
        const result = await run(mutation, inputType, input, '', who);
        expect(result, mutation).toMatchObject({ __typename: 'ForbiddenError', requiredRole: 'CURATOR' });
        if ('anonymous' in who) expect(result.message).toMatch(/Authorization: Bearer/);
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('ForbiddenError for anyone below admin on every delete', async () => {
    const before = await counts();
    for (const [mutation, typename] of deletes) {
      for (const who of [{ anonymous: true } as const, { role: 'reader' } as const, curator]) {
        const result = await run(
          mutation,
          'DeleteInput',
          { id: encodeGlobalID(typename, 1), expectedVersion: 1 },
          '',
          who,
        );
        expect(result, `${mutation} as ${JSON.stringify(who)}`).toMatchObject({
          __typename: 'ForbiddenError',
          requiredRole: 'ADMIN',
        });
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('ConflictError with the current version for a stale expectedVersion, on updates and deletes', async () => {
    const trial = await createTrial();
    await ok(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, summary: 'one' },
      'trial',
      '{ id }',
    );
    const stale = await run(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, summary: 'two' },
      '',
    );
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 2,
      path: 'input.expectedVersion',
    });
    const staleDelete = await run(
      'deleteTrial',
      'DeleteInput',
      { id: trial.id, expectedVersion: 1 },
      '',
      admin,
    );
    expect(staleDelete).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const { body } = await s.gql<{ trial: { summary: string } }>(
      'query($id: ID) { trial(id: $id) { summary } }',
      {
        id: trial.id,
      },
    );
    expect(body.data?.trial.summary).toBe('one');
  });

  it('ConflictError naming the field for a duplicate NCT id, therapy name or review DOI', async () => {
    const nctId = `NCT${unique()}`;
    const first = await createTrial({ nctId });
    const before = await counts();
    const duplicate = await run('createTrial', 'CreateTrialInput', { title: 'Another', nctId }, '');
    expect(duplicate).toMatchObject({
      __typename: 'ConflictError',
      path: 'input.nctId',
      existingId: first.id,
      currentVersion: null,
    });
    const other = await createTrial();
    const onUpdate = await run(
      'updateTrial',
      'UpdateTrialInput',
      { id: other.id, expectedVersion: 1, nctId },
      '',
    );
    expect(onUpdate).toMatchObject({ __typename: 'ConflictError', path: 'input.nctId' });

    const name = `Therapy ${unique()}`;
    await createTherapy({ name });
    expect(await run('createTherapy', 'CreateTherapyInput', { name, modality: 'OTHER' }, '')).toMatchObject({
      __typename: 'ConflictError',
      path: 'input.name',
    });
    const doi = `10.1234/dup.${unique()}`;
    await ok('createReview', 'CreateReviewInput', { kind: 'NEWS', title: 'A', doi }, 'review', '{ id }');
    expect(
      await run('createReview', 'CreateReviewInput', { kind: 'NEWS', title: 'B', doi }, ''),
    ).toMatchObject({
      __typename: 'ConflictError',
      path: 'input.doi',
    });
    const after = await counts();
    expect(after.trials).toBe(before.trials + 1);
  });
});

describe('transactions', () => {
  it('createPatient with a valid patient but an invalid adverse event writes nothing', async () => {
    const trial = await createTrial();
    const before = await counts();
    const result = await run(
      'createPatient',
      'CreatePatientInput',
      {
        trialId: trial.id,
        subjectCode: 'RB-01',
        adverseEvents: [
          { term: 'Fever', grade: 1 },
          { term: 'Rash', grade: 7 },
        ],
      },
      '',
    );
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.adverseEvents.1.grade', rule: 'too_big' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('createReview whose second assessment is invalid writes no review', async () => {
    const before = await counts();
    const result = await run(
      'createReview',
      'CreateReviewInput',
      {
        kind: 'NEWS',
        title: 'Half valid',
        assessments: [
          { expert: 'Dr Valid', quote: 'Fine.', stance: 'MIXED' },
          { expert: 'Dr Invalid', quote: '', stance: 'MIXED' },
        ],
      },
      '',
    );
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.assessments.1.quote', rule: 'too_small' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('a failure after rows were written rolls all of them back (review, assessments, links, history)', async () => {
    const trial = await createTrial();
    const before = await counts();
    const missing = encodeGlobalID('Trial', 999_998);
    const result = await run(
      'createReview',
      'CreateReviewInput',
      {
        kind: 'NEWS',
        title: 'Links a trial that does not exist',
        assessments: [{ expert: 'Dr A', quote: 'Q', stance: 'FAVORABLE' }],
        trialIds: [trial.id, missing],
      },
      '',
    );
    expect(result).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Trial',
      id: missing,
      path: 'input.trialIds.1',
    });
    expect(await counts()).toEqual(before);
  });

  it('foreign keys are enforced on every pooled connection that can run a mutation', async () => {
    // A read while a transaction holds the first connection makes libSQL open a second one.
    await s.db.transaction(async (tx) => {
      const inside = await tx.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
      expect(Number(inside[0]?.foreign_keys)).toBe(1);
      const other = await s.db.client.execute('PRAGMA foreign_keys');
      expect(Number(other.rows[0]?.foreign_keys)).toBe(1);
    });
    for (let i = 0; i < 3; i++) {
      await s.db.transaction(async (tx) => {
        const rows = await tx.all<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`);
        expect(Number(rows[0]?.foreign_keys)).toBe(1);
      });
    }
  });
});

describe('optimistic concurrency', () => {
  it('two updates with the same expectedVersion: one succeeds, the other is a ConflictError', async () => {
    const trial = await createTrial();
    const update = (title: string) =>
      run(
        'updateTrial',
        'UpdateTrialInput',
        { id: trial.id, expectedVersion: 1, title },
        '... on UpdateTrialSuccess { trial { title version } }',
      );
    const results = await Promise.all([update('Winner A'), update('Winner B')]);
    const winners = results.filter((r) => r.__typename === 'UpdateTrialSuccess');
    const losers = results.filter((r) => r.__typename === 'ConflictError');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]).toMatchObject({ currentVersion: 2 });
    const winner = winners[0]?.trial as { title: string; version: number };
    const { body } = await s.gql<{ trial: { title: string; version: number } }>(
      'query($id: ID) { trial(id: $id) { title version } }',
      { id: trial.id },
    );
    expect(body.data?.trial).toEqual({ title: winner.title, version: 2 });
  });

  it('many concurrent writes all complete (no SQLITE_BUSY): the loser of each race gets a conflict', async () => {
    const trials = await Promise.all(Array.from({ length: 5 }, () => createTrial()));
    const results = await Promise.all(
      trials.flatMap((trial) =>
        ['x', 'y'].map((suffix) =>
          run('updateTrial', 'UpdateTrialInput', { id: trial.id, expectedVersion: 1, summary: suffix }, ''),
        ),
      ),
    );
    const kinds = results.map((r) => r.__typename);
    expect(kinds.filter((k) => k === 'UpdateTrialSuccess')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'ConflictError')).toHaveLength(5);
  });
});

interface ChangeNode {
  action: string;
  at: string;
  entityType: string;
  entityId: string;
  actor: { role: string; name: string | null };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
}

const CHANGE_FIELDS = 'action at entityType entityId actor { role name } before after changedFields';

describe('change history', () => {
  it('records who, when, what and the values before and after, newest first', async () => {
    const start = new Date().toISOString();
    const trial = await createTrial({ conditions: ['Melanoma'] });
    await ok(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, title: 'Renamed', country: 'France' },
      'trial',
      '{ id }',
    );
    const query = `query($id: ID) { trial(id: $id) { history(first: 10) { totalCount nodes { ${CHANGE_FIELDS} } } } }`;

    const asCurator = await s.gql<{ trial: { history: { totalCount: number; nodes: ChangeNode[] } } }>(
      query,
      { id: trial.id },
      curator,
    );
    const history = asCurator.body.data?.trial.history;
    expect(history?.totalCount).toBe(2);
    const [update, create] = history?.nodes ?? [];
    expect(update).toMatchObject({
      action: 'UPDATE',
      entityType: 'TRIAL',
      entityId: trial.id,
      actor: { role: 'CURATOR', name: null },
      changedFields: ['title', 'country'],
    });
    expect(update?.before).toMatchObject({ title: trial.title, country: null, version: 1 });
    expect(update?.after).toMatchObject({ title: 'Renamed', country: 'France', version: 2 });
    expect(update && update.at >= start).toBe(true);
    expect(create).toMatchObject({
      action: 'CREATE',
      before: null,
      changedFields: expect.arrayContaining(['title', 'conditions']),
    });

    // Admins see the token's name; everyone else only its role.
    const asAdmin = await s.gql<{ trial: { history: { nodes: ChangeNode[] } } }>(
      query,
      { id: trial.id },
      admin,
    );
    expect(asAdmin.body.data?.trial.history.nodes[0]?.actor).toEqual({
      role: 'CURATOR',
      name: 'test curator',
    });
    const anonymous = await s.gql<{ trial: { history: { nodes: ChangeNode[] } } }>(
      query,
      { id: trial.id },
      { anonymous: true },
    );
    expect(anonymous.body.data?.trial.history.nodes[0]?.actor.name).toBeNull();
  });

  it('pages history with first/after and rejects pages over 100', async () => {
    const trial = await createTrial();
    for (let version = 1; version <= 3; version++) {
      await ok(
        'updateTrial',
        'UpdateTrialInput',
        { id: trial.id, expectedVersion: version, summary: `v${version}` },
        'trial',
        '{ id }',
      );
    }
    const page = `query($id: ID, $after: String) { trial(id: $id) { history(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { action after } } } }`;
    type Page = {
      trial: {
        history: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          nodes: ChangeNode[];
        };
      };
    };
    const first = (await s.gql<Page>(page, { id: trial.id })).body.data?.trial.history;
    expect(first?.totalCount).toBe(4);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    expect(first?.nodes.map((n) => n.after?.summary)).toEqual(['v3', 'v2']);
    const second = (await s.gql<Page>(page, { id: trial.id, after: first?.pageInfo.endCursor })).body.data
      ?.trial.history;
    expect(second?.nodes.map((n) => n.action)).toEqual(['UPDATE', 'CREATE']);
    expect(second?.pageInfo.hasNextPage).toBe(false);
    const tooBig = await s.gql('query($id: ID) { trial(id: $id) { history(first: 101) { totalCount } } }', {
      id: trial.id,
    });
    expect(tooBig.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records nested rows as their own changes: events in the patient history, assessments in the review history', async () => {
    const trial = await createTrial();
    const patient = await createPatient(trial.id, { adverseEvents: [{ term: 'Fever', grade: 1 }] });
    const { body } = await s.gql<{ patient: { history: { nodes: ChangeNode[] } } }>(
      `query($id: ID!) { patient(id: $id) { history { nodes { action entityType changedFields } } } }`,
      { id: patient.id },
      { role: 'reader' },
    );
    expect(body.data?.patient.history.nodes.map((n) => `${n.action} ${n.entityType}`).sort()).toEqual([
      'CREATE ADVERSE_EVENT',
      'CREATE PATIENT',
    ]);

    const review = await ok<Node>(
      'createReview',
      'CreateReviewInput',
      {
        kind: 'NEWS',
        title: 'With experts',
        trialIds: [trial.id],
        assessments: [{ expert: 'Dr A', quote: 'Q', stance: 'MIXED' }],
      },
      'review',
      '{ id version }',
    );
    await ok(
      'updateReview',
      'UpdateReviewInput',
      {
        id: review.id,
        expectedVersion: 1,
        assessments: [{ expert: 'Dr B', quote: 'R', stance: 'FAVORABLE' }],
        trialIds: [],
      },
      'review',
      '{ id }',
    );
    const reviewHistory = await s.gql<{ review: { history: { nodes: ChangeNode[] } } }>(
      `query($id: ID!) { review(id: $id) { history { nodes { ${CHANGE_FIELDS} } } } }`,
      { id: review.id },
    );
    const nodes = reviewHistory.body.data?.review.history.nodes ?? [];
    expect(nodes.map((n) => `${n.action} ${n.entityType}`)).toEqual([
      'UPDATE REVIEW',
      'CREATE ASSESSMENT',
      'DELETE ASSESSMENT',
      'CREATE REVIEW',
      'CREATE ASSESSMENT',
    ]);
    expect(nodes[0]?.changedFields).toEqual(['trialIds']);
    expect(nodes[0]?.before?.trialIds).toHaveLength(1);
    expect(nodes[0]?.after?.trialIds).toEqual([]);
  });

  it("never shows patient-level rows to anonymous users: a trial's history has no patient changes", async () => {
    const trial = await createTrial();
    const source = await createSource();
    const patient = await createPatient(trial.id, { notes: 'Stable disease.' });
    await ok(
      'addClaim',
      'AddClaimInput',
      { subjectId: patient.id, field: 'ageAtEnrollment', value: 61, sourceId: source.id },
      'claim',
      '{ id }',
    );
    await ok(
      'addClaim',
      'AddClaimInput',
      { subjectId: trial.id, field: 'phase', value: 'PHASE_2', sourceId: source.id },
      'claim',
      '{ id }',
    );

    const trialHistory = await s.gql<{ trial: { history: { nodes: ChangeNode[] } } }>(
      `query($id: ID) { trial(id: $id) { history { nodes { ${CHANGE_FIELDS} } } } }`,
      { id: trial.id },
      { anonymous: true },
    );
    const text = JSON.stringify(trialHistory.body);
    expect(trialHistory.body.data?.trial.history.nodes.map((n) => n.entityType).sort()).toEqual([
      'CLAIM',
      'TRIAL',
    ]);
    expect(text).not.toContain('Stable disease');
    expect(text).not.toContain('"subjectType":"PATIENT"');

    const sourceHistory = await s.gql<{ source: { history: { nodes: ChangeNode[] } } }>(
      `query($id: ID!) { source(id: $id) { history { nodes { entityType after } } } }`,
      { id: source.id },
      { anonymous: true },
    );
    expect(JSON.stringify(sourceHistory.body)).not.toContain('PATIENT');
    const asReader = await s.gql<{ source: { history: { nodes: ChangeNode[] } } }>(
      `query($id: ID!) { source(id: $id) { history { nodes { entityType after } } } }`,
      { id: source.id },
      { role: 'reader' },
    );
    expect(JSON.stringify(asReader.body)).toContain('"subjectType":"PATIENT"');

    // Claims about adverse events are patient-level data too.
    const event = (await createPatient(trial.id, { adverseEvents: [{ term: 'Fever' }] }))
      .adverseEvents[0] as Node;
    await ok(
      'addClaim',
      'AddClaimInput',
      { subjectId: event.id, field: 'grade', value: 2, sourceId: source.id },
      'claim',
      '{ id }',
    );
    const claims = await s.gql<{ source: { claims: { nodes: { subjectType: string }[] } } }>(
      'query($id: ID!) { source(id: $id) { claims { nodes { subjectType } } } }',
      { id: source.id },
      { anonymous: true },
    );
    expect(claims.body.data?.source.claims.nodes.map((c) => c.subjectType)).toEqual(['TRIAL']);
    const conflicts = await s.gql(
      '{ conflicts(subjectType: ADVERSE_EVENT) { field } }',
      {},
      { anonymous: true },
    );
    expect(conflicts.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    for (const query of [
      `query($id: ID!) { patient(id: $id) { history { totalCount } } }`,
      `query($id: ID!) { node(id: $id) { ... on Patient { history { totalCount } } } }`,
    ]) {
      const { body } = await s.gql(query, { id: patient.id }, { anonymous: true });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(body)).not.toContain('Stable disease');
    }
  });

  it('root changes(since) is admin-only, filters by time and type, and pages oldest first', async () => {
    const since = new Date().toISOString();
    const trial = await createTrial();
    await createTherapy();
    await ok(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, summary: 'x' },
      'trial',
      '{ id }',
    );
    const query = `query($since: DateTime!, $types: [EntityType!], $after: String) {
      changes(since: $since, entityTypes: $types, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { action entityType actor { role name } } } }`;
    for (const who of [{ anonymous: true } as const, { role: 'reader' } as const, curator]) {
      const { body } = await s.gql(query, { since }, who);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data).toBeNull();
    }
    type Changes = {
      changes: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: ChangeNode[];
      };
    };
    const all = (await s.gql<Changes>(query, { since }, admin)).body.data?.changes;
    expect(all?.totalCount).toBe(3);
    expect(all?.nodes.map((n) => `${n.action} ${n.entityType}`)).toEqual(['CREATE TRIAL', 'CREATE THERAPY']);
    expect(all?.nodes[0]?.actor).toEqual({ role: 'CURATOR', name: 'test curator' });
    const rest = (await s.gql<Changes>(query, { since, after: all?.pageInfo.endCursor }, admin)).body.data
      ?.changes;
    expect(rest?.nodes.map((n) => `${n.action} ${n.entityType}`)).toEqual(['UPDATE TRIAL']);
    const trialsOnly = (await s.gql<Changes>(query, { since, types: ['TRIAL'] }, admin)).body.data?.changes;
    expect(trialsOnly?.totalCount).toBe(2);
    const future = (
      await s.gql<Changes>(query, { since: new Date(Date.now() + 60_000).toISOString() }, admin)
    ).body.data?.changes;
    expect(future?.totalCount).toBe(0);
  });
});

describe('privacy of patient input', () => {
  it('rejects a phone number in notes: ValidationError at input.notes, rule identifier_phone, nothing written', async () => {
    const trial = await createTrial();
    const before = await counts();
    const result = await run(
      'createPatient',
      'CreatePatientInput',
      { trialId: trial.id, subjectCode: 'PH-01', notes: 'Call the family on 555-867-5309 for follow-up.' },
      '',
    );
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'input.notes', rule: 'identifier_phone' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('rejects identifiers in adverse events, updates and patient claims too', async () => {
    const trial = await createTrial();
    const patient = await createPatient(trial.id);
    const event = await run(
      'createPatient',
      'CreatePatientInput',
      {
        trialId: trial.id,
        subjectCode: 'ID-02',
        adverseEvents: [{ term: 'Rash', description: 'Mr Smith reported it' }],
      },
      '',
    );
    expect(event).toMatchObject({
      issues: [{ path: 'input.adverseEvents.0.description', rule: 'identifier_person_name' }],
    });
    const update = await run(
      'updatePatient',
      'UpdatePatientInput',
      { id: patient.id, expectedVersion: 1, notes: 'Born 03/04/1950.' },
      '',
    );
    expect(update).toMatchObject({ issues: [{ path: 'input.notes', rule: 'identifier_exact_date' }] });
    const source = await createSource();
    const claim = await run(
      'addClaim',
      'AddClaimInput',
      { subjectId: patient.id, field: 'contact', value: { email: 'jane@example.org' }, sourceId: source.id },
      '',
    );
    expect(claim).toMatchObject({ issues: [{ path: 'input.value.email', rule: 'identifier_email' }] });
  });

  it('stores and serves an age of 95 as 90, "90 or older" (create, update and claims)', async () => {
    const trial = await createTrial();
    const patient = await ok<Record<string, unknown>>(
      'createPatient',
      'CreatePatientInput',
      { trialId: trial.id, subjectCode: 'OLD-01', ageAtEnrollment: 95 },
      'patient',
      '{ id ageAtEnrollment ageLabel }',
    );
    expect(patient).toMatchObject({ ageAtEnrollment: 90, ageLabel: '90 or older' });
    const [row] = (
      await s.db.client.execute(`select age_at_enrollment from patients where subject_code = 'OLD-01'`)
    ).rows;
    expect(Number(row?.age_at_enrollment)).toBe(90);

    const updated = await ok<Record<string, unknown>>(
      'updatePatient',
      'UpdatePatientInput',
      { id: patient.id, expectedVersion: 1, ageAtEnrollment: 104 },
      'patient',
      '{ ageAtEnrollment ageLabel }',
    );
    expect(updated).toEqual({ ageAtEnrollment: 90, ageLabel: '90 or older' });

    const source = await createSource();
    const claim = await ok<{ value: unknown }>(
      'addClaim',
      'AddClaimInput',
      { subjectId: patient.id, field: 'ageAtEnrollment', value: 97, sourceId: source.id },
      'claim',
      '{ value }',
    );
    expect(claim.value).toBe(90);
    // The history holds the stored values, never the ages as given.
    const recorded = (
      await s.db.client.execute(`select before, after from changes where entity_type in ('PATIENT', 'CLAIM')`)
    ).rows
      .flatMap((r) => [r.before, r.after])
      .filter((v): v is string => typeof v === 'string')
      .map((v) => JSON.parse(v) as { ageAtEnrollment?: number; field?: string; value?: unknown });
    const ages = recorded.flatMap((r) => [
      r.ageAtEnrollment,
      r.field === 'ageAtEnrollment' ? r.value : undefined,
    ]);
    expect(ages.filter((a): a is number => typeof a === 'number' && a > 90)).toEqual([]);
    expect(ages).toContain(90);
  });
});

describe('search follows mutations', () => {
  const SEARCH =
    'query($q: String!) { search(query: $q) { totalCount nodes { ... on Trial { id title } } } }';
  const hits = async (word: string) =>
    (await s.gql<{ search: { totalCount: number; nodes: { id: string }[] } }>(SEARCH, { q: word })).body.data
      ?.search;

  it('finds a created trial by a distinctive word, follows its renaming, and forgets it once deleted', async () => {
    const trial = await createTrial({ title: 'Quokkaviral vector trial', summary: 'Nothing else.' });
    expect((await hits('quokkaviral'))?.nodes).toEqual([{ id: trial.id, title: 'Quokkaviral vector trial' }]);
    await ok(
      'updateTrial',
      'UpdateTrialInput',
      { id: trial.id, expectedVersion: 1, title: 'Wombatine vector trial' },
      'trial',
      '{ id }',
    );
    expect((await hits('quokkaviral'))?.totalCount).toBe(0);
    expect((await hits('wombatine'))?.totalCount).toBe(1);
    const deleted = await run('deleteTrial', 'DeleteInput', { id: trial.id, expectedVersion: 2 }, '', admin);
    expect(deleted.__typename).toBe('DeleteTrialSuccess');
    expect((await hits('wombatine'))?.totalCount).toBe(0);
  });

  it('indexes review assessment quotes written with the review', async () => {
    await ok(
      'createReview',
      'CreateReviewInput',
      {
        kind: 'COMMENTARY',
        title: 'A commentary',
        assessments: [{ expert: 'Dr Q', quote: 'Platypodial responses were seen.', stance: 'FAVORABLE' }],
      },
      'review',
      '{ id }',
    );
    const { body } = await s.gql<{ search: { totalCount: number } }>(
      'query($q: String!) { search(query: $q, types: [REVIEW]) { totalCount } }',
      { q: 'platypodial' },
    );
    expect(body.data?.search.totalCount).toBe(1);
  });
});

describe('unexpected failures', () => {
  it('stay masked: no SQL reaches the client, and nothing is written', async () => {
    const broken = await startTestServer({ seed: false });
    try {
      // Every write records history; without its table the write fails inside the transaction.
      await broken.db.client.execute('DROP TABLE changes');
      const { body, text } = await broken.gql<{ createTrial: unknown }>(
        'mutation { createTrial(input: { title: "Doomed" }) { __typename } }',
        {},
        { role: 'curator' },
      );
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(text).not.toMatch(/changes|SQL|insert/i);
      const rows = await broken.db.client.execute('select count(*) as n from trials');
      expect(Number(rows.rows[0]?.n)).toBe(0);
    } finally {
      await broken.close();
    }
  });
});
