import { type Attribution, type Db, tables } from '@genetrials/schema';
import { and, asc, gt, inArray, type SQL } from 'drizzle-orm';
import { keysetBatches } from '../batches.js';
import { type CodeableConcept, coding, SYSTEMS } from './codes.js';
import { FHIR_BATCH_SIZE, type FhirResource, fhirInstant, researchStudyId } from './research-study.js';

// De-identified trial subjects as FHIR R5 ResearchSubject, and their adverse events as
// AdverseEvent. Reader tokens only (the HTTP layer checks). GeneTrials keeps no names, contact data
// or birth dates; the resources carry only the opaque patient number, the report's subject code
// (already de-identified when written) and the study reference. Age, sex, stage, prior therapies
// and response are not part of these resources (see README "Export").

/** Patients whose trial matches `where` (a TrialFilter condition), or all. */
function patientScope(db: Db, where: SQL | undefined): SQL | undefined {
  if (!where) return undefined;
  return inArray(
    tables.patients.trialId,
    db.select({ id: tables.trials.id }).from(tables.trials).where(where),
  );
}

async function studyIds(db: Db, trialIds: number[]): Promise<Map<number, string>> {
  if (trialIds.length === 0) return new Map();
  const rows = await db
    .select({ id: tables.trials.id, nctId: tables.trials.nctId })
    .from(tables.trials)
    .where(inArray(tables.trials.id, [...new Set(trialIds)]));
  return new Map(rows.map((row) => [row.id, researchStudyId(row)]));
}

export function researchSubjectId(patientId: number): string {
  return `patient-${patientId}`;
}

/** Every matching patient as a ResearchSubject, in id order, `batchSize` at a time. */
export async function* researchSubjects(
  db: Db,
  where: SQL | undefined,
  batchSize = FHIR_BATCH_SIZE,
): AsyncGenerator<FhirResource> {
  const { patients } = tables;
  const scope = patientScope(db, where);
  const batches = keysetBatches(
    (after, limit) =>
      db
        .select({
          id: patients.id,
          trialId: patients.trialId,
          subjectCode: patients.subjectCode,
          status: patients.status,
          updatedAt: patients.updatedAt,
        })
        .from(patients)
        .where(and(gt(patients.id, after), scope))
        .orderBy(asc(patients.id))
        .limit(limit),
    batchSize,
  );
  for await (const batch of batches) {
    const studies = await studyIds(
      db,
      batch.map((p) => p.trialId),
    );
    for (const p of batch) {
      const [state, display] =
        p.status === 'DECEASED' ? ['off-study', 'Off-study'] : ['on-study', 'On-study'];
      const lastUpdated = fhirInstant(p.updatedAt);
      const subjectCode = p.subjectCode.trim();
      yield {
        resourceType: 'ResearchSubject',
        id: researchSubjectId(p.id),
        ...(lastUpdated ? { meta: { lastUpdated } } : {}),
        ...(subjectCode
          ? { identifier: [{ use: 'secondary', system: SYSTEMS.subjectCode, value: subjectCode }] }
          : {}),
        status: 'active',
        progress: [{ subjectState: coding(SYSTEMS.subjectState, state, display) }],
        study: { reference: `ResearchStudy/${studies.get(p.trialId)}` },
        subject: { type: 'Patient', identifier: { system: SYSTEMS.subject, value: String(p.id) } },
      };
    }
  }
}

const CAUSALITY: Record<Attribution, CodeableConcept> = {
  DEFINITE: coding(SYSTEMS.aeCausality, 'Certain', 'Certain'),
  PROBABLE: coding(SYSTEMS.aeCausality, 'Probably-Likely', 'Probably/Likely'),
  POSSIBLE: coding(SYSTEMS.aeCausality, 'Possible', 'Possible'),
  UNLIKELY: coding(SYSTEMS.aeCausality, 'Unlikely', 'Unlikely'),
  UNRELATED: { text: 'Unrelated' },
};

/** Adverse events of every matching patient as AdverseEvent, in id order, `batchSize` at a time. */
export async function* adverseEventResources(
  db: Db,
  where: SQL | undefined,
  batchSize = FHIR_BATCH_SIZE,
): AsyncGenerator<FhirResource> {
  const { adverseEvents, patients } = tables;
  const scope = where
    ? inArray(
        adverseEvents.patientId,
        db.select({ id: patients.id }).from(patients).where(patientScope(db, where)),
      )
    : undefined;
  const batches = keysetBatches(
    (after, limit) =>
      db
        .select()
        .from(adverseEvents)
        .where(and(gt(adverseEvents.id, after), scope))
        .orderBy(asc(adverseEvents.id))
        .limit(limit),
    batchSize,
  );
  for await (const batch of batches) {
    const patientRows = await db
      .select({ id: patients.id, trialId: patients.trialId })
      .from(patients)
      .where(inArray(patients.id, [...new Set(batch.map((ae) => ae.patientId))]));
    const trialOf = new Map(patientRows.map((p) => [p.id, p.trialId]));
    const studies = await studyIds(db, [...trialOf.values()]);
    for (const ae of batch) {
      const study = { reference: `ResearchStudy/${studies.get(trialOf.get(ae.patientId) as number)}` };
      const resource: FhirResource = {
        resourceType: 'AdverseEvent',
        id: `adverse-event-${ae.id}`,
        ...(fhirInstant(ae.updatedAt) ? { meta: { lastUpdated: fhirInstant(ae.updatedAt) } } : {}),
        status: 'completed',
        actuality: 'actual',
        code: { text: ae.term.trim() || 'Adverse event' },
        subject: { reference: `ResearchSubject/${researchSubjectId(ae.patientId)}` },
      };
      if (ae.serious != null)
        resource.seriousness = ae.serious
          ? coding(SYSTEMS.aeSeriousness, 'serious', 'Serious')
          : coding(SYSTEMS.aeSeriousness, 'non-serious', 'Non-serious');
      if (ae.grade === 5) resource.outcome = [coding('http://snomed.info/sct', '419099009', 'Dead')];
      resource.study = [study];
      if (ae.attribution)
        resource.suspectEntity = [
          { instanceReference: study, causality: { entityRelatedness: CAUSALITY[ae.attribution] } },
        ];
      const notes: string[] = [];
      if (ae.grade != null) notes.push(`CTCAE grade ${ae.grade}`);
      const description = ae.description?.trim();
      if (description) notes.push(description);
      if (notes.length > 0) resource.note = notes.map((note) => ({ text: note }));
      yield resource;
    }
  }
}
