/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { JsonValue } from '../json.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How likely an adverse event was caused by the therapy. */
export type Attribution =
  | 'DEFINITE'
  | 'POSSIBLE'
  | 'PROBABLE'
  | 'UNLIKELY'
  | 'UNRELATED';

/** Whose cells a cell therapy uses: the patient's own (autologous) or a donor's (allogeneic). */
export type CellSource =
  | 'ALLOGENEIC'
  | 'AUTOLOGOUS'
  | 'NONE';

/** An inclusive range; either bound may be left out. */
export type IntRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

/** Kind of therapy. */
export type Modality =
  | 'CAR_T_CELL'
  | 'CHEMOTHERAPY'
  | 'CYTOKINE'
  | 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE'
  | 'GENE_TRANSFER'
  | 'ONCOLYTIC_VIRUS'
  | 'OTHER'
  | 'TCR_T_CELL'
  | 'TIL';

/** Conditions on patients. All given fields must hold (AND). */
export type PatientFilter = {
  /** Age at enrollment within this range (0-120). */
  age?: IntRange | null | undefined;
  and?: Array<PatientFilter> | null | undefined;
  /** Best overall response is any of these. */
  bestResponses?: Array<Response> | null | undefined;
  /** Had an adverse event of this CTCAE grade or higher. */
  hasAdverseEventGrade?: number | null | undefined;
  not?: PatientFilter | null | undefined;
  or?: Array<PatientFilter> | null | undefined;
  /** Whether the best response is known. */
  responseKnown?: boolean | null | undefined;
  sexes?: Array<Sex> | null | undefined;
  /** Enrolled in any of these trials (Trial IDs). */
  trials?: Array<string | number> | null | undefined;
};

/** Sort order. Ties are broken by the patient id. */
export type PatientOrder = {
  direction?: SortDirection | null | undefined;
  field: PatientOrderField;
};

export type PatientOrderField =
  /** Age at enrollment; unknown sorts as lowest. */
  | 'AGE'
  | 'CREATED'
  /** Follow-up months; unknown sorts as lowest. */
  | 'FOLLOW_UP'
  | 'SUBJECT_CODE';

/** Last reported status of a patient. */
export type PatientStatus =
  | 'ALIVE'
  | 'ALIVE_DISEASE_FREE'
  | 'ALIVE_WITH_DISEASE'
  | 'DECEASED'
  | 'UNKNOWN';

/** Clinical trial phase. */
export type Phase =
  | 'EARLY_PHASE_1'
  | 'NOT_APPLICABLE'
  | 'PHASE_1'
  | 'PHASE_1_2'
  | 'PHASE_2'
  | 'PHASE_2_3'
  | 'PHASE_3'
  | 'PHASE_4';

/** Best overall response of a patient. */
export type Response =
  /** Complete response (RECIST). */
  | 'CR'
  /** Not evaluable. */
  | 'NE'
  /** A report says only that there was no objective response. */
  | 'NO_RESPONSE'
  /** Progressive disease (RECIST). */
  | 'PD'
  /** Partial response (RECIST). */
  | 'PR'
  /** Stable disease (RECIST). */
  | 'SD';

/** Conditions on reviews. All given fields must hold (AND). */
export type ReviewFilter = {
  /** Discusses any of these therapies (Therapy IDs). */
  aboutTherapies?: Array<string | number> | null | undefined;
  /** Discusses any of these trials (Trial IDs). */
  aboutTrials?: Array<string | number> | null | undefined;
  and?: Array<ReviewFilter> | null | undefined;
  /** Text contained in the journal name (case-insensitive). */
  journal?: string | null | undefined;
  kinds?: Array<ReviewKind> | null | undefined;
  not?: ReviewFilter | null | undefined;
  or?: Array<ReviewFilter> | null | undefined;
  /** Holds an assessment with any of these stances. */
  stances?: Array<Stance> | null | undefined;
  /** Publication year within this range. */
  year?: IntRange | null | undefined;
};

export type ReviewKind =
  | 'COMMENTARY'
  | 'NEWS'
  | 'PRIMARY_REPORT'
  | 'REVIEW_ARTICLE';

/** Sort order. Ties are broken by the review id. */
export type ReviewOrder = {
  direction?: SortDirection | null | undefined;
  field: ReviewOrderField;
};

export type ReviewOrderField =
  | 'CREATED'
  | 'TITLE'
  /** Publication year; unknown sorts as lowest. */
  | 'YEAR';

/** A searched field, listed from most to least important (which also weights ranking). */
export type SearchField =
  /** Abstract of a review. */
  | 'ABSTRACT'
  /** Quotes of the experts' assessments inside a review. */
  | 'ASSESSMENT_QUOTES'
  /** Conditions a trial studies. */
  | 'CONDITIONS'
  /** Description of a therapy. */
  | 'DESCRIPTION'
  /** Therapy name. */
  | 'NAME'
  /** Official title of a trial. */
  | 'OFFICIAL_TITLE'
  /** Summary of a trial, or GeneTrials' summary of a review. */
  | 'SUMMARY'
  /** Antigen a therapy targets. */
  | 'TARGET_ANTIGEN'
  /** Trial or review title. */
  | 'TITLE'
  /** Gene a therapy delivers. */
  | 'TRANSGENE';

/** Kinds of object `search` looks through. */
export type SearchType =
  /** Reviews: title, summary, abstract and the quotes of the experts' assessments. */
  | 'REVIEW'
  /** Therapies: name, target antigen, transgene and description. */
  | 'THERAPY'
  /** Trials: title, official title, conditions and summary. */
  | 'TRIAL';

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SourceKind =
  | 'JOURNAL_ARTICLE'
  | 'NEWS'
  | 'PRESS_RELEASE'
  | 'REGISTRY_RECORD'
  | 'REVIEW';

/** An expert's overall judgement of the evidence. */
export type Stance =
  | 'FAVORABLE'
  | 'MIXED'
  | 'UNFAVORABLE';

/** Kind of entity a claim is about. */
export type SubjectType =
  | 'ADVERSE_EVENT'
  | 'PATIENT'
  | 'REVIEW'
  | 'THERAPY'
  | 'TRIAL';

/** Conditions on therapies. All given fields must hold (AND). */
export type TherapyFilter = {
  and?: Array<TherapyFilter> | null | undefined;
  /** Any of these cell sources. */
  cellSources?: Array<CellSource> | null | undefined;
  /** Any of these modalities. */
  modalities?: Array<Modality> | null | undefined;
  /** Text contained in the name (case-insensitive). */
  name?: string | null | undefined;
  not?: TherapyFilter | null | undefined;
  or?: Array<TherapyFilter> | null | undefined;
  /** Target antigen (case-insensitive, exact). */
  targetAntigen?: string | null | undefined;
  /** Any of these vectors. */
  vectors?: Array<Vector> | null | undefined;
};

/** Sort order. Ties are broken by the therapy id. */
export type TherapyOrder = {
  direction?: SortDirection | null | undefined;
  field: TherapyOrderField;
};

export type TherapyOrderField =
  | 'CREATED'
  | 'MODALITY'
  | 'NAME';

/** What a therapy does in a trial arm. */
export type TherapyRole =
  | 'CONDITIONING'
  | 'CONTROL'
  | 'EXPERIMENTAL'
  | 'SUPPORTIVE';

/** Conditions on trials. All given fields must hold (AND); use `or` / `not` for alternatives. */
export type TrialFilter = {
  /** All of these filters hold. */
  and?: Array<TrialFilter> | null | undefined;
  /** Text contained in one of the conditions (case-insensitive). */
  condition?: string | null | undefined;
  /** Country (case-insensitive, exact). */
  country?: string | null | undefined;
  /** At least one adverse event of this CTCAE grade or higher. */
  hasAdverseEventGrade?: number | null | undefined;
  /** At least one patient with a complete response. */
  hasCompleteResponse?: boolean | null | undefined;
  /** At least one patient with a known best response. */
  hasOutcomeData?: boolean | null | undefined;
  /** Gives a therapy of any of these modalities. */
  modalities?: Array<Modality> | null | undefined;
  /** Any of these ClinicalTrials.gov ids. */
  nctIds?: Array<string> | null | undefined;
  /** This filter does not hold. */
  not?: TrialFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<TrialFilter> | null | undefined;
  /** Any of these phases. */
  phases?: Array<Phase> | null | undefined;
  /** Text contained in the sponsor (case-insensitive). */
  sponsor?: string | null | undefined;
  /** Start year within this inclusive range. */
  startYear?: IntRange | null | undefined;
  /** Any of these overall statuses. */
  statuses?: Array<TrialStatus> | null | undefined;
  /** Gives a therapy aimed at this antigen (case-insensitive, exact). */
  targetAntigen?: string | null | undefined;
  /** Gives a therapy delivered by any of these vectors. */
  vectors?: Array<Vector> | null | undefined;
};

/** Sort order. Ties are broken by the trial id, so cursors stay stable. */
export type TrialOrder = {
  direction?: SortDirection | null | undefined;
  field: TrialOrderField;
};

export type TrialOrderField =
  /** When the trial was added to GeneTrials. */
  | 'CREATED'
  /** Actual enrollment, else planned enrollment; unknown sorts as lowest. */
  | 'ENROLLMENT'
  /** ClinicalTrials.gov id; unregistered trials sort as lowest. */
  | 'NCT_ID'
  /** Objective response rate; trials without evaluable patients sort as lowest. */
  | 'RESPONSE_RATE'
  /** Start date; trials without one sort first ascending, last descending. */
  | 'START_DATE'
  | 'TITLE';

/** Overall recruitment status, as ClinicalTrials.gov reports it. */
export type TrialStatus =
  | 'ACTIVE_NOT_RECRUITING'
  | 'APPROVED_FOR_MARKETING'
  | 'AVAILABLE'
  | 'COMPLETED'
  | 'ENROLLING_BY_INVITATION'
  | 'NOT_YET_RECRUITING'
  | 'NO_LONGER_AVAILABLE'
  | 'RECRUITING'
  | 'SUSPENDED'
  | 'TEMPORARILY_NOT_AVAILABLE'
  | 'TERMINATED'
  | 'UNKNOWN'
  | 'WITHDRAWN'
  | 'WITHHELD';

/** How a gene is delivered. NONE: no gene transfer. */
export type Vector =
  | 'AAV'
  | 'ADENOVIRUS'
  | 'HERPES_SIMPLEX_VIRUS'
  | 'LENTIVIRUS'
  | 'MRNA'
  | 'NONE'
  | 'OTHER'
  | 'PLASMID'
  | 'RETROVIRUS'
  | 'TRANSPOSON'
  | 'VACCINIA_VIRUS';

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Patient', subjectCode: string, bestResponse: Response | null, id: string }
    | { __typename: 'Review', title: string, id: string, reviewKind: ReviewKind }
    | { __typename: 'Source', title: string, id: string, sourceKind: SourceKind }
    | { __typename: 'Therapy', name: string, modality: Modality, id: string }
    | { __typename: 'Trial', nctId: string | null, title: string, id: string }
   | null };

export type PatientsQueryVariables = Exact<{
  filter?: PatientFilter | null | undefined;
  orderBy?: PatientOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PatientsQuery = { patients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, subjectCode: string, ageAtEnrollment: number | null, sex: Sex, diseaseStage: string | null, bestResponse: Response | null, responseDurationMonths: number | null, followUpMonths: number | null, status: PatientStatus, trial: { id: string, nctId: string | null, title: string } }> } | null };

export type PatientQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientQuery = { patient: { id: string, subjectCode: string, ageAtEnrollment: number | null, sex: Sex, diseaseStage: string | null, metastaticSites: Array<string>, priorTherapies: Array<string>, bestResponse: Response | null, responseDurationMonths: number | null, followUpMonths: number | null, status: PatientStatus, notes: string | null, trial: { id: string, nctId: string | null, title: string }, adverseEvents: Array<{ term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null }>, conflicts: Array<{ field: string, values: Array<JsonValue>, claims: Array<{ value: JsonValue | null, locator: string | null, source: { id: string, title: string, kind: SourceKind } }> }> } | null };

export type ConflictsQueryVariables = Exact<{
  subjectType?: SubjectType | null | undefined;
}>;


export type ConflictsQuery = { conflicts: Array<{ field: string, subjectType: SubjectType, subjectId: string, values: Array<JsonValue>, claims: Array<{ value: JsonValue | null, locator: string | null, source: { id: string, title: string, kind: SourceKind } }> }> };

export type SourcesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SourcesQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: SourceKind, title: string, publisher: string | null, publishedOn: string | null, url: string | null, doi: string | null, pmid: string | null, nctId: string | null }> } };

export type ReviewsQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  orderBy?: ReviewOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ReviewsQuery = { reviews: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: ReviewKind, title: string, authors: Array<string>, journal: string | null, year: number | null, pmid: string | null, doi: string | null }> } };

export type ReviewDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewDetailQuery = { review: { id: string, kind: ReviewKind, title: string, authors: Array<string>, authorsComplete: boolean, journal: string | null, year: number | null, volume: string | null, issue: string | null, pages: string | null, doi: string | null, pmid: string | null, url: string | null, summary: string | null, assessments: Array<{ expert: string, affiliation: string | null, stance: Stance, quote: string, rationale: string | null }>, trials: { totalCount: number, nodes: Array<{ id: string, nctId: string | null, title: string }> }, therapies: { totalCount: number, nodes: Array<{ id: string, name: string, modality: Modality }> } } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, rank: number, matchedField: SearchField, matchedFields: Array<SearchField>, snippet: string, node:
        | { __typename: 'Review', id: string, title: string, kind: ReviewKind, year: number | null }
        | { __typename: 'Therapy', id: string, name: string, modality: Modality }
        | { __typename: 'Trial', id: string, title: string, nctId: string | null, phase: Phase | null }
       }> } };

export type StatsQueryVariables = Exact<{
  filter?: TrialFilter | null | undefined;
}>;


export type StatsQuery = { stats: { trialCount: number, patientCount: number, byPhase: Array<{ key: Phase | null, label: string, count: number, share: number }>, byStatus: Array<{ key: TrialStatus | null, label: string, count: number, share: number }>, byCountry: Array<{ key: string | null, label: string, count: number, share: number }>, byStartYear: Array<{ key: number | null, label: string, count: number, share: number }>, byModality: Array<{ key: Modality | null, label: string, count: number, share: number }>, byVector: Array<{ key: Vector | null, label: string, count: number, share: number }>, pooledByTherapy: Array<{ trials: number, trialIds: Array<string>, outcome: { evaluable: number, responders: number, completeResponses: number, partialResponses: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null }, therapy: { id: string, name: string } }>, pooledByModality: Array<{ trials: number, trialIds: Array<string>, modality: Modality, label: string, outcome: { evaluable: number, responders: number, completeResponses: number, partialResponses: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } }> } };

export type PooledOutcomeFiguresFragment = { evaluable: number, responders: number, completeResponses: number, partialResponses: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null };

export type TherapiesQueryVariables = Exact<{
  filter?: TherapyFilter | null | undefined;
  orderBy?: TherapyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TherapiesQuery = { therapies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, modality: Modality, vector: Vector | null, transgene: string | null, targetAntigen: string | null, cellSource: CellSource | null }> } };

export type TherapyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TherapyDetailQuery = { therapy: { id: string, name: string, modality: Modality, vector: Vector | null, transgene: string | null, targetAntigen: string | null, cellSource: CellSource | null, description: string | null, trials: { edges: Array<{ armName: string | null, role: TherapyRole, dose: string | null, node: { id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null } }> }, reviews: { totalCount: number, nodes: Array<{ id: string, kind: ReviewKind, title: string, year: number | null }> }, sources: Array<{ id: string, title: string, kind: SourceKind }> } | null };

export type TrialDetailQueryVariables = Exact<{
  id?: string | number | null | undefined;
  nctId?: string | null | undefined;
}>;


export type TrialDetailQuery = { trial: { id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null, conditions: Array<string>, institution: string | null, principalInvestigator: string | null, therapies: { edges: Array<{ armName: string | null, role: TherapyRole, dose: string | null, node: { id: string, name: string, modality: Modality, vector: Vector | null, transgene: string | null, targetAntigen: string | null, cellSource: CellSource | null } }> }, outcome: { evaluable: number, responders: number, completeResponses: number, partialResponses: number, stableDisease: number, progressiveDisease: number, noResponse: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null }, reviews: { nodes: Array<{ id: string, kind: ReviewKind, title: string, year: number | null, journal: string | null, assessments: Array<{ expert: string, affiliation: string | null, stance: Stance, quote: string }> }> }, conflicts: Array<{ field: string, values: Array<JsonValue>, claims: Array<{ value: JsonValue | null, locator: string | null, source: { title: string, kind: SourceKind } }> }>, sources: Array<{ id: string, title: string, kind: SourceKind }> } | null };

export type TrialsQueryVariables = Exact<{
  filter?: TrialFilter | null | undefined;
  orderBy?: TrialOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TrialsQuery = { trials: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null, outcome: { evaluable: number, responders: number, objectiveResponseRate: { percent: number } | null } }> } };

export type TrialPatientsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrialPatientsQuery = { trial: { id: string, nctId: string | null, title: string, patients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, subjectCode: string, ageAtEnrollment: number | null, sex: Sex, bestResponse: Response | null, metastaticSites: Array<string>, followUpMonths: number | null, status: PatientStatus, notes: string | null, adverseEvents: Array<{ term: string, grade: number | null, attribution: Attribution | null }>, conflicts: Array<{ field: string, values: Array<JsonValue>, claims: Array<{ value: JsonValue | null, source: { title: string } }> }> }> } | null } | null };

export const PooledOutcomeFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PooledOutcomeFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"completeResponses"}},{"kind":"Field","name":{"kind":"Name","value":"partialResponses"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]} as unknown as DocumentNode<PooledOutcomeFiguresFragment, unknown>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"reviewKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sourceKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const PatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapies"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientQuery, PatientQueryVariables>;
export const ConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConflictsQuery, ConflictsQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const ReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsQuery, ReviewsQueryVariables>;
export const ReviewDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"authorsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDetailQuery, ReviewDetailQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialCount"}},{"kind":"Field","name":{"kind":"Name","value":"patientCount"}},{"kind":"Field","name":{"kind":"Name","value":"byPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStartYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byVector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pooledByTherapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"}},{"kind":"Field","name":{"kind":"Name","value":"trialIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PooledOutcomeFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pooledByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"}},{"kind":"Field","name":{"kind":"Name","value":"trialIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PooledOutcomeFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PooledOutcomeFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"completeResponses"}},{"kind":"Field","name":{"kind":"Name","value":"partialResponses"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const TherapiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Therapies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}}]}}]}}]}}]} as unknown as DocumentNode<TherapiesQuery, TherapiesQueryVariables>;
export const TherapyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<TherapyDetailQuery, TherapyDetailQueryVariables>;
export const TrialDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrialDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nctId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"nctId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nctId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"principalInvestigator"}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"completeResponses"}},{"kind":"Field","name":{"kind":"Name","value":"partialResponses"}},{"kind":"Field","name":{"kind":"Name","value":"stableDisease"}},{"kind":"Field","name":{"kind":"Name","value":"progressiveDisease"}},{"kind":"Field","name":{"kind":"Name","value":"noResponse"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<TrialDetailQuery, TrialDetailQueryVariables>;
export const TrialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrialsQuery, TrialsQueryVariables>;
export const TrialPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrialPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrialPatientsQuery, TrialPatientsQueryVariables>;