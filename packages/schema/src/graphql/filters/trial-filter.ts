import { and, type SQL, sql } from 'drizzle-orm';
import {
  adverseEvents,
  interventions,
  meshTerms,
  patients,
  therapies,
  trialSites,
  trials,
  trialTherapies,
} from '../../db/tables.js';
import type { Modality, Phase, TrialStatus, Vector } from '../../domain/enums.js';
import type { EligibilitySex, InterventionType, StudyType } from '../../domain/registry-enums.js';
import { MAX_YEAR, MIN_YEAR, NCT_ID_PATTERN } from '../../domain/validation.js';
import { builder } from '../builder.js';
import { fieldError } from '../errors.js';
import { ModalityEnum, PhaseEnum, TrialStatusEnum, VectorEnum } from '../types/enums.js';
import { EligibilitySexEnum, InterventionTypeEnum, StudyTypeEnum } from '../types/registry-enums.js';
import {
  type Combinators,
  checkList,
  checkRange,
  checkText,
  combine,
  containsSql,
  IntRange,
  type IntRangeInput,
  inListSql,
} from './common.js';
import { SiteFilter, type SiteFilterInput, siteFilterSql } from './site-filter.js';

export interface TrialFilterInput extends Combinators<TrialFilterInput> {
  phases?: Phase[] | null;
  statuses?: TrialStatus[] | null;
  condition?: string | null;
  modalities?: Modality[] | null;
  vectors?: Vector[] | null;
  targetAntigen?: string | null;
  sponsor?: string | null;
  country?: string | null;
  startYear?: IntRangeInput | null;
  hasOutcomeData?: boolean | null;
  hasCompleteResponse?: boolean | null;
  hasAdverseEventGrade?: number | null;
  nctIds?: string[] | null;
  site?: SiteFilterInput | null;
  meshTerm?: string | null;
  keyword?: string | null;
  interventionTypes?: InterventionType[] | null;
  studyTypes?: StudyType[] | null;
  healthyVolunteers?: boolean | null;
  eligibleSex?: EligibilitySex | null;
  eligibleAge?: number | null;
}

export const TrialFilter = builder.inputRef<TrialFilterInput>('TrialFilter').implement({
  description: 'Conditions on trials. All given fields must hold (AND); use `or` / `not` for alternatives.',
  fields: (t) => ({
    phases: t.field({ type: [PhaseEnum], description: 'Any of these phases.' }),
    statuses: t.field({ type: [TrialStatusEnum], description: 'Any of these overall statuses.' }),
    condition: t.string({ description: 'Text contained in one of the conditions (case-insensitive).' }),
    modalities: t.field({ type: [ModalityEnum], description: 'Gives a therapy of any of these modalities.' }),
    vectors: t.field({
      type: [VectorEnum],
      description: 'Gives a therapy delivered by any of these vectors.',
    }),
    targetAntigen: t.string({
      description: 'Gives a therapy aimed at this antigen (case-insensitive, exact).',
    }),
    sponsor: t.string({ description: 'Text contained in the sponsor (case-insensitive).' }),
    country: t.string({ description: 'Country (case-insensitive, exact).' }),
    startYear: t.field({ type: IntRange, description: 'Start year within this inclusive range.' }),
    hasOutcomeData: t.boolean({ description: 'At least one patient with a known best response.' }),
    hasCompleteResponse: t.boolean({ description: 'At least one patient with a complete response.' }),
    hasAdverseEventGrade: t.int({ description: 'At least one adverse event of this CTCAE grade or higher.' }),
    nctIds: t.stringList({ description: 'Any of these ClinicalTrials.gov ids.' }),
    site: t.field({
      type: SiteFilter,
      description:
        'Has at least one site matching all of these (e.g. `{ country: "France", recruiting: true }`).',
    }),
    meshTerm: t.string({
      description:
        'Has this MeSH heading (case-insensitive, exact) among its condition or intervention terms, its own or their broader ancestors: "Skin Neoplasms" finds melanoma trials.',
    }),
    keyword: t.string({ description: 'Lists this keyword (case-insensitive, exact).' }),
    interventionTypes: t.field({
      type: [InterventionTypeEnum],
      description: 'Registers an intervention of any of these types.',
    }),
    studyTypes: t.field({ type: [StudyTypeEnum], description: 'Any of these study types.' }),
    healthyVolunteers: t.boolean({ description: 'Accepts healthy volunteers (true) or does not (false).' }),
    eligibleSex: t.field({
      type: EligibilitySexEnum,
      description:
        'Accepts participants of this sex: FEMALE matches FEMALE and ALL trials; ALL matches only trials open to all.',
    }),
    eligibleAge: t.int({
      description:
        'Accepts a participant of this age in years (within the minimum and maximum age; a missing limit does not exclude).',
    }),
    and: t.field({ type: [TrialFilter], description: 'All of these filters hold.' }),
    or: t.field({ type: [TrialFilter], description: 'At least one of these filters holds.' }),
    not: t.field({ type: TrialFilter, description: 'This filter does not hold.' }),
  }),
});

const EVALUABLE = sql.raw(`('CR','PR','SD','PD','NO_RESPONSE')`);

/** A condition "the trial gives a therapy matching `therapyCondition`". */
function givesTherapy(trial: typeof trials, therapyCondition: SQL): SQL {
  return sql`exists (select 1 from ${trialTherapies} join ${therapies} on ${therapies.id} = ${trialTherapies.therapyId}
    where ${trialTherapies.trialId} = ${trial.id} and ${therapyCondition})`;
}

/**
 * The start-year range, each bound marked as likely to hold (`likelihood(…, 0.9)`: registries'
 * start years cluster in recent years, and a range usually keeps most trials). Without STAT4
 * SQLite guesses that a two-sided range keeps 1/16 of the rows, and an ordered page would read
 * every trial in the range through trials_start_year_idx and sort them in a temp B-tree (at 100k
 * trials "since 2015" is tens of thousands) instead of walking the ordering's sort index to the
 * first page. A count still uses the (covering) start-year index.
 */
function startYearSql(table: typeof trials, range: IntRangeInput | null | undefined): SQL | undefined {
  if (!range) return undefined;
  return and(
    range.min != null ? sql`likelihood(${table.startYear} >= ${range.min}, 0.9)` : undefined,
    range.max != null ? sql`likelihood(${table.startYear} <= ${range.max}, 0.9)` : undefined,
  );
}

/**
 * A phase or status list, marked as keeping about half the trials (`likelihood(…, 0.5)`). From the
 * statistics alone SQLite expects an IN list of two phases to keep a quarter of the trials and
 * reads every one of them through trials_phase_idx, to sort them in a temp B-tree, when only a
 * page is asked for; walking the ordering's sort index stops after one page of matches (at 10k
 * trials 0.4 ms against 14 ms for two common phases, 3.7 against 5.3 ms for two rare ones). A
 * count still uses the (covering) phase or status index.
 */
function likelyListSql(
  column: typeof trials.phase | typeof trials.status,
  values: readonly string[] | null | undefined,
): SQL | undefined {
  const condition = inListSql(column, values);
  return condition ? sql`likelihood(${condition}, 0.5)` : undefined;
}

function build(filter: TrialFilterInput, table: typeof trials, path: string, depth: number): SQL | undefined {
  checkList(`${path}.phases`, filter.phases);
  checkList(`${path}.statuses`, filter.statuses);
  checkList(`${path}.modalities`, filter.modalities);
  checkList(`${path}.vectors`, filter.vectors);
  checkList(`${path}.nctIds`, filter.nctIds);
  checkText(`${path}.condition`, filter.condition);
  checkText(`${path}.targetAntigen`, filter.targetAntigen);
  checkText(`${path}.sponsor`, filter.sponsor);
  checkText(`${path}.country`, filter.country);
  checkRange(`${path}.startYear`, filter.startYear, MIN_YEAR, MAX_YEAR);
  checkText(`${path}.meshTerm`, filter.meshTerm, 300);
  checkText(`${path}.keyword`, filter.keyword);
  checkList(`${path}.interventionTypes`, filter.interventionTypes);
  checkList(`${path}.studyTypes`, filter.studyTypes);
  if (filter.eligibleAge != null && (filter.eligibleAge < 0 || filter.eligibleAge > 120)) {
    throw fieldError(`${path}.eligibleAge`, 'out_of_range', 'must be between 0 and 120');
  }
  const siteCondition = siteFilterSql(filter.site, trialSites, `${path}.site`);
  if (
    filter.hasAdverseEventGrade != null &&
    (filter.hasAdverseEventGrade < 1 || filter.hasAdverseEventGrade > 5)
  ) {
    throw fieldError(`${path}.hasAdverseEventGrade`, 'ctcae_grade', 'CTCAE grades run from 1 to 5');
  }
  for (const [i, id] of (filter.nctIds ?? []).entries()) {
    if (!NCT_ID_PATTERN.test(id))
      throw fieldError(`${path}.nctIds.${i}`, 'nct_id_format', 'must be "NCT" followed by 8 digits');
  }

  const own: (SQL | undefined)[] = [
    likelyListSql(table.phase, filter.phases),
    likelyListSql(table.status, filter.statuses),
    filter.condition != null
      ? sql`exists (select 1 from json_each(${table.conditions}) where instr(lower(json_each.value), lower(${filter.condition.trim()})) > 0)`
      : undefined,
    filter.modalities
      ? filter.modalities.length === 0
        ? sql`0`
        : givesTherapy(table, sql`${therapies.modality} in ${filter.modalities}`)
      : undefined,
    filter.vectors
      ? filter.vectors.length === 0
        ? sql`0`
        : givesTherapy(table, sql`${therapies.vector} in ${filter.vectors}`)
      : undefined,
    filter.targetAntigen != null
      ? givesTherapy(table, sql`lower(${therapies.targetAntigen}) = lower(${filter.targetAntigen.trim()})`)
      : undefined,
    containsSql(table.sponsor, filter.sponsor),
    filter.country != null ? sql`lower(${table.country}) = lower(${filter.country.trim()})` : undefined,
    startYearSql(table, filter.startYear),
    filter.hasOutcomeData != null
      ? sql`${sql.raw(filter.hasOutcomeData ? '' : 'not ')}exists (select 1 from ${patients} where ${patients.trialId} = ${table.id} and ${patients.bestResponse} in ${EVALUABLE})`
      : undefined,
    filter.hasCompleteResponse != null
      ? sql`${sql.raw(filter.hasCompleteResponse ? '' : 'not ')}exists (select 1 from ${patients} where ${patients.trialId} = ${table.id} and ${patients.bestResponse} = 'CR')`
      : undefined,
    filter.hasAdverseEventGrade != null
      ? sql`exists (select 1 from ${adverseEvents} join ${patients} on ${patients.id} = ${adverseEvents.patientId}
          where ${patients.trialId} = ${table.id} and ${adverseEvents.grade} >= ${filter.hasAdverseEventGrade})`
      : undefined,
    inListSql(table.nctId, filter.nctIds),
    filter.site
      ? sql`exists (select 1 from ${trialSites} where ${trialSites.trialId} = ${table.id}${siteCondition ? sql` and ${siteCondition}` : sql``})`
      : undefined,
    filter.meshTerm != null
      ? sql`exists (select 1 from ${meshTerms} where ${meshTerms.trialId} = ${table.id} and ${meshTerms.term} = ${filter.meshTerm.trim()} collate nocase)`
      : undefined,
    filter.keyword != null
      ? sql`exists (select 1 from json_each(${table.keywords}) where lower(json_each.value) = lower(${filter.keyword.trim()}))`
      : undefined,
    filter.interventionTypes
      ? filter.interventionTypes.length === 0
        ? sql`0`
        : sql`exists (select 1 from ${interventions} where ${interventions.trialId} = ${table.id} and ${interventions.type} in ${filter.interventionTypes})`
      : undefined,
    inListSql(table.studyType, filter.studyTypes),
    filter.healthyVolunteers != null
      ? sql`${table.healthyVolunteers} = ${filter.healthyVolunteers ? 1 : 0}`
      : undefined,
    filter.eligibleSex != null
      ? filter.eligibleSex === 'ALL'
        ? sql`${table.eligibilitySex} = 'ALL'`
        : sql`${table.eligibilitySex} in ('ALL', ${filter.eligibleSex})`
      : undefined,
    filter.eligibleAge != null
      ? sql`coalesce(${table.minimumAgeYears}, 0) <= ${filter.eligibleAge} and coalesce(${table.maximumAgeYears}, 1000) >= ${filter.eligibleAge}`
      : undefined,
  ];
  return combine(filter, own, (sub, subPath) => build(sub, table, subPath, depth + 1), path, depth);
}

/**
 * An SQL condition over `trials` (or an alias of it, as drizzle's relational queries pass)
 * for the filter; undefined for no filter. Throws BAD_USER_INPUT naming the offending field.
 */
export function trialFilterSql(
  filter: TrialFilterInput | null | undefined,
  table: typeof trials = trials,
  path = 'filter',
): SQL | undefined {
  return filter ? build(filter, table, path, 0) : undefined;
}
