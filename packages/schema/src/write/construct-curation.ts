import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  arms,
  claims,
  interventionArms,
  interventions,
  reviews,
  reviewTherapies,
  therapies,
  trialTherapies,
} from '../db/tables.js';
import type { TherapyRole } from '../domain/enums.js';
import { ConflictError } from '../domain/errors.js';
import { type FieldIssue, ValidationError } from '../domain/validation.js';
import { reviewSnapshot } from './cascade.js';
import {
  assertUnique,
  checkVersion,
  deleteRow,
  insertRow,
  loadForWrite,
  loadRow,
  touchRow,
  updateVersioned,
} from './rows.js';
import { createTherapy, type TherapyRow } from './therapy.js';
import type { Write } from './transaction.js';

// Construct curation: a curator links a registered intervention to a curated therapy (or undoes
// it), merges two therapies that are one construct, or splits one that is really two. Every row
// these touch gets its own history entry; the caller's transaction makes each command all or nothing.

export type InterventionRow = typeof interventions.$inferSelect;
type TrialTherapyRow = typeof trialTherapies.$inferSelect;

const MAX_EVIDENCE = 1000;

const invalid = (path: string, rule: string, message: string) =>
  new ValidationError([{ path, rule, message }]);

/** The curator's reason, trimmed: required, at most 1000 characters. */
function curatorEvidence(value: unknown, path: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw invalid(path, 'too_small', 'give the reason for the link');
  if (text.length > MAX_EVIDENCE) throw invalid(path, 'too_big', `at most ${MAX_EVIDENCE} characters`);
  return text;
}

/** An intervention updated as read (its current version) with history. */
async function updateIntervention(
  w: Write,
  before: InterventionRow,
  set: Partial<typeof interventions.$inferInsert>,
): Promise<InterventionRow> {
  const after = await updateVersioned(w, interventions, 'Intervention', before.id, before.version, set);
  await w.record('INTERVENTION', before.id, 'UPDATE', before, after);
  return after;
}

/** Loads an intervention for a write by the client: NotFound naming `path`, Conflict when stale. */
async function interventionForWrite(w: Write, id: number, expectedVersion: number, path: string) {
  checkVersion(expectedVersion);
  const row = await loadRow(w, interventions, 'Intervention', id, path);
  if (row.version !== expectedVersion)
    throw stale('Intervention', row, expectedVersion, 'input.expectedVersion');
  return row;
}

function stale(typename: string, row: { id: number; version: number }, expected: number, path: string) {
  return new ConflictError(
    `${typename} ${encodeGlobalID(typename, row.id)} is at version ${row.version}, not ${expected}: it changed since it was read`,
    { currentVersion: row.version, path },
  );
}

export interface LinkInterventionCommand {
  interventionId: number;
  therapyId: number;
  expectedVersion: number;
  /** Why the intervention is this construct, in the curator's words. */
  evidence: string;
}

/** The arms giving an intervention, with the role a therapy given there plays in the trial. */
async function armsOf(
  w: Write,
  interventionId: number,
): Promise<{ armName: string | null; role: TherapyRole }[]> {
  const rows = await w.tx
    .select({ label: arms.label, type: arms.type })
    .from(interventionArms)
    .innerJoin(arms, eq(arms.id, interventionArms.armId))
    .where(eq(interventionArms.interventionId, interventionId))
    .orderBy(asc(arms.position), asc(arms.id));
  if (rows.length === 0) return [{ armName: null, role: 'EXPERIMENTAL' }];
  const comparators = new Set(['ACTIVE_COMPARATOR', 'PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);
  return rows.map((r) => ({
    armName: r.label,
    role: r.type && comparators.has(r.type) ? ('CONTROL' as const) : ('EXPERIMENTAL' as const),
  }));
}

/** Makes Trial.therapies show the therapy in every arm that gives the intervention. */
async function addTrialLinks(w: Write, intervention: InterventionRow, therapyId: number) {
  const existing = await trialLinks(w, therapyId, [intervention.trialId]);
  const have = new Set(existing.map((l) => l.armName ?? ''));
  for (const { armName, role } of await armsOf(w, intervention.id)) {
    if (have.has(armName ?? '')) continue;
    await insertRow(w, trialTherapies, 'TRIAL_THERAPY', {
      trialId: intervention.trialId,
      therapyId,
      armName,
      role,
    });
  }
}

/**
 * Drops the trial's links to a therapy in the intervention's arms once no other intervention of
 * that trial is linked to it.
 */
async function removeTrialLinks(w: Write, intervention: InterventionRow, therapyId: number) {
  const others = await w.tx
    .select({ id: interventions.id })
    .from(interventions)
    .where(and(eq(interventions.trialId, intervention.trialId), eq(interventions.therapyId, therapyId)))
    .then((rows) => rows.filter((r) => r.id !== intervention.id));
  if (others.length > 0) return;
  const armNames = new Set((await armsOf(w, intervention.id)).map((a) => a.armName ?? ''));
  for (const link of await trialLinks(w, therapyId, [intervention.trialId])) {
    if (armNames.has(link.armName ?? ''))
      await deleteRow(w, trialTherapies, 'TRIAL_THERAPY', 'TrialTherapyLink', link);
  }
}

/**
 * Links a registered intervention to a curated therapy by a curator's decision, with the reason;
 * the trial then lists the therapy (Trial.therapies) in the arms that give the intervention.
 */
export async function linkIntervention(
  w: Write,
  { interventionId, therapyId, expectedVersion, evidence }: LinkInterventionCommand,
): Promise<InterventionRow> {
  const reason = curatorEvidence(evidence, 'input.evidence');
  const before = await interventionForWrite(w, interventionId, expectedVersion, 'input.interventionId');
  await loadRow(w, therapies, 'Therapy', therapyId, 'input.therapyId');
  if (before.therapyId != null && before.therapyId !== therapyId)
    await removeTrialLinks(w, before, before.therapyId);
  const after = await updateIntervention(w, before, {
    therapyId,
    matchMethod: 'CURATOR',
    matchEvidence: reason,
  });
  await addTrialLinks(w, after, therapyId);
  return after;
}

export interface UnlinkInterventionCommand {
  interventionId: number;
  expectedVersion: number;
}

/**
 * Removes an intervention's therapy link, whichever way it was made, and records the decision
 * (method CURATOR, no therapy) so a later import does not match it again. The trial's link to the
 * therapy goes too when no other intervention of the trial still gives it.
 */
export async function unlinkIntervention(
  w: Write,
  { interventionId, expectedVersion }: UnlinkInterventionCommand,
): Promise<InterventionRow> {
  const before = await interventionForWrite(w, interventionId, expectedVersion, 'input.interventionId');
  if (before.therapyId == null) {
    throw invalid('input.interventionId', 'not_linked', 'the intervention is not linked to a therapy');
  }
  const [therapy] = await w.tx
    .select({ name: therapies.name })
    .from(therapies)
    .where(eq(therapies.id, before.therapyId));
  const after = await updateIntervention(w, before, {
    therapyId: null,
    matchMethod: 'CURATOR',
    matchEvidence: `a curator unlinked it from "${therapy?.name ?? 'a therapy'}"`,
  });
  await removeTrialLinks(w, before, before.therapyId);
  return after;
}

const unique = (values: readonly string[]) => [...new Set(values)];

async function linkedInterventions(w: Write, therapyId: number): Promise<InterventionRow[]> {
  return w.tx
    .select()
    .from(interventions)
    .where(eq(interventions.therapyId, therapyId))
    .orderBy(asc(interventions.id));
}

async function trialLinks(w: Write, therapyId: number, trialIds?: number[]): Promise<TrialTherapyRow[]> {
  return w.tx
    .select()
    .from(trialTherapies)
    .where(
      and(
        eq(trialTherapies.therapyId, therapyId),
        trialIds ? inArray(trialTherapies.trialId, trialIds) : undefined,
      ),
    )
    .orderBy(asc(trialTherapies.id));
}

/** Points a trial ↔ therapy link at another therapy, as read, with history. */
async function moveTrialLink(w: Write, link: TrialTherapyRow, therapyId: number) {
  const after = await updateVersioned(w, trialTherapies, 'TrialTherapyLink', link.id, link.version, {
    therapyId,
  });
  await w.record('TRIAL_THERAPY', link.id, 'UPDATE', link, after);
  return after;
}

export interface MergeTherapiesCommand {
  /** The therapy that stays. */
  targetId: number;
  /** The therapy merged into the target and then deleted. */
  sourceId: number;
  expectedVersions: { target: number; source: number };
}

export interface MergeTherapiesResult {
  target: TherapyRow;
  deletedSourceId: number;
  movedInterventionIds: number[];
  movedTrialLinkIds: number[];
  /** Links of the source the target already had (same trial and arm): deleted, not moved. */
  droppedTrialLinkIds: number[];
  movedClaimIds: number[];
  reviewIds: number[];
}

/**
 * Merges the source therapy into the target: its interventions, trial links, review links and
 * claims move to the target (a link the target already has is dropped), its name, aliases and
 * product codes become the target's aliases and product codes, and the source is deleted.
 */
export async function mergeTherapies(
  w: Write,
  { targetId, sourceId, expectedVersions }: MergeTherapiesCommand,
): Promise<MergeTherapiesResult> {
  checkVersion(expectedVersions.target, 'input.expectedVersions.target');
  checkVersion(expectedVersions.source, 'input.expectedVersions.source');
  if (targetId === sourceId) {
    throw invalid('input.sourceId', 'same_therapy', 'cannot merge a therapy into itself');
  }
  const target = await loadRow(w, therapies, 'Therapy', targetId, 'input.targetId');
  const source = await loadRow(w, therapies, 'Therapy', sourceId, 'input.sourceId');
  for (const [row, expected, path] of [
    [target, expectedVersions.target, 'input.expectedVersions.target'],
    [source, expectedVersions.source, 'input.expectedVersions.source'],
  ] as const) {
    if (row.version !== expected) throw stale('Therapy', row, expected, path);
  }

  // Interventions: the match stays (the source's names become the target's), its evidence says so.
  const note = `merged from "${source.name}" into "${target.name}"`;
  const movedInterventionIds: number[] = [];
  for (const row of await linkedInterventions(w, sourceId)) {
    const evidence = row.matchEvidence ? `${row.matchEvidence}; ${note}` : note;
    await updateIntervention(w, row, {
      therapyId: targetId,
      matchMethod: row.matchMethod ?? 'CURATOR',
      matchEvidence: evidence.slice(0, MAX_EVIDENCE),
    });
    movedInterventionIds.push(row.id);
  }

  // Trial links: one per trial, therapy and arm.
  const armKey = (link: TrialTherapyRow) => `${link.trialId}\u0000${link.armName ?? '\u0001'}`;
  const targetArms = new Set((await trialLinks(w, targetId)).map(armKey));
  const movedTrialLinkIds: number[] = [];
  const droppedTrialLinkIds: number[] = [];
  for (const link of await trialLinks(w, sourceId)) {
    if (targetArms.has(armKey(link))) {
      await deleteRow(w, trialTherapies, 'TRIAL_THERAPY', 'TrialTherapyLink', link);
      droppedTrialLinkIds.push(link.id);
    } else {
      await moveTrialLink(w, link, targetId);
      targetArms.add(armKey(link));
      movedTrialLinkIds.push(link.id);
    }
  }

  const reviewIds = await moveReviewLinks(w, sourceId, targetId);

  const movedClaimIds: number[] = [];
  const claimRows = await w.tx
    .select()
    .from(claims)
    .where(and(eq(claims.subjectType, 'THERAPY'), eq(claims.subjectId, sourceId)))
    .orderBy(asc(claims.id));
  for (const claim of claimRows) {
    const after = await updateVersioned(w, claims, 'Claim', claim.id, claim.version, { subjectId: targetId });
    await w.record('CLAIM', claim.id, 'UPDATE', claim, after);
    movedClaimIds.push(claim.id);
  }

  // History reads in order: the moves, the source's DELETE, then the target with its new names.
  await deleteRow(w, therapies, 'THERAPY', 'Therapy', source);
  const aliases = unique([...target.aliases, source.name, ...source.aliases]).filter(
    (alias) => alias !== target.name,
  );
  const productCodes = unique([...target.productCodes, ...source.productCodes]);
  const updated = await updateVersioned(w, therapies, 'Therapy', targetId, target.version, {
    aliases,
    productCodes,
  });
  await w.record('THERAPY', targetId, 'UPDATE', target, updated);

  return {
    target: updated,
    deletedSourceId: sourceId,
    movedInterventionIds,
    movedTrialLinkIds,
    droppedTrialLinkIds,
    movedClaimIds,
    reviewIds,
  };
}

/** Every review discussing the source discusses the target instead; each such review changes. */
async function moveReviewLinks(w: Write, sourceId: number, targetId: number): Promise<number[]> {
  const linked = await w.tx
    .select({ reviewId: reviewTherapies.reviewId })
    .from(reviewTherapies)
    .where(eq(reviewTherapies.therapyId, sourceId))
    .orderBy(asc(reviewTherapies.reviewId));
  if (linked.length === 0) return [];
  const reviewIds = linked.map((r) => r.reviewId);
  const rows = await w.tx
    .select()
    .from(reviews)
    .where(inArray(reviews.id, reviewIds))
    .orderBy(asc(reviews.id));
  const before = await Promise.all(rows.map((row) => reviewSnapshot(w, row)));
  await w.tx.delete(reviewTherapies).where(eq(reviewTherapies.therapyId, sourceId));
  await w.tx
    .insert(reviewTherapies)
    .values(reviewIds.map((reviewId) => ({ reviewId, therapyId: targetId })))
    .onConflictDoNothing();
  for (const [index, row] of rows.entries()) {
    const updated = await touchRow(w, reviews, row.id);
    if (updated) {
      await w.record('REVIEW', row.id, 'UPDATE', before[index] ?? null, await reviewSnapshot(w, updated));
    }
  }
  return reviewIds;
}

export interface SplitTherapyCommand {
  therapyId: number;
  expectedVersion: number;
  interventionIds: number[];
  /** The new therapy: name and modality, and any construct fields createTherapy accepts. */
  newTherapy: Record<string, unknown>;
}

export interface SplitTherapyResult {
  therapy: TherapyRow;
  newTherapy: TherapyRow;
  movedInterventionIds: number[];
  movedTrialLinkIds: number[];
}

/**
 * Splits a therapy that is really two constructs: creates the new therapy and moves the listed
 * interventions to it, with the trial links of the trials that no longer give the old therapy
 * through any other intervention.
 */
export async function splitTherapy(
  w: Write,
  { therapyId, expectedVersion, interventionIds, newTherapy }: SplitTherapyCommand,
): Promise<SplitTherapyResult> {
  checkVersion(expectedVersion);
  if (interventionIds.length === 0) {
    throw invalid('input.interventionIds', 'too_small', 'name at least one intervention to move');
  }
  const old = await loadForWrite(w, therapies, 'Therapy', therapyId, expectedVersion);

  const seen = new Set<number>();
  const issues: FieldIssue[] = [];
  const moving: InterventionRow[] = [];
  for (const [i, id] of interventionIds.entries()) {
    const path = `input.interventionIds.${i}`;
    const row = await loadRow(w, interventions, 'Intervention', id, path);
    if (seen.has(id)) issues.push({ path, rule: 'duplicate', message: 'is listed twice' });
    else if (row.therapyId !== therapyId) {
      issues.push({ path, rule: 'not_linked', message: `is not linked to therapy "${old.name}"` });
    } else moving.push(row);
    seen.add(id);
  }
  if (issues.length > 0) throw new ValidationError(issues);

  // Checked here too so a taken name is reported at its own input path.
  await assertUnique(w, {
    table: therapies,
    column: therapies.name,
    value: typeof newTherapy.name === 'string' ? newTherapy.name.trim() : null,
    typename: 'Therapy',
    path: 'input.newTherapy.name',
    label: 'therapy name',
  });
  const created = await createTherapy(w, newTherapy, ['input', 'newTherapy']);
  const evidence = `split from ${old.name}`.slice(0, MAX_EVIDENCE);
  for (const row of moving) {
    await updateIntervention(w, row, {
      therapyId: created.id,
      matchMethod: 'CURATOR',
      matchEvidence: evidence,
    });
  }

  // A trial's link to the old therapy follows its interventions when none of them still gives it.
  const trialIds = [...new Set(moving.map((r) => r.trialId))];
  const stillLinked = await w.tx
    .selectDistinct({ trialId: interventions.trialId })
    .from(interventions)
    .where(and(eq(interventions.therapyId, therapyId), inArray(interventions.trialId, trialIds)));
  const keep = new Set(stillLinked.map((r) => r.trialId));
  const movedTrialLinkIds: number[] = [];
  const leaving = trialIds.filter((id) => !keep.has(id));
  if (leaving.length > 0) {
    for (const link of await trialLinks(w, therapyId, leaving)) {
      await moveTrialLink(w, link, created.id);
      movedTrialLinkIds.push(link.id);
    }
  }

  return {
    therapy: old,
    newTherapy: created,
    movedInterventionIds: moving.map((r) => r.id),
    movedTrialLinkIds,
  };
}
