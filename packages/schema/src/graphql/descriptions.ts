import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

// Descriptions of schema elements not described where they are defined, by schema coordinate:
// `Type`, `Type.field`, `Type.field(arg:)`, `Input.field` or `Enum.VALUE`. Where a field means the
// same on an object type and on the create/update inputs that write it, one entry in
// `SHARED_FIELDS` describes all of them. Applied to the built schema by `applyDescriptions`,
// which fails on a coordinate that names nothing or that is already described where it is
// defined, so this list cannot go stale or contradict the definitions.
// test/schema-descriptions.test.ts keeps every element of the schema described.

const TIMESTAMPS = {
  createdAt: 'When this record was added to GeneTrials (UTC), not a registry or publication date.',
  updatedAt: 'When this record was last changed in GeneTrials (UTC).',
  version:
    'Incremented on every change, from 1. Pass the version you last read as `expectedVersion` to update or delete; a stale one is a ConflictError.',
};

const PROVENANCE = {
  claims: 'What each cited source reported for a field of this object, oldest first.',
  sources: 'Distinct sources cited by the claims about this object.',
  conflicts: 'Fields on which the cited sources disagree, with the claims behind each value.',
};

/** Fields of an entity, applied to `<Entity>.f`, `Create<Entity>Input.f` and `Update<Entity>Input.f`. */
const SHARED_FIELDS: Record<string, { types: string[]; fields: Record<string, string> }> = {
  Trial: {
    types: ['Trial', 'CreateTrialInput', 'UpdateTrialInput'],
    fields: {
      title:
        'Brief public title (the ClinicalTrials.gov `briefTitle`, or the official title when the record has none; for unregistered trials, the title used in publications).',
      officialTitle: 'Full scientific title of the protocol as registered; null when not known.',
      phase:
        'Trial phase (see the Phase values for the ClinicalTrials.gov spelling); null for observational studies and when not known.',
      status:
        'Overall recruitment status as ClinicalTrials.gov reports it; null when not known (e.g. unregistered historical trials).',
      conditions:
        'Diseases or conditions studied, as registered or reported (free text, e.g. "Melanoma"); empty when none are recorded.',
      sponsor: 'Lead sponsor (company, institute or cooperative group); null when not known.',
      institution:
        'Institution that runs the trial (e.g. "US National Cancer Institute"); null when not known.',
      country:
        'Country of the trial: the one country of its sites, else the most frequent one; null when there are none or two countries tie.',
      principalInvestigator:
        'Name of the overall principal investigator (a public role); null when not known.',
      plannedEnrollment:
        'Number of participants the trial plans to enrol (the registry’s estimated enrollment); null when not known.',
      actualEnrollment:
        'Number of participants actually enrolled (the registry’s actual enrollment); null until reported.',
      summary:
        'Short plain-text summary of the trial (the registry’s brief summary, or a curator’s); null when none.',
    },
  },
  Therapy: {
    types: ['Therapy', 'CreateTherapyInput', 'UpdateTherapyInput'],
    fields: {
      name: 'Name of the therapy or construct, e.g. "tisagenlecleucel"; unique.',
      modality: 'Kind of therapy (see the Modality values).',
      transgene: 'Gene delivered, e.g. "CD19 CAR" or "IL-12"; null when none or not known.',
      targetAntigen: 'Antigen the therapy targets, e.g. "CD19" or "NY-ESO-1"; null when none or not known.',
      vector: 'How the gene is delivered (NONE: no gene transfer); null when not known.',
      cellSource: 'Whose cells a cell therapy uses (NONE: not a cell therapy); null when not known.',
      description: 'Free-text description of the therapy; null when none.',
    },
  },
  Patient: {
    types: ['Patient', 'CreatePatientInput', 'UpdatePatientInput'],
    fields: {
      sex: 'Sex as reported; UNKNOWN when not reported.',
      diseaseStage: 'Disease stage at enrollment as reported, e.g. "IV" or "M1c"; null when not reported.',
      metastaticSites:
        'Sites of metastasis at enrollment as reported, e.g. "lung"; empty when none are reported.',
      priorTherapies: 'Treatments before enrollment as reported, e.g. "IL-2"; empty when none are reported.',
      bestResponse: 'Best overall response (RECIST-style); null when not known.',
      responseDurationMonths:
        'Duration of the response in months (decimal); null when not reported or no response.',
      followUpMonths: 'Follow-up from treatment to last report, in months (decimal); null when not reported.',
      status: 'Last reported status; UNKNOWN when not reported.',
    },
  },
  Review: {
    types: ['Review', 'CreateReviewInput', 'UpdateReviewInput'],
    fields: {
      kind: 'Kind of publication.',
      title: 'Title of the publication.',
      authors: 'Authors in publication order, as written in the publication; see `authorsComplete`.',
      journal: 'Journal, conference or outlet; null when not known.',
      year: 'Year of publication; null when not known.',
      volume: 'Journal volume; null when not applicable.',
      issue: 'Journal issue; null when not applicable.',
      pages: 'Page range or article number, e.g. "1234-1240"; null when not applicable.',
      url: 'Link to the publication; null when none.',
      assessments: 'Experts’ judgements quoted in the publication, in the order added.',
    },
  },
  Source: {
    types: ['Source', 'CreateSourceInput', 'UpdateSourceInput'],
    fields: {
      kind: 'Kind of document.',
      title: 'Title of the document.',
      publisher: 'Journal, publisher, outlet or registry (e.g. "ClinicalTrials.gov"); null when not known.',
      url: 'Link to the document; null when none.',
      doi: 'Digital Object Identifier, e.g. "10.1056/NEJMoa1407222"; null when none.',
      pmid: 'PubMed ID (digits); null when not indexed.',
      nctId: 'ClinicalTrials.gov id ("NCT" and 8 digits) of a registry record source; null otherwise.',
    },
  },
  Assessment: {
    types: ['Assessment', 'AssessmentInput'],
    fields: {
      expert: 'Name of the expert quoted (a public figure, not a patient).',
      affiliation: "The expert's institution; null when not given.",
      quote: 'What the expert said, quoted verbatim.',
      stance: "The expert's overall judgement of the evidence.",
    },
  },
  TrialTherapyLink: {
    types: [
      'TrialTherapyLink',
      'UpdateTrialTherapyLinkInput',
      'LinkTherapyToTrialInput',
      'TrialTherapyEdge',
      'TherapyTrialEdge',
    ],
    fields: {
      armName:
        'Arm (or cohort) of the trial that gives the therapy; null when the trial has one arm or it is not known.',
      role: 'What the therapy does in the arm: the experimental therapy, conditioning, supportive care or control.',
      dose: 'Dose as reported, free text with units (e.g. "1e9 cells/m2" or "720,000 IU/kg q8h"); null when not known.',
    },
  },
  AdverseEvent: {
    types: ['AdverseEvent', 'AdverseEventInput', 'AddAdverseEventInput', 'UpdateAdverseEventInput'],
    fields: {
      attribution: 'How likely the therapy caused the event, as the report says; null when not assessed.',
      serious: 'Whether the report classes the event as serious (an SAE); null when not stated.',
    },
  },
};

const UPDATE_ID = 'Global ID of the object to change.';

const DESCRIPTIONS: Record<string, string> = {
  // Types
  ChangeEdge: 'One change of a ChangeConnection page, with its cursor.',
  SortDirection: 'Direction of a sort.',
  'SortDirection.ASC': 'Ascending: smallest, earliest or A first.',
  'SortDirection.DESC': 'Descending: largest, latest or Z first.',
  TrialOrderField: 'What to sort trials by.',
  'TrialOrderField.TITLE': 'Title, alphabetically.',
  TherapyOrderField: 'What to sort therapies by. Ties are broken by the therapy id.',
  'TherapyOrderField.CREATED': 'Order added to GeneTrials.',
  'TherapyOrderField.NAME': 'Name, alphabetically.',
  'TherapyOrderField.MODALITY': 'Modality value name, alphabetically (e.g. CAR_T_CELL before TIL).',
  PatientOrderField: 'What to sort patients by. Ties are broken by the patient id.',
  'PatientOrderField.CREATED': 'Order added to GeneTrials.',
  'PatientOrderField.SUBJECT_CODE': 'Study-assigned subject code, alphabetically.',
  ReviewOrderField: 'What to sort reviews by. Ties are broken by the review id.',
  'ReviewOrderField.CREATED': 'Order added to GeneTrials.',
  'ReviewOrderField.TITLE': 'Title, alphabetically.',

  // Trial
  'Trial.patients(filter:)': 'Only patients matching this filter.',
  'Trial.patients(orderBy:)': 'Sort order; by default the order patients were added.',
  'Trial.reviews(filter:)': 'Only reviews matching this filter.',
  'Trial.reviews(orderBy:)': 'Sort order; by default the order reviews were added.',

  // Therapy
  'Therapy.reviews(filter:)': 'Only reviews matching this filter.',
  'Therapy.reviews(orderBy:)': 'Sort order; by default the order reviews were added.',

  // Patient
  'Patient.trial': 'The trial the patient was enrolled in.',
  'Patient.adverseEvents': 'Adverse events reported for this patient, in the order added.',

  // Review
  'Review.doi': 'Digital Object Identifier, e.g. "10.1056/NEJMoa1407222"; unique; null when none.',
  'Review.pmid': 'PubMed ID (digits); unique; null when not indexed.',
  'Review.source': 'The Source document this review is, for citing it in claims; null when none is linked.',
  'Review.trials(filter:)': 'Only trials matching this filter.',
  'Review.trials(orderBy:)': 'Sort order; by default the order trials were added.',
  'Review.therapies(filter:)': 'Only therapies matching this filter.',
  'Review.therapies(orderBy:)': 'Sort order; by default the order therapies were added.',
  'Assessment.review': 'The review that quotes the assessment.',

  // Source
  'Source.retrievedAt':
    'ISO date-time the document was retrieved (for web pages and registry records); null when not recorded.',

  // AdverseEvent
  'AdverseEvent.term': 'The event, e.g. a CTCAE term such as "Cytokine release syndrome".',
  'AdverseEvent.description': 'Further details as reported (no direct identifiers); null when none.',
  'AdverseEvent.patient': 'The patient who had the event.',
  'AddAdverseEventInput.patientId': 'Global ID of the Patient who had the event.',
  'UpdateAdverseEventInput.id': 'Global ID of the AdverseEvent to change.',

  // Links
  'TrialTherapyLink.trial': 'The trial that gives the therapy.',
  'TrialTherapyLink.therapy': 'The therapy the trial gives.',
  'LinkTherapyToTrialInput.trialId': 'Global ID of the Trial.',
  'LinkTherapyToTrialInput.therapyId': 'Global ID of the Therapy.',
  'UpdateTrialTherapyLinkInput.expectedVersion':
    'The version of the link last read (an edge’s `linkVersion`).',

  // Claims and conflicts
  'Claim.version': TIMESTAMPS.version,
  'Claim.field': 'camelCase name of the field the claim is about, e.g. `ageAtEnrollment`.',
  'Claim.value': 'The value as the source reported it (any JSON: a string, number, boolean, list or object).',
  'Claim.subjectType': 'Kind of entity the claim is about.',
  'Claim.source': 'The document the claim cites.',
  'AddClaimInput.sourceId': 'Global ID of the Source cited.',
  'Conflict.field': 'camelCase name of the disputed field, e.g. `ageAtEnrollment`.',
  'Conflict.subjectType': 'Kind of entity the disputed field belongs to.',
  'Conflict.subjectId': 'Global ID of that entity (use with `node`).',
  'Conflict.claims': 'Every claim about the field, oldest first.',
  'Query.conflicts(subjectType:)':
    'Only conflicts about entities of this kind; PATIENT and ADVERSE_EVENT need a reader token. Left out: all kinds the token may read.',

  // Query
  'Query.node(id:)': 'Global ID of the object.',
  'Query.nodes(ids:)': 'Global IDs of the objects, in the order wanted.',
  'Query.source': 'One source by its global ID; null when no source has it.',
  'Query.source(id:)': 'Global ID of the Source.',
  'Query.sources': 'Every source, in the order added.',
  'Query.trial(id:)': 'Global ID of the Trial.',
  'Query.trials(filter:)': 'Only trials matching this filter; all trials when left out.',
  'Query.trials(orderBy:)': 'Sort order; by default the order trials were added.',
  'Query.therapy': 'One therapy by its global ID; null when no therapy has it.',
  'Query.therapy(id:)': 'Global ID of the Therapy.',
  'Query.therapies(filter:)': 'Only therapies matching this filter; all therapies when left out.',
  'Query.therapies(orderBy:)': 'Sort order; by default the order therapies were added.',
  'Query.patient': 'One patient by its global ID; null when no patient has it. Needs a reader token.',
  'Query.patient(id:)': 'Global ID of the Patient.',
  'Query.patients(filter:)': 'Only patients matching this filter; all patients when left out.',
  'Query.patients(orderBy:)': 'Sort order; by default the order patients were added.',
  'Query.review': 'One review by its global ID; null when no review has it.',
  'Query.review(id:)': 'Global ID of the Review.',
  'Query.reviews(filter:)': 'Only reviews matching this filter; all reviews when left out.',
  'Query.reviews(orderBy:)': 'Sort order; by default the order reviews were added.',
  'Query.stats(filter:)': 'Only trials matching this filter count; all trials when left out.',
  'Query.changes(since:)': 'Earliest time of a change to return (inclusive), as an ISO date-time.',

  // Filters and orders
  'IntRange.min': 'Lowest value included; no lower bound when left out.',
  'IntRange.max': 'Highest value included; no upper bound when left out.',
  'PatientFilter.sexes': 'Sex is any of these.',
  'ReviewFilter.kinds': 'Kind of publication is any of these.',

  // Outcome
  'Outcome.evaluable':
    'Patients with a known best response (CR, PR, SD, PD or NO_RESPONSE): the denominator of the rates.',
  'Outcome.responders': 'Patients with a complete or partial response (CR + PR).',
  'Outcome.completeResponses': 'Patients whose best response is a complete response (CR).',
  'Outcome.partialResponses': 'Patients whose best response is a partial response (PR).',
  'Outcome.stableDisease': 'Patients whose best response is stable disease (SD).',
  'Outcome.progressiveDisease': 'Patients whose best response is progressive disease (PD).',
  'Outcome.notEvaluable': 'Patients reported as not evaluable (NE); not counted as evaluable.',
  'Outcome.completeResponseRate': 'Complete responses / evaluable; null when no patient is evaluable.',
  'Rate.ci95':
    '95% Wilson score confidence interval of the estimate: `lower`/`upper` as fractions, `lowerPercent`/`upperPercent` as percentages.',
  'Interval.lower': 'Lower bound as a fraction in [0, 1] (pairs with `Rate.estimate`).',
  'Interval.upper': 'Upper bound as a fraction in [0, 1] (pairs with `Rate.estimate`).',
  'PooledModalityOutcome.modality': 'The modality pooled over.',
  'PooledTherapyOutcome.therapy': 'The therapy pooled over.',

  // Registry record parts
  'Official.name': 'Name of the official, as registered.',
  'Official.affiliation': 'Institution of the official; null when not registered.',
  'Official.role':
    'Role of the official (e.g. principal investigator, study chair); null when not registered.',
  'Design.allocation': 'How participants are assigned to arms (randomized or not); null when not registered.',
  'Design.interventionModel':
    'Structure of the study, e.g. single group or parallel; null when not registered.',
  'Design.interventionModelDescription': 'Free-text details of the intervention model, as registered.',
  'Design.primaryPurpose':
    'Main reason for the trial, e.g. treatment or prevention; null when not registered.',
  'Eligibility.genderDescription': 'Free-text details of the sex or gender criteria, as registered.',
  'Site.city': 'City of the facility; null when not registered.',
  'Site.country': 'Country of the facility, as registered (e.g. "United States"); null when not registered.',
  'Site.trial': 'The trial the site enrols for.',
  'MeshTerm.kind': 'Whether the heading is derived from the conditions or from the interventions.',
  'Arm.trial': 'The trial the arm belongs to.',

  // Outcome measures and results
  'OutcomeMeasure.type': 'Primary, secondary or other outcome, as registered.',
  'OutcomeMeasure.title': 'Title of the measure, as registered.',
  'OutcomeMeasure.description': 'Description of the measure, as registered; null when none.',
  'OutcomeMeasure.dispersionType':
    'Measure of dispersion reported with the values (results only); null when none.',
  'OutcomeMeasure.reportingStatus': 'Whether results are posted for this measure (results only).',
  'OutcomeMeasure.trial': 'The trial whose record lists the measure.',
  'OutcomeAnalysis.groupDescription': 'Details of the groups compared, as registered.',
  'OutcomeAnalysis.nonInferiorityComment':
    'Details of the non-inferiority or equivalence hypothesis, as registered.',
  'OutcomeAnalysis.pValueComment': 'Details of the p-value (e.g. the significance threshold), as registered.',
  'OutcomeAnalysis.statisticalComment': 'Details of the statistical method, as registered.',
  'OutcomeAnalysis.paramValue': 'Value of the estimated parameter, as registered text (e.g. "0.62").',
  'OutcomeAnalysis.ciLowerLimit': 'Lower limit of the confidence interval, as registered text.',
  'OutcomeAnalysis.ciUpperLimit': 'Upper limit of the confidence interval, as registered text.',
  'OutcomeAnalysis.dispersionType': 'Measure of dispersion of the estimate, e.g. "STANDARD_DEVIATION".',
  'OutcomeAnalysis.dispersionValue': 'Value of that dispersion, as registered text.',
  'OutcomeAnalysis.estimateComment': 'Details of the estimate, as registered.',
  'OutcomeAnalysis.otherAnalysisDescription': 'Description of an analysis of another kind, as registered.',
  'Baseline.populationDescription': 'Who the baseline characteristics describe, as registered.',
  'Baseline.typeUnitsAnalyzed': 'Units analysed when not participants (e.g. "eyes"); null for participants.',
  'Baseline.groups': 'Groups reported, usually one per arm plus a total.',
  'Baseline.measures': 'The characteristics reported, in record order.',
  'BaselineMeasure.title': 'Name of the characteristic, e.g. "Age, Continuous".',
  'BaselineMeasure.description': 'Description of the characteristic, as registered; null when none.',
  'BaselineMeasure.populationDescription': 'Who was analysed, when it differs from the overall population.',
  'BaselineMeasure.paramType': 'Statistic reported, e.g. mean or count of participants.',
  'BaselineMeasure.dispersionType': 'Measure of dispersion reported with the values; null when none.',
  'BaselineMeasure.unitOfMeasure': 'Unit of the values, e.g. "years" or "Participants".',
  'BaselineMeasure.denoms': 'Numbers analysed per group for this characteristic.',
  'BaselineMeasure.classes': 'Values: classes, their categories and a measurement per group.',
  'Denom.counts': 'The count for each group.',
  'MeasureCategory.measurements': 'One value per group.',
  'MeasureClass.categories': 'Categories of the class; one untitled category for an uncategorised measure.',
  'ResultGroup.title': 'Title of the group, as registered, e.g. "Cohort 1: 1e8 cells".',
  'ResultGroup.description': 'Description of the group, as registered; null when none.',
  'ParticipantFlow.recruitmentDetails':
    'Recruitment details (dates, locations), as registered; null when none.',
  'ParticipantFlow.preAssignmentDetails':
    'What happened between enrolment and assignment to groups, as registered; null when none.',
  'ParticipantFlow.groups': 'Groups the flow is reported for.',
  'ParticipantFlow.periods': 'Periods of the flow, in record order.',
  'FlowPeriod.title': 'Title of the period, e.g. "Overall Study".',
  'FlowPeriod.milestones': 'Milestones of the period (e.g. STARTED, COMPLETED) with counts per group.',
  'FlowMilestone.comment': 'Comment on the milestone, as registered; null when none.',
  'FlowAchievement.comment': 'Comment on this group’s count, as registered; null when none.',
  'FlowDropWithdraw.comment': 'Comment on the reason, as registered; null when none.',
  'FlowReason.groupId': 'Registry group id, e.g. "FG000" (see ParticipantFlow.groups).',
  'FlowReason.numSubjects': 'Participants of the group who left for this reason; null when not reported.',
  'FlowReason.comment': 'Comment on this count, as registered; null when none.',
  'RegistryAdverseEvent.seriousness':
    'Whether the term is listed among the serious or the other adverse events.',
  'RegistryAdverseEvent.assessmentType':
    'Whether events were systematically assessed or reported by participants.',
  'RegistryAdverseEvent.notes': 'Notes on the term, as registered; null when none.',
  'RegistryAdverseEvent.trial': 'The trial whose results report the event.',
  'RegistryAdverseEventReport.groups': 'Groups the events are reported for, with their totals.',
  'AdverseEventGroup.title': 'Title of the group, as registered.',
  'AdverseEventGroup.description': 'Description of the group, as registered; null when none.',
  'AdverseEventGroup.deathsNumAtRisk': 'Participants at risk of death in the group; null when not reported.',
  'AdverseEventGroup.seriousNumAtRisk':
    'Participants at risk of serious adverse events in the group; null when not reported.',
  'AdverseEventGroup.otherNumAtRisk':
    'Participants at risk of other adverse events in the group; null when not reported.',

  // Inferred classification
  'InferredClassification.modality': 'Modality read from the text; null when it says nothing.',
  'InferredClassification.vector': 'Vector read from the text; null when it says nothing.',
  'InferredClassification.transgene': 'Transgene read from the text; null when it says nothing.',
  'InferredClassification.targetAntigen': 'Target antigen read from the text; null when it says nothing.',
  'InferredClassification.cellSource': 'Cell source read from the text; null when it says nothing.',
  'InferredModality.value': 'The modality inferred.',
  'InferredModality.evidence': 'The passage it was read from.',
  'InferredVector.value': 'The vector inferred.',
  'InferredVector.evidence': 'The passage it was read from.',
  'InferredText.value': 'The text inferred, e.g. "CD19".',
  'InferredText.evidence': 'The passage it was read from.',
  'InferredCellSource.value': 'The cell source inferred.',
  'InferredCellSource.evidence': 'The passage it was read from.',

  // History
  'Change.action': 'Whether the row was created, updated or deleted.',
  'Change.at': 'When the change was committed (UTC).',
  'Change.entityType': 'Kind of row that changed.',
  'Change.actor': 'Who made the change.',
  'ChangeActor.role': 'Role of the API token that made the change, or SYSTEM for the seed or an importer.',
  'ChangeConnection.totalCount': 'Number of changes in the whole list (all pages).',
  'ChangeConnection.pageInfo':
    'Paging information: whether there are more changes and the cursors to fetch them.',
  'ChangeConnection.edges': 'The changes of this page, each with its cursor.',
  'ChangeConnection.nodes': 'The changes of this page, without cursors.',
  'ChangeEdge.cursor':
    'Opaque position of this change: pass it as `after` to fetch the changes following it.',
  'ChangeEdge.node': 'The change.',
  'SearchConnection.pageInfo':
    'Paging information: whether there are more hits and the cursors to fetch them.',
  'SearchConnection.edges': 'The hits of this page, best first, each with its cursor.',
  'SearchConnection.nodes': 'The hits of this page, best first, without cursors.',
  'SearchEdge.cursor': 'Opaque position of this hit: pass it as `after` to fetch the hits following it.',
  'SearchEdge.node': 'The matching object.',

  // Errors
  'ForbiddenError.requiredRole': 'The lowest role that may make this call.',
  'ConflictError.currentVersion':
    'The version the row has now, when the conflict is a stale `expectedVersion`; else null.',
  'ConflictError.path':
    'Input path of the value already taken, when the conflict is a unique value; else null.',
  'ConflictError.existingId': 'Global ID of the object that holds the value already, when known; else null.',
  'NotFoundError.id': 'The ID that names nothing.',
  'ValidationError.issues': 'Every invalid input value, at least one.',

  // Mutation inputs
  'DeleteInput.id': 'Global ID of the object to delete.',
  'DeleteInput.expectedVersion':
    'The version last read; a stale one is a ConflictError and nothing is deleted.',
  'CreatePatientInput.trialId': 'Global ID of the Trial the patient was enrolled in.',
  'CreatePatientInput.adverseEvents': 'Adverse events the patient had, created with it.',
  'CreateReviewInput.assessments': 'Experts’ judgements the publication quotes.',
  'UpdateReviewInput.assessments':
    'When given, replaces all the review’s assessments (an empty list removes them); left out, they stay as they are.',
  'UpdateTrialInput.id': UPDATE_ID,
  'UpdateTherapyInput.id': UPDATE_ID,
  'UpdatePatientInput.id': UPDATE_ID,
  'UpdateReviewInput.id': UPDATE_ID,
  'UpdateSourceInput.id': UPDATE_ID,
};

/** Fills in descriptions by pattern for boilerplate that means the same everywhere. */
function boilerplate(
  typeName: string,
  fieldName: string,
  kind: 'field' | 'inputField' | 'arg',
): string | undefined {
  if (kind === 'field') {
    if (fieldName in TIMESTAMPS) return TIMESTAMPS[fieldName as keyof typeof TIMESTAMPS];
    if (fieldName in PROVENANCE && !typeName.endsWith('Connection')) {
      return PROVENANCE[fieldName as keyof typeof PROVENANCE];
    }
    if (typeName.endsWith('Connection') && fieldName === 'totalCount') {
      return 'Number of items in the whole list (all pages) matching the field’s filter arguments; counted only when selected.';
    }
    if (typeName.endsWith('Connection') && fieldName === 'nodes') {
      return 'The items of this page in list order: a shortcut for `edges { node }` when cursors are not needed.';
    }
    if (typeName === 'Error' || typeName.endsWith('Error')) {
      if (fieldName === 'message') {
        return 'Human-readable explanation in English, for logs and developers; branch on `__typename`, not on this text.';
      }
    }
  }
  if (kind === 'inputField' && /Filter$/.test(typeName)) {
    if (fieldName === 'and') return 'Every one of these filters must hold as well.';
    if (fieldName === 'or') return 'At least one of these filters must hold as well.';
    if (fieldName === 'not') return 'This filter must not hold.';
  }
  if (kind === 'inputField' && /Order$/.test(typeName)) {
    if (fieldName === 'field') return 'What to sort by.';
    if (fieldName === 'direction') return 'Ascending (default) or descending.';
  }
  if (kind === 'inputField' && /^Update/.test(typeName) && fieldName === 'expectedVersion') {
    return 'The version last read; a stale one is a ConflictError and nothing is written.';
  }
  if (kind === 'arg' && typeName === 'Mutation' && fieldName === 'input') {
    return 'What to write; see the input type for what each field means.';
  }
  return undefined;
}

function sharedDescription(typeName: string, fieldName: string): string | undefined {
  for (const { types, fields } of Object.values(SHARED_FIELDS)) {
    if (types.includes(typeName) && fieldName in fields) return fields[fieldName];
  }
  return undefined;
}

/**
 * Sets the descriptions above on `schema` (in place, before it is printed or served). Throws when
 * an entry names nothing or an element already described where it is defined.
 */
export function applyDescriptions(schema: GraphQLSchema): GraphQLSchema {
  const unused = new Set(Object.keys(DESCRIPTIONS));
  const take = (coordinate: string, current: string | null | undefined): string | null | undefined => {
    const explicit = DESCRIPTIONS[coordinate];
    if (explicit === undefined) return current;
    unused.delete(coordinate);
    if (current) throw new Error(`descriptions.ts: ${coordinate} is already described where it is defined`);
    return explicit;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    type.description = take(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        field.description = take(coordinate, field.description);
        field.description ||=
          sharedDescription(type.name, field.name) ?? boilerplate(type.name, field.name, 'field');
        for (const arg of field.args) {
          arg.description = take(`${coordinate}(${arg.name}:)`, arg.description);
          arg.description ||= boilerplate(type.name, arg.name, 'arg');
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.description = take(`${type.name}.${field.name}`, field.description);
        field.description ||=
          sharedDescription(type.name, field.name) ?? boilerplate(type.name, field.name, 'inputField');
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        value.description = take(`${type.name}.${value.name}`, value.description);
      }
    }
  }
  if (unused.size > 0) {
    throw new Error(`descriptions.ts: no such schema element: ${[...unused].join(', ')}`);
  }
  return schema;
}
