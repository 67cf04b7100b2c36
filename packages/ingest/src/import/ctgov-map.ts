// StudyRecord → the rows GeneTrials stores: a trial, the therapies its interventions name, the
// trial↔therapy links, one registry source and the claims citing it. Pure and deterministic;
// anything the record does not say stays unknown (null / absent), never guessed.

import {
  NCT_ID_PATTERN,
  type Phase,
  parseOrThrow,
  sourceInput,
  type TherapyRole,
  TRIAL_STATUSES,
  type TrialStatus,
  therapyInput,
  trialInput,
  ValidationError,
  yearOf,
} from '@genetrials/schema';
import {
  CELL_TRANSFER_MODALITIES,
  CTGOV_ARM_GROUP_TYPES,
  CTGOV_INTERVENTION_TYPES,
  type CtgovArmGroupType,
  type CtgovInterventionType,
  classifyIntervention,
  isResponseOutcomeTitle,
  therapyRole,
} from './classify.js';
import type { StudyRecord } from './ctgov-record.js';
import { cleanLine, cleanText, toIsoDateTime, toPartialDate, truncate } from './text.js';

/** A record that cannot be imported, with the reason the report shows. */
export class RecordError extends Error {
  constructor(
    message: string,
    /** Where in the record, when one field is at fault. */
    readonly locator: string | null = null,
  ) {
    super(locator ? `${message} (${locator})` : message);
    this.name = 'RecordError';
  }
}

export interface ClaimValues {
  field: string;
  value: unknown;
  locator: string;
}

/** Trial columns the importer sets. Only the ones the record gives a value for are present. */
export interface TrialValues {
  nctId: string;
  title: string;
  officialTitle?: string;
  phase?: Phase;
  status?: TrialStatus;
  conditions?: string[];
  sponsor?: string;
  institution?: string;
  country?: string;
  principalInvestigator?: string;
  startDate?: string;
  startYear?: number;
  completionDate?: string;
  plannedEnrollment?: number;
  actualEnrollment?: number;
  summary?: string;
}

export interface TherapyValues {
  name: string;
  modality: ReturnType<typeof classifyIntervention>['modality'];
  vector: ReturnType<typeof classifyIntervention>['vector'];
  transgene: string | null;
  targetAntigen: string | null;
  cellSource: ReturnType<typeof classifyIntervention>['cellSource'];
  description: string | null;
}

export interface MappedTherapy {
  /** Lower-cased name: therapies are shared across trials by name, case-insensitively. */
  key: string;
  values: TherapyValues;
  claims: ClaimValues[];
}

export interface MappedLink {
  therapyKey: string;
  armName: string | null;
  role: TherapyRole;
}

export interface MappedStudy {
  nctId: string;
  format: StudyRecord['format'];
  trial: TrialValues;
  source: {
    kind: 'REGISTRY_RECORD';
    title: string;
    publisher: string;
    publishedOn: string | null;
    url: string;
    nctId: string;
    retrievedAt: string | null;
  };
  therapies: MappedTherapy[];
  links: MappedLink[];
  /** Claims about the trial, all citing the record's source. */
  trialClaims: ClaimValues[];
}

const PHASE_SETS: Record<string, Phase> = {
  EARLY_PHASE1: 'EARLY_PHASE_1',
  PHASE1: 'PHASE_1',
  'PHASE1+PHASE2': 'PHASE_1_2',
  PHASE2: 'PHASE_2',
  'PHASE2+PHASE3': 'PHASE_2_3',
  PHASE3: 'PHASE_3',
  PHASE4: 'PHASE_4',
  NA: 'NOT_APPLICABLE',
};

/**
 * v2 phases → GeneTrials phase: one phase maps to itself (`EARLY_PHASE1` → EARLY_PHASE_1, `NA` →
 * NOT_APPLICABLE), PHASE1+PHASE2 → PHASE_1_2, PHASE2+PHASE3 → PHASE_2_3, none → null (observational
 * studies). Anything else is an unknown value and fails the record.
 */
export function mapPhase(phases: readonly string[], locator: string): Phase | null {
  if (phases.length === 0) return null;
  const key = [...new Set(phases)].sort().join('+');
  const phase = PHASE_SETS[key];
  if (!phase) throw new RecordError(`unknown phase ${JSON.stringify(phases.join(', '))}`, locator);
  return phase;
}

/** v2 overall status → GeneTrials status (the same vocabulary); an unknown value fails the record. */
export function mapStatus(status: string | null, locator: string): TrialStatus | null {
  if (status == null) return null;
  if (!(TRIAL_STATUSES as readonly string[]).includes(status)) {
    throw new RecordError(`unknown overall status ${JSON.stringify(status)}`, locator);
  }
  return status as TrialStatus;
}

/**
 * The trial's country: the one country when every located site is in it, else the most frequent
 * one; null when there are no countries or two or more share the top count (a tie is not
 * guessed). All countries, most frequent first, are kept as a `countries` claim.
 */
export function mapCountry(countries: readonly (string | null)[]): {
  country: string | null;
  all: string[];
} {
  const counts = new Map<string, number>();
  for (const raw of countries) {
    const c = cleanLine(raw);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  const country = first && (!second || second[1] < first[1]) ? first[0] : null;
  return { country, all: ranked.map(([c]) => c) };
}

/** Intervention names are shared across trials by this key: whitespace collapsed, case folded. */
export function therapyKey(name: string): string {
  return name.toLowerCase();
}

function validation(error: unknown, what: string): never {
  if (error instanceof ValidationError) {
    throw new RecordError(`invalid ${what}: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  }
  throw error;
}

/** Maps one record, or throws a RecordError naming what is wrong with it. */
export function mapStudy(record: StudyRecord): MappedStudy {
  const nctId = cleanLine(record.nctId.value);
  if (!nctId) throw new RecordError('missing NCT id', record.nctId.locator);
  if (!NCT_ID_PATTERN.test(nctId)) {
    throw new RecordError(`malformed NCT id ${JSON.stringify(nctId)}`, record.nctId.locator);
  }
  const claims: ClaimValues[] = [];
  const claim = (field: string, value: unknown, locator: string) => {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      claims.push({ field, value, locator });
    }
  };

  const title = cleanLine(record.briefTitle.value) ?? cleanLine(record.officialTitle.value);
  if (!title) throw new RecordError('missing title', record.briefTitle.locator);
  const officialTitle = cleanLine(record.officialTitle.value);
  const phase = mapPhase(record.phases.value, record.phases.locator);
  const status = mapStatus(record.overallStatus.value, record.overallStatus.locator);
  const lastKnownStatus = mapStatus(record.lastKnownStatus.value, record.lastKnownStatus.locator);
  const conditions = [...new Set(record.conditions.value.map(cleanLine).filter((c): c is string => !!c))];
  const sponsor = cleanLine(record.leadSponsor.value);
  const collaborators = record.collaborators.value.map(cleanLine).filter((c): c is string => !!c);
  const pis = record.officials.value.filter((o) => o.role === 'PRINCIPAL_INVESTIGATOR' && cleanLine(o.name));
  const pi = pis.length === 1 ? pis[0] : undefined;
  const startDate = toPartialDate(record.startDate.value);
  const completionDate = toPartialDate(record.completionDate.value);
  const enrollment = record.enrollment.value;
  const { country, all: countries } = mapCountry(record.locationCountries.value);
  const summary = cleanText(record.briefSummary.value);

  const trial: TrialValues = { nctId, title };
  if (officialTitle) trial.officialTitle = officialTitle;
  if (phase) trial.phase = phase;
  if (status) trial.status = status;
  if (conditions.length) trial.conditions = conditions;
  if (sponsor) trial.sponsor = sponsor;
  if (pi?.name) trial.principalInvestigator = cleanLine(pi.name) as string;
  if (pi?.affiliation && cleanLine(pi.affiliation)) trial.institution = cleanLine(pi.affiliation) as string;
  if (country) trial.country = country;
  if (startDate) trial.startDate = startDate;
  if (completionDate) trial.completionDate = completionDate;
  if (enrollment?.count != null && enrollment.type === 'ACTUAL') trial.actualEnrollment = enrollment.count;
  if (enrollment?.count != null && enrollment.type === 'ESTIMATED')
    trial.plannedEnrollment = enrollment.count;
  if (summary) trial.summary = summary;
  try {
    parseOrThrow(trialInput, trial);
  } catch (error) {
    validation(error, 'trial');
  }
  const startYear = yearOf(trial.startDate);
  if (startYear !== null) trial.startYear = startYear;

  claim('nctId', nctId, record.nctId.locator);
  claim('title', title, record.briefTitle.value ? record.briefTitle.locator : record.officialTitle.locator);
  claim('officialTitle', officialTitle, record.officialTitle.locator);
  claim('phase', phase, record.phases.locator);
  claim('status', status, record.overallStatus.locator);
  claim('lastKnownStatus', lastKnownStatus, record.lastKnownStatus.locator);
  claim('conditions', conditions, record.conditions.locator);
  claim('sponsor', sponsor, record.leadSponsor.locator);
  claim('collaborators', collaborators, record.collaborators.locator);
  claim('principalInvestigator', trial.principalInvestigator, record.officials.locator);
  claim('institution', trial.institution, record.officials.locator);
  claim('startDate', startDate, record.startDate.locator);
  claim('completionDate', completionDate, record.completionDate.locator);
  if (enrollment?.count != null) {
    const field =
      enrollment.type === 'ACTUAL'
        ? 'actualEnrollment'
        : enrollment.type === 'ESTIMATED'
          ? 'plannedEnrollment'
          : 'enrollment';
    claim(field, enrollment.count, record.enrollment.locator);
  }
  claim('country', country, record.locationCountries.locator);
  claim('countries', countries, record.locationCountries.locator);
  claim('summary', summary, record.briefSummary.locator);

  const results = record.results;
  if (results) {
    if (results.participantsStarted) {
      claim('participantsStarted', results.participantsStarted.value, results.participantsStarted.locator);
    }
    if (results.participantsCompleted) {
      claim(
        'participantsCompleted',
        results.participantsCompleted.value,
        results.participantsCompleted.locator,
      );
    }
    const responses = results.outcomeMeasures.filter((o) => isResponseOutcomeTitle(o.title));
    if (responses.length) {
      claim(
        'reportedResponseOutcomes',
        responses.map(({ locator, ...o }) => ({
          ...o,
          title: cleanLine(o.title),
          timeFrame: cleanLine(o.timeFrame),
          groups: o.groups.map((g) => ({ ...g, title: cleanLine(g.title) })),
        })),
        responses.map((o) => o.locator).join('; '),
      );
    }
  }

  const { therapies, links } = mapInterventions(record);
  if (record.interventions.length) {
    claim(
      'interventions',
      record.interventions.map((i) => ({
        type: i.type,
        name: cleanLine(i.name),
        armGroupLabels: i.armGroupLabels.map(cleanLine).filter(Boolean),
      })),
      record.interventions[0]?.locator.replace(/\[\d+\]$/, '') ?? '',
    );
  }

  const version = record.lastUpdatePosted.value;
  const source = {
    kind: 'REGISTRY_RECORD' as const,
    // Stable, so that a changed trial title does not make the source change too.
    title: `ClinicalTrials.gov record ${nctId}`,
    publisher: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
    publishedOn: version && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(version) ? version : null,
    url: `https://clinicaltrials.gov/study/${nctId}`,
    nctId,
    retrievedAt: toIsoDateTime(record.versionDate.value),
  };
  try {
    parseOrThrow(sourceInput, source);
  } catch (error) {
    validation(error, 'source');
  }
  return { nctId, format: record.format, trial, source, therapies, links, trialClaims: claims };
}

function interventionType(raw: string | null, locator: string): CtgovInterventionType {
  if (raw && (CTGOV_INTERVENTION_TYPES as readonly string[]).includes(raw))
    return raw as CtgovInterventionType;
  throw new RecordError(`unknown intervention type ${JSON.stringify(raw)}`, locator);
}

function armType(raw: string | null, label: string): CtgovArmGroupType | null {
  if (raw == null) return null;
  if ((CTGOV_ARM_GROUP_TYPES as readonly string[]).includes(raw)) return raw as CtgovArmGroupType;
  throw new RecordError(`unknown arm group type ${JSON.stringify(raw)} of arm ${JSON.stringify(label)}`);
}

/**
 * Interventions → therapies (one per distinct name, classified from the intervention's type,
 * name, other names and description) and links (one per intervention × arm it is given in; an
 * intervention without arms gets one link without an arm name).
 */
export function mapInterventions(record: StudyRecord): { therapies: MappedTherapy[]; links: MappedLink[] } {
  const arms = new Map<string, CtgovArmGroupType | null>();
  for (const arm of record.arms) {
    const label = cleanLine(arm.label);
    if (label) arms.set(label, armType(arm.type, label));
  }
  const therapies = new Map<string, MappedTherapy>();
  const given: { key: string; name: string; arms: (string | null)[] }[] = [];
  for (const intervention of record.interventions) {
    const name = cleanLine(intervention.name);
    if (!name) throw new RecordError('intervention without a name', intervention.locator);
    const type = interventionType(intervention.type, intervention.typeLocator);
    const description = cleanText(intervention.description);
    const otherNames = intervention.otherNames.map(cleanLine).filter((n): n is string => !!n);
    const key = therapyKey(name);
    if (!therapies.has(key)) {
      const c = classifyIntervention({ type, name, description, otherNames });
      const values: TherapyValues = {
        name: truncate(name, 300),
        modality: c.modality,
        vector: c.vector,
        transgene: c.transgene,
        targetAntigen: c.targetAntigen,
        cellSource: c.cellSource,
        description: description ? truncate(description, 5000) : null,
      };
      try {
        parseOrThrow(therapyInput, values);
      } catch (error) {
        validation(error, `therapy ${JSON.stringify(name)}`);
      }
      therapies.set(key, {
        key,
        values,
        claims: [{ field: 'interventionType', value: type, locator: intervention.typeLocator }],
      });
    }
    const labels = intervention.armGroupLabels.map(cleanLine).filter((l): l is string => !!l);
    given.push({ key, name, arms: labels.length ? [...new Set(labels)] : [null] });
  }
  // An arm counts as a cell-transfer arm when any intervention given in it is a CAR/TCR/TIL product.
  const cellArms = new Set<string>();
  for (const g of given) {
    const modality = therapies.get(g.key)?.values.modality;
    if (modality && CELL_TRANSFER_MODALITIES.includes(modality)) {
      for (const arm of g.arms) cellArms.add(arm ?? '');
    }
  }
  const links = new Map<string, MappedLink>();
  for (const g of given) {
    const therapy = therapies.get(g.key) as MappedTherapy;
    for (const arm of g.arms) {
      const role = therapyRole({
        armType: arm ? (arms.get(arm) ?? null) : null,
        modality: therapy.values.modality,
        interventionName: g.name,
        armHasCellProduct: cellArms.has(arm ?? ''),
      });
      links.set(`${g.key}\u0000${arm ?? ''}`, {
        therapyKey: g.key,
        armName: arm ? truncate(arm, 300) : null,
        role,
      });
    }
  }
  return { therapies: [...therapies.values()], links: [...links.values()] };
}

/**
 * The (therapy key, arm) pairs a previous `interventions` claim implies: what the last import of
 * the same record linked, so links the new version dropped can be removed.
 */
export function linkPairsOfClaim(value: unknown): { therapyKey: string; armName: string | null }[] {
  if (!Array.isArray(value)) return [];
  const pairs: { therapyKey: string; armName: string | null }[] = [];
  for (const item of value) {
    const name = item && typeof item === 'object' ? (item as { name?: unknown }).name : null;
    if (typeof name !== 'string') continue;
    const labels = (item as { armGroupLabels?: unknown }).armGroupLabels;
    const arms = Array.isArray(labels) && labels.length ? labels.map(String) : [null];
    for (const arm of arms)
      pairs.push({ therapyKey: therapyKey(name), armName: arm ? truncate(arm, 300) : null });
  }
  return pairs;
}
