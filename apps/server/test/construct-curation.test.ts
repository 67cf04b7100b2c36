import { type Db, tables } from '@genetrials/schema';
import { createClient } from '@genetrials/sdk';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Construct curation over HTTP: linking a registered intervention to a therapy, unlinking it,
// merging two therapies and splitting one, with history, roles, conflicts and typed errors.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Who = { role: 'reader' | 'curator' | 'admin' } | { anonymous: true };
const curator: Who = { role: 'curator' };

interface Issue {
  path: string;
  rule: string;
  message: string;
}
type Result = {
  __typename: string;
  message?: string;
  issues?: Issue[];
  path?: string | null;
  entity?: string;
  currentVersion?: number | null;
  requiredRole?: string;
} & Record<string, unknown>;

const ERRORS = `... on Error { message }
  ... on ValidationError { issues { path rule message } }
  ... on NotFoundError { entity id path }
  ... on ForbiddenError { requiredRole }
  ... on ConflictError { currentVersion path existingId }`;

const INTERVENTION = 'id version name therapy { id name } match { method evidence }';
const THERAPY = 'id version name aliases productCodes';

const SELECTIONS = {
  linkInterventionToTherapy: `... on LinkInterventionToTherapySuccess { intervention { ${INTERVENTION} } }`,
  unlinkInterventionFromTherapy: `... on UnlinkInterventionFromTherapySuccess { intervention { ${INTERVENTION} } }`,
  mergeTherapies: `... on MergeTherapiesSuccess {
    therapy { ${THERAPY} } deletedTherapyId droppedTrialLinkIds
    movedInterventions { ${INTERVENTION} }
    movedTrialLinks { id armName therapy { id } trial { id } }
    movedClaims { id subjectId subjectType }
    reviews { id }
  }`,
  splitTherapy: `... on SplitTherapySuccess {
    therapy { ${THERAPY} } newTherapy { ${THERAPY} modality }
    movedInterventions { ${INTERVENTION} }
    movedTrialLinks { id therapy { id } trial { id } }
  }`,
} as const;

const INPUT_TYPES = {
  linkInterventionToTherapy: 'LinkInterventionToTherapyInput',
  unlinkInterventionFromTherapy: 'UnlinkInterventionFromTherapyInput',
  mergeTherapies: 'MergeTherapiesInput',
  splitTherapy: 'SplitTherapyInput',
} as const;

type Mutation = keyof typeof SELECTIONS;

async function run(mutation: Mutation, input: Record<string, unknown>, who: Who = curator): Promise<Result> {
  const { body } = await s.gql<{ result: Result }>(
    `mutation($input: ${INPUT_TYPES[mutation]}!) { result: ${mutation}(input: $input) { __typename ${ERRORS} ${SELECTIONS[mutation]} } }`,
    { input },
    who,
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data?.result as Result;
}

const gid = (typename: string, id: number) => encodeGlobalID(typename, id);

let serial = 0;

/**
 * Two therapies (A, B) and what can hang off B: two trials, interventions matched to B (one per
 * trial) and one unmatched, trial links (one T1 arm both therapies share, one only B has), two
 * reviews (one discussing both) and a claim about B.
 */
async function fixture(db: Db) {
  const n = ++serial;
  const [source] = await db
    .insert(tables.sources)
    .values({ kind: 'JOURNAL_ARTICLE', title: `Construct curation fixture source ${n}` })
    .returning();
  const [a, b] = await db
    .insert(tables.therapies)
    .values([
      {
        name: `Fixture CAR A ${n}`,
        modality: 'CAR_T_CELL',
        aliases: [`A alias ${n}`],
        productCodes: [`PA${n}`],
      },
      {
        name: `Fixture CAR B ${n}`,
        modality: 'CAR_T_CELL',
        aliases: [`B alias ${n}`],
        productCodes: [`PB${n}`, `PA${n}`],
      },
    ])
    .returning();
  const [t1, t2] = await db
    .insert(tables.trials)
    .values([{ title: `Fixture trial one ${n}` }, { title: `Fixture trial two ${n}` }])
    .returning();
  if (!source || !a || !b || !t1 || !t2) throw new Error('fixture insert failed');
  const [i1, i2, i3] = await db
    .insert(tables.interventions)
    .values([
      {
        trialId: t1.id,
        name: `B alias ${n}`,
        type: 'GENETIC',
        therapyId: b.id,
        matchMethod: 'ALIAS',
        matchEvidence: `name "B alias ${n}" is an alias of Fixture CAR B ${n}`,
      },
      {
        trialId: t2.id,
        name: `PB${n}`,
        type: 'BIOLOGICAL',
        therapyId: b.id,
        matchMethod: 'PRODUCT_CODE',
        matchEvidence: `name "PB${n}" is a product code of Fixture CAR B ${n}`,
      },
      { trialId: t1.id, name: 'Cyclophosphamide', type: 'DRUG', position: 1 },
    ])
    .returning();
  const links = await db
    .insert(tables.trialTherapies)
    .values([
      { trialId: t1.id, therapyId: a.id, armName: 'Arm 1', role: 'EXPERIMENTAL' },
      { trialId: t1.id, therapyId: b.id, armName: 'Arm 1', role: 'EXPERIMENTAL' },
      { trialId: t2.id, therapyId: b.id, armName: null, role: 'EXPERIMENTAL' },
    ])
    .returning();
  const [r1, r2] = await db
    .insert(tables.reviews)
    .values([
      { kind: 'REVIEW_ARTICLE', title: `Fixture review both ${n}` },
      { kind: 'NEWS', title: `Fixture review B ${n}` },
    ])
    .returning();
  if (!i1 || !i2 || !i3 || !r1 || !r2) throw new Error('fixture insert failed');
  await db.insert(tables.reviewTherapies).values([
    { reviewId: r1.id, therapyId: a.id },
    { reviewId: r1.id, therapyId: b.id },
    { reviewId: r2.id, therapyId: b.id },
  ]);
  const [claim] = await db
    .insert(tables.claims)
    .values({
      subjectType: 'THERAPY',
      subjectId: b.id,
      field: 'vector',
      value: 'LENTIVIRUS',
      sourceId: source.id,
    })
    .returning();
  if (!claim) throw new Error('fixture insert failed');
  return { n, a, b, t1, t2, i1, i2, i3, links, r1, r2, claim };
}

const interventionRow = async (id: number) =>
  (await s.db.select().from(tables.interventions).where(eq(tables.interventions.id, id)))[0];

async function historyOf(entityType: string, entityId: number) {
  return s.db
    .select()
    .from(tables.changes)
    .where(
      and(
        eq(tables.changes.entityType, entityType as 'THERAPY'),
        eq(tables.changes.entityId, entityId),
        eq(tables.changes.actorRole, 'curator'),
      ),
    );
}

/** Row counts of everything construct curation writes, to show a refused write wrote nothing. */
async function snapshot() {
  const [changes, therapies, links, reviewLinks, claims, interventions] = await Promise.all([
    s.db.$count(tables.changes),
    s.db.$count(tables.therapies),
    s.db.select().from(tables.trialTherapies),
    s.db.select().from(tables.reviewTherapies),
    s.db.select().from(tables.claims),
    s.db.select().from(tables.interventions),
  ]);
  return { changes, therapies, links, reviewLinks, claims, interventions };
}

describe('linkInterventionToTherapy / unlinkInterventionFromTherapy', () => {
  it('links with the curator’s reason, then unlinks, each with a version and a history row', async () => {
    const f = await fixture(s.db);
    const evidence = 'Registry description names the CD19 CAR of Fixture A.';
    const linked = await run('linkInterventionToTherapy', {
      interventionId: gid('Intervention', f.i3.id),
      therapyId: gid('Therapy', f.a.id),
      expectedVersion: 1,
      evidence: `  ${evidence} `,
    });
    expect(linked.__typename).toBe('LinkInterventionToTherapySuccess');
    expect(linked.intervention).toMatchObject({
      id: gid('Intervention', f.i3.id),
      version: 2,
      therapy: { id: gid('Therapy', f.a.id), name: f.a.name },
      match: { method: 'CURATOR', evidence },
    });

    // Read back as anyone would.
    const { body } = await s.gql<{ node: Record<string, unknown> }>(
      `query($id: ID!) { node(id: $id) { ... on Intervention { ${INTERVENTION} } } }`,
      { id: gid('Intervention', f.i3.id) },
    );
    expect(body.data?.node).toMatchObject({ match: { method: 'CURATOR', evidence } });

    const unlinked = await run('unlinkInterventionFromTherapy', {
      interventionId: gid('Intervention', f.i3.id),
      expectedVersion: 2,
    });
    // The decision is kept (a CURATOR match without a therapy), so imports do not match it again.
    const unlinkedEvidence = `a curator unlinked it from "${f.a.name}"`;
    expect(unlinked.intervention).toMatchObject({
      version: 3,
      therapy: null,
      match: { method: 'CURATOR', evidence: unlinkedEvidence },
    });
    const row = await interventionRow(f.i3.id);
    expect(row).toMatchObject({
      therapyId: null,
      matchMethod: 'CURATOR',
      matchEvidence: unlinkedEvidence,
      version: 3,
    });

    const history = await historyOf('INTERVENTION', f.i3.id);
    expect(history.map((h) => [h.action, h.actorName, h.before?.therapyId, h.after?.therapyId])).toEqual([
      ['UPDATE', 'test curator', null, f.a.id],
      ['UPDATE', 'test curator', f.a.id, null],
    ]);

    // Unlinking again has nothing to undo.
    const again = await run('unlinkInterventionFromTherapy', {
      interventionId: gid('Intervention', f.i3.id),
      expectedVersion: 3,
    });
    expect(again.issues).toEqual([
      expect.objectContaining({ path: 'input.interventionId', rule: 'not_linked' }),
    ]);
  });

  it('requires a reason of at most 1000 characters', async () => {
    const f = await fixture(s.db);
    const base = {
      interventionId: gid('Intervention', f.i3.id),
      therapyId: gid('Therapy', f.a.id),
      expectedVersion: 1,
    };
    for (const [evidence, rule] of [
      ['', 'too_small'],
      ['   ', 'too_small'],
      ['x'.repeat(1001), 'too_big'],
    ] as const) {
      const result = await run('linkInterventionToTherapy', { ...base, evidence });
      expect(result.__typename).toBe('ValidationError');
      expect(result.issues).toEqual([expect.objectContaining({ path: 'input.evidence', rule })]);
    }
    expect(await interventionRow(f.i3.id)).toMatchObject({ version: 1, therapyId: null });
  });

  it('names the bad ID: unknown intervention or therapy, or an ID of the wrong type', async () => {
    const f = await fixture(s.db);
    const base = {
      interventionId: gid('Intervention', f.i3.id),
      therapyId: gid('Therapy', f.a.id),
      expectedVersion: 1,
      evidence: 'same construct',
    };
    const noIntervention = await run('linkInterventionToTherapy', {
      ...base,
      interventionId: gid('Intervention', 999_999),
    });
    expect(noIntervention).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Intervention',
      path: 'input.interventionId',
    });
    const noTherapy = await run('linkInterventionToTherapy', { ...base, therapyId: gid('Therapy', 999_999) });
    expect(noTherapy).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Therapy',
      path: 'input.therapyId',
    });
    const wrongType = await run('linkInterventionToTherapy', { ...base, therapyId: gid('Trial', f.t1.id) });
    expect(wrongType.issues).toEqual([
      expect.objectContaining({ path: 'input.therapyId', rule: 'wrong_id_type' }),
    ]);
    const notAnId = await run('unlinkInterventionFromTherapy', {
      interventionId: 'nope',
      expectedVersion: 1,
    });
    expect(notAnId.issues).toEqual([
      expect.objectContaining({ path: 'input.interventionId', rule: 'invalid_id' }),
    ]);
    expect(await interventionRow(f.i3.id)).toMatchObject({ version: 1, therapyId: null });
  });

  it('refuses a stale version and writes nothing', async () => {
    const f = await fixture(s.db);
    const before = await snapshot();
    const result = await run('linkInterventionToTherapy', {
      interventionId: gid('Intervention', f.i1.id),
      therapyId: gid('Therapy', f.a.id),
      expectedVersion: 7,
      evidence: 'same construct',
    });
    expect(result).toMatchObject({
      __typename: 'ConflictError',
      currentVersion: 1,
      path: 'input.expectedVersion',
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('mergeTherapies', () => {
  it('moves interventions, trial links, review links and claims to the target and deletes the source', async () => {
    const f = await fixture(s.db);
    const result = await run('mergeTherapies', {
      targetId: gid('Therapy', f.a.id),
      sourceId: gid('Therapy', f.b.id),
      expectedVersions: { target: 1, source: 1 },
    });
    expect(result.__typename).toBe('MergeTherapiesSuccess');
    expect(result.therapy).toEqual({
      id: gid('Therapy', f.a.id),
      version: 2,
      name: f.a.name,
      aliases: [`A alias ${f.n}`, f.b.name, `B alias ${f.n}`],
      productCodes: [`PA${f.n}`, `PB${f.n}`],
    });
    expect(result.deletedTherapyId).toBe(gid('Therapy', f.b.id));
    const [sharedArm, onlyB] = [f.links[1], f.links[2]].map((l) => l?.id as number);
    expect(result.droppedTrialLinkIds).toEqual([gid('TrialTherapyLink', sharedArm as number)]);
    expect(result.movedTrialLinks).toEqual([
      {
        id: gid('TrialTherapyLink', onlyB as number),
        armName: null,
        therapy: { id: gid('Therapy', f.a.id) },
        trial: { id: gid('Trial', f.t2.id) },
      },
    ]);
    expect(result.movedInterventions).toEqual([
      expect.objectContaining({
        id: gid('Intervention', f.i1.id),
        therapy: { id: gid('Therapy', f.a.id), name: f.a.name },
        match: {
          method: 'ALIAS',
          evidence: `name "B alias ${f.n}" is an alias of Fixture CAR B ${f.n}; merged from "${f.b.name}" into "${f.a.name}"`,
        },
      }),
      expect.objectContaining({
        id: gid('Intervention', f.i2.id),
        match: expect.objectContaining({ method: 'PRODUCT_CODE' }),
      }),
    ]);
    expect(result.movedClaims).toEqual([
      { id: expect.any(String), subjectId: gid('Therapy', f.a.id), subjectType: 'THERAPY' },
    ]);
    expect(result.reviews).toEqual([{ id: gid('Review', f.r1.id) }, { id: gid('Review', f.r2.id) }]);

    // The database agrees.
    expect(await s.db.select().from(tables.therapies).where(eq(tables.therapies.id, f.b.id))).toEqual([]);
    const links = await s.db
      .select()
      .from(tables.trialTherapies)
      .where(inArray(tables.trialTherapies.trialId, [f.t1.id, f.t2.id]));
    expect(links.map((l) => [l.trialId, l.therapyId, l.armName]).sort()).toEqual(
      [
        [f.t1.id, f.a.id, 'Arm 1'],
        [f.t2.id, f.a.id, null],
      ].sort(),
    );
    const reviewLinks = await s.db
      .select()
      .from(tables.reviewTherapies)
      .where(inArray(tables.reviewTherapies.reviewId, [f.r1.id, f.r2.id]));
    expect(reviewLinks.map((l) => [l.reviewId, l.therapyId]).sort()).toEqual(
      [
        [f.r1.id, f.a.id],
        [f.r2.id, f.a.id],
      ].sort(),
    );
    const [claim] = await s.db.select().from(tables.claims).where(eq(tables.claims.id, f.claim.id));
    expect(claim).toMatchObject({ subjectType: 'THERAPY', subjectId: f.a.id, version: 2 });
    for (const id of [f.i1.id, f.i2.id])
      expect(await interventionRow(id)).toMatchObject({ therapyId: f.a.id, version: 2 });

    // One history row per changed row, all by the curator.
    const expected: [string, number, string][] = [
      ['INTERVENTION', f.i1.id, 'UPDATE'],
      ['INTERVENTION', f.i2.id, 'UPDATE'],
      ['TRIAL_THERAPY', sharedArm as number, 'DELETE'],
      ['TRIAL_THERAPY', onlyB as number, 'UPDATE'],
      ['REVIEW', f.r1.id, 'UPDATE'],
      ['REVIEW', f.r2.id, 'UPDATE'],
      ['CLAIM', f.claim.id, 'UPDATE'],
      ['THERAPY', f.b.id, 'DELETE'],
      ['THERAPY', f.a.id, 'UPDATE'],
    ];
    for (const [type, id, action] of expected) {
      const rows = await historyOf(type, id);
      expect(
        rows.map((r) => [r.action, r.actorName]),
        `${type} ${id}`,
      ).toEqual([[action, 'test curator']]);
    }
    const [reviewChange] = await historyOf('REVIEW', f.r2.id);
    expect(reviewChange?.before).toMatchObject({ therapyIds: [f.b.id] });
    expect(reviewChange?.after).toMatchObject({ therapyIds: [f.a.id] });

    // The target's own history shows what moved to it.
    const { body } = await s.gql<{
      node: { history: { totalCount: number; nodes: { entityType: string }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Therapy { history(first: 50) { totalCount nodes { entityType } } } } }`,
      { id: gid('Therapy', f.a.id) },
    );
    const types = body.data?.node.history.nodes.map((c) => c.entityType);
    expect(types).toEqual(expect.arrayContaining(['THERAPY', 'INTERVENTION', 'TRIAL_THERAPY', 'CLAIM']));
  });

  it('refuses merging a therapy into itself', async () => {
    const f = await fixture(s.db);
    const result = await run('mergeTherapies', {
      targetId: gid('Therapy', f.a.id),
      sourceId: gid('Therapy', f.a.id),
      expectedVersions: { target: 1, source: 1 },
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'input.sourceId', rule: 'same_therapy' }),
    ]);
  });

  it('refuses a stale version of either therapy and writes nothing', async () => {
    const f = await fixture(s.db);
    const before = await snapshot();
    for (const [expectedVersions, path] of [
      [{ target: 1, source: 2 }, 'input.expectedVersions.source'],
      [{ target: 3, source: 1 }, 'input.expectedVersions.target'],
    ] as const) {
      const result = await run('mergeTherapies', {
        targetId: gid('Therapy', f.a.id),
        sourceId: gid('Therapy', f.b.id),
        expectedVersions,
      });
      expect(result).toMatchObject({ __typename: 'ConflictError', currentVersion: 1, path });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names an unknown therapy', async () => {
    const f = await fixture(s.db);
    const result = await run('mergeTherapies', {
      targetId: gid('Therapy', f.a.id),
      sourceId: gid('Therapy', 999_999),
      expectedVersions: { target: 1, source: 1 },
    });
    expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'Therapy', path: 'input.sourceId' });
  });
});

describe('splitTherapy', () => {
  /** B after a fixture, with a second intervention of trial two also matched to it. */
  async function splitFixture() {
    const f = await fixture(s.db);
    const [i4] = await s.db
      .insert(tables.interventions)
      .values({
        trialId: f.t2.id,
        name: 'CAR-B second lot',
        therapyId: f.b.id,
        matchMethod: 'CURATOR',
        matchEvidence: 'same lot',
        position: 1,
      })
      .returning();
    return { ...f, i4: i4 as NonNullable<typeof i4> };
  }

  it('moves only the listed interventions, and the trial links of trials left without the old therapy', async () => {
    const f = await splitFixture();
    const result = await run('splitTherapy', {
      therapyId: gid('Therapy', f.b.id),
      expectedVersion: 1,
      interventionIds: [gid('Intervention', f.i1.id), gid('Intervention', f.i2.id)],
      newTherapy: { name: `Fixture CAR B2 ${f.n}`, modality: 'CAR_T_CELL', targetAntigen: 'CD22' },
    });
    expect(result.__typename).toBe('SplitTherapySuccess');
    const newTherapy = result.newTherapy as { id: string; name: string; modality: string; version: number };
    expect(newTherapy).toMatchObject({ name: `Fixture CAR B2 ${f.n}`, modality: 'CAR_T_CELL', version: 1 });
    expect(result.therapy).toMatchObject({ id: gid('Therapy', f.b.id), name: f.b.name });
    expect(result.movedInterventions).toEqual([
      expect.objectContaining({
        id: gid('Intervention', f.i1.id),
        therapy: { id: newTherapy.id, name: newTherapy.name },
        match: { method: 'CURATOR', evidence: `split from ${f.b.name}` },
      }),
      expect.objectContaining({
        id: gid('Intervention', f.i2.id),
        match: { method: 'CURATOR', evidence: `split from ${f.b.name}` },
      }),
    ]);
    // Trial one gives B only through i1, so its link moves; trial two still gives B through i4.
    const sharedArm = f.links[1]?.id as number;
    expect(result.movedTrialLinks).toEqual([
      {
        id: gid('TrialTherapyLink', sharedArm),
        therapy: { id: newTherapy.id },
        trial: { id: gid('Trial', f.t1.id) },
      },
    ]);
    const onlyB = f.links[2]?.id as number;
    const [stays] = await s.db
      .select()
      .from(tables.trialTherapies)
      .where(eq(tables.trialTherapies.id, onlyB));
    expect(stays).toMatchObject({ therapyId: f.b.id, version: 1 });
    expect(await interventionRow(f.i4.id)).toMatchObject({ therapyId: f.b.id, version: 1 });
    expect(await interventionRow(f.i3.id)).toMatchObject({ therapyId: null, version: 1 });

    const newId = Number(Buffer.from(newTherapy.id, 'base64').toString().split(':')[1]);
    expect((await historyOf('THERAPY', newId)).map((h) => h.action)).toEqual(['CREATE']);
    for (const id of [f.i1.id, f.i2.id]) {
      expect((await historyOf('INTERVENTION', id)).map((h) => [h.action, h.after?.therapyId])).toEqual([
        ['UPDATE', newId],
      ]);
    }
    expect((await historyOf('TRIAL_THERAPY', sharedArm)).map((h) => h.action)).toEqual(['UPDATE']);
    expect(await historyOf('INTERVENTION', f.i4.id)).toEqual([]);
  });

  it('names each listed intervention that is not linked to the therapy, and writes nothing', async () => {
    const f = await splitFixture();
    const before = await snapshot();
    const input = {
      therapyId: gid('Therapy', f.b.id),
      expectedVersion: 1,
      newTherapy: { name: `Fixture CAR B3 ${f.n}`, modality: 'CAR_T_CELL' },
    };
    const notLinked = await run('splitTherapy', {
      ...input,
      interventionIds: [
        gid('Intervention', f.i1.id),
        gid('Intervention', f.i3.id),
        gid('Intervention', f.i1.id),
      ],
    });
    expect(notLinked.__typename).toBe('ValidationError');
    expect(notLinked.issues?.map((i) => [i.path, i.rule])).toEqual([
      ['input.interventionIds.1', 'not_linked'],
      ['input.interventionIds.2', 'duplicate'],
    ]);
    const missing = await run('splitTherapy', { ...input, interventionIds: [gid('Intervention', 999_999)] });
    expect(missing).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Intervention',
      path: 'input.interventionIds.0',
    });
    const wrongType = await run('splitTherapy', {
      ...input,
      interventionIds: [gid('Intervention', f.i1.id), gid('Therapy', f.a.id)],
    });
    expect(wrongType.issues).toEqual([
      expect.objectContaining({ path: 'input.interventionIds.1', rule: 'wrong_id_type' }),
    ]);
    const none = await run('splitTherapy', { ...input, interventionIds: [] });
    expect(none.issues).toEqual([expect.objectContaining({ path: 'input.interventionIds' })]);
    const badTherapy = await run('splitTherapy', {
      ...input,
      interventionIds: [gid('Intervention', f.i1.id)],
      newTherapy: { name: ' ', modality: 'CAR_T_CELL' },
    });
    expect(badTherapy.issues?.[0]?.path).toBe('input.newTherapy.name');
    const taken = await run('splitTherapy', {
      ...input,
      interventionIds: [gid('Intervention', f.i1.id)],
      newTherapy: { name: f.a.name, modality: 'CAR_T_CELL' },
    });
    expect(taken).toMatchObject({
      __typename: 'ConflictError',
      path: 'input.newTherapy.name',
      existingId: gid('Therapy', f.a.id),
    });
    const stale = await run('splitTherapy', {
      ...input,
      expectedVersion: 2,
      interventionIds: [gid('Intervention', f.i1.id)],
    });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('access', () => {
  it('gives anonymous users and readers a ForbiddenError and writes nothing', async () => {
    const f = await fixture(s.db);
    const inputs: [Mutation, Record<string, unknown>][] = [
      [
        'linkInterventionToTherapy',
        {
          interventionId: gid('Intervention', f.i3.id),
          therapyId: gid('Therapy', f.a.id),
          expectedVersion: 1,
          evidence: 'x',
        },
      ],
      ['unlinkInterventionFromTherapy', { interventionId: gid('Intervention', f.i1.id), expectedVersion: 1 }],
      [
        'mergeTherapies',
        {
          targetId: gid('Therapy', f.a.id),
          sourceId: gid('Therapy', f.b.id),
          expectedVersions: { target: 1, source: 1 },
        },
      ],
      [
        'splitTherapy',
        {
          therapyId: gid('Therapy', f.b.id),
          expectedVersion: 1,
          interventionIds: [gid('Intervention', f.i1.id)],
          newTherapy: { name: `Forbidden ${f.n}`, modality: 'CAR_T_CELL' },
        },
      ],
    ];
    const before = await snapshot();
    for (const who of [{ anonymous: true }, { role: 'reader' }] as Who[]) {
      for (const [mutation, input] of inputs) {
        const result = await run(mutation, input, who);
        expect(result, `${mutation} ${JSON.stringify(who)}`).toMatchObject({
          __typename: 'ForbiddenError',
          requiredRole: 'CURATOR',
        });
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('through the SDK', () => {
  it('links and merges with the generated client', async () => {
    const f = await fixture(s.db);
    const client = createClient({ url: s.url, token: s.tokens.curator, fetch });
    const { linkInterventionToTherapy: linked } = await client.linkInterventionToTherapy({
      input: {
        interventionId: gid('Intervention', f.i3.id),
        therapyId: gid('Therapy', f.b.id),
        expectedVersion: 1,
        evidence: 'Conditioning listed as part of the B construct protocol.',
      },
    });
    if (linked.__typename !== 'LinkInterventionToTherapySuccess') throw new Error(linked.__typename);
    expect(linked.intervention.match).toEqual({
      method: 'CURATOR',
      evidence: 'Conditioning listed as part of the B construct protocol.',
    });

    const { mergeTherapies: merged } = await client.mergeTherapies({
      input: {
        targetId: gid('Therapy', f.a.id),
        sourceId: gid('Therapy', f.b.id),
        expectedVersions: { target: 1, source: 1 },
      },
    });
    if (merged.__typename !== 'MergeTherapiesSuccess') throw new Error(merged.message);
    expect(merged.therapy.aliases).toContain(f.b.name);
    expect(merged.movedInterventions.map((i) => i.id).sort()).toEqual(
      [f.i1.id, f.i2.id, f.i3.id].map((id) => gid('Intervention', id)).sort(),
    );

    const { mergeTherapies: again } = await client.mergeTherapies({
      input: {
        targetId: gid('Therapy', f.a.id),
        sourceId: gid('Therapy', f.b.id),
        expectedVersions: { target: 2, source: 1 },
      },
    });
    expect(again).toMatchObject({ __typename: 'NotFoundError', path: 'input.sourceId' });
  });
});

describe('README example', () => {
  it('runs against the seeded knowledge base without errors', async () => {
    const { body } = await s.gql(`query ConstructMatches {
  therapies(first: 5) {
    nodes {
      id
      version
      name
      aliases
      productCodes
      interventions(first: 5) {
        totalCount
        nodes { id version name trial { nctId } match { method evidence } }
      }
    }
  }
}`);
    expect(body.errors).toBeUndefined();
    expect((body.data as { therapies: { nodes: unknown[] } }).therapies.nodes.length).toBeGreaterThan(0);
  });
});
