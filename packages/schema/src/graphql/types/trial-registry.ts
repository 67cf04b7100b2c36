import type { DateType, EligibilitySex } from '../../domain/registry-enums.js';
import type { Design, Eligibility, Official, SecondaryId } from '../../domain/registry-validation.js';
import { builder } from '../builder.js';
import {
  AllocationEnum,
  DateTypeEnum,
  EligibilitySexEnum,
  InterventionModelEnum,
  MaskedRoleEnum,
  MaskingEnum,
  ObservationalModelEnum,
  OfficialRoleEnum,
  PrimaryPurposeEnum,
  StandardAgeEnum,
  TimePerspectiveEnum,
} from './registry-enums.js';

// Typed objects for the JSON-backed registry fields of a trial.

export interface DateWithType {
  date: string;
  type: DateType | null;
}

export const DateWithTypeRef = builder.objectRef<DateWithType>('DateWithType').implement({
  description: 'A registry date and whether it has happened (ACTUAL) or is planned (ESTIMATED).',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'ISO date, possibly partial (YYYY-MM).' }),
    type: t.expose('type', {
      type: DateTypeEnum,
      nullable: true,
      description: 'Null when the record does not say.',
    }),
  }),
});

export function dateWithType(date: string | null, type: DateType | null): DateWithType | null {
  return date ? { date, type } : null;
}

export interface TrialDates {
  start: DateWithType | null;
  primaryCompletion: DateWithType | null;
  completion: DateWithType | null;
  lastUpdatePosted: string | null;
}

export const TrialDatesRef = builder.objectRef<TrialDates>('TrialDates').implement({
  description: 'Key dates of a trial, each marked actual or estimated.',
  fields: (t) => ({
    start: t.field({
      type: DateWithTypeRef,
      nullable: true,
      description: 'Study start.',
      resolve: (d) => d.start,
    }),
    primaryCompletion: t.field({
      type: DateWithTypeRef,
      nullable: true,
      description: 'When the last participant was examined for the primary outcome.',
      resolve: (d) => d.primaryCompletion,
    }),
    completion: t.field({
      type: DateWithTypeRef,
      nullable: true,
      description: 'Study completion.',
      resolve: (d) => d.completion,
    }),
    lastUpdatePosted: t.exposeString('lastUpdatePosted', {
      nullable: true,
      description: 'When the registry last posted an update of the record (ISO date).',
    }),
  }),
});

export const SecondaryIdRef = builder.objectRef<SecondaryId>('SecondaryId').implement({
  description: 'Another identifier of the trial: a grant number, a sponsor protocol id, another registry id.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The identifier, e.g. "2009-011553-39" or "P30CA016520".' }),
    type: t.string({
      nullable: true,
      description: 'Registry token, e.g. NIH, FDA, EUDRACT_NUMBER, OTHER_GRANT, REGISTRY, OTHER.',
      resolve: (s) => s.type ?? null,
    }),
    domain: t.string({ nullable: true, description: 'Who issued it.', resolve: (s) => s.domain ?? null }),
  }),
});

export const OfficialRef = builder.objectRef<Official>('Official').implement({
  description: 'An overall official of the trial as registered (a public role, not a patient).',
  fields: (t) => ({
    name: t.exposeString('name'),
    affiliation: t.string({ nullable: true, resolve: (o) => o.affiliation ?? null }),
    role: t.field({ type: OfficialRoleEnum, nullable: true, resolve: (o) => o.role ?? null }),
  }),
});

export interface EligibilityView extends Eligibility {
  minimumAgeYears: number | null;
  maximumAgeYears: number | null;
}

export const EligibilityRef = builder.objectRef<EligibilityView>('Eligibility').implement({
  description: 'Who may enrol, as registered.',
  fields: (t) => ({
    criteria: t.string({
      nullable: true,
      description: 'Inclusion and exclusion criteria, as registered (plain text).',
      resolve: (e) => e.criteria ?? null,
    }),
    minimumAge: t.string({
      nullable: true,
      description: 'As registered, e.g. "18 Years".',
      resolve: (e) => e.minimumAge ?? null,
    }),
    maximumAge: t.string({
      nullable: true,
      description: 'As registered; null for no limit.',
      resolve: (e) => e.maximumAge ?? null,
    }),
    minimumAgeYears: t.exposeFloat('minimumAgeYears', {
      nullable: true,
      description: 'Minimum age converted to years.',
    }),
    maximumAgeYears: t.exposeFloat('maximumAgeYears', {
      nullable: true,
      description: 'Maximum age converted to years.',
    }),
    sex: t.field({
      type: EligibilitySexEnum,
      nullable: true,
      description: 'Sexes accepted.',
      resolve: (e) => (e.sex ?? null) as EligibilitySex | null,
    }),
    genderDescription: t.string({ nullable: true, resolve: (e) => e.genderDescription ?? null }),
    healthyVolunteers: t.boolean({
      nullable: true,
      description: 'Whether people without the condition may enrol.',
      resolve: (e) => e.healthyVolunteers ?? null,
    }),
    standardAges: t.field({
      type: [StandardAgeEnum],
      description: 'Standard age groups covered.',
      resolve: (e) => e.stdAges,
    }),
  }),
});

export const DesignRef = builder.objectRef<Design>('Design').implement({
  description: 'How the trial is designed, as registered.',
  fields: (t) => ({
    allocation: t.field({ type: AllocationEnum, nullable: true, resolve: (d) => d.allocation ?? null }),
    masking: t.field({
      type: MaskingEnum,
      nullable: true,
      description: 'Blinding.',
      resolve: (d) => d.masking ?? null,
    }),
    whoMasked: t.field({
      type: [MaskedRoleEnum],
      description: 'Who is blinded.',
      resolve: (d) => d.whoMasked,
    }),
    interventionModel: t.field({
      type: InterventionModelEnum,
      nullable: true,
      resolve: (d) => d.interventionModel ?? null,
    }),
    interventionModelDescription: t.string({
      nullable: true,
      resolve: (d) => d.interventionModelDescription ?? null,
    }),
    primaryPurpose: t.field({
      type: PrimaryPurposeEnum,
      nullable: true,
      resolve: (d) => d.primaryPurpose ?? null,
    }),
    observationalModel: t.field({
      type: ObservationalModelEnum,
      nullable: true,
      description: 'Observational studies only.',
      resolve: (d) => d.observationalModel ?? null,
    }),
    timePerspective: t.field({
      type: TimePerspectiveEnum,
      nullable: true,
      description: 'Observational studies only.',
      resolve: (d) => d.timePerspective ?? null,
    }),
  }),
});
