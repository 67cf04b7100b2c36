// StudyRecord → the registry parts GeneTrials stores for a trial (evidence model v2): the trial's
// registry columns, its interventions (per trial, each with the classifier's inferred values and
// evidence, and a curated-construct match when one is explained), arms and which arm gives which
// intervention, sites, MeSH terms, protocol and results outcome measures, registry adverse events,
// the results row and the registry-reported objective response. Pure and deterministic.
//
// Text normalisation (a fidelity test compares the stored values with the record through these):
//   • LINE  = cleanLine: Markdown escapes removed (`\>` → `>`), every whitespace run (newlines
//     included) collapsed to one space, trimmed; empty → null. Used for names, labels, titles,
//     terms, places, group titles, time frames, units, keywords, other names.
//   • BLOCK = cleanText: Markdown escapes removed, CR LF → LF, each line trimmed, runs of blank
//     lines kept as one paragraph break; empty → null. Used for descriptions, criteria, notes,
//     comments and other prose.
//   • Reported numbers (measurement values, spreads, limits, p-values …) are only trimmed; counts
//     (participants, events) are the record's integers. Registry enumerations are already in the
//     v2 spelling (ctgov-record*.ts); the few display strings the v2 API itself uses (dispersion
//     "Standard Deviation", "95% Confidence Interval", CI sides "2-Sided") become tokens here.
// A value the schema refuses (wrong enumeration, too long, a site without any place) is left out
// and reported in `issues` with its locator: never cut, never guessed.

import { ValidationError } from '@genetrials/schema';
import {
  ALLOCATIONS,
  ARM_TYPES,
  ELIGIBILITY_SEXES,
  INTERVENTION_MODELS,
  MASKED_ROLES,
  MASKINGS,
  OBSERVATIONAL_MODELS,
  OFFICIAL_ROLES,
  PRIMARY_PURPOSES,
  SITE_STATUSES,
  STANDARD_AGES,
  STUDY_TYPES,
  TIME_PERSPECTIVES,
} from '@genetrials/schema/domain';
import { parseRegistryParts, type RegistryParts } from '@genetrials/schema/write';
import {
  type Evidence as ClassifierEvidence,
  CTGOV_INTERVENTION_TYPES,
  type CtgovInterventionType,
  classifyIntervention,
  isResponseOutcomeTitle,
} from './classify.js';
import { type ConstructMatch, matchConstruct } from './constructs.js';
import type {
  BrowseModule,
  Denom,
  MeasureClass,
  ResultGroup,
  ResultOutcome,
  StudyRecord,
  StudyResults,
} from './ctgov-record.js';
import { cleanLine, cleanText } from './text.js';

type Intervention = RegistryParts['interventions'][number];
type Arm = RegistryParts['arms'][number];
type Site = RegistryParts['sites'][number];
type Mesh = RegistryParts['meshTerms'][number];
type Outcome = RegistryParts['outcomeMeasures'][number];
type AdverseEvent = RegistryParts['adverseEvents'][number];
type Results = NonNullable<RegistryParts['results']>;

/** A value of the record left out of the parts, and why. */
export interface PartIssue {
  locator: string;
  message: string;
}

/** The trial columns of the registry (evidence model v2), as the trial table names them. */
export interface TrialRegistryColumns {
  acronym: string | null;
  detailedDescription: string | null;
  whyStopped: string | null;
  studyType: 'INTERVENTIONAL' | 'OBSERVATIONAL' | 'EXPANDED_ACCESS' | null;
  startDateType: 'ACTUAL' | 'ESTIMATED' | null;
  primaryCompletionDate: string | null;
  primaryCompletionDateType: 'ACTUAL' | 'ESTIMATED' | null;
  completionDateType: 'ACTUAL' | 'ESTIMATED' | null;
  lastUpdatePosted: string | null;
  keywords: string[];
  secondaryIds: { id: string; type: string | null; domain: string | null }[];
  officials: { name: string; affiliation: string | null; role: string | null }[];
  eligibility: {
    criteria: string | null;
    minimumAge: string | null;
    maximumAge: string | null;
    sex: 'ALL' | 'FEMALE' | 'MALE' | null;
    genderDescription: string | null;
    healthyVolunteers: boolean | null;
    stdAges: string[];
  } | null;
  design: {
    allocation: string | null;
    masking: string | null;
    whoMasked: string[];
    interventionModel: string | null;
    interventionModelDescription: string | null;
    primaryPurpose: string | null;
    observationalModel: string | null;
    timePerspective: string | null;
  } | null;
  eligibilitySex: 'ALL' | 'FEMALE' | 'MALE' | null;
  healthyVolunteers: boolean | null;
  minimumAgeYears: number | null;
  maximumAgeYears: number | null;
}

/** An intervention as mapped: the write-layer input plus the construct it explicitly names. */
export interface MappedIntervention extends Intervention {
  /** The curated construct the record names (alias or product code), with how and where; else null. */
  construct: ConstructMatch | null;
}

export interface MappedParts {
  trial: TrialRegistryColumns;
  interventions: MappedIntervention[];
  arms: Arm[];
  sites: Site[];
  meshTerms: Mesh[];
  outcomeMeasures: Outcome[];
  adverseEvents: AdverseEvent[];
  /** Null when the record has no results section. `sourceId` is the writer's to set. */
  results: Results | null;
  issues: PartIssue[];
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const LINE = cleanLine;
const BLOCK = cleanText;
const trimmed = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};
const lines = (values: readonly (string | null)[]): string[] =>
  values.map((v) => LINE(v)).filter((v): v is string => v !== null);

const oneOf = <T extends string>(allowed: readonly T[], value: string | null | undefined): T | null =>
  value != null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** v2 display dispersion → token: "Standard Deviation" → STANDARD_DEVIATION, "95% Confidence Interval" → CONFIDENCE_95. */
export function dispersionToken(raw: string | null): string | null {
  if (raw == null || raw.trim() === '') return null;
  const ci = /^(\d+(?:\.\d+)?)\s*%\s*Confidence Interval$/i.exec(raw.trim());
  if (ci) {
    const pct = (ci[1] as string).replace('.', '');
    return ['80', '90', '95', '975', '99'].includes(pct) ? `CONFIDENCE_${pct}` : 'CONFIDENCE_OTHER';
  }
  const t = raw
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return t === 'NOT_APPLICABLE' || t === 'N_A' ? 'NA' : t;
}

/** CI sides: "2_SIDED"/"2-Sided"/TWO_SIDED → TWO_SIDED, likewise ONE_SIDED. */
export function ciSidesToken(raw: string | null): 'ONE_SIDED' | 'TWO_SIDED' | null {
  if (raw == null) return null;
  const t = raw
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
  if (t === 'TWO_SIDED' || t === '2_SIDED') return 'TWO_SIDED';
  if (t === 'ONE_SIDED' || t === '1_SIDED') return 'ONE_SIDED';
  return null;
}

const toCountValue = (v: string | number | null | undefined): number | null => {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (v == null || !/^\s*\d+\s*$/.test(v)) return null;
  return Number(v);
};

// ---------------------------------------------------------------------------------------------
// Trial columns

const REGISTRY_AGE = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?$/i;
const YEARS_PER_UNIT: Record<string, number> = {
  year: 1,
  month: 1 / 12,
  week: 7 / 365.25,
  day: 1 / 365.25,
  hour: 1 / (365.25 * 24),
  minute: 1 / (365.25 * 24 * 60),
};
function ageYears(age: string | null): number | null {
  const m = age ? REGISTRY_AGE.exec(age.trim()) : null;
  if (!m) return null;
  const years = Number(m[1]) * (YEARS_PER_UNIT[(m[2] as string).toLowerCase()] ?? Number.NaN);
  return Number.isFinite(years) ? Math.round(years * 1000) / 1000 : null;
}

function trialColumns(r: StudyRecord, issues: PartIssue[]): TrialRegistryColumns {
  const dates = r.dates;
  const date = (d: StudyRecord['dates']['start'], name: string): string | null => {
    const v = d.value?.date ?? null;
    if (v != null && !DATE_PATTERN.test(v)) {
      issues.push({ locator: d.locator, message: `${name} "${v}" is not a date; left out` });
      return null;
    }
    return v;
  };
  const primaryCompletionDate = date(dates.primaryCompletion, 'primary completion date');
  const e = r.eligibility;
  /** An age as the record writes it ("18 Years"); "N/A" and unreadable ages are no limit (null). */
  const age = (a: typeof e.minimumAge): string | null => {
    const text = a.value?.text?.trim() ?? null;
    if (text == null) return null;
    if (!REGISTRY_AGE.test(text)) {
      if (!/^N\/?A$/i.test(text))
        issues.push({ locator: a.locator, message: `age "${text}" is not readable; left out` });
      return null;
    }
    return text;
  };
  const minimumAge = age(e.minimumAge);
  const maximumAge = age(e.maximumAge);
  const sex = oneOf(ELIGIBILITY_SEXES, e.sex.value);
  const hasEligibility =
    e.criteria.value != null ||
    minimumAge != null ||
    maximumAge != null ||
    sex != null ||
    e.healthyVolunteers.value != null ||
    e.stdAges.value.length > 0;
  const eligibility = hasEligibility
    ? {
        criteria: BLOCK(e.criteria.value),
        minimumAge,
        maximumAge,
        sex,
        genderDescription: BLOCK(e.genderDescription.value),
        healthyVolunteers: e.healthyVolunteers.value,
        stdAges: e.stdAges.value.filter((s) => (STANDARD_AGES as readonly string[]).includes(s)),
      }
    : null;
  const d = r.design;
  const designValues = {
    allocation: oneOf(ALLOCATIONS, d.allocation.value),
    masking: oneOf(MASKINGS, d.masking.value),
    whoMasked: d.whoMasked.value.filter((x) => (MASKED_ROLES as readonly string[]).includes(x)),
    interventionModel: oneOf(INTERVENTION_MODELS, d.interventionModel.value),
    interventionModelDescription: BLOCK(d.interventionModelDescription.value),
    primaryPurpose: oneOf(PRIMARY_PURPOSES, d.primaryPurpose.value),
    observationalModel: oneOf(OBSERVATIONAL_MODELS, d.observationalModel.value),
    timePerspective: oneOf(TIME_PERSPECTIVES, d.timePerspective.value),
  };
  for (const [k, v] of Object.entries(designValues)) {
    const raw = (d as unknown as Record<string, { value: unknown; locator: string }>)[k];
    if (v === null && typeof raw?.value === 'string')
      issues.push({
        locator: raw.locator,
        message: `design ${k} "${raw.value}" is not a known value; left out`,
      });
  }
  const design = Object.values(designValues).some((v) => (Array.isArray(v) ? v.length > 0 : v != null))
    ? designValues
    : null;
  const studyType = oneOf(STUDY_TYPES, d.studyType.value);
  if (studyType === null && d.studyType.value != null)
    issues.push({
      locator: d.studyType.locator,
      message: `study type "${d.studyType.value}" is not a known value; left out`,
    });
  const lastUpdate = r.lastUpdatePosted.value;
  return {
    acronym: LINE(r.acronym.value),
    detailedDescription: BLOCK(r.detailedDescription.value),
    whyStopped: BLOCK(r.whyStopped.value),
    studyType,
    startDateType: dates.start.value?.date ? dates.start.value.type : null,
    primaryCompletionDate,
    primaryCompletionDateType: primaryCompletionDate ? (dates.primaryCompletion.value?.type ?? null) : null,
    completionDateType: dates.completion.value?.date ? dates.completion.value.type : null,
    lastUpdatePosted: lastUpdate && DATE_PATTERN.test(lastUpdate) ? lastUpdate : null,
    keywords: lines(r.keywords.value),
    secondaryIds: r.secondaryIds.value.flatMap((s) => {
      const id = LINE(s.id);
      return id ? [{ id, type: LINE(s.type), domain: LINE(s.domain) }] : [];
    }),
    officials: r.officials.value.flatMap((o) => {
      const name = LINE(o.name);
      return name
        ? [
            {
              name,
              affiliation: LINE(o.affiliation),
              role: oneOf(OFFICIAL_ROLES, o.role),
            },
          ]
        : [];
    }),
    eligibility,
    design,
    eligibilitySex: sex,
    healthyVolunteers: e.healthyVolunteers.value,
    minimumAgeYears: ageYears(minimumAge),
    maximumAgeYears: ageYears(maximumAge),
  };
}

// ---------------------------------------------------------------------------------------------
// Interventions and arms

const EVIDENCE_FIELD: Record<string, 'NAME' | 'OTHER_NAME' | 'DESCRIPTION' | undefined> = {
  name: 'NAME',
  otherNames: 'OTHER_NAME',
  description: 'DESCRIPTION',
};

/**
 * The classifier's values with their evidence, in the stored shape. A value is kept only with
 * evidence from the intervention's own text (name, other names, description): the modality OTHER
 * of "no rule matched" or of the intervention type alone is unknown (null), not a finding.
 */
function inferredOf(c: ReturnType<typeof classifyIntervention>): Intervention['inferred'] {
  const keep = <T>(x: { value: T; evidence: ClassifierEvidence | null } | null) => {
    const field = x?.evidence ? EVIDENCE_FIELD[x.evidence.field] : undefined;
    const text = x?.evidence?.text.trim();
    return x && field && text ? { value: x.value, evidence: { field, text } } : null;
  };
  const e = c.evidence;
  const inferred = {
    modality: keep(e.modality),
    vector: keep(e.vector),
    transgene: keep(e.transgene),
    targetAntigen: keep(e.targetAntigen),
    cellSource: keep(e.cellSource),
  };
  return Object.values(inferred).some((v) => v !== null) ? inferred : null;
}

/** Why a construct match holds, in words: 'other name "CTL019" is a product code of tisagenlecleucel'. */
export function matchEvidenceText(m: ConstructMatch): string {
  const where =
    m.evidence.field === 'name' ? 'name' : m.evidence.field === 'otherNames' ? 'other name' : 'description';
  const what = m.method === 'PRODUCT_CODE' ? 'a product code' : 'a name';
  return `${where} "${m.evidence.text}" gives ${what} of ${m.construct.name}`;
}

/** "Drug: Cyclophosphamide" (v2 arm interventionNames) → {type: 'DRUG', name: 'Cyclophosphamide'}. */
function splitArmInterventionName(raw: string): { type: string | null; name: string } {
  const m = /^\s*([A-Za-z][A-Za-z /]*?)\s*:\s*(.+)$/.exec(raw);
  if (!m) return { type: null, name: LINE(raw) ?? '' };
  const type = (m[1] as string)
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
  return (CTGOV_INTERVENTION_TYPES as readonly string[]).includes(type)
    ? { type, name: LINE(m[2] as string) ?? '' }
    : { type: null, name: LINE(raw) ?? '' };
}

function armsAndInterventions(r: StudyRecord, issues: PartIssue[]) {
  const arms: Arm[] = [];
  const labels = new Set<string>();
  r.arms.forEach((a, position) => {
    const label = LINE(a.label);
    if (!label) {
      issues.push({ locator: a.locator, message: 'arm without a label; left out' });
      return;
    }
    if (labels.has(label)) {
      issues.push({ locator: a.locator, message: `arm label "${label}" repeats an earlier arm; left out` });
      return;
    }
    labels.add(label);
    const type = oneOf(ARM_TYPES, a.type);
    if (a.type && !type)
      issues.push({ locator: a.locator, message: `arm type "${a.type}" is not known; left out` });
    arms.push({ label, type, description: BLOCK(a.description), position });
  });

  const interventions: MappedIntervention[] = [];
  r.interventions.forEach((i, position) => {
    const name = LINE(i.name);
    if (!name) {
      issues.push({ locator: i.locator, message: 'intervention without a name; left out' });
      return;
    }
    const type = oneOf(CTGOV_INTERVENTION_TYPES, i.type) as CtgovInterventionType | null;
    if (i.type && !type)
      issues.push({
        locator: i.typeLocator,
        message: `intervention type "${i.type}" is not known; left out`,
      });
    const description = BLOCK(i.description);
    const otherNames = lines(i.otherNames);
    // Links: the intervention's own arm labels, and every arm whose intervention list names it
    // ("Drug: Cyclophosphamide", the v2 arm side); a label of no arm is reported.
    const armLabels: string[] = [];
    for (const raw of i.armGroupLabels) {
      const label = LINE(raw);
      if (!label) continue;
      if (!labels.has(label))
        issues.push({
          locator: i.locator,
          message: `arm "${label}" of intervention "${name}" is not one of the arms; link left out`,
        });
      else if (!armLabels.includes(label)) armLabels.push(label);
    }
    for (const a of r.arms) {
      const label = LINE(a.label);
      if (!label || !labels.has(label) || armLabels.includes(label)) continue;
      const named = a.interventionNames.map(splitArmInterventionName);
      if (named.some((n) => n.name === name && (n.type === null || type === null || n.type === type)))
        armLabels.push(label);
    }
    const classification = classifyIntervention({ type: type ?? 'OTHER', name, description, otherNames });
    const construct = matchConstruct({ name, otherNames, description });
    interventions.push({
      name,
      type,
      description,
      otherNames,
      position,
      armLabels,
      inferred: inferredOf(classification),
      construct,
    });
  });
  return { arms, interventions };
}

// ---------------------------------------------------------------------------------------------
// Sites and MeSH terms

function sitesOf(r: StudyRecord, issues: PartIssue[]): Site[] {
  return r.sites.value.flatMap((s, position) => {
    const site: Site = {
      facility: LINE(s.facility),
      city: LINE(s.city),
      state: LINE(s.state),
      zip: LINE(s.zip),
      country: LINE(s.country),
      status: oneOf(SITE_STATUSES, s.status),
      latitude: s.geoPoint?.lat ?? null,
      longitude: s.geoPoint?.lon ?? null,
      position,
    };
    if (s.status && !site.status)
      issues.push({ locator: s.locator, message: `site status "${s.status}" is not known; left out` });
    if (!site.facility && !site.city && !site.country) {
      issues.push({ locator: s.locator, message: 'site without a facility, city or country; left out' });
      return [];
    }
    return [site];
  });
}

/** Own headings (isAncestor false) first, then ancestors; a term appears once per kind, own first. */
function meshOf(r: StudyRecord): Mesh[] {
  const out: Mesh[] = [];
  const seen = new Set<string>();
  const add = (kind: 'CONDITION' | 'INTERVENTION', m: BrowseModule | null) => {
    if (!m) return;
    for (const [list, isAncestor] of [
      [m.meshes, false],
      [m.ancestors, true],
    ] as const) {
      for (const t of list) {
        const term = LINE(t.term);
        if (!term || seen.has(`${kind}\u0000${term}`)) continue;
        seen.add(`${kind}\u0000${term}`);
        out.push({ kind, meshId: trimmed(t.id), term, isAncestor });
      }
    }
  };
  add('CONDITION', r.conditionBrowse);
  add('INTERVENTION', r.interventionBrowse);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Outcome measures and results

const groupsOf = (groups: readonly ResultGroup[]) =>
  groups.map((g) => ({
    id: trimmed(g.id) ?? '',
    title: LINE(g.title) ?? '',
    description: BLOCK(g.description),
  }));

const denomsOf = (denoms: readonly Denom[]) =>
  denoms.map((d) => ({
    units: LINE(d.units) ?? '',
    counts: d.counts.map((c) => ({
      groupId: trimmed(c.groupId) ?? '',
      value: toCountValue(c.value) as number,
    })),
  }));

const classesOf = (classes: readonly MeasureClass[]) =>
  classes.map((c) => ({
    title: LINE(c.title),
    denoms: denomsOf(c.denoms),
    categories: c.categories.map((cat) => ({
      title: LINE(cat.title),
      measurements: cat.measurements.map((m) => ({
        groupId: trimmed(m.groupId) ?? '',
        value: trimmed(m.value),
        spread: trimmed(m.spread),
        lowerLimit: trimmed(m.lowerLimit),
        upperLimit: trimmed(m.upperLimit),
        comment: BLOCK(m.comment),
      })),
    })),
  }));

function resultOutcome(o: ResultOutcome, position: number): Outcome {
  return {
    source: 'RESULTS',
    type: (o.type ?? '') as Outcome['type'],
    title: LINE(o.title) ?? '',
    description: BLOCK(o.description),
    timeFrame: LINE(o.timeFrame),
    populationDescription: BLOCK(o.populationDescription),
    paramType: (o.paramType ?? null) as Outcome['paramType'],
    dispersionType: dispersionToken(o.dispersionType) as Outcome['dispersionType'],
    unitOfMeasure: LINE(o.unitOfMeasure),
    reportingStatus: (o.reportingStatus ?? null) as Outcome['reportingStatus'],
    groups: groupsOf(o.groups),
    denoms: denomsOf(o.denoms),
    classes: classesOf(o.classes),
    analyses: o.analyses.map((a) => ({
      groupIds: a.groupIds.map((g) => g.trim()),
      groupDescription: BLOCK(a.groupDescription),
      nonInferiorityType: trimmed(a.nonInferiorityType),
      nonInferiorityComment: BLOCK(a.nonInferiorityComment),
      pValue: trimmed(a.pValue),
      pValueComment: BLOCK(a.pValueComment),
      statisticalMethod: LINE(a.statisticalMethod),
      statisticalComment: BLOCK(a.statisticalComment),
      paramType: LINE(a.paramType),
      paramValue: trimmed(a.paramValue),
      ciPctValue: trimmed(a.ciPctValue),
      ciNumSides: ciSidesToken(a.ciNumSides),
      ciLowerLimit: trimmed(a.ciLowerLimit),
      ciUpperLimit: trimmed(a.ciUpperLimit),
      dispersionType: LINE(a.dispersionType),
      dispersionValue: trimmed(a.dispersionValue),
      estimateComment: BLOCK(a.estimateComment),
    })),
    position,
  };
}

function outcomesOf(r: StudyRecord): Outcome[] {
  const protocol: Outcome[] = r.protocolOutcomes.value.map((p, position) => ({
    source: 'PROTOCOL',
    type: p.kind === 'OTHER' ? 'OTHER_PRE_SPECIFIED' : p.kind,
    title: LINE(p.measure) ?? '',
    description: BLOCK(p.description),
    timeFrame: LINE(p.timeFrame),
    position,
  }));
  const results = (r.results?.outcomes ?? []).map(resultOutcome);
  return [...protocol, ...results];
}

function adverseEventsOf(r: StudyRecord): AdverseEvent[] {
  const ae = r.results?.adverseEvents;
  if (!ae) return [];
  const map =
    (seriousness: 'SERIOUS' | 'OTHER') => (e: (typeof ae.seriousEvents)[number], position: number) => ({
      seriousness,
      term: LINE(e.term) ?? '',
      organSystem: LINE(e.organSystem),
      sourceVocabulary: LINE(e.sourceVocabulary),
      assessmentType: (e.assessmentType ?? null) as AdverseEvent['assessmentType'],
      notes: BLOCK(e.notes),
      stats: e.stats.map((s) => ({
        groupId: trimmed(s.groupId) ?? '',
        numEvents: s.numEvents,
        numAffected: s.numAffected,
        numAtRisk: s.numAtRisk,
      })),
      position,
    });
  return [...ae.seriousEvents.map(map('SERIOUS')), ...ae.otherEvents.map(map('OTHER'))];
}

/** A registry-reported objective response: responders over participants analysed, as posted. */
export interface RegistryOrr {
  responders: number;
  analysed: number;
  measureTitle: string;
  locator: string;
}

const OVERALL_GROUP =
  /^\s*(?:overall|total|all\s+(?:participants|patients|subjects|treated\s+(?:participants|patients|subjects)))\b/i;
const RESPONSE_CATEGORY =
  /\b(?:objective|overall|best overall)\s+response(?:\s+rate)?\b|\bORR\b|\bCR\s*\+\s*PR\b|\bresponders?\b/i;
const PARTICIPANTS = /^participants?$/i;

/**
 * The registry-reported objective response, read without guessing. The first outcome measure in
 * record order whose title (or, failing that, its type/description) names an objective/overall
 * response (isResponseOutcomeTitle: ORR, objective/overall/best overall response, CR+PR) and that
 * counts participants (paramType COUNT_OF_PARTICIPANTS, or NUMBER with unit "Participants") gives:
 *   • the group: the only group, or the one group titled "Overall"/"Total"/"All participants";
 *     with several arms and no such group nothing is read (arms are never summed);
 *   • responders: that group's one measurement when the measure has exactly one category, or the
 *     one category whose title names the response (ORR, CR+PR, responders); categories are never
 *     added up (a CR / PR / SD / PD breakdown gives no ORR here);
 *   • analysed: the group's participants-analysed denominator (class denominator first).
 * Whole numbers only, responders ≤ analysed; otherwise null.
 */
export function registryOrr(results: StudyResults | null): RegistryOrr | null {
  for (const o of results?.outcomes ?? []) {
    const title = LINE(o.title);
    if (!title) continue;
    const names = isResponseOutcomeTitle(title) || /\bCR\s*\+\s*PR\b/i.test(title);
    if (!names) continue;
    const unit = LINE(o.unitOfMeasure) ?? '';
    const counts =
      o.paramType === 'COUNT_OF_PARTICIPANTS' || (o.paramType === 'NUMBER' && PARTICIPANTS.test(unit));
    if (!counts) continue;
    const groups = o.groups.filter((g) => g.id);
    const group =
      groups.length === 1
        ? groups[0]
        : (() => {
            const overall = groups.filter((g) => OVERALL_GROUP.test(g.title ?? ''));
            return overall.length === 1 ? overall[0] : undefined;
          })();
    if (!group?.id) continue;
    const categories = o.classes.flatMap((c, ci) =>
      c.categories.map((cat, ki) => ({
        cls: c,
        ci,
        cat,
        ki,
        label: [LINE(c.title), LINE(cat.title)].filter(Boolean).join(' / '),
      })),
    );
    const chosen =
      categories.length === 1
        ? categories[0]
        : (() => {
            const named = categories.filter((c) => RESPONSE_CATEGORY.test(c.label));
            return named.length === 1 ? named[0] : undefined;
          })();
    if (!chosen) continue;
    const ms = chosen.cat.measurements.filter((m) => m.groupId === group.id);
    if (ms.length !== 1) continue;
    const responders = toCountValue((ms[0] as { value: string | null }).value);
    const denomOf = (denoms: readonly Denom[]) =>
      denoms.find((d) => PARTICIPANTS.test(LINE(d.units) ?? ''))?.counts.find((c) => c.groupId === group.id)
        ?.value ?? null;
    const analysed = toCountValue(denomOf(chosen.cls.denoms) ?? denomOf(o.denoms));
    if (responders === null || analysed === null || analysed === 0 || responders > analysed) continue;
    const where = [
      o.locator,
      `group ${group.id} "${LINE(group.title) ?? ''}"`,
      chosen.label ? `category "${chosen.label}"` : null,
    ].filter(Boolean);
    return { responders, analysed, measureTitle: title, locator: where.join(' / ') };
  }
  return null;
}

function resultsOf(r: StudyRecord): Results | null {
  const res = r.results;
  if (!res) return null;
  const ae = res.adverseEvents;
  const flow = res.participantFlow;
  const base = res.baseline;
  const orr = registryOrr(res);
  return {
    adverseEventGroups: (ae?.eventGroups ?? []).map((g) => ({
      id: trimmed(g.id) ?? '',
      title: LINE(g.title) ?? '',
      description: BLOCK(g.description),
      deathsNumAffected: g.deathsNumAffected,
      deathsNumAtRisk: g.deathsNumAtRisk,
      seriousNumAffected: g.seriousNumAffected,
      seriousNumAtRisk: g.seriousNumAtRisk,
      otherNumAffected: g.otherNumAffected,
      otherNumAtRisk: g.otherNumAtRisk,
    })),
    adverseEventTimeFrame: BLOCK(ae?.timeFrame),
    adverseEventDescription: BLOCK(ae?.description),
    adverseEventFrequencyThreshold: trimmed(ae?.frequencyThreshold),
    participantFlow: flow
      ? {
          recruitmentDetails: BLOCK(flow.recruitmentDetails),
          preAssignmentDetails: BLOCK(flow.preAssignmentDetails),
          groups: groupsOf(flow.groups),
          periods: flow.periods.map((p) => ({
            title: LINE(p.title) ?? '',
            milestones: p.milestones.map((m) => ({
              type: LINE(m.type) ?? '',
              comment: BLOCK(m.comment),
              achievements: m.achievements.map((a) => ({
                groupId: trimmed(a.groupId) ?? '',
                numSubjects: a.numSubjects,
                comment: BLOCK(a.comment),
              })),
            })),
            dropWithdraws: p.dropWithdraws.map((d) => ({
              type: LINE(d.type) ?? '',
              reasons: d.reasons.map((x) => ({
                groupId: trimmed(x.groupId) ?? '',
                numSubjects: x.numSubjects,
              })),
            })),
          })),
        }
      : null,
    baseline: base
      ? {
          populationDescription: BLOCK(base.populationDescription),
          groups: groupsOf(base.groups),
          denoms: denomsOf(base.denoms),
          measures: base.measures.map((m) => ({
            title: LINE(m.title) ?? '',
            description: BLOCK(m.description),
            populationDescription: BLOCK(m.populationDescription),
            paramType: (m.paramType ?? null) as never,
            dispersionType: dispersionToken(m.dispersionType) as never,
            unitOfMeasure: LINE(m.unitOfMeasure),
            classes: classesOf(m.classes),
          })),
        }
      : null,
    registryOutcome: orr,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation: each row alone, so one bad row is reported and the rest are kept.

function keepValid<T>(
  rows: T[],
  locatorOf: (row: T, i: number) => string,
  check: (row: T) => void,
  issues: PartIssue[],
): T[] {
  return rows.filter((row, i) => {
    try {
      check(row);
      return true;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push({
        locator: locatorOf(row, i),
        message: `left out: ${error.issues.map((x) => `${x.path.replace(/^parts\.\w+\.0\.?/, '') || '(row)'} ${x.message}`).join('; ')}`,
      });
      return false;
    }
  });
}

const EMPTY: RegistryParts = {
  interventions: [],
  arms: [],
  sites: [],
  meshTerms: [],
  outcomeMeasures: [],
  adverseEvents: [],
  results: null,
};
const checkOne = (part: Partial<RegistryParts>) => () => parseRegistryParts({ ...EMPTY, ...part });

/** Maps a record's registry parts. Every value left out is in `issues` with its locator. */
export function mapRegistryParts(r: StudyRecord): MappedParts {
  const issues: PartIssue[] = [];
  const trial = trialColumns(r, issues);
  const ai = armsAndInterventions(r, issues);
  const arms = keepValid(
    ai.arms,
    (a) => r.arms[a.position ?? 0]?.locator ?? 'arms',
    (a) => checkOne({ arms: [a] })(),
    issues,
  );
  const armLabels = new Set(arms.map((a) => a.label));
  const interventions = keepValid(
    ai.interventions.map((i) => ({ ...i, armLabels: (i.armLabels ?? []).filter((l) => armLabels.has(l)) })),
    (i) => r.interventions[i.position ?? 0]?.locator ?? 'interventions',
    ({ construct: _c, armLabels: _a, ...i }) => checkOne({ interventions: [i] })(),
    issues,
  );
  const sites = keepValid(
    sitesOf(r, issues),
    (s) => r.sites.value[s.position ?? 0]?.locator ?? r.sites.locator,
    (s) => checkOne({ sites: [s] })(),
    issues,
  );
  const meshTerms = keepValid(
    meshOf(r),
    (m) =>
      `${m.kind === 'CONDITION' ? r.conditionBrowse?.locator : r.interventionBrowse?.locator} "${m.term}"`,
    (m) => checkOne({ meshTerms: [m] })(),
    issues,
  );
  const outcomeMeasures = keepValid(
    outcomesOf(r),
    (o) =>
      o.source === 'PROTOCOL'
        ? (r.protocolOutcomes.value[o.position ?? 0]?.locator ?? r.protocolOutcomes.locator)
        : (r.results?.outcomes[o.position ?? 0]?.locator ?? 'results'),
    (o) => checkOne({ outcomeMeasures: [o] })(),
    issues,
  );
  const adverseEvents = keepValid(
    adverseEventsOf(r),
    (e) => {
      const list =
        e.seriousness === 'SERIOUS'
          ? r.results?.adverseEvents?.seriousEvents
          : r.results?.adverseEvents?.otherEvents;
      return list?.[e.position ?? 0]?.locator ?? 'adverseEvents';
    },
    (e) => checkOne({ adverseEvents: [e] })(),
    issues,
  );
  let results = resultsOf(r);
  if (results) {
    // Each piece alone: a bad adverse-event group, flow or baseline is left out (and reported),
    // the rest of the results row is kept.
    const loc = r.results?.locator ?? 'results';
    const base = { ...results, adverseEventGroups: [], participantFlow: null, baseline: null };
    const ok = (x: Results) => checkOne({ results: x })();
    const [kept] = keepValid([base], () => loc, ok, issues);
    if (kept) {
      results = {
        ...kept,
        adverseEventGroups: keepValid(
          results.adverseEventGroups ?? [],
          (_g, i) => `${r.results?.adverseEvents?.locator ?? loc} eventGroups[${i}]`,
          (g) => ok({ adverseEventGroups: [g] }),
          issues,
        ),
        participantFlow:
          keepValid(
            results.participantFlow ? [results.participantFlow] : [],
            () => r.results?.participantFlow?.locator ?? loc,
            (f) => ok({ participantFlow: f }),
            issues,
          )[0] ?? null,
        baseline:
          keepValid(
            results.baseline ? [results.baseline] : [],
            () => r.results?.baseline?.locator ?? loc,
            (b) => ok({ baseline: b }),
            issues,
          )[0] ?? null,
      };
    } else results = null;
  }
  return { trial, interventions, arms, sites, meshTerms, outcomeMeasures, adverseEvents, results, issues };
}

/** The write-layer parts of a mapping, with each intervention's therapy link as decided by the writer. */
export function toRegistryParts(
  mapped: MappedParts,
  therapyOf: (
    i: MappedIntervention,
  ) => { therapyId: number; matchMethod: 'ALIAS' | 'PRODUCT_CODE'; matchEvidence: string } | null,
  sourceId: number | null,
): RegistryParts {
  return {
    interventions: mapped.interventions.map(({ construct: _c, ...i }) => {
      const link = therapyOf({ ...i, construct: _c });
      return {
        ...i,
        therapyId: link?.therapyId ?? null,
        matchMethod: link?.matchMethod ?? null,
        matchEvidence: link?.matchEvidence ?? null,
      };
    }),
    arms: mapped.arms,
    sites: mapped.sites,
    meshTerms: mapped.meshTerms,
    outcomeMeasures: mapped.outcomeMeasures,
    adverseEvents: mapped.adverseEvents,
    results: mapped.results ? { ...mapped.results, sourceId } : null,
  };
}
