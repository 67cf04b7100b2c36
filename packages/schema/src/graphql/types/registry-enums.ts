import {
  AE_ASSESSMENT_TYPES,
  AE_SERIOUSNESS,
  ALLOCATIONS,
  ARM_TYPES,
  DATE_TYPES,
  DISPERSION_TYPES,
  ELIGIBILITY_SEXES,
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
} from '../../domain/registry-enums.js';
import { builder } from '../builder.js';

// GraphQL enums of the registry evidence model, every value described. `satisfies` keeps each
// description map in step with its domain list.

function described<const V extends string>(
  name: string,
  description: string,
  values: readonly V[],
  descriptions: Record<V, string>,
) {
  const config = Object.fromEntries(values.map((v) => [v, { value: v, description: descriptions[v] }]));
  return builder.enumType(name, {
    description,
    values: config as Record<V, { value: V; description: string }>,
  });
}

export const InterventionTypeEnum = described(
  'InterventionType',
  'What a registered intervention is, as ClinicalTrials.gov types it.',
  INTERVENTION_TYPES,
  {
    DRUG: 'A small-molecule or other drug, including chemotherapy conditioning.',
    BIOLOGICAL: 'A biological product: engineered cells, vaccines, antibodies, viral vectors.',
    GENETIC:
      'A genetic intervention: gene transfer, gene editing, genetically modified cells as the registry classes them.',
    DEVICE: 'A medical device.',
    PROCEDURE: 'A surgical or other procedure (e.g. leukapheresis, transplant).',
    RADIATION: 'Radiation therapy.',
    BEHAVIORAL: 'A behavioural intervention.',
    DIETARY_SUPPLEMENT: 'A dietary supplement.',
    COMBINATION_PRODUCT: 'A combination of drug, device and/or biological product.',
    DIAGNOSTIC_TEST: 'A diagnostic test or imaging.',
    OTHER: 'Anything else the registry lists.',
  },
);

export const MatchMethodEnum = described(
  'MatchMethod',
  'How a registered intervention was linked to a curated therapy (never by name alone).',
  MATCH_METHODS,
  {
    ALIAS: "The intervention's name or one of its other names equals one of the therapy's aliases.",
    PRODUCT_CODE:
      "The intervention's name or one of its other names equals one of the therapy's product codes.",
    CURATOR: 'A curator linked them by hand; the evidence says why.',
  },
);

export const ArmTypeEnum = described('ArmType', 'Role of an arm in the trial design.', ARM_TYPES, {
  EXPERIMENTAL: 'Receives the intervention under study.',
  ACTIVE_COMPARATOR: 'Receives an active standard treatment for comparison.',
  PLACEBO_COMPARATOR: 'Receives a placebo.',
  SHAM_COMPARATOR: 'Receives a sham procedure.',
  NO_INTERVENTION: 'Receives no intervention.',
  OTHER: 'Any other arm.',
});

export const SiteStatusEnum = described(
  'SiteStatus',
  'Recruitment status of one site of a trial.',
  SITE_STATUSES,
  {
    NOT_YET_RECRUITING: 'Has not started recruiting.',
    RECRUITING: 'Currently recruiting participants.',
    ENROLLING_BY_INVITATION: 'Enrolling selected people only, by invitation.',
    ACTIVE_NOT_RECRUITING: 'Under way, no longer recruiting.',
    SUSPENDED: 'Recruitment halted, may resume.',
    TERMINATED: 'Stopped early; will not resume.',
    COMPLETED: 'Finished.',
    WITHDRAWN: 'Stopped before enrolling anyone.',
    AVAILABLE: 'Expanded access is available at this site.',
  },
);

export const DateTypeEnum = described(
  'DateType',
  'Whether a registry date has happened or is a plan.',
  DATE_TYPES,
  {
    ACTUAL: 'The date has happened.',
    ESTIMATED: 'An anticipated date that may still change.',
  },
);

export const StudyTypeEnum = described('StudyType', 'Kind of study, as registered.', STUDY_TYPES, {
  INTERVENTIONAL: 'Participants are assigned interventions by the protocol (a clinical trial).',
  OBSERVATIONAL: 'Outcomes are observed without assigning interventions.',
  EXPANDED_ACCESS: 'Access to an investigational product outside a trial.',
});

export const EligibilitySexEnum = described(
  'EligibilitySex',
  'Which sexes a trial accepts.',
  ELIGIBILITY_SEXES,
  {
    ALL: 'Participants of any sex.',
    FEMALE: 'Female participants only.',
    MALE: 'Male participants only.',
  },
);

export const StandardAgeEnum = described(
  'StandardAge',
  "The registry's standard age groups.",
  STANDARD_AGES,
  {
    CHILD: 'Younger than 18 years.',
    ADULT: '18 to 64 years.',
    OLDER_ADULT: '65 years or older.',
  },
);

export const OfficialRoleEnum = described(
  'OfficialRole',
  'Role of an overall official of a trial.',
  OFFICIAL_ROLES,
  {
    PRINCIPAL_INVESTIGATOR: 'Leads the trial scientifically.',
    STUDY_CHAIR: 'Chairs the trial (multi-site trials).',
    STUDY_DIRECTOR: 'Directs the trial, often for the sponsor.',
    SUB_INVESTIGATOR: 'Assists the principal investigator.',
  },
);

export const AllocationEnum = described('Allocation', 'How participants are assigned to arms.', ALLOCATIONS, {
  RANDOMIZED: 'By chance.',
  NON_RANDOMIZED: 'Not by chance.',
  NA: 'Not applicable: a single-arm trial.',
});

export const MaskingEnum = described('Masking', 'How many parties are blinded to the assignment.', MASKINGS, {
  NONE: 'Open label.',
  SINGLE: 'One party is masked.',
  DOUBLE: 'Two parties are masked.',
  TRIPLE: 'Three parties are masked.',
  QUADRUPLE: 'Four parties are masked.',
});

export const MaskedRoleEnum = described(
  'MaskedRole',
  'A party that does not know the assignment.',
  MASKED_ROLES,
  {
    PARTICIPANT: 'The participants.',
    CARE_PROVIDER: 'Those who give the intervention.',
    INVESTIGATOR: 'The investigators.',
    OUTCOMES_ASSESSOR: 'Those who assess outcomes.',
  },
);

export const InterventionModelEnum = described(
  'InterventionModel',
  'Overall design of an interventional trial.',
  INTERVENTION_MODELS,
  {
    SINGLE_GROUP: 'Every participant receives the same intervention.',
    PARALLEL: 'Groups receive different interventions at the same time.',
    CROSSOVER: 'Participants switch between interventions.',
    FACTORIAL: 'Combinations of interventions are compared.',
    SEQUENTIAL: 'Groups are treated one after another (e.g. dose escalation cohorts).',
  },
);

export const PrimaryPurposeEnum = described(
  'PrimaryPurpose',
  'Main reason for the trial.',
  PRIMARY_PURPOSES,
  {
    TREATMENT: 'To treat a disease.',
    PREVENTION: 'To prevent a disease.',
    DIAGNOSTIC: 'To diagnose a disease.',
    ECT: 'Early-phase test of feasibility or mechanism (educational/counseling/training in older records).',
    SUPPORTIVE_CARE: 'To ease symptoms or side effects.',
    SCREENING: 'To screen for a disease.',
    HEALTH_SERVICES_RESEARCH: 'To study the delivery of care.',
    BASIC_SCIENCE: 'To study a biological mechanism.',
    DEVICE_FEASIBILITY: 'To test a device early.',
    OTHER: 'Another purpose.',
  },
);

export const ObservationalModelEnum = described(
  'ObservationalModel',
  'Design of an observational study.',
  OBSERVATIONAL_MODELS,
  {
    COHORT: 'A group followed over time.',
    CASE_CONTROL: 'Cases compared with controls.',
    CASE_ONLY: 'Cases only.',
    CASE_CROSSOVER: 'Each case is its own control.',
    ECOLOGIC_OR_COMMUNITY: 'Groups or communities rather than individuals.',
    FAMILY_BASED: 'Families.',
    DEFINED_POPULATION: 'A defined population.',
    NATURAL_HISTORY: 'The natural course of a disease.',
    OTHER: 'Another design.',
  },
);

export const TimePerspectiveEnum = described(
  'TimePerspective',
  'When an observational study collects data.',
  TIME_PERSPECTIVES,
  {
    RETROSPECTIVE: 'Looks back at existing data.',
    PROSPECTIVE: 'Collects data going forward.',
    CROSS_SECTIONAL: 'At one point in time.',
    OTHER: 'Another perspective.',
  },
);

export const MeshKindEnum = described(
  'MeshKind',
  'Which MeSH list of a registry record a term comes from.',
  MESH_KINDS,
  {
    CONDITION: "Terms for the trial's conditions.",
    INTERVENTION: "Terms for the trial's interventions.",
  },
);

export const OutcomeSourceEnum = described(
  'OutcomeSource',
  'Where an outcome measure is stated.',
  OUTCOME_SOURCES,
  {
    PROTOCOL: 'Planned in the protocol section; no values.',
    RESULTS: 'Reported in the posted results, with values per group.',
  },
);

export const OutcomeTypeEnum = described('OutcomeType', 'Kind of outcome measure.', OUTCOME_TYPES, {
  PRIMARY: 'A primary outcome: what the trial was designed to measure.',
  SECONDARY: 'A secondary outcome.',
  OTHER_PRE_SPECIFIED: 'Another outcome specified before the trial.',
  POST_HOC: 'An outcome chosen after the data were seen (results only).',
});

export const ParamTypeEnum = described('ParamType', 'The statistic a measure reports.', PARAM_TYPES, {
  GEOMETRIC_MEAN: 'Geometric mean.',
  GEOMETRIC_LEAST_SQUARES_MEAN: 'Geometric least-squares mean.',
  LEAST_SQUARES_MEAN: 'Least-squares mean.',
  LOG_MEAN: 'Mean of logarithms.',
  MEAN: 'Arithmetic mean.',
  MEDIAN: 'Median.',
  NUMBER: 'A number (e.g. a percentage or a count that is not of participants).',
  COUNT_OF_PARTICIPANTS: 'Number of participants.',
  COUNT_OF_UNITS: 'Number of units other than participants (e.g. lesions).',
});

export const DispersionTypeEnum = described(
  'DispersionType',
  'How the spread around a reported value is measured.',
  DISPERSION_TYPES,
  {
    NA: 'No dispersion reported.',
    STANDARD_DEVIATION: 'Standard deviation (in `spread`).',
    STANDARD_ERROR: 'Standard error (in `spread`).',
    INTER_QUARTILE_RANGE: 'Inter-quartile range (lower and upper limits).',
    FULL_RANGE: 'Minimum and maximum (lower and upper limits).',
    CONFIDENCE_80: '80% confidence interval.',
    CONFIDENCE_90: '90% confidence interval.',
    CONFIDENCE_95: '95% confidence interval.',
    CONFIDENCE_975: '97.5% confidence interval.',
    CONFIDENCE_99: '99% confidence interval.',
    CONFIDENCE_OTHER: 'A confidence interval of another level.',
    GEOMETRIC_COEFFICIENT: 'Geometric coefficient of variation.',
  },
);

export const ReportingStatusEnum = described(
  'ReportingStatus',
  'Whether values of a results outcome measure were posted.',
  REPORTING_STATUSES,
  {
    NOT_POSTED: 'Listed without values.',
    POSTED: 'Values are posted.',
  },
);

export const AdverseEventSeriousnessEnum = described(
  'AdverseEventSeriousness',
  'Table of the registry results an adverse event is listed in.',
  AE_SERIOUSNESS,
  {
    SERIOUS: 'Serious adverse events (every occurrence is reported).',
    OTHER: 'Other (non-serious) adverse events above the frequency threshold.',
  },
);

export const AdverseEventAssessmentTypeEnum = described(
  'AdverseEventAssessmentType',
  'How adverse events were collected.',
  AE_ASSESSMENT_TYPES,
  {
    SYSTEMATIC_ASSESSMENT: 'Asked about or tested for at set times.',
    NON_SYSTEMATIC_ASSESSMENT: 'Reported when they occurred.',
  },
);

export const EvidenceFieldEnum = described(
  'EvidenceField',
  'The registry record field an inferred value was read from.',
  EVIDENCE_FIELDS,
  {
    NAME: "The intervention's name.",
    OTHER_NAME: 'One of the intervention’s other names.',
    DESCRIPTION: "The intervention's description.",
    ARM_DESCRIPTION: 'The description of an arm that gives the intervention.',
    TITLE: "The trial's brief title.",
    OFFICIAL_TITLE: "The trial's official title.",
    SUMMARY: "The trial's brief summary.",
    DETAILED_DESCRIPTION: "The trial's detailed description.",
    KEYWORD: 'One of the trial’s keywords.',
  },
);
