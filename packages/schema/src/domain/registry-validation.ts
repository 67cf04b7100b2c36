import { z } from 'zod';
import { CELL_SOURCES, MODALITIES, VECTORS } from './enums.js';
import {
  AE_ASSESSMENT_TYPES,
  AE_SERIOUSNESS,
  ALLOCATIONS,
  ARM_TYPES,
  DATE_TYPES,
  DISPERSION_TYPES,
  ELIGIBILITY_SEXES,
  type EligibilitySex,
  EVIDENCE_FIELDS,
  INTERVENTION_MODELS,
  INTERVENTION_TYPES,
  MASKED_ROLES,
  MASKINGS,
  MATCH_METHODS,
  MESH_KINDS,
  OBSERVATIONAL_MODELS,
  OFFICIAL_ROLES,
  OUTCOME_SOURCES,
  OUTCOME_TYPES,
  PARAM_TYPES,
  PRIMARY_PURPOSES,
  REPORTING_STATUSES,
  SITE_STATUSES,
  STANDARD_AGES,
  STUDY_TYPES,
  TIME_PERSPECTIVES,
} from './registry-enums.js';
import { cleanString, cleanText } from './text.js';
import { partialDate } from './validation.js';

// Validation of the registry evidence model (interventions, arms, sites, MeSH terms, outcome
// measures, registry adverse events, results, trial registry fields, therapy construct fields).
// The write layer parses with these; the JSON column types are inferred from them.

const text = cleanText;
const count = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must not be negative' });
const position = count.max(10_000);
/** Registry numbers stay strings: values like "NA", "<0.001" or "12.5" are kept as written. */
const reportedValue = cleanString().trim().max(100);
const groupId = cleanString().trim().min(1).max(20);

const custom = (rule: string, message: string, path: (string | number)[]) =>
  ({ code: 'custom', message, path, params: { rule } }) as const;

// ── JSON shapes ────────────────────────────────────────────────────────────────────────────

export const evidence = z.object({
  field: z.enum(EVIDENCE_FIELDS),
  /** The passage (a short excerpt) the value was read from. */
  text: text(500),
});
const inferred = <T extends z.ZodType>(value: T) => z.object({ value, evidence }).nullish();
export const inferredClassification = z.object({
  modality: inferred(z.enum(MODALITIES)),
  vector: inferred(z.enum(VECTORS)),
  transgene: inferred(text(300)),
  targetAntigen: inferred(text(100)),
  cellSource: inferred(z.enum(CELL_SOURCES)),
});
export type Evidence = z.infer<typeof evidence>;
export type InferredClassification = z.infer<typeof inferredClassification>;

export const secondaryId = z.object({
  id: text(100),
  /** Registry token such as NIH, FDA, EUDRACT_NUMBER, OTHER_GRANT, REGISTRY, OTHER. */
  type: text(50).nullish(),
  /** Issuing organisation or registry, free text. */
  domain: text(300).nullish(),
});
export type SecondaryId = z.infer<typeof secondaryId>;

export const official = z.object({
  name: text(200),
  affiliation: text(300).nullish(),
  role: z.enum(OFFICIAL_ROLES).nullish(),
});
export type Official = z.infer<typeof official>;

/** Registry age text, e.g. "18 Years", "6 Months". */
export const REGISTRY_AGE_PATTERN = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?$/i;

export const eligibility = z.object({
  criteria: text(50_000).nullish(),
  minimumAge: z
    .string()
    .trim()
    .regex(REGISTRY_AGE_PATTERN, { message: 'must read like "18 Years"' })
    .nullish(),
  maximumAge: z
    .string()
    .trim()
    .regex(REGISTRY_AGE_PATTERN, { message: 'must read like "65 Years"' })
    .nullish(),
  sex: z.enum(ELIGIBILITY_SEXES).nullish(),
  /** Free-text note on gender-based eligibility, when the record has one. */
  genderDescription: text(1000).nullish(),
  healthyVolunteers: z.boolean().nullish(),
  stdAges: z.array(z.enum(STANDARD_AGES)).max(3).default([]),
});
export type Eligibility = z.infer<typeof eligibility>;

export const design = z.object({
  allocation: z.enum(ALLOCATIONS).nullish(),
  masking: z.enum(MASKINGS).nullish(),
  whoMasked: z.array(z.enum(MASKED_ROLES)).max(4).default([]),
  interventionModel: z.enum(INTERVENTION_MODELS).nullish(),
  interventionModelDescription: text(2000).nullish(),
  primaryPurpose: z.enum(PRIMARY_PURPOSES).nullish(),
  observationalModel: z.enum(OBSERVATIONAL_MODELS).nullish(),
  timePerspective: z.enum(TIME_PERSPECTIVES).nullish(),
});
export type Design = z.infer<typeof design>;

export const resultGroup = z.object({
  /** Registry group id, e.g. "OG000", "EG001", "FG000", "BG000". */
  id: groupId,
  title: text(300),
  description: text(2000).nullish(),
});
export type ResultGroup = z.infer<typeof resultGroup>;

export const denomCount = z.object({ groupId, value: count });
export const denom = z.object({
  /** What is counted, usually "Participants". */
  units: text(100),
  counts: z.array(denomCount).max(100).default([]),
});
export type Denom = z.infer<typeof denom>;

export const measurement = z.object({
  groupId,
  value: reportedValue.nullish(),
  spread: reportedValue.nullish(),
  lowerLimit: reportedValue.nullish(),
  upperLimit: reportedValue.nullish(),
  comment: text(1000).nullish(),
});
export type Measurement = z.infer<typeof measurement>;

export const measureCategory = z.object({
  title: text(300).nullish(),
  measurements: z.array(measurement).max(100).default([]),
});
export const measureClass = z.object({
  title: text(300).nullish(),
  denoms: z.array(denom).max(10).default([]),
  categories: z.array(measureCategory).max(200).default([]),
});
export type MeasureCategory = z.infer<typeof measureCategory>;
export type MeasureClass = z.infer<typeof measureClass>;

export const analysis = z.object({
  groupIds: z.array(groupId).max(100).default([]),
  groupDescription: text(2000).nullish(),
  nonInferiorityType: text(50).nullish(),
  nonInferiorityComment: text(2000).nullish(),
  pValue: reportedValue.nullish(),
  pValueComment: text(1000).nullish(),
  statisticalMethod: text(300).nullish(),
  statisticalComment: text(1000).nullish(),
  paramType: text(100).nullish(),
  paramValue: reportedValue.nullish(),
  ciPctValue: reportedValue.nullish(),
  ciNumSides: z.enum(['ONE_SIDED', 'TWO_SIDED']).nullish(),
  ciLowerLimit: reportedValue.nullish(),
  ciUpperLimit: reportedValue.nullish(),
  dispersionType: text(100).nullish(),
  dispersionValue: reportedValue.nullish(),
  estimateComment: text(1000).nullish(),
  otherAnalysisDescription: text(2000).nullish(),
});
export type Analysis = z.infer<typeof analysis>;

export const adverseEventStat = z
  .object({
    groupId,
    numEvents: count.nullish(),
    numAffected: count.nullish(),
    numAtRisk: count.nullish(),
  })
  .superRefine((s, ctx) => {
    if (s.numAffected != null && s.numAtRisk != null && s.numAffected > s.numAtRisk) {
      ctx.addIssue(
        custom('affected_at_most_at_risk', 'numAffected must not exceed numAtRisk', ['numAffected']),
      );
    }
  });
export type AdverseEventStat = z.infer<typeof adverseEventStat>;

export const adverseEventGroup = resultGroup.extend({
  deathsNumAffected: count.nullish(),
  deathsNumAtRisk: count.nullish(),
  seriousNumAffected: count.nullish(),
  seriousNumAtRisk: count.nullish(),
  otherNumAffected: count.nullish(),
  otherNumAtRisk: count.nullish(),
});
export type AdverseEventGroup = z.infer<typeof adverseEventGroup>;

export const flowAchievement = z.object({
  groupId,
  numSubjects: count.nullish(),
  numUnits: count.nullish(),
  comment: text(1000).nullish(),
});
export const flowMilestone = z.object({
  /** e.g. STARTED, COMPLETED, NOT COMPLETED, or a custom milestone title. */
  type: text(300),
  comment: text(1000).nullish(),
  achievements: z.array(flowAchievement).max(100).default([]),
});
export const flowReason = z.object({
  groupId,
  numSubjects: count.nullish(),
  comment: text(1000).nullish(),
});
export const flowDropWithdraw = z.object({
  /** Reason category, e.g. "Adverse Event", "Death", "Withdrawal by Subject". */
  type: text(300),
  comment: text(1000).nullish(),
  reasons: z.array(flowReason).max(100).default([]),
});
export const flowPeriod = z.object({
  title: text(300),
  milestones: z.array(flowMilestone).max(100).default([]),
  dropWithdraws: z.array(flowDropWithdraw).max(100).default([]),
});
export const participantFlow = z.object({
  recruitmentDetails: text(5000).nullish(),
  preAssignmentDetails: text(5000).nullish(),
  typeUnitsAnalyzed: text(100).nullish(),
  groups: z.array(resultGroup).max(100).default([]),
  periods: z.array(flowPeriod).max(50).default([]),
});
export type FlowPeriod = z.infer<typeof flowPeriod>;
export type FlowMilestone = z.infer<typeof flowMilestone>;
export type FlowAchievement = z.infer<typeof flowAchievement>;
export type FlowDropWithdraw = z.infer<typeof flowDropWithdraw>;
export type FlowReason = z.infer<typeof flowReason>;
export type ParticipantFlow = z.infer<typeof participantFlow>;

export const baselineMeasure = z.object({
  title: text(1000),
  description: text(5000).nullish(),
  populationDescription: text(5000).nullish(),
  paramType: z.enum(PARAM_TYPES).nullish(),
  dispersionType: z.enum(DISPERSION_TYPES).nullish(),
  unitOfMeasure: text(200).nullish(),
  denoms: z.array(denom).max(10).default([]),
  classes: z.array(measureClass).max(200).default([]),
});
export const baseline = z.object({
  populationDescription: text(5000).nullish(),
  typeUnitsAnalyzed: text(100).nullish(),
  groups: z.array(resultGroup).max(100).default([]),
  denoms: z.array(denom).max(10).default([]),
  measures: z.array(baselineMeasure).max(200).default([]),
});
export type BaselineMeasure = z.infer<typeof baselineMeasure>;
export type Baseline = z.infer<typeof baseline>;

// ── Helpers ────────────────────────────────────────────────────────────────────────────────

const YEARS_PER_UNIT: Record<string, number> = {
  year: 1,
  month: 1 / 12,
  week: 7 / 365.25,
  day: 1 / 365.25,
  hour: 1 / (365.25 * 24),
  minute: 1 / (365.25 * 24 * 60),
};

/** "18 Years" -> 18, "6 Months" -> 0.5; null for null, "N/A" or unreadable text. */
export function registryAgeInYears(age: string | null | undefined): number | null {
  const match = age ? REGISTRY_AGE_PATTERN.exec(age.trim()) : null;
  if (!match) return null;
  const years = Number(match[1]) * (YEARS_PER_UNIT[(match[2] ?? '').toLowerCase()] ?? Number.NaN);
  return Number.isFinite(years) ? Math.round(years * 1000) / 1000 : null;
}

/** The filterable trial columns a writer derives from an eligibility object. */
export function eligibilityColumns(e: Eligibility | null | undefined): {
  eligibilitySex: EligibilitySex | null;
  healthyVolunteers: boolean | null;
  minimumAgeYears: number | null;
  maximumAgeYears: number | null;
} {
  return {
    eligibilitySex: e?.sex ?? null,
    healthyVolunteers: e?.healthyVolunteers ?? null,
    minimumAgeYears: registryAgeInYears(e?.minimumAge),
    maximumAgeYears: registryAgeInYears(e?.maximumAge),
  };
}

function checkGroupRefs(
  groups: readonly { id: string }[],
  refs: Iterable<{ groupId: string; path: (string | number)[] }>,
  ctx: z.RefinementCtx,
): void {
  const ids = new Set(groups.map((g) => g.id));
  if (ids.size !== groups.length)
    ctx.addIssue(custom('unique_group_ids', 'group ids must be unique', ['groups']));
  for (const ref of refs) {
    if (!ids.has(ref.groupId)) {
      ctx.addIssue(
        custom('unknown_group', `group "${ref.groupId}" is not one of the declared groups`, ref.path),
      );
    }
  }
}

function* measurementRefs(classes: readonly MeasureClass[], prefix: (string | number)[]) {
  for (const [c, cls] of classes.entries()) {
    for (const [d, dn] of cls.denoms.entries())
      for (const [k, ct] of dn.counts.entries())
        yield { groupId: ct.groupId, path: [...prefix, c, 'denoms', d, 'counts', k, 'groupId'] };
    for (const [g, cat] of cls.categories.entries())
      for (const [m, ms] of cat.measurements.entries())
        yield { groupId: ms.groupId, path: [...prefix, c, 'categories', g, 'measurements', m, 'groupId'] };
  }
}

// ── Entity inputs ──────────────────────────────────────────────────────────────────────────

/** A registered intervention. A therapy link needs its method and evidence: never by name alone. */
export const interventionInput = z
  .object({
    name: text(300),
    type: z.enum(INTERVENTION_TYPES).nullish(),
    description: text(5000).nullish(),
    otherNames: z.array(text(300)).max(100).default([]),
    position: position.default(0),
    /** Labels of the trial's arms that give this intervention. */
    armLabels: z.array(text(300)).max(100).default([]),
    therapyId: z.number().int().positive().nullish(),
    matchMethod: z.enum(MATCH_METHODS).nullish(),
    matchEvidence: text(1000).nullish(),
    inferred: inferredClassification.nullish(),
  })
  .superRefine((i, ctx) => {
    if (i.therapyId != null && i.matchMethod == null)
      ctx.addIssue(custom('match_method_required', 'a therapy link needs a matchMethod', ['matchMethod']));
    if (i.therapyId != null && i.matchEvidence == null)
      ctx.addIssue(
        custom('match_evidence_required', 'a therapy link needs matchEvidence saying why', ['matchEvidence']),
      );
    // Without a therapy, only a curator's recorded decision ("this is no curated construct") may
    // carry a method and evidence; automatic matches always name their therapy.
    if (
      i.therapyId == null &&
      i.matchMethod !== 'CURATOR' &&
      (i.matchMethod != null || i.matchEvidence != null)
    )
      ctx.addIssue(
        custom('match_without_therapy', 'matchMethod and matchEvidence need a therapyId', ['therapyId']),
      );
    if (new Set(i.armLabels).size !== i.armLabels.length)
      ctx.addIssue(custom('unique_arm_labels', 'arm labels must not repeat', ['armLabels']));
  });

export const armInput = z.object({
  label: text(300),
  type: z.enum(ARM_TYPES).nullish(),
  description: text(5000).nullish(),
  position: position.default(0),
});

export const siteInput = z
  .object({
    facility: text(500).nullish(),
    city: text(200).nullish(),
    state: text(200).nullish(),
    zip: text(20).nullish(),
    country: text(100).nullish(),
    status: z.enum(SITE_STATUSES).nullish(),
    latitude: z
      .number()
      .min(-90, { message: 'latitude runs from -90 to 90' })
      .max(90, { message: 'latitude runs from -90 to 90' })
      .nullish(),
    longitude: z
      .number()
      .min(-180, { message: 'longitude runs from -180 to 180' })
      .max(180, { message: 'longitude runs from -180 to 180' })
      .nullish(),
    position: position.default(0),
  })
  .superRefine((s, ctx) => {
    if ((s.latitude == null) !== (s.longitude == null))
      ctx.addIssue(custom('coordinates_pair', 'give both latitude and longitude, or neither', ['longitude']));
    if (!s.facility && !s.city && !s.country)
      ctx.addIssue(
        custom('site_empty', 'a site needs at least a facility, a city or a country', ['facility']),
      );
  });

/** MeSH descriptor (D + 6 digits) or supplementary concept (C + 6-9 digits) id. */
export const MESH_ID_PATTERN = /^(D\d{6,9}|C\d{6,9})$/;

export const meshTermInput = z.object({
  kind: z.enum(MESH_KINDS),
  meshId: z.string().regex(MESH_ID_PATTERN, { message: 'must be a MeSH id such as D008545' }).nullish(),
  term: text(300),
  isAncestor: z.boolean().default(false),
});

export const outcomeMeasureInput = z
  .object({
    source: z.enum(OUTCOME_SOURCES),
    type: z.enum(OUTCOME_TYPES),
    title: text(1000),
    description: text(10_000).nullish(),
    timeFrame: text(1000).nullish(),
    populationDescription: text(5000).nullish(),
    paramType: z.enum(PARAM_TYPES).nullish(),
    dispersionType: z.enum(DISPERSION_TYPES).nullish(),
    unitOfMeasure: text(200).nullish(),
    reportingStatus: z.enum(REPORTING_STATUSES).nullish(),
    groups: z.array(resultGroup).max(100).default([]),
    denoms: z.array(denom).max(10).default([]),
    classes: z.array(measureClass).max(200).default([]),
    analyses: z.array(analysis).max(100).default([]),
    position: position.default(0),
  })
  .superRefine((o, ctx) => {
    if (
      o.source === 'PROTOCOL' &&
      (o.groups.length || o.denoms.length || o.classes.length || o.analyses.length)
    )
      ctx.addIssue(
        custom(
          'protocol_has_no_results',
          'a PROTOCOL outcome measure has no groups, denoms, classes or analyses',
          ['source'],
        ),
      );
    if (o.source === 'PROTOCOL' && o.type === 'POST_HOC')
      ctx.addIssue(custom('post_hoc_is_results', 'POST_HOC measures exist only in RESULTS', ['type']));
    const refs = [
      ...o.denoms.flatMap((d, i) =>
        d.counts.map((c, k) => ({ groupId: c.groupId, path: ['denoms', i, 'counts', k, 'groupId'] })),
      ),
      ...measurementRefs(o.classes, ['classes']),
      ...o.analyses.flatMap((a, i) =>
        a.groupIds.map((g, k) => ({
          groupId: g,
          path: ['analyses', i, 'groupIds', k] as (string | number)[],
        })),
      ),
    ];
    checkGroupRefs(o.groups, refs, ctx);
  });

export const registryAdverseEventInput = z
  .object({
    seriousness: z.enum(AE_SERIOUSNESS),
    term: text(300),
    organSystem: text(300).nullish(),
    sourceVocabulary: text(100).nullish(),
    assessmentType: z.enum(AE_ASSESSMENT_TYPES).nullish(),
    notes: text(2000).nullish(),
    stats: z.array(adverseEventStat).max(100).default([]),
    position: position.default(0),
  })
  .superRefine((e, ctx) => {
    const ids = e.stats.map((s) => s.groupId);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue(custom('unique_group_ids', 'one stats entry per group', ['stats']));
  });

export const registryOutcomeInput = z
  .object({
    responders: count,
    analysed: count,
    measureTitle: text(1000),
    locator: text(500).nullish(),
  })
  .superRefine((o, ctx) => {
    if (o.responders > o.analysed)
      ctx.addIssue(
        custom('responders_at_most_analysed', 'responders must not exceed analysed', ['responders']),
      );
  });

export const trialResultsInput = z
  .object({
    sourceId: z.number().int().positive().nullish(),
    adverseEventGroups: z.array(adverseEventGroup).max(100).default([]),
    adverseEventTimeFrame: text(2000).nullish(),
    adverseEventDescription: text(5000).nullish(),
    adverseEventFrequencyThreshold: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/, { message: 'must be a percentage such as "5"' })
      .refine((v) => Number(v) <= 100, { message: 'must be at most 100', params: { rule: 'max_percent' } })
      .nullish(),
    participantFlow: participantFlow.nullish(),
    baseline: baseline.nullish(),
    registryOutcome: registryOutcomeInput.nullish(),
  })
  .superRefine((r, ctx) => {
    if (r.participantFlow) {
      const refs = r.participantFlow.periods.flatMap((p, i) => [
        ...p.milestones.flatMap((m, j) =>
          m.achievements.map((a, k) => ({
            groupId: a.groupId,
            path: ['participantFlow', 'periods', i, 'milestones', j, 'achievements', k, 'groupId'],
          })),
        ),
        ...p.dropWithdraws.flatMap((d, j) =>
          d.reasons.map((a, k) => ({
            groupId: a.groupId,
            path: ['participantFlow', 'periods', i, 'dropWithdraws', j, 'reasons', k, 'groupId'],
          })),
        ),
      ]);
      checkGroupRefs(r.participantFlow.groups, refs, ctx);
    }
    if (r.baseline) {
      const refs = [
        ...r.baseline.denoms.flatMap((d, i) =>
          d.counts.map((c, k) => ({
            groupId: c.groupId,
            path: ['baseline', 'denoms', i, 'counts', k, 'groupId'],
          })),
        ),
        ...r.baseline.measures.flatMap((m, i) => [
          ...measurementRefs(m.classes, ['baseline', 'measures', i, 'classes']),
        ]),
      ];
      checkGroupRefs(r.baseline.groups, refs, ctx);
    }
  });

/** Registry fields of a trial (alongside validation.ts's trialInput). */
export const trialRegistryInput = z
  .object({
    acronym: text(50).nullish(),
    detailedDescription: text(50_000).nullish(),
    whyStopped: text(1000).nullish(),
    studyType: z.enum(STUDY_TYPES).nullish(),
    startDateType: z.enum(DATE_TYPES).nullish(),
    primaryCompletionDate: partialDate.nullish(),
    primaryCompletionDateType: z.enum(DATE_TYPES).nullish(),
    completionDateType: z.enum(DATE_TYPES).nullish(),
    lastUpdatePosted: partialDate.nullish(),
    keywords: z.array(text(200)).max(200).default([]),
    secondaryIds: z.array(secondaryId).max(100).default([]),
    officials: z.array(official).max(100).default([]),
    eligibility: eligibility.nullish(),
    design: design.nullish(),
  })
  .superRefine((t, ctx) => {
    if (t.primaryCompletionDateType != null && t.primaryCompletionDate == null)
      ctx.addIssue(
        custom('date_type_without_date', 'primaryCompletionDateType needs primaryCompletionDate', [
          'primaryCompletionDateType',
        ]),
      );
    const min = registryAgeInYears(t.eligibility?.minimumAge);
    const max = registryAgeInYears(t.eligibility?.maximumAge);
    if (min != null && max != null && min > max)
      ctx.addIssue(
        custom('age_order', 'minimumAge must not exceed maximumAge', ['eligibility', 'minimumAge']),
      );
  });

/** Curated construct fields a therapy gains in the evidence model. */
export const therapyConstructInput = z.object({
  costimulatoryDomain: text(100).nullish(),
  manufacturer: text(300).nullish(),
  productCodes: z.array(text(50)).max(50).default([]),
  aliases: z.array(text(300)).max(100).default([]),
});

export type InterventionInput = z.input<typeof interventionInput>;
export type ArmInput = z.input<typeof armInput>;
export type SiteInput = z.input<typeof siteInput>;
export type MeshTermInput = z.input<typeof meshTermInput>;
export type OutcomeMeasureInput = z.input<typeof outcomeMeasureInput>;
export type RegistryAdverseEventInput = z.input<typeof registryAdverseEventInput>;
export type RegistryOutcomeInput = z.input<typeof registryOutcomeInput>;
export type TrialResultsInput = z.input<typeof trialResultsInput>;
export type TrialRegistryInput = z.input<typeof trialRegistryInput>;
export type TherapyConstructInput = z.input<typeof therapyConstructInput>;
