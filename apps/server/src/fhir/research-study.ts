import { type Db, tables } from '@genetrials/schema';
import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { groupBy, keysetBatches } from '../batches.js';
import {
  ALLOCATION_CODES,
  ARM_TYPE_CODES,
  type CodeableConcept,
  codedOrText,
  coding,
  OFFICIAL_ROLE_CODES,
  OUTCOME_TYPE_CODES,
  PHASE_CODES,
  PRIMARY_PURPOSE_CODES,
  STATUS_CODES,
  STUDY_TYPE_CODES,
  SYSTEMS,
} from './codes.js';

// Trials as FHIR R5 ResearchStudy resources, read in keyset batches by id (like the NDJSON/CSV
// export): a batch of trials and their arms, interventions, sites, outcome measures and linked
// primary reports is read, turned into resources and let go before the next batch.

export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

type TrialRow = typeof tables.trials.$inferSelect;

/** Trials read per batch. */
export const FHIR_BATCH_SIZE = 200;

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** The ResearchStudy id of a trial: its NCT number when it has one, else `trial-<number>`. */
export function researchStudyId(trial: { id: number; nctId: string | null }): string {
  return trial.nctId && FHIR_ID.test(trial.nctId) ? trial.nctId : `trial-${trial.id}`;
}

/** The trial a ResearchStudy id names (the inverse of researchStudyId), as an SQL condition. */
export function researchStudyWhere(id: string): SQL | null {
  const internal = /^trial-(\d{1,15})$/.exec(id);
  if (internal) return eq(tables.trials.id, Number(internal[1]));
  if (!FHIR_ID.test(id)) return null;
  return eq(tables.trials.nctId, id);
}

/** FHIR strings may not be empty or all blank; markdown too. */
function text(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) delete value[key];
  }
  return value;
}

/** A stored timestamp as a FHIR `instant` (seconds and a zone required); undefined if unreadable. */
export function fhirInstant(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** A partial ISO date as FHIR `date`/`dateTime` takes it (YYYY, YYYY-MM or YYYY-MM-DD). */
function fhirDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value) ? value : undefined;
}

interface Related {
  arms: (typeof tables.arms.$inferSelect)[];
  interventions: (typeof tables.interventions.$inferSelect)[];
  armsOfIntervention: Map<number, number[]>;
  sites: (typeof tables.trialSites.$inferSelect)[];
  outcomes: (typeof tables.outcomeMeasures.$inferSelect)[];
  result: typeof tables.trialResults.$inferSelect | undefined;
  reports: { title: string; doi: string | null; pmid: string | null; url: string | null }[];
  therapies: { modality: string; vector: string | null; targetAntigen: string | null }[];
}

async function loadRelated(db: Db, ids: number[]): Promise<Map<number, Related>> {
  const { arms, interventions, interventionArms, trialSites, outcomeMeasures, trialResults } = tables;
  const { reviews, reviewTrials, trialTherapies, therapies } = tables;
  const [armRows, interventionRows, linkRows, siteRows, outcomeRows, resultRows, reportRows, therapyRows] =
    await Promise.all([
      db.select().from(arms).where(inArray(arms.trialId, ids)).orderBy(asc(arms.trialId), asc(arms.position)),
      db
        .select()
        .from(interventions)
        .where(inArray(interventions.trialId, ids))
        .orderBy(asc(interventions.trialId), asc(interventions.position), asc(interventions.id)),
      db
        .select({ interventionId: interventionArms.interventionId, armId: interventionArms.armId })
        .from(interventionArms)
        .innerJoin(arms, eq(arms.id, interventionArms.armId))
        .where(inArray(arms.trialId, ids)),
      db
        .select()
        .from(trialSites)
        .where(inArray(trialSites.trialId, ids))
        .orderBy(asc(trialSites.trialId), asc(trialSites.position), asc(trialSites.id)),
      db
        .select()
        .from(outcomeMeasures)
        .where(inArray(outcomeMeasures.trialId, ids))
        .orderBy(asc(outcomeMeasures.trialId), asc(outcomeMeasures.source), asc(outcomeMeasures.position)),
      db.select().from(trialResults).where(inArray(trialResults.trialId, ids)),
      db
        .select({
          trialId: reviewTrials.trialId,
          title: reviews.title,
          doi: reviews.doi,
          pmid: reviews.pmid,
          url: reviews.url,
        })
        .from(reviewTrials)
        .innerJoin(reviews, eq(reviews.id, reviewTrials.reviewId))
        .where(and(inArray(reviewTrials.trialId, ids), eq(reviews.kind, 'PRIMARY_REPORT')))
        .orderBy(asc(reviewTrials.trialId), asc(reviews.id)),
      // Curated therapies given in the trial: linked directly, or through a registered intervention.
      db
        .selectDistinct({
          trialId: trialTherapies.trialId,
          modality: therapies.modality,
          vector: therapies.vector,
          targetAntigen: therapies.targetAntigen,
        })
        .from(trialTherapies)
        .innerJoin(therapies, eq(therapies.id, trialTherapies.therapyId))
        .where(inArray(trialTherapies.trialId, ids))
        .union(
          db
            .selectDistinct({
              trialId: interventions.trialId,
              modality: therapies.modality,
              vector: therapies.vector,
              targetAntigen: therapies.targetAntigen,
            })
            .from(interventions)
            .innerJoin(therapies, eq(therapies.id, interventions.therapyId))
            .where(inArray(interventions.trialId, ids)),
        )
        .orderBy(sql`1`, sql`2`, sql`3`, sql`4`),
    ]);
  const armsOf = groupBy(armRows, (r) => r.trialId);
  const interventionsOf = groupBy(interventionRows, (r) => r.trialId);
  const sitesOf = groupBy(siteRows, (r) => r.trialId);
  const outcomesOf = groupBy(outcomeRows, (r) => r.trialId);
  const reportsOf = groupBy(reportRows, (r) => r.trialId);
  const therapiesOf = groupBy(therapyRows, (r) => r.trialId);
  const armsOfIntervention = new Map<number, number[]>();
  for (const link of linkRows) {
    const list = armsOfIntervention.get(link.interventionId) ?? [];
    list.push(link.armId);
    armsOfIntervention.set(link.interventionId, list);
  }
  const resultOf = new Map(resultRows.map((r) => [r.trialId, r]));
  return new Map(
    ids.map((id) => [
      id,
      {
        arms: armsOf.get(id) ?? [],
        interventions: interventionsOf.get(id) ?? [],
        armsOfIntervention,
        sites: sitesOf.get(id) ?? [],
        outcomes: outcomesOf.get(id) ?? [],
        result: resultOf.get(id),
        reports: reportsOf.get(id) ?? [],
        therapies: therapiesOf.get(id) ?? [],
      },
    ]),
  );
}

function interventionLabel(i: { name: string; type: string | null }): string {
  return i.type ? `${i.name} (${i.type})` : i.name;
}

/** One trial (with what loadRelated read for it) as an R5 ResearchStudy. */
export function toResearchStudy(trial: TrialRow, related: Related): FhirResource {
  const identifier: Record<string, unknown>[] = [];
  if (trial.nctId) identifier.push({ use: 'official', system: SYSTEMS.nct, value: trial.nctId });
  for (const secondary of trial.secondaryIds ?? []) {
    const value = text(secondary.id);
    if (!value) continue;
    identifier.push(
      compact({
        use: 'secondary',
        type: text(secondary.type) ? { text: text(secondary.type) } : undefined,
        system: SYSTEMS.secondaryId,
        value,
        assigner: text(secondary.domain) ? { display: text(secondary.domain) } : undefined,
      }),
    );
  }

  const label: Record<string, unknown>[] = [];
  const official = text(trial.officialTitle);
  if (official)
    label.push({ type: coding(SYSTEMS.titleType, 'official', 'Official Study Title'), value: official });
  const acronym = text(trial.acronym);
  if (acronym) label.push({ type: coding(SYSTEMS.titleType, 'acronym', 'Acronym'), value: acronym });

  const studyDesign: CodeableConcept[] = [];
  if (trial.studyType) {
    const [code, display] = STUDY_TYPE_CODES[trial.studyType];
    studyDesign.push(coding(SYSTEMS.studyDesign, code, display));
  }
  const allocation = trial.design?.allocation ? ALLOCATION_CODES[trial.design.allocation] : undefined;
  if (allocation) studyDesign.push(coding(SYSTEMS.studyDesign, allocation[0], allocation[1]));

  const associatedParty: Record<string, unknown>[] = [];
  const sponsor = text(trial.sponsor);
  if (sponsor)
    associatedParty.push({ name: sponsor, role: coding(SYSTEMS.partyRole, 'lead-sponsor', 'lead-sponsor') });
  const officials = trial.officials ?? [];
  for (const person of officials) {
    const name = text(person.name);
    if (!name) continue;
    const role = person.role ? OFFICIAL_ROLE_CODES[person.role] : undefined;
    const affiliation = text(person.affiliation);
    associatedParty.push(
      compact({
        name,
        role: role ? coding(SYSTEMS.partyRole, role[0], role[1]) : { text: 'Study official' },
        classifier: affiliation ? [{ text: affiliation }] : undefined,
      }),
    );
  }
  const pi = text(trial.principalInvestigator);
  if (pi && !officials.some((o) => text(o.name) === pi))
    associatedParty.push({
      name: pi,
      role: coding(SYSTEMS.partyRole, 'primary-investigator', 'primary investigator'),
    });

  const progressStatus: Record<string, unknown>[] = [];
  if (trial.status)
    progressStatus.push({
      state: codedOrText(SYSTEMS.studyStatus, STATUS_CODES[trial.status]),
      actual: true,
    });
  const start = fhirDate(trial.startDate);
  const end = fhirDate(trial.completionDate);
  if (start || end)
    progressStatus.push({
      state: coding(SYSTEMS.studyStatus, 'overall-study', 'Overall study'),
      actual: trial.startDateType === 'ACTUAL' && (!end || trial.completionDateType === 'ACTUAL'),
      period: compact({ start, end }),
    });
  const primaryEnd = fhirDate(trial.primaryCompletionDate);
  if (primaryEnd)
    progressStatus.push({
      state: { text: 'Primary completion' },
      actual: trial.primaryCompletionDateType === 'ACTUAL',
      period: { end: primaryEnd },
    });

  // Arms: interventions given in each arm are its intended exposures (named, not resolved).
  const interventionsOfArm = new Map<number, string[]>();
  for (const intervention of related.interventions) {
    for (const armId of related.armsOfIntervention.get(intervention.id) ?? []) {
      const list = interventionsOfArm.get(armId) ?? [];
      list.push(interventionLabel(intervention));
      interventionsOfArm.set(armId, list);
    }
  }
  const comparisonGroup = related.arms
    .filter((arm) => text(arm.label))
    .map((arm) =>
      compact({
        linkId: `arm-${arm.id}`,
        name: text(arm.label),
        type: arm.type ? coding(SYSTEMS.armType, ...ARM_TYPE_CODES[arm.type]) : undefined,
        description: text(arm.description),
        intendedExposure: (interventionsOfArm.get(arm.id) ?? []).map((display) => ({ display })),
      }),
    );

  const contained: Record<string, unknown>[] = [];
  const site: Record<string, unknown>[] = [];
  for (const s of related.sites) {
    const address = compact({
      city: text(s.city),
      state: text(s.state),
      postalCode: text(s.zip),
      country: text(s.country),
    });
    const location = compact({
      resourceType: 'Location',
      id: `site-${s.id}`,
      name: text(s.facility),
      address: Object.keys(address).length > 0 ? address : undefined,
      position:
        s.latitude != null && s.longitude != null
          ? { longitude: s.longitude, latitude: s.latitude }
          : undefined,
    });
    if (Object.keys(location).length <= 2) continue;
    contained.push(location);
    site.push({ reference: `#site-${s.id}` });
  }

  // Planned measures from the protocol; the results section's measures only when no plan is given.
  const planned = related.outcomes.filter((o) => o.source === 'PROTOCOL');
  const outcomeMeasure = (planned.length > 0 ? planned : related.outcomes).map((o) =>
    compact({
      name: text(o.title),
      type: [coding(SYSTEMS.objectiveType, ...OUTCOME_TYPE_CODES[o.type])],
      description: text(
        [text(o.description), text(o.timeFrame) ? `Time frame: ${text(o.timeFrame)}` : undefined]
          .filter(Boolean)
          .join('\n\n'),
      ),
    }),
  );

  const note: Record<string, unknown>[] = [];
  const result = related.result;
  if (result?.orrAnalysed != null && result.orrResponders != null)
    note.push({
      text: `Registry-reported objective response: ${result.orrResponders} of ${result.orrAnalysed} analysed${
        result.orrMeasureTitle
          ? ` (${result.orrMeasureTitle}${result.orrLocator ? `; ${result.orrLocator}` : ''})`
          : ''
      }.`,
    });

  const resultRefs = related.reports.map((r) =>
    compact({
      type: 'Citation',
      identifier: r.doi
        ? { system: 'https://doi.org', value: r.doi }
        : r.pmid
          ? { system: 'https://pubmed.ncbi.nlm.nih.gov', value: r.pmid }
          : undefined,
      display: text(r.title),
    }),
  );

  // What GeneTrials curated about the therapies given: modality, vector, target antigen.
  const classifier: CodeableConcept[] = [];
  const seen = new Set<string>();
  const classify = (system: string, code: string | null, label: string) => {
    const key = `${system}|${code}`;
    if (!code || seen.has(key)) return;
    seen.add(key);
    classifier.push({ coding: [{ system, code }], text: `${label}: ${code}` });
  };
  for (const therapy of related.therapies) {
    classify(SYSTEMS.modality, therapy.modality, 'Modality');
    classify(SYSTEMS.vector, therapy.vector, 'Vector');
    const antigen = text(therapy.targetAntigen);
    if (antigen && !seen.has(`antigen|${antigen}`)) {
      seen.add(`antigen|${antigen}`);
      classifier.push({ text: `Target antigen: ${antigen}` });
    }
  }

  const purpose = trial.design?.primaryPurpose;
  return compact({
    resourceType: 'ResearchStudy',
    id: researchStudyId(trial),
    meta: fhirInstant(trial.updatedAt) ? { lastUpdated: fhirInstant(trial.updatedAt) } : undefined,
    contained,
    identifier,
    title: text(trial.title),
    label,
    date: fhirDate(trial.lastUpdatePosted),
    status: 'active',
    primaryPurposeType: purpose
      ? codedOrText(SYSTEMS.primaryPurpose, PRIMARY_PURPOSE_CODES[purpose])
      : undefined,
    phase: trial.phase ? coding(SYSTEMS.phase, ...PHASE_CODES[trial.phase]) : undefined,
    studyDesign,
    focus: related.interventions.map((i) => ({ concept: { text: interventionLabel(i) } })),
    condition: (trial.conditions ?? []).flatMap((c) => (text(c) ? [{ text: text(c) }] : [])),
    keyword: (trial.keywords ?? []).flatMap((k) => (text(k) ? [{ text: text(k) }] : [])),
    region: text(trial.country) ? [{ text: text(trial.country) }] : undefined,
    descriptionSummary: text(trial.summary),
    description: text(trial.detailedDescription),
    period: start || end ? compact({ start, end }) : undefined,
    site,
    note,
    classifier,
    associatedParty,
    progressStatus,
    whyStopped: text(trial.whyStopped) ? { text: text(trial.whyStopped) } : undefined,
    recruitment:
      trial.plannedEnrollment != null || trial.actualEnrollment != null
        ? compact({
            targetNumber: trial.plannedEnrollment ?? undefined,
            actualNumber: trial.actualEnrollment ?? undefined,
          })
        : undefined,
    comparisonGroup,
    outcomeMeasure,
    result: resultRefs,
  });
}

/** Every matching trial as [trial number, ResearchStudy], in id order, `batchSize` trials at a time. */
export async function* researchStudyEntries(
  db: Db,
  where: SQL | undefined,
  batchSize = FHIR_BATCH_SIZE,
): AsyncGenerator<[number, FhirResource]> {
  const { trials } = tables;
  const batches = keysetBatches(
    (after, limit) =>
      db
        .select()
        .from(trials)
        .where(and(gt(trials.id, after), where))
        .orderBy(asc(trials.id))
        .limit(limit),
    batchSize,
  );
  for await (const batch of batches) {
    const ids = batch.map((t) => t.id);
    const related = await loadRelated(db, ids);
    for (const trial of batch) yield [trial.id, toResearchStudy(trial, related.get(trial.id) as Related)];
  }
}

/** Every matching trial as a ResearchStudy, in id order, read `batchSize` trials at a time. */
export async function* researchStudies(
  db: Db,
  where: SQL | undefined,
  batchSize = FHIR_BATCH_SIZE,
): AsyncGenerator<FhirResource> {
  for await (const [, resource] of researchStudyEntries(db, where, batchSize)) yield resource;
}
