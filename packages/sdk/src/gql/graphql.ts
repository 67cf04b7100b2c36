/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { JsonValue } from '../json.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An adverse event of an existing patient. */
export type AddAdverseEventInput = {
  /** How likely the therapy caused the event, as the report says; null when not assessed. */
  attribution?: Attribution | null | undefined;
  /** Must not contain direct identifiers. */
  description?: string | null | undefined;
  /** CTCAE grade 1-5; leave out when the report gives none. */
  grade?: number | null | undefined;
  /** Global ID of the Patient who had the event. */
  patientId: string | number;
  /** Whether the report classes the event as serious (an SAE); null when not stated. */
  serious?: boolean | null | undefined;
  /** The event, e.g. a CTCAE term. */
  term: string;
};

/** Cites a source for one field of an entity. Every claim (about any entity) is screened for direct identifiers, in its value at any depth, its keys, field name and locator; an age (ageAtEnrollment, …) over 89 is stored as 90. */
export type AddClaimInput = {
  /** camelCase field name, e.g. ageAtEnrollment. */
  field: string;
  /** Where in the source: a section, page or short paraphrase. */
  locator?: string | null | undefined;
  /** Global ID of the Source cited. */
  sourceId: string | number;
  /** Global ID of a Trial, Therapy, Patient, AdverseEvent or Review. */
  subjectId: string | number;
  /** The value as the source reported it. */
  value: JsonValue;
};

/** An adverse event a patient had. */
export type AdverseEventInput = {
  /** How likely the therapy caused the event, as the report says; null when not assessed. */
  attribution?: Attribution | null | undefined;
  /** Must not contain direct identifiers. */
  description?: string | null | undefined;
  /** CTCAE grade 1-5; leave out when the report gives none. */
  grade?: number | null | undefined;
  /** Whether the report classes the event as serious (an SAE); null when not stated. */
  serious?: boolean | null | undefined;
  /** The event, e.g. a CTCAE term. */
  term: string;
};

/** An expert's judgement quoted in the review. */
export type AssessmentInput = {
  /** The expert's institution; null when not given. */
  affiliation?: string | null | undefined;
  /** Name of the expert quoted (a public figure, not a patient). */
  expert: string;
  /** What the expert said, quoted verbatim. */
  quote: string;
  /** Why the stance was classified so. */
  rationale?: string | null | undefined;
  /** The expert's overall judgement of the evidence. */
  stance: Stance;
};

/** How likely an adverse event was caused by the therapy. */
export type Attribution =
  /** Clearly caused by the therapy. */
  | 'DEFINITE'
  /** May have been caused by the therapy. */
  | 'POSSIBLE'
  /** Likely caused by the therapy. */
  | 'PROBABLE'
  /** Doubtfully caused by the therapy. */
  | 'UNLIKELY'
  /** Clearly not caused by the therapy. */
  | 'UNRELATED';

/** Whose cells a cell therapy uses: the patient's own (autologous) or a donor's (allogeneic). */
export type CellSource =
  /** A donor's cells. */
  | 'ALLOGENEIC'
  /** The patient's own cells. */
  | 'AUTOLOGOUS'
  /** Not a cell therapy. */
  | 'NONE';

/** A de-identified trial subject, with the adverse events reported for it. Free text (disease stage, sites, prior therapies, notes) must not contain direct identifiers (names, e-mail, phone, address, exact birth date, record numbers): such input is a ValidationError with an `identifier_*` rule. Ages over 89 are stored and served as 90, meaning "90 or older". */
export type CreatePatientInput = {
  /** Adverse events the patient had, created with it. */
  adverseEvents?: Array<AdverseEventInput> | null | undefined;
  /** Years; over 89 is stored as 90 ("90 or older"). */
  ageAtEnrollment?: number | null | undefined;
  /** Best overall response (RECIST-style); null when not known. */
  bestResponse?: Response | null | undefined;
  /** Disease stage at enrollment as reported, e.g. "IV" or "M1c"; null when not reported. */
  diseaseStage?: string | null | undefined;
  /** Follow-up from treatment to last report, in months (decimal); null when not reported. */
  followUpMonths?: number | null | undefined;
  /** Sites of metastasis at enrollment as reported, e.g. "lung"; empty when none are reported. */
  metastaticSites?: Array<string> | null | undefined;
  /** What the reports say of this patient, in your own words. */
  notes?: string | null | undefined;
  /** Treatments before enrollment as reported, e.g. "IL-2"; empty when none are reported. */
  priorTherapies?: Array<string> | null | undefined;
  /** Duration of the response in months (decimal); null when not reported or no response. */
  responseDurationMonths?: number | null | undefined;
  /** Sex as reported; UNKNOWN when not reported. */
  sex?: Sex | null | undefined;
  /** Last reported status; UNKNOWN when not reported. */
  status?: PatientStatus | null | undefined;
  /** Study-assigned code (letters, digits, . _ -), unique within the trial. Never a name. */
  subjectCode: string;
  /** Global ID of the Trial the patient was enrolled in. */
  trialId: string | number;
};

/** A new review with its assessments and the trials and therapies it discusses. */
export type CreateReviewInput = {
  /** The publisher's abstract, only where its licence allows storing it. */
  abstract?: string | null | undefined;
  /** Experts’ judgements the publication quotes. */
  assessments?: Array<AssessmentInput> | null | undefined;
  /** Authors in publication order, as written in the publication; see `authorsComplete`. */
  authors?: Array<string> | null | undefined;
  /** False when only the first authors are listed. */
  authorsComplete?: boolean | null | undefined;
  /** Unique. */
  doi?: string | null | undefined;
  /** Journal issue; null when not applicable. */
  issue?: string | null | undefined;
  /** Journal, conference or outlet; null when not known. */
  journal?: string | null | undefined;
  /** Kind of publication. */
  kind: ReviewKind;
  /** Page range or article number, e.g. "1234-1240"; null when not applicable. */
  pages?: string | null | undefined;
  /** Unique. */
  pmid?: string | null | undefined;
  /** The Source document this review is (null to clear). */
  sourceId?: string | number | null | undefined;
  /** What the publication says, in your own words. */
  summary?: string | null | undefined;
  /** Therapies it discusses (at most 100). */
  therapyIds?: Array<string | number> | null | undefined;
  /** Title of the publication. */
  title: string;
  /** Trials it discusses (at most 100). */
  trialIds?: Array<string | number> | null | undefined;
  /** Link to the publication; null when none. */
  url?: string | null | undefined;
  /** Journal volume; null when not applicable. */
  volume?: string | null | undefined;
  /** Year of publication; null when not known. */
  year?: number | null | undefined;
};

/** A document facts are taken from. */
export type CreateSourceInput = {
  /** Digital Object Identifier, e.g. "10.1056/NEJMoa1407222"; null when none. */
  doi?: string | null | undefined;
  /** Kind of document. */
  kind: SourceKind;
  /** ClinicalTrials.gov id ("NCT" and 8 digits) of a registry record source; null otherwise. */
  nctId?: string | null | undefined;
  /** PubMed ID (digits); null when not indexed. */
  pmid?: string | null | undefined;
  /** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string | null | undefined;
  /** Journal, publisher, outlet or registry (e.g. "ClinicalTrials.gov"); null when not known. */
  publisher?: string | null | undefined;
  /** ISO date-time the document was retrieved. */
  retrievedAt?: string | null | undefined;
  /** Title of the document. */
  title: string;
  /** Link to the document; null when none. */
  url?: string | null | undefined;
};

/** A new therapy. */
export type CreateTherapyInput = {
  /** Whose cells a cell therapy uses (NONE: not a cell therapy); null when not known. */
  cellSource?: CellSource | null | undefined;
  /** Free-text description of the therapy; null when none. */
  description?: string | null | undefined;
  /** Kind of therapy (see the Modality values). */
  modality: Modality;
  /** Unique. */
  name: string;
  /** Antigen the therapy targets, e.g. "CD19" or "NY-ESO-1"; null when none or not known. */
  targetAntigen?: string | null | undefined;
  /** Gene delivered, e.g. "CD19 CAR" or "IL-12"; null when none or not known. */
  transgene?: string | null | undefined;
  /** How the gene is delivered (NONE: no gene transfer); null when not known. */
  vector?: Vector | null | undefined;
};

/** A new trial. */
export type CreateTrialInput = {
  /** Number of participants actually enrolled (the registry’s actual enrollment); null until reported. */
  actualEnrollment?: number | null | undefined;
  /** Not before startDate. */
  completionDate?: string | null | undefined;
  /** Diseases or conditions studied, as registered or reported (free text, e.g. "Melanoma"); empty when none are recorded. */
  conditions?: Array<string> | null | undefined;
  /** Country of the trial: the one country of its sites, else the most frequent one; null when there are none or two countries tie. */
  country?: string | null | undefined;
  /** Institution that runs the trial (e.g. "US National Cancer Institute"); null when not known. */
  institution?: string | null | undefined;
  /** ClinicalTrials.gov id: "NCT" and 8 digits; unique. */
  nctId?: string | null | undefined;
  /** Full scientific title of the protocol as registered; null when not known. */
  officialTitle?: string | null | undefined;
  /** Trial phase (see the Phase values for the ClinicalTrials.gov spelling); null for observational studies and when not known. */
  phase?: Phase | null | undefined;
  /** Number of participants the trial plans to enrol (the registry’s estimated enrollment); null when not known. */
  plannedEnrollment?: number | null | undefined;
  /** Name of the overall principal investigator (a public role); null when not known. */
  principalInvestigator?: string | null | undefined;
  /** Lead sponsor (company, institute or cooperative group); null when not known. */
  sponsor?: string | null | undefined;
  /** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** Overall recruitment status as ClinicalTrials.gov reports it; null when not known (e.g. unregistered historical trials). */
  status?: TrialStatus | null | undefined;
  /** Short plain-text summary of the trial (the registry’s brief summary, or a curator’s); null when none. */
  summary?: string | null | undefined;
  /** Brief public title (the ClinicalTrials.gov `briefTitle`, or the official title when the record has none; for unregistered trials, the title used in publications). */
  title: string;
};

/** What to delete, and the version last read of it (a stale version is a ConflictError). */
export type DeleteInput = {
  /** The version last read; a stale one is a ConflictError and nothing is deleted. */
  expectedVersion: number;
  /** Global ID of the object to delete. */
  id: string | number;
};

/** Which sexes a trial accepts. */
export type EligibilitySex =
  /** Participants of any sex. */
  | 'ALL'
  /** Female participants only. */
  | 'FEMALE'
  /** Male participants only. */
  | 'MALE';

/** An inclusive range; either bound may be left out. */
export type IntRange = {
  /** Highest value included; no upper bound when left out. */
  max?: number | null | undefined;
  /** Lowest value included; no lower bound when left out. */
  min?: number | null | undefined;
};

/** What a registered intervention is, as ClinicalTrials.gov types it. */
export type InterventionType =
  /** A behavioural intervention. */
  | 'BEHAVIORAL'
  /** A biological product: engineered cells, vaccines, antibodies, viral vectors. */
  | 'BIOLOGICAL'
  /** A combination of drug, device and/or biological product. */
  | 'COMBINATION_PRODUCT'
  /** A medical device. */
  | 'DEVICE'
  /** A diagnostic test or imaging. */
  | 'DIAGNOSTIC_TEST'
  /** A dietary supplement. */
  | 'DIETARY_SUPPLEMENT'
  /** A small-molecule or other drug, including chemotherapy conditioning. */
  | 'DRUG'
  /** A genetic intervention: gene transfer, gene editing, genetically modified cells as the registry classes them. */
  | 'GENETIC'
  /** Anything else the registry lists. */
  | 'OTHER'
  /** A surgical or other procedure (e.g. leukapheresis, transplant). */
  | 'PROCEDURE'
  /** Radiation therapy. */
  | 'RADIATION';

/** Links a registered intervention to the curated therapy (construct) it is, with the reason. */
export type LinkInterventionToTherapyInput = {
  /** Why the intervention is this therapy, in the curator’s words (1 to 1000 characters); shown as `Intervention.match.evidence`. */
  evidence: string;
  /** The version of the intervention last read. */
  expectedVersion: number;
  /** Global ID of the Intervention. */
  interventionId: string | number;
  /** Global ID of the Therapy it is. */
  therapyId: string | number;
};

/** A therapy a trial gives, in which arm, in what role and at what dose. */
export type LinkTherapyToTrialInput = {
  /** Unique per trial and therapy (one link per arm). */
  armName?: string | null | undefined;
  /** Dose as reported, free text with units (e.g. "1e9 cells/m2" or "720,000 IU/kg q8h"); null when not known. */
  dose?: string | null | undefined;
  /** What the therapy does in the arm: the experimental therapy, conditioning, supportive care or control. */
  role: TherapyRole;
  /** Global ID of the Therapy. */
  therapyId: string | number;
  /** Global ID of the Trial. */
  trialId: string | number;
};

/** How a registered intervention was linked to a curated therapy (never by name alone). */
export type MatchMethod =
  /** The intervention's name or one of its other names equals one of the therapy's aliases. */
  | 'ALIAS'
  /** A curator linked them by hand; the evidence says why. */
  | 'CURATOR'
  /** The intervention's name or one of its other names equals one of the therapy's product codes. */
  | 'PRODUCT_CODE';

/** Two therapies that are one construct: the source is merged into the target and deleted. */
export type MergeTherapiesInput = {
  /** The versions last read of both therapies (a stale one is a ConflictError). */
  expectedVersions: MergeTherapiesVersionsInput;
  /** Global ID of the Therapy merged into the target: its interventions, trial links, review links and claims move; its name, aliases and product codes become the target’s. */
  sourceId: string | number;
  /** Global ID of the Therapy that stays. */
  targetId: string | number;
};

/** The versions last read of the two therapies of a merge. */
export type MergeTherapiesVersionsInput = {
  /** Version of the therapy merged into it and deleted. */
  source: number;
  /** Version of the therapy that stays. */
  target: number;
};

/** Kind of therapy: the mechanism by which it acts, one line each below. */
export type Modality =
  /** T cells engineered with a chimeric antigen receptor (CAR) that binds a tumour surface antigen directly, without HLA. */
  | 'CAR_T_CELL'
  /** Cytotoxic chemotherapy, including lymphodepleting conditioning before a cell infusion. */
  | 'CHEMOTHERAPY'
  /** A recombinant cytokine given as a drug (e.g. IL-2 after a cell infusion). */
  | 'CYTOKINE'
  /** Tumour or immune cells transduced to secrete a cytokine (e.g. GM-CSF, IL-2) and given as a vaccine. */
  | 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE'
  /** Direct in vivo delivery of a gene (e.g. a tumour suppressor, suicide gene or cytokine) to tumour or host tissue. */
  | 'GENE_TRANSFER'
  /** A virus that replicates in and lyses tumour cells, often armed with a transgene. */
  | 'ONCOLYTIC_VIRUS'
  /** Any other kind of therapy. */
  | 'OTHER'
  /** T cells engineered with a T-cell receptor (TCR) that recognises a tumour peptide presented on HLA. */
  | 'TCR_T_CELL'
  /** Tumour-infiltrating lymphocytes: T cells grown from a resected tumour and expanded ex vivo, possibly gene-marked or modified. */
  | 'TIL';

/** Conditions on patients. All given fields must hold (AND). */
export type PatientFilter = {
  /** Age at enrollment within this range (0-120). */
  age?: IntRange | null | undefined;
  /** Every one of these filters must hold as well. */
  and?: Array<PatientFilter> | null | undefined;
  /** Best overall response is any of these. */
  bestResponses?: Array<Response> | null | undefined;
  /** Had an adverse event of this CTCAE grade or higher. */
  hasAdverseEventGrade?: number | null | undefined;
  /** This filter must not hold. */
  not?: PatientFilter | null | undefined;
  /** At least one of these filters must hold as well. */
  or?: Array<PatientFilter> | null | undefined;
  /** Whether the best response is known. */
  responseKnown?: boolean | null | undefined;
  /** Sex is any of these. */
  sexes?: Array<Sex> | null | undefined;
  /** Enrolled in any of these trials (Trial IDs). */
  trials?: Array<string | number> | null | undefined;
};

/** Sort order. Ties are broken by the patient id. */
export type PatientOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** What to sort by. */
  field: PatientOrderField;
};

/** What to sort patients by. Ties are broken by the patient id. */
export type PatientOrderField =
  /** Age at enrollment; unknown sorts as lowest. */
  | 'AGE'
  /** Order added to GeneTrials. */
  | 'CREATED'
  /** Follow-up months; unknown sorts as lowest. */
  | 'FOLLOW_UP'
  /** Study-assigned subject code, alphabetically. */
  | 'SUBJECT_CODE';

/** Last reported status of a patient. */
export type PatientStatus =
  /** Alive, disease state not reported. */
  | 'ALIVE'
  /** Alive with no evidence of disease. */
  | 'ALIVE_DISEASE_FREE'
  /** Alive with disease. */
  | 'ALIVE_WITH_DISEASE'
  /** Deceased, of any cause. */
  | 'DECEASED'
  /** Not reported or lost to follow-up. */
  | 'UNKNOWN';

/** Clinical trial phase, as registered on ClinicalTrials.gov (each value gives its registry spelling). A trial with no phase (observational) has a null phase. */
export type Phase =
  /** Early phase 1 (formerly phase 0): exploratory first-in-human study with very limited dosing. ClinicalTrials.gov: `EARLY_PHASE1`. */
  | 'EARLY_PHASE_1'
  /** No phase applies (e.g. device or behavioural studies). ClinicalTrials.gov: `NA`. Observational studies have no phase at all: their `phase` is null. */
  | 'NOT_APPLICABLE'
  /** Phase 1: safety and dose finding, usually in a few patients. ClinicalTrials.gov: `PHASE1`. */
  | 'PHASE_1'
  /** Combined phase 1/2: dose finding followed by a first look at efficacy in one protocol. ClinicalTrials.gov: `PHASE1` + `PHASE2` listed together. */
  | 'PHASE_1_2'
  /** Phase 2: efficacy and side effects in a larger group. ClinicalTrials.gov: `PHASE2`. */
  | 'PHASE_2'
  /** Combined phase 2/3: efficacy study that continues into a confirmatory comparison. ClinicalTrials.gov: `PHASE2` + `PHASE3` listed together. */
  | 'PHASE_2_3'
  /** Phase 3: confirmatory comparison with standard treatment, usually randomized. ClinicalTrials.gov: `PHASE3`. */
  | 'PHASE_3'
  /** Phase 4: post-marketing study of an approved therapy. ClinicalTrials.gov: `PHASE4`. */
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
  /** Every one of these filters must hold as well. */
  and?: Array<ReviewFilter> | null | undefined;
  /** Text contained in the journal name (case-insensitive). */
  journal?: string | null | undefined;
  /** Kind of publication is any of these. */
  kinds?: Array<ReviewKind> | null | undefined;
  /** This filter must not hold. */
  not?: ReviewFilter | null | undefined;
  /** At least one of these filters must hold as well. */
  or?: Array<ReviewFilter> | null | undefined;
  /** Holds an assessment with any of these stances. */
  stances?: Array<Stance> | null | undefined;
  /** Publication year within this range. */
  year?: IntRange | null | undefined;
};

/** Kind of publication a review is. */
export type ReviewKind =
  /** Editorial, commentary or opinion piece. */
  | 'COMMENTARY'
  /** News coverage. */
  | 'NEWS'
  /** Original report of trial results (paper, abstract or conference presentation). */
  | 'PRIMARY_REPORT'
  /** Review article summarising others’ results. */
  | 'REVIEW_ARTICLE';

/** Sort order. Ties are broken by the review id. */
export type ReviewOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** What to sort by. */
  field: ReviewOrderField;
};

/** What to sort reviews by. Ties are broken by the review id. */
export type ReviewOrderField =
  /** Order added to GeneTrials. */
  | 'CREATED'
  /** Title, alphabetically. */
  | 'TITLE'
  /** Publication year; unknown sorts as lowest. */
  | 'YEAR';

/** Roles an API token can carry. Each includes everything the roles before it may do. */
export type Role =
  /** Also deletes, and reads the full change history. */
  | 'ADMIN'
  /** Also creates and updates. */
  | 'CURATOR'
  /** Reads everything, patient-level data included. */
  | 'READER';

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

/** Sex of a patient, as reported. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not reported. */
  | 'UNKNOWN';

/** Conditions on one trial site. All given fields must hold for the same site. */
export type SiteFilter = {
  /** City (case-insensitive, exact). */
  city?: string | null | undefined;
  /** Country (case-insensitive, exact), e.g. "United States". */
  country?: string | null | undefined;
  /** True: the site is RECRUITING now. False: any other (or unknown) status. */
  recruiting?: boolean | null | undefined;
  /** Any of these site recruitment statuses. */
  statuses?: Array<SiteStatus> | null | undefined;
};

/** Recruitment status of one site of a trial. */
export type SiteStatus =
  /** Under way, no longer recruiting. */
  | 'ACTIVE_NOT_RECRUITING'
  /** Expanded access is available at this site. */
  | 'AVAILABLE'
  /** Finished. */
  | 'COMPLETED'
  /** Enrolling selected people only, by invitation. */
  | 'ENROLLING_BY_INVITATION'
  /** Has not started recruiting. */
  | 'NOT_YET_RECRUITING'
  /** Currently recruiting participants. */
  | 'RECRUITING'
  /** Recruitment halted, may resume. */
  | 'SUSPENDED'
  /** Stopped early; will not resume. */
  | 'TERMINATED'
  /** Stopped before enrolling anyone. */
  | 'WITHDRAWN';

/** Direction of a sort. */
export type SortDirection =
  /** Ascending: smallest, earliest or A first. */
  | 'ASC'
  /** Descending: largest, latest or Z first. */
  | 'DESC';

/** Kind of source a claim cites. */
export type SourceKind =
  /** A curator’s inference, not stated in a published source. */
  | 'CURATOR_INFERENCE'
  /** Peer-reviewed journal article reporting primary data. */
  | 'JOURNAL_ARTICLE'
  /** News story. */
  | 'NEWS'
  /** Press release, e.g. by a sponsor. */
  | 'PRESS_RELEASE'
  /** A trial registry record, e.g. ClinicalTrials.gov. */
  | 'REGISTRY_RECORD'
  /** Review article. */
  | 'REVIEW';

/** A therapy that is really two constructs: some of its interventions move to a new therapy. */
export type SplitTherapyInput = {
  /** The version of that therapy last read. */
  expectedVersion: number;
  /** Global IDs of the Interventions that move to the new therapy; each must be linked to the therapy split. */
  interventionIds: Array<string | number>;
  /** The new therapy to create. */
  newTherapy: SplitTherapyNewTherapyInput;
  /** Global ID of the Therapy to split. */
  therapyId: string | number;
};

/** The therapy a split creates. */
export type SplitTherapyNewTherapyInput = {
  /** Where its cells come from, if any. */
  cellSource?: CellSource | null | undefined;
  /** A description of the construct. */
  description?: string | null | undefined;
  /** Its modality. */
  modality: Modality;
  /** Unique name of the new therapy. */
  name: string;
  /** The antigen it targets, if any. */
  targetAntigen?: string | null | undefined;
  /** The transgene it carries, if any. */
  transgene?: string | null | undefined;
  /** Its gene-delivery vector, if any. */
  vector?: Vector | null | undefined;
};

/** An expert's overall judgement of the evidence. */
export type Stance =
  /** The evidence supports the therapy. */
  | 'FAVORABLE'
  /** The evidence is mixed or inconclusive. */
  | 'MIXED'
  /** The evidence speaks against the therapy. */
  | 'UNFAVORABLE';

/** Kind of study, as registered. */
export type StudyType =
  /** Access to an investigational product outside a trial. */
  | 'EXPANDED_ACCESS'
  /** Participants are assigned interventions by the protocol (a clinical trial). */
  | 'INTERVENTIONAL'
  /** Outcomes are observed without assigning interventions. */
  | 'OBSERVATIONAL';

/** Kind of entity a claim is about. */
export type SubjectType =
  /** An AdverseEvent. */
  | 'ADVERSE_EVENT'
  /** A Patient. */
  | 'PATIENT'
  /** A Review. */
  | 'REVIEW'
  /** A Therapy. */
  | 'THERAPY'
  /** A Trial. */
  | 'TRIAL';

/** Conditions on therapies. All given fields must hold (AND). */
export type TherapyFilter = {
  /** Every one of these filters must hold as well. */
  and?: Array<TherapyFilter> | null | undefined;
  /** Any of these cell sources. */
  cellSources?: Array<CellSource> | null | undefined;
  /** Any of these modalities. */
  modalities?: Array<Modality> | null | undefined;
  /** Text contained in the name (case-insensitive). */
  name?: string | null | undefined;
  /** This filter must not hold. */
  not?: TherapyFilter | null | undefined;
  /** At least one of these filters must hold as well. */
  or?: Array<TherapyFilter> | null | undefined;
  /** Target antigen (case-insensitive, exact). */
  targetAntigen?: string | null | undefined;
  /** Any of these vectors. */
  vectors?: Array<Vector> | null | undefined;
};

/** Sort order. Ties are broken by the therapy id. */
export type TherapyOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** What to sort by. */
  field: TherapyOrderField;
};

/** What to sort therapies by. Ties are broken by the therapy id. */
export type TherapyOrderField =
  /** Order added to GeneTrials. */
  | 'CREATED'
  /** Modality value name, alphabetically (e.g. CAR_T_CELL before TIL). */
  | 'MODALITY'
  /** Name, alphabetically. */
  | 'NAME';

/** What a therapy does in a trial arm. */
export type TherapyRole =
  /** Given before the experimental therapy to prepare the patient (e.g. lymphodepletion). */
  | 'CONDITIONING'
  /** Comparator given to a control arm. */
  | 'CONTROL'
  /** The therapy under investigation. */
  | 'EXPERIMENTAL'
  /** Given alongside the experimental therapy to support it (e.g. IL-2 after a cell infusion). */
  | 'SUPPORTIVE';

/** Conditions on trials. All given fields must hold (AND); use `or` / `not` for alternatives. */
export type TrialFilter = {
  /** All of these filters hold. */
  and?: Array<TrialFilter> | null | undefined;
  /** Text contained in one of the conditions (case-insensitive). */
  condition?: string | null | undefined;
  /** Country (case-insensitive, exact). */
  country?: string | null | undefined;
  /** Accepts a participant of this age in years (within the minimum and maximum age; a missing limit does not exclude). */
  eligibleAge?: number | null | undefined;
  /** Accepts participants of this sex: FEMALE matches FEMALE and ALL trials; ALL matches only trials open to all. */
  eligibleSex?: EligibilitySex | null | undefined;
  /** At least one adverse event of this CTCAE grade or higher. */
  hasAdverseEventGrade?: number | null | undefined;
  /** At least one patient with a complete response. */
  hasCompleteResponse?: boolean | null | undefined;
  /** At least one patient with a known best response. */
  hasOutcomeData?: boolean | null | undefined;
  /** Accepts healthy volunteers (true) or does not (false). */
  healthyVolunteers?: boolean | null | undefined;
  /** Registers an intervention of any of these types. */
  interventionTypes?: Array<InterventionType> | null | undefined;
  /** Lists this keyword (case-insensitive, exact). */
  keyword?: string | null | undefined;
  /** Has this MeSH heading (case-insensitive, exact) among its condition or intervention terms, its own or their broader ancestors: "Skin Neoplasms" finds melanoma trials. */
  meshTerm?: string | null | undefined;
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
  /** Has at least one site matching all of these (e.g. `{ country: "France", recruiting: true }`). */
  site?: SiteFilter | null | undefined;
  /** Text contained in the sponsor (case-insensitive). */
  sponsor?: string | null | undefined;
  /** Start year within this inclusive range. */
  startYear?: IntRange | null | undefined;
  /** Any of these overall statuses. */
  statuses?: Array<TrialStatus> | null | undefined;
  /** Any of these study types. */
  studyTypes?: Array<StudyType> | null | undefined;
  /** Gives a therapy aimed at this antigen (case-insensitive, exact). */
  targetAntigen?: string | null | undefined;
  /** Gives a therapy delivered by any of these vectors. */
  vectors?: Array<Vector> | null | undefined;
};

/** Sort order. Ties are broken by the trial id, so cursors stay stable. */
export type TrialOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** What to sort by. */
  field: TrialOrderField;
};

/** What to sort trials by. */
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
  /** Title, alphabetically. */
  | 'TITLE';

/** Overall recruitment status, as ClinicalTrials.gov reports it. */
export type TrialStatus =
  /** Active, not recruiting: participants are being treated or followed up, but no new ones are enrolled. */
  | 'ACTIVE_NOT_RECRUITING'
  /** Expanded access: the therapy has been approved for sale. */
  | 'APPROVED_FOR_MARKETING'
  /** Expanded access: the therapy is currently available outside a trial. */
  | 'AVAILABLE'
  /** Completed: the study ended normally. */
  | 'COMPLETED'
  /** Enrolling by invitation: participants are selected and invited; no open enrolment. */
  | 'ENROLLING_BY_INVITATION'
  /** Not yet recruiting: the study has not started enrolling participants. */
  | 'NOT_YET_RECRUITING'
  /** Expanded access: the therapy was available but no longer is. */
  | 'NO_LONGER_AVAILABLE'
  /** Recruiting: the study is enrolling participants. */
  | 'RECRUITING'
  /** Suspended: enrolment has stopped early but may resume. */
  | 'SUSPENDED'
  /** Expanded access: the therapy is temporarily unavailable. */
  | 'TEMPORARILY_NOT_AVAILABLE'
  /** Terminated: the study stopped early and will not resume. */
  | 'TERMINATED'
  /** Unknown status: the record passed its completion date without being verified for two years; see `lastKnownStatus`. */
  | 'UNKNOWN'
  /** Withdrawn: the study stopped before enrolling its first participant. */
  | 'WITHDRAWN'
  /** The registry withholds the status (e.g. for a device not yet approved). */
  | 'WITHHELD';

/** Removes the therapy link of a registered intervention, however it was made. */
export type UnlinkInterventionFromTherapyInput = {
  /** The version of the intervention last read. */
  expectedVersion: number;
  /** Global ID of the Intervention. */
  interventionId: string | number;
};

/** Changes to an adverse event: fields left out stay as they are; null clears an optional field. */
export type UpdateAdverseEventInput = {
  /** How likely the therapy caused the event, as the report says; null when not assessed. */
  attribution?: Attribution | null | undefined;
  /** Must not contain direct identifiers. */
  description?: string | null | undefined;
  /** The version last read. */
  expectedVersion: number;
  /** CTCAE grade 1-5; leave out when the report gives none. */
  grade?: number | null | undefined;
  /** Global ID of the AdverseEvent to change. */
  id: string | number;
  /** Whether the report classes the event as serious (an SAE); null when not stated. */
  serious?: boolean | null | undefined;
  /** The event, e.g. a CTCAE term. */
  term?: string | null | undefined;
};

/** Changes to a patient: fields left out stay as they are; null clears an optional field. Adverse events have their own mutations. Free text (disease stage, sites, prior therapies, notes) must not contain direct identifiers (names, e-mail, phone, address, exact birth date, record numbers): such input is a ValidationError with an `identifier_*` rule. Ages over 89 are stored and served as 90, meaning "90 or older". */
export type UpdatePatientInput = {
  /** Years; over 89 is stored as 90 ("90 or older"). */
  ageAtEnrollment?: number | null | undefined;
  /** Best overall response (RECIST-style); null when not known. */
  bestResponse?: Response | null | undefined;
  /** Disease stage at enrollment as reported, e.g. "IV" or "M1c"; null when not reported. */
  diseaseStage?: string | null | undefined;
  /** The version last read. */
  expectedVersion: number;
  /** Follow-up from treatment to last report, in months (decimal); null when not reported. */
  followUpMonths?: number | null | undefined;
  /** Global ID of the object to change. */
  id: string | number;
  /** Sites of metastasis at enrollment as reported, e.g. "lung"; empty when none are reported. */
  metastaticSites?: Array<string> | null | undefined;
  /** What the reports say of this patient, in your own words. */
  notes?: string | null | undefined;
  /** Treatments before enrollment as reported, e.g. "IL-2"; empty when none are reported. */
  priorTherapies?: Array<string> | null | undefined;
  /** Duration of the response in months (decimal); null when not reported or no response. */
  responseDurationMonths?: number | null | undefined;
  /** Sex as reported; UNKNOWN when not reported. */
  sex?: Sex | null | undefined;
  /** Last reported status; UNKNOWN when not reported. */
  status?: PatientStatus | null | undefined;
  /** Study-assigned code (letters, digits, . _ -), unique within the trial. Never a name. */
  subjectCode?: string | null | undefined;
};

/** Changes to a review: fields left out stay as they are; a list given replaces the stored one. */
export type UpdateReviewInput = {
  /** The publisher's abstract, only where its licence allows storing it. */
  abstract?: string | null | undefined;
  /** When given, replaces all the review’s assessments (an empty list removes them); left out, they stay as they are. */
  assessments?: Array<AssessmentInput> | null | undefined;
  /** Authors in publication order, as written in the publication; see `authorsComplete`. */
  authors?: Array<string> | null | undefined;
  /** False when only the first authors are listed. */
  authorsComplete?: boolean | null | undefined;
  /** Unique. */
  doi?: string | null | undefined;
  /** The version last read. */
  expectedVersion: number;
  /** Global ID of the object to change. */
  id: string | number;
  /** Journal issue; null when not applicable. */
  issue?: string | null | undefined;
  /** Journal, conference or outlet; null when not known. */
  journal?: string | null | undefined;
  /** Kind of publication. */
  kind?: ReviewKind | null | undefined;
  /** Page range or article number, e.g. "1234-1240"; null when not applicable. */
  pages?: string | null | undefined;
  /** Unique. */
  pmid?: string | null | undefined;
  /** The Source document this review is (null to clear). */
  sourceId?: string | number | null | undefined;
  /** What the publication says, in your own words. */
  summary?: string | null | undefined;
  /** Therapies it discusses (at most 100). */
  therapyIds?: Array<string | number> | null | undefined;
  /** Title of the publication. */
  title?: string | null | undefined;
  /** Trials it discusses (at most 100). */
  trialIds?: Array<string | number> | null | undefined;
  /** Link to the publication; null when none. */
  url?: string | null | undefined;
  /** Journal volume; null when not applicable. */
  volume?: string | null | undefined;
  /** Year of publication; null when not known. */
  year?: number | null | undefined;
};

/** Changes to a source: fields left out stay as they are; null clears an optional field. */
export type UpdateSourceInput = {
  /** Digital Object Identifier, e.g. "10.1056/NEJMoa1407222"; null when none. */
  doi?: string | null | undefined;
  /** The version last read. */
  expectedVersion: number;
  /** Global ID of the object to change. */
  id: string | number;
  /** Kind of document. */
  kind?: SourceKind | null | undefined;
  /** ClinicalTrials.gov id ("NCT" and 8 digits) of a registry record source; null otherwise. */
  nctId?: string | null | undefined;
  /** PubMed ID (digits); null when not indexed. */
  pmid?: string | null | undefined;
  /** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string | null | undefined;
  /** Journal, publisher, outlet or registry (e.g. "ClinicalTrials.gov"); null when not known. */
  publisher?: string | null | undefined;
  /** ISO date-time the document was retrieved. */
  retrievedAt?: string | null | undefined;
  /** Title of the document. */
  title?: string | null | undefined;
  /** Link to the document; null when none. */
  url?: string | null | undefined;
};

/** Changes to a therapy: fields left out stay as they are; null clears an optional field. */
export type UpdateTherapyInput = {
  /** Whose cells a cell therapy uses (NONE: not a cell therapy); null when not known. */
  cellSource?: CellSource | null | undefined;
  /** Free-text description of the therapy; null when none. */
  description?: string | null | undefined;
  /** The version last read. */
  expectedVersion: number;
  /** Global ID of the object to change. */
  id: string | number;
  /** Kind of therapy (see the Modality values). */
  modality?: Modality | null | undefined;
  /** Unique. */
  name?: string | null | undefined;
  /** Antigen the therapy targets, e.g. "CD19" or "NY-ESO-1"; null when none or not known. */
  targetAntigen?: string | null | undefined;
  /** Gene delivered, e.g. "CD19 CAR" or "IL-12"; null when none or not known. */
  transgene?: string | null | undefined;
  /** How the gene is delivered (NONE: no gene transfer); null when not known. */
  vector?: Vector | null | undefined;
};

/** Changes to a trial: fields left out stay as they are; null clears an optional field. */
export type UpdateTrialInput = {
  /** Number of participants actually enrolled (the registry’s actual enrollment); null until reported. */
  actualEnrollment?: number | null | undefined;
  /** Not before startDate. */
  completionDate?: string | null | undefined;
  /** Diseases or conditions studied, as registered or reported (free text, e.g. "Melanoma"); empty when none are recorded. */
  conditions?: Array<string> | null | undefined;
  /** Country of the trial: the one country of its sites, else the most frequent one; null when there are none or two countries tie. */
  country?: string | null | undefined;
  /** The version last read. */
  expectedVersion: number;
  /** Global ID of the object to change. */
  id: string | number;
  /** Institution that runs the trial (e.g. "US National Cancer Institute"); null when not known. */
  institution?: string | null | undefined;
  /** ClinicalTrials.gov id: "NCT" and 8 digits; unique. */
  nctId?: string | null | undefined;
  /** Full scientific title of the protocol as registered; null when not known. */
  officialTitle?: string | null | undefined;
  /** Trial phase (see the Phase values for the ClinicalTrials.gov spelling); null for observational studies and when not known. */
  phase?: Phase | null | undefined;
  /** Number of participants the trial plans to enrol (the registry’s estimated enrollment); null when not known. */
  plannedEnrollment?: number | null | undefined;
  /** Name of the overall principal investigator (a public role); null when not known. */
  principalInvestigator?: string | null | undefined;
  /** Lead sponsor (company, institute or cooperative group); null when not known. */
  sponsor?: string | null | undefined;
  /** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** Overall recruitment status as ClinicalTrials.gov reports it; null when not known (e.g. unregistered historical trials). */
  status?: TrialStatus | null | undefined;
  /** Short plain-text summary of the trial (the registry’s brief summary, or a curator’s); null when none. */
  summary?: string | null | undefined;
  /** Brief public title (the ClinicalTrials.gov `briefTitle`, or the official title when the record has none; for unregistered trials, the title used in publications). */
  title?: string | null | undefined;
};

/** Changes to a trial ↔ therapy link: fields left out stay as they are. */
export type UpdateTrialTherapyLinkInput = {
  /** Arm (or cohort) of the trial that gives the therapy; null when the trial has one arm or it is not known. */
  armName?: string | null | undefined;
  /** Dose as reported, free text with units (e.g. "1e9 cells/m2" or "720,000 IU/kg q8h"); null when not known. */
  dose?: string | null | undefined;
  /** The version of the link last read (an edge’s `linkVersion`). */
  expectedVersion: number;
  /** Global ID of the TrialTherapyLink (an edge’s `linkId`). */
  id: string | number;
  /** What the therapy does in the arm: the experimental therapy, conditioning, supportive care or control. */
  role?: TherapyRole | null | undefined;
};

/** How a gene is delivered. NONE: no gene transfer. */
export type Vector =
  /** Adeno-associated virus vector: mostly non-integrating, long-lasting expression. */
  | 'AAV'
  /** Adenoviral vector: non-integrating, transient expression. */
  | 'ADENOVIRUS'
  /** Herpes simplex virus (HSV-1) vector, typically an oncolytic virus. */
  | 'HERPES_SIMPLEX_VIRUS'
  /** Lentiviral vector: integrates into the genome, also of non-dividing cells. */
  | 'LENTIVIRUS'
  /** Messenger RNA: transient expression without integration. */
  | 'MRNA'
  /** No gene transfer (e.g. chemotherapy or an unmodified cell product). */
  | 'NONE'
  /** Any other delivery vector. */
  | 'OTHER'
  /** Naked or complexed plasmid DNA (including electroporation). */
  | 'PLASMID'
  /** Gamma-retroviral vector: integrates into the genome of dividing cells. */
  | 'RETROVIRUS'
  /** Transposon system (e.g. Sleeping Beauty, piggyBac) that integrates without a virus. */
  | 'TRANSPOSON'
  /** Vaccinia (pox) virus vector, typically an oncolytic virus or vaccine. */
  | 'VACCINIA_VIRUS';

type MutationError_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string };

type MutationError_ForbiddenError_Fragment = { __typename: 'ForbiddenError', requiredRole: Role, message: string };

type MutationError_NotFoundError_Fragment = { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string };

type MutationError_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> };

export type MutationErrorFragment =
  | MutationError_ConflictError_Fragment
  | MutationError_ForbiddenError_Fragment
  | MutationError_NotFoundError_Fragment
  | MutationError_ValidationError_Fragment
;

export type WrittenTrialFragment = { id: string, version: number, updatedAt: string, nctId: string | null, title: string, officialTitle: string | null, phase: Phase | null, status: TrialStatus | null, conditions: Array<string>, sponsor: string | null, institution: string | null, country: string | null, principalInvestigator: string | null, startDate: string | null, completionDate: string | null, plannedEnrollment: number | null, actualEnrollment: number | null, summary: string | null };

export type WrittenTherapyFragment = { id: string, version: number, updatedAt: string, name: string, modality: Modality, transgene: string | null, targetAntigen: string | null, vector: Vector | null, cellSource: CellSource | null, description: string | null };

export type WrittenTrialTherapyLinkFragment = { id: string, version: number, armName: string | null, role: TherapyRole, dose: string | null, trial: { id: string }, therapy: { id: string, name: string } };

export type WrittenAdverseEventFragment = { id: string, version: number, term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null, description: string | null };

export type WrittenPatientFragment = { id: string, version: number, updatedAt: string, subjectCode: string, ageAtEnrollment: number | null, ageLabel: string | null, sex: Sex, diseaseStage: string | null, metastaticSites: Array<string>, priorTherapies: Array<string>, bestResponse: Response | null, responseDurationMonths: number | null, followUpMonths: number | null, status: PatientStatus, notes: string | null, trial: { id: string }, adverseEvents: Array<{ id: string, version: number, term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null, description: string | null }> };

export type WrittenReviewFragment = { id: string, version: number, updatedAt: string, kind: ReviewKind, title: string, authors: Array<string>, authorsComplete: boolean, journal: string | null, year: number | null, volume: string | null, issue: string | null, pages: string | null, doi: string | null, pmid: string | null, url: string | null, abstract: string | null, summary: string | null, source: { id: string } | null, assessments: Array<{ id: string, expert: string, affiliation: string | null, quote: string, stance: Stance, rationale: string | null }>, trials: { nodes: Array<{ id: string }> }, therapies: { nodes: Array<{ id: string }> } };

export type WrittenSourceFragment = { id: string, version: number, updatedAt: string, kind: SourceKind, title: string, publisher: string | null, publishedOn: string | null, url: string | null, doi: string | null, pmid: string | null, nctId: string | null, retrievedAt: string | null };

export type WrittenClaimFragment = { id: string, version: number, field: string, value: JsonValue | null, subjectType: SubjectType, subjectId: string, locator: string | null, source: { id: string } };

export type CreateTrialMutationVariables = Exact<{
  input: CreateTrialInput;
}>;


export type CreateTrialMutation = { createTrial:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { trial: { id: string, version: number, updatedAt: string, nctId: string | null, title: string, officialTitle: string | null, phase: Phase | null, status: TrialStatus | null, conditions: Array<string>, sponsor: string | null, institution: string | null, country: string | null, principalInvestigator: string | null, startDate: string | null, completionDate: string | null, plannedEnrollment: number | null, actualEnrollment: number | null, summary: string | null } }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdateTrialMutationVariables = Exact<{
  input: UpdateTrialInput;
}>;


export type UpdateTrialMutation = { updateTrial:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { trial: { id: string, version: number, updatedAt: string, nctId: string | null, title: string, officialTitle: string | null, phase: Phase | null, status: TrialStatus | null, conditions: Array<string>, sponsor: string | null, institution: string | null, country: string | null, principalInvestigator: string | null, startDate: string | null, completionDate: string | null, plannedEnrollment: number | null, actualEnrollment: number | null, summary: string | null } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeleteTrialMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteTrialMutation = { deleteTrial:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type CreateTherapyMutationVariables = Exact<{
  input: CreateTherapyInput;
}>;


export type CreateTherapyMutation = { createTherapy:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { therapy: { id: string, version: number, updatedAt: string, name: string, modality: Modality, transgene: string | null, targetAntigen: string | null, vector: Vector | null, cellSource: CellSource | null, description: string | null } }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdateTherapyMutationVariables = Exact<{
  input: UpdateTherapyInput;
}>;


export type UpdateTherapyMutation = { updateTherapy:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { therapy: { id: string, version: number, updatedAt: string, name: string, modality: Modality, transgene: string | null, targetAntigen: string | null, vector: Vector | null, cellSource: CellSource | null, description: string | null } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeleteTherapyMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteTherapyMutation = { deleteTherapy:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type LinkTherapyToTrialMutationVariables = Exact<{
  input: LinkTherapyToTrialInput;
}>;


export type LinkTherapyToTrialMutation = { linkTherapyToTrial:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { link: { id: string, version: number, armName: string | null, role: TherapyRole, dose: string | null, trial: { id: string }, therapy: { id: string, name: string } } }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdateTrialTherapyLinkMutationVariables = Exact<{
  input: UpdateTrialTherapyLinkInput;
}>;


export type UpdateTrialTherapyLinkMutation = { updateTrialTherapyLink:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { link: { id: string, version: number, armName: string | null, role: TherapyRole, dose: string | null, trial: { id: string }, therapy: { id: string, name: string } } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UnlinkTherapyFromTrialMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type UnlinkTherapyFromTrialMutation = { unlinkTherapyFromTrial:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type CreatePatientMutationVariables = Exact<{
  input: CreatePatientInput;
}>;


export type CreatePatientMutation = { createPatient:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { patient: { id: string, version: number, updatedAt: string, subjectCode: string, ageAtEnrollment: number | null, ageLabel: string | null, sex: Sex, diseaseStage: string | null, metastaticSites: Array<string>, priorTherapies: Array<string>, bestResponse: Response | null, responseDurationMonths: number | null, followUpMonths: number | null, status: PatientStatus, notes: string | null, trial: { id: string }, adverseEvents: Array<{ id: string, version: number, term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null, description: string | null }> } }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdatePatientMutationVariables = Exact<{
  input: UpdatePatientInput;
}>;


export type UpdatePatientMutation = { updatePatient:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { patient: { id: string, version: number, updatedAt: string, subjectCode: string, ageAtEnrollment: number | null, ageLabel: string | null, sex: Sex, diseaseStage: string | null, metastaticSites: Array<string>, priorTherapies: Array<string>, bestResponse: Response | null, responseDurationMonths: number | null, followUpMonths: number | null, status: PatientStatus, notes: string | null, trial: { id: string }, adverseEvents: Array<{ id: string, version: number, term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null, description: string | null }> } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeletePatientMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeletePatientMutation = { deletePatient:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type AddAdverseEventMutationVariables = Exact<{
  input: AddAdverseEventInput;
}>;


export type AddAdverseEventMutation = { addAdverseEvent:
    | { adverseEvent: { id: string, version: number, term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null, description: string | null, patient: { id: string } } }
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdateAdverseEventMutationVariables = Exact<{
  input: UpdateAdverseEventInput;
}>;


export type UpdateAdverseEventMutation = { updateAdverseEvent:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { adverseEvent: { id: string, version: number, term: string, grade: number | null, attribution: Attribution | null, serious: boolean | null, description: string | null } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeleteAdverseEventMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteAdverseEventMutation = { deleteAdverseEvent:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type CreateReviewMutationVariables = Exact<{
  input: CreateReviewInput;
}>;


export type CreateReviewMutation = { createReview:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { review: { id: string, version: number, updatedAt: string, kind: ReviewKind, title: string, authors: Array<string>, authorsComplete: boolean, journal: string | null, year: number | null, volume: string | null, issue: string | null, pages: string | null, doi: string | null, pmid: string | null, url: string | null, abstract: string | null, summary: string | null, source: { id: string } | null, assessments: Array<{ id: string, expert: string, affiliation: string | null, quote: string, stance: Stance, rationale: string | null }>, trials: { nodes: Array<{ id: string }> }, therapies: { nodes: Array<{ id: string }> } } }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdateReviewMutationVariables = Exact<{
  input: UpdateReviewInput;
}>;


export type UpdateReviewMutation = { updateReview:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { review: { id: string, version: number, updatedAt: string, kind: ReviewKind, title: string, authors: Array<string>, authorsComplete: boolean, journal: string | null, year: number | null, volume: string | null, issue: string | null, pages: string | null, doi: string | null, pmid: string | null, url: string | null, abstract: string | null, summary: string | null, source: { id: string } | null, assessments: Array<{ id: string, expert: string, affiliation: string | null, quote: string, stance: Stance, rationale: string | null }>, trials: { nodes: Array<{ id: string }> }, therapies: { nodes: Array<{ id: string }> } } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeleteReviewMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteReviewMutation = { deleteReview:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { createSource:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { source: { id: string, version: number, updatedAt: string, kind: SourceKind, title: string, publisher: string | null, publishedOn: string | null, url: string | null, doi: string | null, pmid: string | null, nctId: string | null, retrievedAt: string | null } }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { source: { id: string, version: number, updatedAt: string, kind: SourceKind, title: string, publisher: string | null, publishedOn: string | null, url: string | null, doi: string | null, pmid: string | null, nctId: string | null, retrievedAt: string | null } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeleteSourceMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteSourceMutation = { deleteSource:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type AddClaimMutationVariables = Exact<{
  input: AddClaimInput;
}>;


export type AddClaimMutation = { addClaim:
    | { claim: { id: string, version: number, field: string, value: JsonValue | null, subjectType: SubjectType, subjectId: string, locator: string | null, source: { id: string } } }
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type DeleteClaimMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteClaimMutation = { deleteClaim:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { deletedId: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type CuratedInterventionFragment = { id: string, version: number, name: string, trial: { id: string }, therapy: { id: string, name: string } | null, match: { method: MatchMethod, evidence: string | null } | null };

export type LinkInterventionToTherapyMutationVariables = Exact<{
  input: LinkInterventionToTherapyInput;
}>;


export type LinkInterventionToTherapyMutation = { linkInterventionToTherapy:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'LinkInterventionToTherapySuccess', intervention: { id: string, version: number, name: string, trial: { id: string }, therapy: { id: string, name: string } | null, match: { method: MatchMethod, evidence: string | null } | null } }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type UnlinkInterventionFromTherapyMutationVariables = Exact<{
  input: UnlinkInterventionFromTherapyInput;
}>;


export type UnlinkInterventionFromTherapyMutation = { unlinkInterventionFromTherapy:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'UnlinkInterventionFromTherapySuccess', intervention: { id: string, version: number, name: string, trial: { id: string }, therapy: { id: string, name: string } | null, match: { method: MatchMethod, evidence: string | null } | null } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type MergeTherapiesMutationVariables = Exact<{
  input: MergeTherapiesInput;
}>;


export type MergeTherapiesMutation = { mergeTherapies:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'MergeTherapiesSuccess', deletedTherapyId: string, droppedTrialLinkIds: Array<string>, therapy: { aliases: Array<string>, productCodes: Array<string>, id: string, version: number, updatedAt: string, name: string, modality: Modality, transgene: string | null, targetAntigen: string | null, vector: Vector | null, cellSource: CellSource | null, description: string | null }, movedInterventions: Array<{ id: string, version: number, name: string, trial: { id: string }, therapy: { id: string, name: string } | null, match: { method: MatchMethod, evidence: string | null } | null }>, movedTrialLinks: Array<{ id: string, version: number, armName: string | null, role: TherapyRole, dose: string | null, trial: { id: string }, therapy: { id: string, name: string } }>, movedClaims: Array<{ id: string, version: number, field: string, value: JsonValue | null, subjectType: SubjectType, subjectId: string, locator: string | null, source: { id: string } }>, reviews: Array<{ id: string, version: number }> }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type SplitTherapyMutationVariables = Exact<{
  input: SplitTherapyInput;
}>;


export type SplitTherapyMutation = { splitTherapy:
    | { __typename: 'ConflictError', currentVersion: number | null, path: string | null, existingId: string | null, message: string }
    | { __typename: 'ForbiddenError', requiredRole: Role, message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, path: string | null, message: string }
    | { __typename: 'SplitTherapySuccess', therapy: { id: string, version: number, updatedAt: string, name: string, modality: Modality, transgene: string | null, targetAntigen: string | null, vector: Vector | null, cellSource: CellSource | null, description: string | null }, newTherapy: { id: string, version: number, updatedAt: string, name: string, modality: Modality, transgene: string | null, targetAntigen: string | null, vector: Vector | null, cellSource: CellSource | null, description: string | null }, movedInterventions: Array<{ id: string, version: number, name: string, trial: { id: string }, therapy: { id: string, name: string } | null, match: { method: MatchMethod, evidence: string | null } | null }>, movedTrialLinks: Array<{ id: string, version: number, armName: string | null, role: TherapyRole, dose: string | null, trial: { id: string }, therapy: { id: string, name: string } }> }
    | { __typename: 'ValidationError', message: string, issues: Array<{ path: string, rule: string, message: string }> }
   };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AdverseEvent', id: string }
    | { __typename: 'Arm', id: string }
    | { __typename: 'Intervention', id: string }
    | { __typename: 'OutcomeMeasure', id: string }
    | { __typename: 'Patient', subjectCode: string, bestResponse: Response | null, id: string }
    | { __typename: 'RegistryAdverseEvent', id: string }
    | { __typename: 'Review', title: string, id: string, reviewKind: ReviewKind }
    | { __typename: 'Site', id: string }
    | { __typename: 'Source', title: string, id: string, sourceKind: SourceKind }
    | { __typename: 'Therapy', name: string, modality: Modality, id: string }
    | { __typename: 'Trial', nctId: string | null, title: string, id: string }
    | { __typename: 'TrialTherapyLink', id: string }
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


export type StatsQuery = { stats: { trialCount: number, patientCount: number | null, patientCountSuppressed: boolean, byPhase: Array<{ key: Phase | null, label: string, count: number, share: number }>, byStatus: Array<{ key: TrialStatus | null, label: string, count: number, share: number }>, byCountry: Array<{ key: string | null, label: string, count: number, share: number }>, byStartYear: Array<{ key: number | null, label: string, count: number, share: number }>, byModality: Array<{ key: Modality | null, label: string, count: number, share: number }>, byVector: Array<{ key: Vector | null, label: string, count: number, share: number }>, pooledByTherapy: Array<{ trials: number, trialIds: Array<string>, suppressed: boolean, outcome: { evaluable: number, responders: number, completeResponses: number, partialResponses: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number, lowerPercent: number, upperPercent: number } } | null } | null, therapy: { id: string, name: string } }>, pooledByModality: Array<{ trials: number, trialIds: Array<string>, suppressed: boolean, modality: Modality, label: string, outcome: { evaluable: number, responders: number, completeResponses: number, partialResponses: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number, lowerPercent: number, upperPercent: number } } | null } | null }>, pooledRegistryReported: { trials: number, trialIds: Array<string>, responders: number, analysed: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number, lowerPercent: number, upperPercent: number } } | null } | null } };

export type PooledOutcomeFiguresFragment = { evaluable: number, responders: number, completeResponses: number, partialResponses: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number, lowerPercent: number, upperPercent: number } } | null };

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


export type TrialDetailQuery = { trial: { id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null, conditions: Array<string>, institution: string | null, principalInvestigator: string | null, therapies: { edges: Array<{ armName: string | null, role: TherapyRole, dose: string | null, node: { id: string, name: string, modality: Modality, vector: Vector | null, transgene: string | null, targetAntigen: string | null, cellSource: CellSource | null } }> }, outcome: { evaluable: number, responders: number, completeResponses: number, partialResponses: number, stableDisease: number, progressiveDisease: number, noResponse: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number, lowerPercent: number, upperPercent: number } } | null } | null, reviews: { nodes: Array<{ id: string, kind: ReviewKind, title: string, year: number | null, journal: string | null, assessments: Array<{ expert: string, affiliation: string | null, stance: Stance, quote: string }> }> }, conflicts: Array<{ field: string, values: Array<JsonValue>, claims: Array<{ value: JsonValue | null, locator: string | null, source: { title: string, kind: SourceKind } }> }>, sources: Array<{ id: string, title: string, kind: SourceKind }> } | null };

export type TrialsQueryVariables = Exact<{
  filter?: TrialFilter | null | undefined;
  orderBy?: TrialOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TrialsQuery = { trials: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null, outcome: { evaluable: number, responders: number, objectiveResponseRate: { percent: number } | null } | null }> } };

export type TrialPatientsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrialPatientsQuery = { trial: { id: string, nctId: string | null, title: string, patients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, subjectCode: string, ageAtEnrollment: number | null, sex: Sex, bestResponse: Response | null, metastaticSites: Array<string>, followUpMonths: number | null, status: PatientStatus, notes: string | null, adverseEvents: Array<{ term: string, grade: number | null, attribution: Attribution | null }>, conflicts: Array<{ field: string, values: Array<JsonValue>, claims: Array<{ value: JsonValue | null, source: { title: string } }> }> }> } | null } | null };

export const MutationErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<MutationErrorFragment, unknown>;
export const WrittenTrialFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrial"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"officialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"principalInvestigator"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"completionDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]} as unknown as DocumentNode<WrittenTrialFragment, unknown>;
export const WrittenTherapyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTherapy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<WrittenTherapyFragment, unknown>;
export const WrittenTrialTherapyLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrialTherapyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialTherapyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WrittenTrialTherapyLinkFragment, unknown>;
export const WrittenAdverseEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenAdverseEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdverseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<WrittenAdverseEventFragment, unknown>;
export const WrittenPatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPatient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"ageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapies"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenAdverseEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenAdverseEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdverseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<WrittenPatientFragment, unknown>;
export const WrittenReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"authorsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WrittenReviewFragment, unknown>;
export const WrittenSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"retrievedAt"}}]}}]} as unknown as DocumentNode<WrittenSourceFragment, unknown>;
export const WrittenClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WrittenClaimFragment, unknown>;
export const CuratedInterventionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CuratedInterventionFragment, unknown>;
export const PooledOutcomeFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PooledOutcomeFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"completeResponses"}},{"kind":"Field","name":{"kind":"Name","value":"partialResponses"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"lowerPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upperPercent"}}]}}]}}]}}]} as unknown as DocumentNode<PooledOutcomeFiguresFragment, unknown>;
export const CreateTrialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrialSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTrial"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrial"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"officialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"principalInvestigator"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"completionDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<CreateTrialMutation, CreateTrialMutationVariables>;
export const UpdateTrialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrialSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTrial"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrial"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"officialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"principalInvestigator"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"completionDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdateTrialMutation, UpdateTrialMutationVariables>;
export const DeleteTrialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTrialSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeleteTrialMutation, DeleteTrialMutationVariables>;
export const CreateTherapyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTherapy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTherapyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTherapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTherapySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTherapy"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTherapy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<CreateTherapyMutation, CreateTherapyMutationVariables>;
export const UpdateTherapyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTherapy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTherapyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTherapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTherapySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTherapy"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTherapy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdateTherapyMutation, UpdateTherapyMutationVariables>;
export const DeleteTherapyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTherapy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTherapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTherapySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeleteTherapyMutation, DeleteTherapyMutationVariables>;
export const LinkTherapyToTrialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkTherapyToTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTherapyToTrialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTherapyToTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTherapyToTrialSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTrialTherapyLink"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrialTherapyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialTherapyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<LinkTherapyToTrialMutation, LinkTherapyToTrialMutationVariables>;
export const UpdateTrialTherapyLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrialTherapyLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrialTherapyLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrialTherapyLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrialTherapyLinkSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTrialTherapyLink"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrialTherapyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialTherapyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdateTrialTherapyLinkMutation, UpdateTrialTherapyLinkMutationVariables>;
export const UnlinkTherapyFromTrialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkTherapyFromTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkTherapyFromTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkTherapyFromTrialSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UnlinkTherapyFromTrialMutation, UnlinkTherapyFromTrialMutationVariables>;
export const CreatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePatientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenPatient"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenAdverseEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdverseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPatient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"ageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapies"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenAdverseEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<CreatePatientMutation, CreatePatientMutationVariables>;
export const UpdatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenPatient"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenAdverseEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdverseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPatient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"ageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapies"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenAdverseEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const DeletePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePatientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeletePatientMutation, DeletePatientMutationVariables>;
export const AddAdverseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAdverseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAdverseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAdverseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddAdverseEventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adverseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenAdverseEvent"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenAdverseEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdverseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<AddAdverseEventMutation, AddAdverseEventMutationVariables>;
export const UpdateAdverseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdverseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdverseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdverseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdverseEventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adverseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenAdverseEvent"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenAdverseEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdverseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdateAdverseEventMutation, UpdateAdverseEventMutationVariables>;
export const DeleteAdverseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAdverseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAdverseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAdverseEventSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeleteAdverseEventMutation, DeleteAdverseEventMutationVariables>;
export const CreateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReviewSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenReview"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"authorsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<CreateReviewMutation, CreateReviewMutationVariables>;
export const UpdateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenReview"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"authorsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewMutation, UpdateReviewMutationVariables>;
export const DeleteReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteReviewSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeleteReviewMutation, DeleteReviewMutationVariables>;
export const CreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenSource"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"retrievedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenSource"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"retrievedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSourceSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const AddClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddClaimSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenClaim"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<AddClaimMutation, AddClaimMutationVariables>;
export const DeleteClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteClaimSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<DeleteClaimMutation, DeleteClaimMutationVariables>;
export const LinkInterventionToTherapyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkInterventionToTherapy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInterventionToTherapyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInterventionToTherapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInterventionToTherapySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedIntervention"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<LinkInterventionToTherapyMutation, LinkInterventionToTherapyMutationVariables>;
export const UnlinkInterventionFromTherapyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkInterventionFromTherapy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkInterventionFromTherapyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkInterventionFromTherapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkInterventionFromTherapySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedIntervention"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<UnlinkInterventionFromTherapyMutation, UnlinkInterventionFromTherapyMutationVariables>;
export const MergeTherapiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeTherapies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTherapiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTherapies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTherapiesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTherapy"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"productCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedTherapyId"}},{"kind":"Field","name":{"kind":"Name","value":"movedInterventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedIntervention"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedTrialLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTrialTherapyLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedTrialLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"movedClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTherapy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrialTherapyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialTherapyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<MergeTherapiesMutation, MergeTherapiesMutationVariables>;
export const SplitTherapyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitTherapy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTherapyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTherapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTherapySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTherapy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newTherapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTherapy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedInterventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CuratedIntervention"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedTrialLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenTrialTherapyLink"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTherapy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CuratedIntervention"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenTrialTherapyLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialTherapyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]} as unknown as DocumentNode<SplitTherapyMutation, SplitTherapyMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"reviewKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sourceKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const PatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"diseaseStage"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapies"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"responseDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientQuery, PatientQueryVariables>;
export const ConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConflictsQuery, ConflictsQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const ReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsQuery, ReviewsQueryVariables>;
export const ReviewDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"authorsComplete"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"pmid"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDetailQuery, ReviewDetailQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Therapy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialCount"}},{"kind":"Field","name":{"kind":"Name","value":"patientCount"}},{"kind":"Field","name":{"kind":"Name","value":"patientCountSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"byPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStartYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byVector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pooledByTherapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"}},{"kind":"Field","name":{"kind":"Name","value":"trialIds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PooledOutcomeFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pooledByModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"}},{"kind":"Field","name":{"kind":"Name","value":"trialIds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PooledOutcomeFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pooledRegistryReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"}},{"kind":"Field","name":{"kind":"Name","value":"trialIds"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"analysed"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"lowerPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upperPercent"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PooledOutcomeFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"completeResponses"}},{"kind":"Field","name":{"kind":"Name","value":"partialResponses"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"lowerPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upperPercent"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const TherapiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Therapies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TherapyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}}]}}]}}]}}]} as unknown as DocumentNode<TherapiesQuery, TherapiesQueryVariables>;
export const TherapyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<TherapyDetailQuery, TherapyDetailQueryVariables>;
export const TrialDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrialDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nctId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"nctId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nctId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"principalInvestigator"}},{"kind":"Field","name":{"kind":"Name","value":"therapies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"armName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"vector"}},{"kind":"Field","name":{"kind":"Name","value":"transgene"}},{"kind":"Field","name":{"kind":"Name","value":"targetAntigen"}},{"kind":"Field","name":{"kind":"Name","value":"cellSource"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"completeResponses"}},{"kind":"Field","name":{"kind":"Name","value":"partialResponses"}},{"kind":"Field","name":{"kind":"Name","value":"stableDisease"}},{"kind":"Field","name":{"kind":"Name","value":"progressiveDisease"}},{"kind":"Field","name":{"kind":"Name","value":"noResponse"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"ci95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"lowerPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upperPercent"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"journal"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expert"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<TrialDetailQuery, TrialDetailQueryVariables>;
export const TrialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluable"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveResponseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrialsQuery, TrialsQueryVariables>;
export const TrialPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrialPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageAtEnrollment"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"bestResponse"}},{"kind":"Field","name":{"kind":"Name","value":"metastaticSites"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"adverseEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrialPatientsQuery, TrialPatientsQueryVariables>;