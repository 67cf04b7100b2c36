// StudyRecord → the rows GeneTrials stores: a trial, its registry parts (interventions per trial,
// arms, sites, MeSH terms, outcome measures, adverse events, results: ctgov-map-parts.ts), one
// registry source and the claims citing it. Pure and deterministic; anything the record does not
// say stays unknown (null / absent), never guessed. Interventions are never shared between trials
// and never become therapies by name: a trial gives a (curated) therapy only through an explained
// construct match (constructs.ts), which the writer turns into a Trial.therapies link.

import {
  NCT_ID_PATTERN,
  type Phase,
  parseOrThrow,
  sourceInput,
  TRIAL_STATUSES,
  type TrialStatus,
  trialInput,
  ValidationError,
  yearOf,
} from '@genetrials/schema';
import { parseTrialRegistryColumns } from '@genetrials/schema/write';
import { isResponseOutcomeTitle } from './classify.js';
import { type MappedParts, mapRegistryParts } from './ctgov-map-parts.js';
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
  /** The registry parts (ctgov-map-parts.ts), with the values left out in `parts.issues`. */
  parts: MappedParts;
  /** Values of the record of the wrong JSON type or form (the reader's issues), for the report. */
  recordIssues: { locator: string; message: string }[];
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

/** Lower-cased name: how the retired name-keyed import found its therapies (see linkPairsOfClaim). */
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
  const parts = mapRegistryParts(record);
  try {
    parseTrialRegistryColumns(parts.trial as never);
  } catch (error) {
    validation(error, 'trial registry fields');
  }
  return {
    nctId,
    format: record.format,
    trial,
    source,
    parts,
    recordIssues: record.issues.map((i) => ({ locator: i.locator, message: i.message })),
    trialClaims: claims,
  };
}

/**
 * The (therapy key, arm) pairs a previous `interventions` claim implies: what an import before
 * interventions were per trial linked by intervention name. The writer removes those links (and,
 * by no longer making the claim, the claim) the next time the record is imported.
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
