/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { JsonValue } from '../json.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Table of the registry results an adverse event is listed in. */
export type AdverseEventSeriousness =
  /** Other (non-serious) adverse events above the frequency threshold. */
  | 'OTHER'
  /** Serious adverse events (every occurrence is reported). */
  | 'SERIOUS';

/** Role of an arm in the trial design. */
export type ArmType =
  /** Receives an active standard treatment for comparison. */
  | 'ACTIVE_COMPARATOR'
  /** Receives the intervention under study. */
  | 'EXPERIMENTAL'
  /** Receives no intervention. */
  | 'NO_INTERVENTION'
  /** Any other arm. */
  | 'OTHER'
  /** Receives a placebo. */
  | 'PLACEBO_COMPARATOR'
  /** Receives a sham procedure. */
  | 'SHAM_COMPARATOR';

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

/** Where an outcome measure is stated. */
export type OutcomeSource =
  /** Planned in the protocol section; no values. */
  | 'PROTOCOL'
  /** Reported in the posted results, with values per group. */
  | 'RESULTS';

/** Kind of outcome measure. */
export type OutcomeType =
  /** Another outcome specified before the trial. */
  | 'OTHER_PRE_SPECIFIED'
  /** An outcome chosen after the data were seen (results only). */
  | 'POST_HOC'
  /** A primary outcome: what the trial was designed to measure. */
  | 'PRIMARY'
  /** A secondary outcome. */
  | 'SECONDARY';

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

export type ExplorerFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerFacetsQuery = { stats: { trialCount: number, byPhase: Array<{ key: Phase | null, label: string, count: number }>, byStatus: Array<{ key: TrialStatus | null, label: string, count: number }>, byModality: Array<{ key: Modality | null, label: string, count: number }>, byVector: Array<{ key: Vector | null, label: string, count: number }>, byCountry: Array<{ key: string | null, label: string, count: number }> } };

export type ExplorerTrialsQueryVariables = Exact<{
  filter?: TrialFilter | null | undefined;
  orderBy?: TrialOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerTrialsQuery = { trials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null, country: string | null, startDate: string | null, therapies: { nodes: Array<{ id: string, name: string, modality: Modality, vector: Vector | null, targetAntigen: string | null }> }, outcome: { evaluable: number, responders: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null }> } };

export type ExplorerTrialRowFragment = { id: string, nctId: string | null, title: string, phase: Phase | null, status: TrialStatus | null, country: string | null, startDate: string | null, therapies: { nodes: Array<{ id: string, name: string, modality: Modality, vector: Vector | null, targetAntigen: string | null }> }, outcome: { evaluable: number, responders: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null };

export type ExplorerRateFragment = { estimate: number, percent: number, ci95: { lower: number, upper: number } };

export type ExplorerChartsQueryVariables = Exact<{
  filter?: TrialFilter | null | undefined;
  outcomeFilter?: TrialFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerChartsQuery = { trials: { totalCount: number, nodes: Array<{ id: string, nctId: string | null, title: string, outcome: { evaluable: number, responders: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null }> }, stats: { trialCount: number, byStartYear: Array<{ key: number | null, label: string, count: number }>, pooledByModality: Array<{ modality: Modality, label: string, trials: number, suppressed: boolean, outcome: { evaluable: number, responders: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null }>, pooledByTherapy: Array<{ trials: number, suppressed: boolean, therapy: { id: string, name: string }, outcome: { evaluable: number, responders: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null }>, pooledRegistryReported: { trials: number, responders: number, analysed: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null } };

export type ExplorerTrialQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerTrialQuery = { trial: { id: string, nctId: string | null, registryUrl: string | null, title: string, officialTitle: string | null, acronym: string | null, phase: Phase | null, status: TrialStatus | null, studyType: StudyType | null, conditions: Array<string>, keywords: Array<string>, sponsor: string | null, institution: string | null, country: string | null, principalInvestigator: string | null, startDate: string | null, completionDate: string | null, plannedEnrollment: number | null, actualEnrollment: number | null, summary: string | null, whyStopped: string | null, outcomeSuppressed: boolean, therapies: { edges: Array<{ armName: string | null, role: TherapyRole, dose: string | null, node: { id: string, name: string, modality: Modality, vector: Vector | null, transgene: string | null, targetAntigen: string | null, cellSource: CellSource | null, costimulatoryDomain: string | null, manufacturer: string | null } }> }, interventions: { totalCount: number, nodes: Array<{ id: string, name: string, type: InterventionType | null, description: string | null, therapy: { id: string, name: string } | null }> }, arms: Array<{ id: string, label: string, type: ArmType | null, description: string | null, interventions: Array<{ id: string, name: string }> }>, eligibility: { criteria: string | null, minimumAge: string | null, maximumAge: string | null, sex: EligibilitySex | null, healthyVolunteers: boolean | null } | null, sites: { totalCount: number, nodes: Array<{ id: string, facility: string | null, city: string | null, state: string | null, country: string | null, status: SiteStatus | null }> }, outcomeMeasures: { totalCount: number, nodes: Array<{ id: string, source: OutcomeSource, type: OutcomeType, title: string, timeFrame: string | null, unitOfMeasure: string | null }> }, registryAdverseEvents: { totalCount: number, nodes: Array<{ id: string, seriousness: AdverseEventSeriousness, term: string, organSystem: string | null, stats: Array<{ groupId: string, numAffected: number | null, numAtRisk: number | null }> }> }, outcome: { patients: number, evaluable: number, responders: number, completeResponses: number, partialResponses: number, stableDisease: number, progressiveDisease: number, noResponse: number, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null, registryOutcome: { responders: number, analysed: number, measureTitle: string | null, objectiveResponseRate: { estimate: number, percent: number, ci95: { lower: number, upper: number } } | null } | null, reviews: { nodes: Array<{ id: string, kind: ReviewKind, title: string, authors: Array<string>, journal: string | null, year: number | null, url: string | null, summary: string | null, assessments: Array<{ id: string, expert: string, affiliation: string | null, stance: Stance, quote: string, rationale: string | null }> }> }, claims: Array<{ id: string, field: string, value: JsonValue | null, locator: string | null, source: { id: string, title: string, kind: SourceKind, url: string | null } }>, conflicts: Array<{ field: string, values: Array<JsonValue>, claims: Array<{ id: string, value: JsonValue | null, locator: string | null, source: { id: string, title: string, kind: SourceKind, url: string | null } }> }> } | null };

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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerRateFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ExplorerRate on Rate {
  estimate
  percent
  ci95 {
    lower
    upper
  }
}
    `, {"fragmentName":"ExplorerRate"}) as unknown as TypedDocumentString<ExplorerRateFragment, unknown>;
export const ExplorerTrialRowFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ExplorerTrialRow on Trial {
  id
  nctId
  title
  phase
  status
  country
  startDate
  therapies(roles: [EXPERIMENTAL]) {
    nodes {
      id
      name
      modality
      vector
      targetAntigen
    }
  }
  outcome {
    evaluable
    responders
    objectiveResponseRate {
      ...ExplorerRate
    }
  }
}
    fragment ExplorerRate on Rate {
  estimate
  percent
  ci95 {
    lower
    upper
  }
}`, {"fragmentName":"ExplorerTrialRow"}) as unknown as TypedDocumentString<ExplorerTrialRowFragment, unknown>;
export const MutationErrorFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
    `, {"fragmentName":"MutationError"}) as unknown as TypedDocumentString<MutationErrorFragment, unknown>;
export const WrittenTrialFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenTrial on Trial {
  id
  version
  updatedAt
  nctId
  title
  officialTitle
  phase
  status
  conditions
  sponsor
  institution
  country
  principalInvestigator
  startDate
  completionDate
  plannedEnrollment
  actualEnrollment
  summary
}
    `, {"fragmentName":"WrittenTrial"}) as unknown as TypedDocumentString<WrittenTrialFragment, unknown>;
export const WrittenTherapyFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenTherapy on Therapy {
  id
  version
  updatedAt
  name
  modality
  transgene
  targetAntigen
  vector
  cellSource
  description
}
    `, {"fragmentName":"WrittenTherapy"}) as unknown as TypedDocumentString<WrittenTherapyFragment, unknown>;
export const WrittenTrialTherapyLinkFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenTrialTherapyLink on TrialTherapyLink {
  id
  version
  armName
  role
  dose
  trial {
    id
  }
  therapy {
    id
    name
  }
}
    `, {"fragmentName":"WrittenTrialTherapyLink"}) as unknown as TypedDocumentString<WrittenTrialTherapyLinkFragment, unknown>;
export const WrittenAdverseEventFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenAdverseEvent on AdverseEvent {
  id
  version
  term
  grade
  attribution
  serious
  description
}
    `, {"fragmentName":"WrittenAdverseEvent"}) as unknown as TypedDocumentString<WrittenAdverseEventFragment, unknown>;
export const WrittenPatientFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenPatient on Patient {
  id
  version
  updatedAt
  subjectCode
  ageAtEnrollment
  ageLabel
  sex
  diseaseStage
  metastaticSites
  priorTherapies
  bestResponse
  responseDurationMonths
  followUpMonths
  status
  notes
  trial {
    id
  }
  adverseEvents {
    ...WrittenAdverseEvent
  }
}
    fragment WrittenAdverseEvent on AdverseEvent {
  id
  version
  term
  grade
  attribution
  serious
  description
}`, {"fragmentName":"WrittenPatient"}) as unknown as TypedDocumentString<WrittenPatientFragment, unknown>;
export const WrittenReviewFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenReview on Review {
  id
  version
  updatedAt
  kind
  title
  authors
  authorsComplete
  journal
  year
  volume
  issue
  pages
  doi
  pmid
  url
  abstract
  summary
  source {
    id
  }
  assessments {
    id
    expert
    affiliation
    quote
    stance
    rationale
  }
  trials(first: 100) {
    nodes {
      id
    }
  }
  therapies(first: 100) {
    nodes {
      id
    }
  }
}
    `, {"fragmentName":"WrittenReview"}) as unknown as TypedDocumentString<WrittenReviewFragment, unknown>;
export const WrittenSourceFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenSource on Source {
  id
  version
  updatedAt
  kind
  title
  publisher
  publishedOn
  url
  doi
  pmid
  nctId
  retrievedAt
}
    `, {"fragmentName":"WrittenSource"}) as unknown as TypedDocumentString<WrittenSourceFragment, unknown>;
export const WrittenClaimFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WrittenClaim on Claim {
  id
  version
  field
  value
  subjectType
  subjectId
  locator
  source {
    id
  }
}
    `, {"fragmentName":"WrittenClaim"}) as unknown as TypedDocumentString<WrittenClaimFragment, unknown>;
export const CuratedInterventionFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment CuratedIntervention on Intervention {
  id
  version
  name
  trial {
    id
  }
  therapy {
    id
    name
  }
  match {
    method
    evidence
  }
}
    `, {"fragmentName":"CuratedIntervention"}) as unknown as TypedDocumentString<CuratedInterventionFragment, unknown>;
export const PooledOutcomeFiguresFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment PooledOutcomeFigures on Outcome {
  evaluable
  responders
  completeResponses
  partialResponses
  objectiveResponseRate {
    estimate
    percent
    ci95 {
      lower
      upper
      lowerPercent
      upperPercent
    }
  }
}
    `, {"fragmentName":"PooledOutcomeFigures"}) as unknown as TypedDocumentString<PooledOutcomeFiguresFragment, unknown>;
export const ExplorerFacetsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerFacets {
  stats {
    trialCount
    byPhase(includeEmpty: true) {
      key
      label
      count
    }
    byStatus(includeEmpty: true) {
      key
      label
      count
    }
    byModality(includeEmpty: true) {
      key
      label
      count
    }
    byVector(includeEmpty: true) {
      key
      label
      count
    }
    byCountry {
      key
      label
      count
    }
  }
}
    `, {"hash":"6a30ec0b82e835c02ba7259e08851f47e00cb8dd9e7c89c6627433772432b035"}) as unknown as TypedDocumentString<ExplorerFacetsQuery, ExplorerFacetsQueryVariables>;
export const ExplorerTrialsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerTrials($filter: TrialFilter, $orderBy: TrialOrder, $first: Int, $after: String) {
  trials(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ExplorerTrialRow
    }
  }
}
    fragment ExplorerTrialRow on Trial {
  id
  nctId
  title
  phase
  status
  country
  startDate
  therapies(roles: [EXPERIMENTAL]) {
    nodes {
      id
      name
      modality
      vector
      targetAntigen
    }
  }
  outcome {
    evaluable
    responders
    objectiveResponseRate {
      ...ExplorerRate
    }
  }
}
fragment ExplorerRate on Rate {
  estimate
  percent
  ci95 {
    lower
    upper
  }
}`, {"hash":"0b108d994981a0fb7b357f9e6426633a9c8060c5335f3fd2c613cb0817de7c15"}) as unknown as TypedDocumentString<ExplorerTrialsQuery, ExplorerTrialsQueryVariables>;
export const ExplorerChartsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerCharts($filter: TrialFilter, $outcomeFilter: TrialFilter, $first: Int) {
  trials(
    filter: $outcomeFilter
    orderBy: {field: RESPONSE_RATE, direction: DESC}
    first: $first
  ) {
    totalCount
    nodes {
      id
      nctId
      title
      outcome {
        evaluable
        responders
        objectiveResponseRate {
          ...ExplorerRate
        }
      }
    }
  }
  stats(filter: $filter) {
    trialCount
    byStartYear {
      key
      label
      count
    }
    pooledByModality {
      modality
      label
      trials
      suppressed
      outcome {
        evaluable
        responders
        objectiveResponseRate {
          ...ExplorerRate
        }
      }
    }
    pooledByTherapy {
      trials
      suppressed
      therapy {
        id
        name
      }
      outcome {
        evaluable
        responders
        objectiveResponseRate {
          ...ExplorerRate
        }
      }
    }
    pooledRegistryReported {
      trials
      responders
      analysed
      objectiveResponseRate {
        ...ExplorerRate
      }
    }
  }
}
    fragment ExplorerRate on Rate {
  estimate
  percent
  ci95 {
    lower
    upper
  }
}`, {"hash":"46f2470c796ed9e90d1bbc78594bd5725d666198f93580c5f933905c437bf5e0"}) as unknown as TypedDocumentString<ExplorerChartsQuery, ExplorerChartsQueryVariables>;
export const ExplorerTrialDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerTrial($id: ID!) {
  trial(id: $id) {
    id
    nctId
    registryUrl
    title
    officialTitle
    acronym
    phase
    status
    studyType
    conditions
    keywords
    sponsor
    institution
    country
    principalInvestigator
    startDate
    completionDate
    plannedEnrollment
    actualEnrollment
    summary
    whyStopped
    therapies {
      edges {
        armName
        role
        dose
        node {
          id
          name
          modality
          vector
          transgene
          targetAntigen
          cellSource
          costimulatoryDomain
          manufacturer
        }
      }
    }
    interventions(first: 100) {
      totalCount
      nodes {
        id
        name
        type
        description
        therapy {
          id
          name
        }
      }
    }
    arms {
      id
      label
      type
      description
      interventions {
        id
        name
      }
    }
    eligibility {
      criteria
      minimumAge
      maximumAge
      sex
      healthyVolunteers
    }
    sites(first: 100) {
      totalCount
      nodes {
        id
        facility
        city
        state
        country
        status
      }
    }
    outcomeMeasures(first: 100) {
      totalCount
      nodes {
        id
        source
        type
        title
        timeFrame
        unitOfMeasure
      }
    }
    registryAdverseEvents(first: 100) {
      totalCount
      nodes {
        id
        seriousness
        term
        organSystem
        stats {
          groupId
          numAffected
          numAtRisk
        }
      }
    }
    outcome {
      patients
      evaluable
      responders
      completeResponses
      partialResponses
      stableDisease
      progressiveDisease
      noResponse
      objectiveResponseRate {
        ...ExplorerRate
      }
    }
    outcomeSuppressed
    registryOutcome {
      responders
      analysed
      measureTitle
      objectiveResponseRate {
        ...ExplorerRate
      }
    }
    reviews(first: 50) {
      nodes {
        id
        kind
        title
        authors
        journal
        year
        url
        summary
        assessments {
          id
          expert
          affiliation
          stance
          quote
          rationale
        }
      }
    }
    claims {
      id
      field
      value
      locator
      source {
        id
        title
        kind
        url
      }
    }
    conflicts {
      field
      values
      claims {
        id
        value
        locator
        source {
          id
          title
          kind
          url
        }
      }
    }
  }
}
    fragment ExplorerRate on Rate {
  estimate
  percent
  ci95 {
    lower
    upper
  }
}`, {"hash":"cda1b814aabab69749d5f909fbe3077a402205fca01473619c1e619dd7e402d2"}) as unknown as TypedDocumentString<ExplorerTrialQuery, ExplorerTrialQueryVariables>;
export const CreateTrialDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTrial($input: CreateTrialInput!) {
  createTrial(input: $input) {
    ... on CreateTrialSuccess {
      trial {
        ...WrittenTrial
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTrial on Trial {
  id
  version
  updatedAt
  nctId
  title
  officialTitle
  phase
  status
  conditions
  sponsor
  institution
  country
  principalInvestigator
  startDate
  completionDate
  plannedEnrollment
  actualEnrollment
  summary
}`, {"hash":"ea1721f5125b780a8a6d6c929dcb31f9d3c8c30569d7c9e9e56dc99112d4e164"}) as unknown as TypedDocumentString<CreateTrialMutation, CreateTrialMutationVariables>;
export const UpdateTrialDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateTrial($input: UpdateTrialInput!) {
  updateTrial(input: $input) {
    ... on UpdateTrialSuccess {
      trial {
        ...WrittenTrial
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTrial on Trial {
  id
  version
  updatedAt
  nctId
  title
  officialTitle
  phase
  status
  conditions
  sponsor
  institution
  country
  principalInvestigator
  startDate
  completionDate
  plannedEnrollment
  actualEnrollment
  summary
}`, {"hash":"dd0b8fa6b9b6f3b79fc72aa149054cc758537fd44adf13e1e9dd8e9ee1e98a19"}) as unknown as TypedDocumentString<UpdateTrialMutation, UpdateTrialMutationVariables>;
export const DeleteTrialDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteTrial($input: DeleteInput!) {
  deleteTrial(input: $input) {
    ... on DeleteTrialSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"12443ad2f0196982d14412edda5373f4517586708aea870aaea47b1182d3575f"}) as unknown as TypedDocumentString<DeleteTrialMutation, DeleteTrialMutationVariables>;
export const CreateTherapyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTherapy($input: CreateTherapyInput!) {
  createTherapy(input: $input) {
    ... on CreateTherapySuccess {
      therapy {
        ...WrittenTherapy
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTherapy on Therapy {
  id
  version
  updatedAt
  name
  modality
  transgene
  targetAntigen
  vector
  cellSource
  description
}`, {"hash":"73ae39d8ce7dbcfa9442c8aad8450f9df1d277cd2a6af04a54f725aa30e0bcb4"}) as unknown as TypedDocumentString<CreateTherapyMutation, CreateTherapyMutationVariables>;
export const UpdateTherapyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateTherapy($input: UpdateTherapyInput!) {
  updateTherapy(input: $input) {
    ... on UpdateTherapySuccess {
      therapy {
        ...WrittenTherapy
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTherapy on Therapy {
  id
  version
  updatedAt
  name
  modality
  transgene
  targetAntigen
  vector
  cellSource
  description
}`, {"hash":"4431aa805dc93f846f69c0e0d864e5a51903557782bf3b2d7d915632ae3f4055"}) as unknown as TypedDocumentString<UpdateTherapyMutation, UpdateTherapyMutationVariables>;
export const DeleteTherapyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteTherapy($input: DeleteInput!) {
  deleteTherapy(input: $input) {
    ... on DeleteTherapySuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"32eef1cbd76c39aa22f7664bab6d5c119edaaeda3c67f4e1cb40effba14ca382"}) as unknown as TypedDocumentString<DeleteTherapyMutation, DeleteTherapyMutationVariables>;
export const LinkTherapyToTrialDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LinkTherapyToTrial($input: LinkTherapyToTrialInput!) {
  linkTherapyToTrial(input: $input) {
    ... on LinkTherapyToTrialSuccess {
      link {
        ...WrittenTrialTherapyLink
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTrialTherapyLink on TrialTherapyLink {
  id
  version
  armName
  role
  dose
  trial {
    id
  }
  therapy {
    id
    name
  }
}`, {"hash":"f24168b888849927f0c55751a82fa229b85884bd05ff1ce4c109e2775f93078d"}) as unknown as TypedDocumentString<LinkTherapyToTrialMutation, LinkTherapyToTrialMutationVariables>;
export const UpdateTrialTherapyLinkDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateTrialTherapyLink($input: UpdateTrialTherapyLinkInput!) {
  updateTrialTherapyLink(input: $input) {
    ... on UpdateTrialTherapyLinkSuccess {
      link {
        ...WrittenTrialTherapyLink
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTrialTherapyLink on TrialTherapyLink {
  id
  version
  armName
  role
  dose
  trial {
    id
  }
  therapy {
    id
    name
  }
}`, {"hash":"082a68acef32790033cb040af597c8dd74db592fcd634b7b402575644f1a76d7"}) as unknown as TypedDocumentString<UpdateTrialTherapyLinkMutation, UpdateTrialTherapyLinkMutationVariables>;
export const UnlinkTherapyFromTrialDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnlinkTherapyFromTrial($input: DeleteInput!) {
  unlinkTherapyFromTrial(input: $input) {
    ... on UnlinkTherapyFromTrialSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"b589ed25c1ff2dff984f21bee76d3e50cec2839b8863057a35f08d1e9c884fd1"}) as unknown as TypedDocumentString<UnlinkTherapyFromTrialMutation, UnlinkTherapyFromTrialMutationVariables>;
export const CreatePatientDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreatePatient($input: CreatePatientInput!) {
  createPatient(input: $input) {
    ... on CreatePatientSuccess {
      patient {
        ...WrittenPatient
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenAdverseEvent on AdverseEvent {
  id
  version
  term
  grade
  attribution
  serious
  description
}
fragment WrittenPatient on Patient {
  id
  version
  updatedAt
  subjectCode
  ageAtEnrollment
  ageLabel
  sex
  diseaseStage
  metastaticSites
  priorTherapies
  bestResponse
  responseDurationMonths
  followUpMonths
  status
  notes
  trial {
    id
  }
  adverseEvents {
    ...WrittenAdverseEvent
  }
}`, {"hash":"13f28fc0855ecff0402cd03ea3a678c30a74516e26ffcd083bed7760924604ed"}) as unknown as TypedDocumentString<CreatePatientMutation, CreatePatientMutationVariables>;
export const UpdatePatientDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdatePatient($input: UpdatePatientInput!) {
  updatePatient(input: $input) {
    ... on UpdatePatientSuccess {
      patient {
        ...WrittenPatient
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenAdverseEvent on AdverseEvent {
  id
  version
  term
  grade
  attribution
  serious
  description
}
fragment WrittenPatient on Patient {
  id
  version
  updatedAt
  subjectCode
  ageAtEnrollment
  ageLabel
  sex
  diseaseStage
  metastaticSites
  priorTherapies
  bestResponse
  responseDurationMonths
  followUpMonths
  status
  notes
  trial {
    id
  }
  adverseEvents {
    ...WrittenAdverseEvent
  }
}`, {"hash":"5904220491224437b1ff7d828db58145d987fb78cf3df733ab50f401a26f042f"}) as unknown as TypedDocumentString<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const DeletePatientDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeletePatient($input: DeleteInput!) {
  deletePatient(input: $input) {
    ... on DeletePatientSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"07682ba78104f106257303a486c7b135c6e076f0f8c3ab42e174f4475ccb411f"}) as unknown as TypedDocumentString<DeletePatientMutation, DeletePatientMutationVariables>;
export const AddAdverseEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddAdverseEvent($input: AddAdverseEventInput!) {
  addAdverseEvent(input: $input) {
    ... on AddAdverseEventSuccess {
      adverseEvent {
        ...WrittenAdverseEvent
        patient {
          id
        }
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenAdverseEvent on AdverseEvent {
  id
  version
  term
  grade
  attribution
  serious
  description
}`, {"hash":"2e10e870287749f862e15ef9d14f751e132501698664f61034fc1bb09aa4522a"}) as unknown as TypedDocumentString<AddAdverseEventMutation, AddAdverseEventMutationVariables>;
export const UpdateAdverseEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateAdverseEvent($input: UpdateAdverseEventInput!) {
  updateAdverseEvent(input: $input) {
    ... on UpdateAdverseEventSuccess {
      adverseEvent {
        ...WrittenAdverseEvent
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenAdverseEvent on AdverseEvent {
  id
  version
  term
  grade
  attribution
  serious
  description
}`, {"hash":"9cb589d4b5225eee3e35aeb93ecbc9e43bc45fecb0d2e7439986ffc429fedb73"}) as unknown as TypedDocumentString<UpdateAdverseEventMutation, UpdateAdverseEventMutationVariables>;
export const DeleteAdverseEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteAdverseEvent($input: DeleteInput!) {
  deleteAdverseEvent(input: $input) {
    ... on DeleteAdverseEventSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"1a27486f51ecb72704e0609b89e51347fc855add6495696d9fabc0e455c2fcd6"}) as unknown as TypedDocumentString<DeleteAdverseEventMutation, DeleteAdverseEventMutationVariables>;
export const CreateReviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateReview($input: CreateReviewInput!) {
  createReview(input: $input) {
    ... on CreateReviewSuccess {
      review {
        ...WrittenReview
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenReview on Review {
  id
  version
  updatedAt
  kind
  title
  authors
  authorsComplete
  journal
  year
  volume
  issue
  pages
  doi
  pmid
  url
  abstract
  summary
  source {
    id
  }
  assessments {
    id
    expert
    affiliation
    quote
    stance
    rationale
  }
  trials(first: 100) {
    nodes {
      id
    }
  }
  therapies(first: 100) {
    nodes {
      id
    }
  }
}`, {"hash":"8f31956de0c8b7d2950ceba2c452b739ab6703427fc8ebdf028a21d21d3d702e"}) as unknown as TypedDocumentString<CreateReviewMutation, CreateReviewMutationVariables>;
export const UpdateReviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateReview($input: UpdateReviewInput!) {
  updateReview(input: $input) {
    ... on UpdateReviewSuccess {
      review {
        ...WrittenReview
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenReview on Review {
  id
  version
  updatedAt
  kind
  title
  authors
  authorsComplete
  journal
  year
  volume
  issue
  pages
  doi
  pmid
  url
  abstract
  summary
  source {
    id
  }
  assessments {
    id
    expert
    affiliation
    quote
    stance
    rationale
  }
  trials(first: 100) {
    nodes {
      id
    }
  }
  therapies(first: 100) {
    nodes {
      id
    }
  }
}`, {"hash":"54ff131ab23ad62ce358e340f8588a892c1a3cf43ddccd60e844e9b85f5acb60"}) as unknown as TypedDocumentString<UpdateReviewMutation, UpdateReviewMutationVariables>;
export const DeleteReviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteReview($input: DeleteInput!) {
  deleteReview(input: $input) {
    ... on DeleteReviewSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"34e0483b0711779eef77278f7a18374d61ce5df6476fe3fd478e785f51b42128"}) as unknown as TypedDocumentString<DeleteReviewMutation, DeleteReviewMutationVariables>;
export const CreateSourceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateSource($input: CreateSourceInput!) {
  createSource(input: $input) {
    ... on CreateSourceSuccess {
      source {
        ...WrittenSource
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenSource on Source {
  id
  version
  updatedAt
  kind
  title
  publisher
  publishedOn
  url
  doi
  pmid
  nctId
  retrievedAt
}`, {"hash":"15f33ea95719ef636afe04156a5a3ea287306fe867ae4946db4f644a51a089dd"}) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateSource($input: UpdateSourceInput!) {
  updateSource(input: $input) {
    ... on UpdateSourceSuccess {
      source {
        ...WrittenSource
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenSource on Source {
  id
  version
  updatedAt
  kind
  title
  publisher
  publishedOn
  url
  doi
  pmid
  nctId
  retrievedAt
}`, {"hash":"f8b52b96395ad07dba6f3e0ca673077c48f0a873de15444e789caf7c855cd6a0"}) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteSource($input: DeleteInput!) {
  deleteSource(input: $input) {
    ... on DeleteSourceSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"d51ce4f00da6621acdc1b37f9dbfc9c22c56a1f110861381f315e1b61112ce25"}) as unknown as TypedDocumentString<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const AddClaimDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddClaim($input: AddClaimInput!) {
  addClaim(input: $input) {
    ... on AddClaimSuccess {
      claim {
        ...WrittenClaim
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenClaim on Claim {
  id
  version
  field
  value
  subjectType
  subjectId
  locator
  source {
    id
  }
}`, {"hash":"aa15a4f188e3df01e85109a369a1858174742f9b4172cde54bd3c5813f8377a4"}) as unknown as TypedDocumentString<AddClaimMutation, AddClaimMutationVariables>;
export const DeleteClaimDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteClaim($input: DeleteInput!) {
  deleteClaim(input: $input) {
    ... on DeleteClaimSuccess {
      deletedId
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}`, {"hash":"4af3d0208ea092aaea951349b036fec06ee4039f1f1a3cc32a582d9447a5546f"}) as unknown as TypedDocumentString<DeleteClaimMutation, DeleteClaimMutationVariables>;
export const LinkInterventionToTherapyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LinkInterventionToTherapy($input: LinkInterventionToTherapyInput!) {
  linkInterventionToTherapy(input: $input) {
    __typename
    ... on LinkInterventionToTherapySuccess {
      intervention {
        ...CuratedIntervention
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment CuratedIntervention on Intervention {
  id
  version
  name
  trial {
    id
  }
  therapy {
    id
    name
  }
  match {
    method
    evidence
  }
}`, {"hash":"38d783a7a73573ac862c546eeeb3d333759cb100170334ba65f39f9f60e983d6"}) as unknown as TypedDocumentString<LinkInterventionToTherapyMutation, LinkInterventionToTherapyMutationVariables>;
export const UnlinkInterventionFromTherapyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnlinkInterventionFromTherapy($input: UnlinkInterventionFromTherapyInput!) {
  unlinkInterventionFromTherapy(input: $input) {
    __typename
    ... on UnlinkInterventionFromTherapySuccess {
      intervention {
        ...CuratedIntervention
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment CuratedIntervention on Intervention {
  id
  version
  name
  trial {
    id
  }
  therapy {
    id
    name
  }
  match {
    method
    evidence
  }
}`, {"hash":"46e3969db5cc42c3e7e1072c6c7fb7ee10b7955abd4af006f52a361657c002f2"}) as unknown as TypedDocumentString<UnlinkInterventionFromTherapyMutation, UnlinkInterventionFromTherapyMutationVariables>;
export const MergeTherapiesDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MergeTherapies($input: MergeTherapiesInput!) {
  mergeTherapies(input: $input) {
    __typename
    ... on MergeTherapiesSuccess {
      therapy {
        ...WrittenTherapy
        aliases
        productCodes
      }
      deletedTherapyId
      movedInterventions {
        ...CuratedIntervention
      }
      movedTrialLinks {
        ...WrittenTrialTherapyLink
      }
      droppedTrialLinkIds
      movedClaims {
        ...WrittenClaim
      }
      reviews {
        id
        version
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTherapy on Therapy {
  id
  version
  updatedAt
  name
  modality
  transgene
  targetAntigen
  vector
  cellSource
  description
}
fragment WrittenTrialTherapyLink on TrialTherapyLink {
  id
  version
  armName
  role
  dose
  trial {
    id
  }
  therapy {
    id
    name
  }
}
fragment WrittenClaim on Claim {
  id
  version
  field
  value
  subjectType
  subjectId
  locator
  source {
    id
  }
}
fragment CuratedIntervention on Intervention {
  id
  version
  name
  trial {
    id
  }
  therapy {
    id
    name
  }
  match {
    method
    evidence
  }
}`, {"hash":"c3f1cb9d6eb920b8800a85a17e732d4e6c17b8a320ea6510df72a489c7d7b293"}) as unknown as TypedDocumentString<MergeTherapiesMutation, MergeTherapiesMutationVariables>;
export const SplitTherapyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SplitTherapy($input: SplitTherapyInput!) {
  splitTherapy(input: $input) {
    __typename
    ... on SplitTherapySuccess {
      therapy {
        ...WrittenTherapy
      }
      newTherapy {
        ...WrittenTherapy
      }
      movedInterventions {
        ...CuratedIntervention
      }
      movedTrialLinks {
        ...WrittenTrialTherapyLink
      }
    }
    ...MutationError
  }
}
    fragment MutationError on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      path
      rule
      message
    }
  }
  ... on NotFoundError {
    entity
    id
    path
  }
  ... on ForbiddenError {
    requiredRole
  }
  ... on ConflictError {
    currentVersion
    path
    existingId
  }
}
fragment WrittenTherapy on Therapy {
  id
  version
  updatedAt
  name
  modality
  transgene
  targetAntigen
  vector
  cellSource
  description
}
fragment WrittenTrialTherapyLink on TrialTherapyLink {
  id
  version
  armName
  role
  dose
  trial {
    id
  }
  therapy {
    id
    name
  }
}
fragment CuratedIntervention on Intervention {
  id
  version
  name
  trial {
    id
  }
  therapy {
    id
    name
  }
  match {
    method
    evidence
  }
}`, {"hash":"96b933e4f3ddda4f931d2075f8f8beb349427f442fc0e165240a61b1af693eae"}) as unknown as TypedDocumentString<SplitTherapyMutation, SplitTherapyMutationVariables>;
export const NodeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Trial {
      nctId
      title
    }
    ... on Therapy {
      name
      modality
    }
    ... on Patient {
      subjectCode
      bestResponse
    }
    ... on Review {
      reviewKind: kind
      title
    }
    ... on Source {
      sourceKind: kind
      title
    }
  }
}
    `, {"hash":"00e0c90bfe6db47647d1b0760a9fce7e1b4be1adfb527952424baa34ec8105b1"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const PatientsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Patients($filter: PatientFilter, $orderBy: PatientOrder, $first: Int, $after: String) {
  patients(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      subjectCode
      ageAtEnrollment
      sex
      diseaseStage
      bestResponse
      responseDurationMonths
      followUpMonths
      status
      trial {
        id
        nctId
        title
      }
    }
  }
}
    `, {"hash":"ceffb2a7a36d8ce143fc7ebc77bcaa01cd838459d23d1e5f3c5d65c9bebfc26c"}) as unknown as TypedDocumentString<PatientsQuery, PatientsQueryVariables>;
export const PatientDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Patient($id: ID!) {
  patient(id: $id) {
    id
    subjectCode
    ageAtEnrollment
    sex
    diseaseStage
    metastaticSites
    priorTherapies
    bestResponse
    responseDurationMonths
    followUpMonths
    status
    notes
    trial {
      id
      nctId
      title
    }
    adverseEvents {
      term
      grade
      attribution
      serious
    }
    conflicts {
      field
      values
      claims {
        value
        locator
        source {
          id
          title
          kind
        }
      }
    }
  }
}
    `, {"hash":"cd547052f26a53d348560b03471d354864c3a9e45455ce1eb379e008d5c514d7"}) as unknown as TypedDocumentString<PatientQuery, PatientQueryVariables>;
export const ConflictsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Conflicts($subjectType: SubjectType) {
  conflicts(subjectType: $subjectType) {
    field
    subjectType
    subjectId
    values
    claims {
      value
      locator
      source {
        id
        title
        kind
      }
    }
  }
}
    `, {"hash":"edc584c7c81dcea07f7b4774cb2c0e92746bdaaeefccc2ef3a6ffcd17a45cded"}) as unknown as TypedDocumentString<ConflictsQuery, ConflictsQueryVariables>;
export const SourcesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Sources($first: Int, $after: String) {
  sources(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      title
      publisher
      publishedOn
      url
      doi
      pmid
      nctId
    }
  }
}
    `, {"hash":"3da517a98db97680891b3da2596da1199e5b5fb172500ecc7437e4a719d1748a"}) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const ReviewsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Reviews($filter: ReviewFilter, $orderBy: ReviewOrder, $first: Int, $after: String, $last: Int, $before: String) {
  reviews(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      kind
      title
      authors
      journal
      year
      pmid
      doi
    }
  }
}
    `, {"hash":"3e78cb30e02420c2fb677e5a6454287c009b186d88cab59eb4cf6cb8a939cd70"}) as unknown as TypedDocumentString<ReviewsQuery, ReviewsQueryVariables>;
export const ReviewDetailDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReviewDetail($id: ID!) {
  review(id: $id) {
    id
    kind
    title
    authors
    authorsComplete
    journal
    year
    volume
    issue
    pages
    doi
    pmid
    url
    summary
    assessments {
      expert
      affiliation
      stance
      quote
      rationale
    }
    trials {
      totalCount
      nodes {
        id
        nctId
        title
      }
    }
    therapies {
      totalCount
      nodes {
        id
        name
        modality
      }
    }
  }
}
    `, {"hash":"0664ebc732d82b1b0babfb46c758924ffe366ffe104b48236f53d5b6bb167d40"}) as unknown as TypedDocumentString<ReviewDetailQuery, ReviewDetailQueryVariables>;
export const SearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      rank
      matchedField
      matchedFields
      snippet
      node {
        __typename
        ... on Trial {
          id
          title
          nctId
          phase
        }
        ... on Therapy {
          id
          name
          modality
        }
        ... on Review {
          id
          title
          kind
          year
        }
      }
    }
  }
}
    `, {"hash":"d864c0fe8037c7f559ceb8207ac10716b9244239bbda762aa9c8e2c70cd1a17d"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StatsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Stats($filter: TrialFilter) {
  stats(filter: $filter) {
    trialCount
    patientCount
    patientCountSuppressed
    byPhase {
      key
      label
      count
      share
    }
    byStatus {
      key
      label
      count
      share
    }
    byCountry {
      key
      label
      count
      share
    }
    byStartYear {
      key
      label
      count
      share
    }
    byModality {
      key
      label
      count
      share
    }
    byVector {
      key
      label
      count
      share
    }
    pooledByTherapy {
      trials
      trialIds
      suppressed
      outcome {
        ...PooledOutcomeFigures
      }
      therapy {
        id
        name
      }
    }
    pooledByModality {
      trials
      trialIds
      suppressed
      outcome {
        ...PooledOutcomeFigures
      }
      modality
      label
    }
    pooledRegistryReported {
      trials
      trialIds
      responders
      analysed
      objectiveResponseRate {
        estimate
        percent
        ci95 {
          lower
          upper
          lowerPercent
          upperPercent
        }
      }
    }
  }
}
    fragment PooledOutcomeFigures on Outcome {
  evaluable
  responders
  completeResponses
  partialResponses
  objectiveResponseRate {
    estimate
    percent
    ci95 {
      lower
      upper
      lowerPercent
      upperPercent
    }
  }
}`, {"hash":"4d9c715e32c5e322aff6a2d36da3c8fd52ac9677718298d7da516809a723527b"}) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const TherapiesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Therapies($filter: TherapyFilter, $orderBy: TherapyOrder, $first: Int, $after: String, $last: Int, $before: String) {
  therapies(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      name
      modality
      vector
      transgene
      targetAntigen
      cellSource
    }
  }
}
    `, {"hash":"9f7b5fd637ac3db0bc99a7313dc18ff69d17148deebb155b0a7f8b7730f5f607"}) as unknown as TypedDocumentString<TherapiesQuery, TherapiesQueryVariables>;
export const TherapyDetailDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TherapyDetail($id: ID!) {
  therapy(id: $id) {
    id
    name
    modality
    vector
    transgene
    targetAntigen
    cellSource
    description
    trials {
      edges {
        armName
        role
        dose
        node {
          id
          nctId
          title
          phase
          status
        }
      }
    }
    reviews {
      totalCount
      nodes {
        id
        kind
        title
        year
      }
    }
    sources {
      id
      title
      kind
    }
  }
}
    `, {"hash":"8deaabc25881e002623ffbc158b3893116c7f9fb75d0e30429792a8b254aef83"}) as unknown as TypedDocumentString<TherapyDetailQuery, TherapyDetailQueryVariables>;
export const TrialDetailDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TrialDetail($id: ID, $nctId: String) {
  trial(id: $id, nctId: $nctId) {
    id
    nctId
    title
    phase
    status
    conditions
    institution
    principalInvestigator
    therapies {
      edges {
        armName
        role
        dose
        node {
          id
          name
          modality
          vector
          transgene
          targetAntigen
          cellSource
        }
      }
    }
    outcome {
      evaluable
      responders
      completeResponses
      partialResponses
      stableDisease
      progressiveDisease
      noResponse
      objectiveResponseRate {
        estimate
        percent
        ci95 {
          lower
          upper
          lowerPercent
          upperPercent
        }
      }
    }
    reviews {
      nodes {
        id
        kind
        title
        year
        journal
        assessments {
          expert
          affiliation
          stance
          quote
        }
      }
    }
    conflicts {
      field
      values
      claims {
        value
        locator
        source {
          title
          kind
        }
      }
    }
    sources {
      id
      title
      kind
    }
  }
}
    `, {"hash":"ec4810336ba0a036f03306b5d502b068717e176df7641379fe4d20f4075a7e9d"}) as unknown as TypedDocumentString<TrialDetailQuery, TrialDetailQueryVariables>;
export const TrialsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Trials($filter: TrialFilter, $orderBy: TrialOrder, $first: Int, $after: String, $last: Int, $before: String) {
  trials(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      nctId
      title
      phase
      status
      outcome {
        evaluable
        responders
        objectiveResponseRate {
          percent
        }
      }
    }
  }
}
    `, {"hash":"fd4ef91bb4b507190f4cc16d1e232c8c286e42ee7fcfa8d0dfa1b5c1f4b50425"}) as unknown as TypedDocumentString<TrialsQuery, TrialsQueryVariables>;
export const TrialPatientsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TrialPatients($id: ID!, $first: Int, $after: String) {
  trial(id: $id) {
    id
    nctId
    title
    patients(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        subjectCode
        ageAtEnrollment
        sex
        bestResponse
        metastaticSites
        followUpMonths
        status
        notes
        adverseEvents {
          term
          grade
          attribution
        }
        conflicts {
          field
          values
          claims {
            value
            source {
              title
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"1ca9850febb75f4d058cb4ce82ee724574bcd58e4683d40e7b6573ba82d80111"}) as unknown as TypedDocumentString<TrialPatientsQuery, TrialPatientsQueryVariables>;