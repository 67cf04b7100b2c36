// The parts of a ClinicalTrials.gov study record beyond the core fields: eligibility, sites,
// design, keywords, MeSH browse modules, identifiers, typed dates, protocol outcome measures and
// the results section (outcome measures, adverse events, participant flow, baseline).
// Types are shared by the three formats; the readers here serve the two JSON formats (v2 and the
// retired v1, whose keys differ but whose structure is the same). Values are kept as the record
// states them: text is not cleaned, numbers that the record writes as text (v2 `numSubjects:
// "8"`) become numbers only for participant/event counts, v1 enumerations become v2 tokens, and
// v1 prose dates become partial ISO dates. Everything absent is null or empty. A value of the wrong
// JSON type is never dropped silently: it is reported in `issues`.

import {
  type Age,
  toAge,
  toCount,
  toDateType,
  toDesignToken,
  toEnumToken,
  toPartialDate,
  toYesNo,
} from './text.js';

export type { Age } from './text.js';

export interface Located<T> {
  value: T;
  locator: string;
}

/** A value of an unexpected type or form, with where it is. */
export interface RecordIssue {
  locator: string;
  message: string;
}

export interface Eligibility {
  criteria: Located<string | null>;
  minimumAge: Located<Age | null>;
  maximumAge: Located<Age | null>;
  /** ALL, FEMALE, MALE. */
  sex: Located<string | null>;
  genderBased: Located<boolean | null>;
  genderDescription: Located<string | null>;
  healthyVolunteers: Located<boolean | null>;
  /** CHILD, ADULT, OLDER_ADULT (the XML has none). */
  stdAges: Located<string[]>;
  studyPopulation: Located<string | null>;
  samplingMethod: Located<string | null>;
}

export interface Site {
  locator: string;
  facility: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  country: string | null;
  /** Recruitment status token (RECRUITING, COMPLETED …). */
  status: string | null;
  geoPoint: { lat: number; lon: number } | null;
}

export interface StudyDesign {
  /** INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS. */
  studyType: Located<string | null>;
  patientRegistry: Located<boolean | null>;
  allocation: Located<string | null>;
  interventionModel: Located<string | null>;
  interventionModelDescription: Located<string | null>;
  primaryPurpose: Located<string | null>;
  /** NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE. */
  masking: Located<string | null>;
  maskingDescription: Located<string | null>;
  /** PARTICIPANT, CARE_PROVIDER, INVESTIGATOR, OUTCOMES_ASSESSOR. */
  whoMasked: Located<string[]>;
  observationalModel: Located<string | null>;
  timePerspective: Located<string | null>;
}

export interface MeshTerm {
  /** MeSH descriptor id (D…), null in the XML, which gives terms only. */
  id: string | null;
  term: string | null;
}

export interface BrowseLeaf {
  id: string | null;
  name: string | null;
  asFound: string | null;
  relevance: string | null;
}

export interface BrowseModule {
  locator: string;
  meshes: MeshTerm[];
  ancestors: MeshTerm[];
  browseLeaves: BrowseLeaf[];
  browseBranches: { abbrev: string | null; name: string | null }[];
}

export interface SecondaryId {
  locator: string;
  id: string | null;
  type: string | null;
  domain: string | null;
  link: string | null;
}

export type DateType = 'ACTUAL' | 'ESTIMATED';

export interface TypedDate {
  /** Partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD), or the text as given when it is none. */
  date: string | null;
  type: DateType | null;
}

export interface StudyDates {
  start: Located<TypedDate | null>;
  primaryCompletion: Located<TypedDate | null>;
  completion: Located<TypedDate | null>;
  studyFirstPosted: Located<TypedDate | null>;
  resultsFirstPosted: Located<TypedDate | null>;
  lastUpdatePosted: Located<TypedDate | null>;
}

export interface ProtocolOutcome {
  locator: string;
  kind: 'PRIMARY' | 'SECONDARY' | 'OTHER';
  measure: string | null;
  description: string | null;
  timeFrame: string | null;
}

export interface ResultGroup {
  id: string | null;
  title: string | null;
  description: string | null;
}

export interface Denom {
  units: string | null;
  counts: { groupId: string | null; value: string | null }[];
}

export interface Measurement {
  groupId: string | null;
  value: string | null;
  spread: string | null;
  lowerLimit: string | null;
  upperLimit: string | null;
  comment: string | null;
}

export interface MeasureClass {
  title: string | null;
  denoms: Denom[];
  categories: { title: string | null; measurements: Measurement[] }[];
}

export interface OutcomeAnalysis {
  groupIds: string[];
  groupDescription: string | null;
  paramType: string | null;
  paramValue: string | null;
  dispersionType: string | null;
  dispersionValue: string | null;
  ciPctValue: string | null;
  ciNumSides: string | null;
  ciLowerLimit: string | null;
  ciUpperLimit: string | null;
  pValue: string | null;
  pValueComment: string | null;
  statisticalMethod: string | null;
  statisticalComment: string | null;
  nonInferiorityType: string | null;
  nonInferiorityComment: string | null;
  testedNonInferiority: boolean | null;
  estimateComment: string | null;
}

export interface ResultOutcome {
  locator: string;
  /** PRIMARY, SECONDARY, OTHER_PRE_SPECIFIED, POST_HOC. */
  type: string | null;
  title: string | null;
  description: string | null;
  populationDescription: string | null;
  reportingStatus: string | null;
  paramType: string | null;
  dispersionType: string | null;
  unitOfMeasure: string | null;
  timeFrame: string | null;
  groups: ResultGroup[];
  denoms: Denom[];
  classes: MeasureClass[];
  analyses: OutcomeAnalysis[];
}

export interface EventGroup extends ResultGroup {
  seriousNumAffected: number | null;
  seriousNumAtRisk: number | null;
  otherNumAffected: number | null;
  otherNumAtRisk: number | null;
  deathsNumAffected: number | null;
  deathsNumAtRisk: number | null;
}

export interface AdverseEvent {
  locator: string;
  term: string | null;
  organSystem: string | null;
  sourceVocabulary: string | null;
  assessmentType: string | null;
  notes: string | null;
  stats: {
    groupId: string | null;
    numEvents: number | null;
    numAffected: number | null;
    numAtRisk: number | null;
  }[];
}

export interface AdverseEvents {
  locator: string;
  frequencyThreshold: string | null;
  timeFrame: string | null;
  description: string | null;
  allCauseMortalityComment: string | null;
  eventGroups: EventGroup[];
  seriousEvents: AdverseEvent[];
  otherEvents: AdverseEvent[];
}

export interface FlowPeriod {
  title: string | null;
  milestones: {
    type: string | null;
    comment: string | null;
    achievements: { groupId: string | null; numSubjects: number | null; comment: string | null }[];
  }[];
  dropWithdraws: { type: string | null; reasons: { groupId: string | null; numSubjects: number | null }[] }[];
}

export interface ParticipantFlow {
  locator: string;
  recruitmentDetails: string | null;
  preAssignmentDetails: string | null;
  groups: ResultGroup[];
  periods: FlowPeriod[];
}

export interface BaselineMeasure {
  title: string | null;
  description: string | null;
  populationDescription: string | null;
  paramType: string | null;
  dispersionType: string | null;
  unitOfMeasure: string | null;
  classes: MeasureClass[];
}

export interface Baseline {
  locator: string;
  populationDescription: string | null;
  groups: ResultGroup[];
  denoms: Denom[];
  measures: BaselineMeasure[];
}

/** The parts of the results section beyond the response summary of `StudyResults`. */
export interface ResultParts {
  /** Every posted outcome measure, in record order. */
  outcomes: ResultOutcome[];
  adverseEvents: AdverseEvents | null;
  participantFlow: ParticipantFlow | null;
  baseline: Baseline | null;
}

/** The parts of the protocol and derived sections added to the core record. */
export interface ProtocolParts {
  acronym: Located<string | null>;
  secondaryIds: Located<SecondaryId[]>;
  whyStopped: Located<string | null>;
  detailedDescription: Located<string | null>;
  keywords: Located<string[]>;
  eligibility: Eligibility;
  sites: Located<Site[]>;
  design: StudyDesign;
  dates: StudyDates;
  protocolOutcomes: Located<ProtocolOutcome[]>;
  conditionBrowse: BrowseModule | null;
  interventionBrowse: BrowseModule | null;
}

// ---------------------------------------------------------------------------------------------
// A JSON cursor that reports values of the wrong type

/** Collects issues once per locator and message. */
export class IssueLog {
  readonly issues: RecordIssue[] = [];
  private readonly seen = new Set<string>();
  add(locator: string, message: string): void {
    const key = `${locator}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push({ locator, message });
  }
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A value inside a JSON record with its locator. `v1` picks the v1 key of `f`/`list`. */
export class Cur {
  constructor(
    readonly value: unknown,
    readonly locator: string,
    readonly log: IssueLog,
    readonly v1: boolean,
  ) {}

  get present(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  private object(): Record<string, unknown> | null {
    if (!this.present) return null;
    if (typeof this.value === 'object' && !Array.isArray(this.value))
      return this.value as Record<string, unknown>;
    this.log.add(this.locator, `expected an object, found ${kind(this.value)}`);
    return null;
  }

  /** The child field `key` (v2) or `v1Key` (v1; defaults to `key`). */
  f(key: string, v1Key: string = key): Cur {
    const k = this.v1 ? v1Key : key;
    return new Cur(this.object()?.[k], `${this.locator}.${k}`, this.log, this.v1);
  }

  /** Elements of an array: v2 `key[]`, v1 `v1List.v1Item[]`. */
  list(key: string, v1List?: string, v1Item?: string): Cur[] {
    const c = this.v1 && v1List && v1Item ? this.f(v1List, v1List).f(v1Item, v1Item) : this.f(key);
    return c.items();
  }

  /** This value's elements (an array; anything else present is reported). */
  items(): Cur[] {
    if (!this.present) return [];
    if (!Array.isArray(this.value)) {
      this.log.add(this.locator, `expected an array, found ${kind(this.value)}`);
      return [];
    }
    return this.value.map((v, i) => new Cur(v, `${this.locator}[${i}]`, this.log, this.v1));
  }

  /** Text; a number or boolean is read as its text, an object or array is reported. */
  str(): string | null {
    const v = this.value;
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    this.log.add(this.locator, `expected text, found ${kind(v)}`);
    return null;
  }

  /** A list of texts. */
  strs(): string[] {
    return this.items()
      .map((c) => c.str())
      .filter((s): s is string => s !== null);
  }

  /** Text in the v2 enumeration spelling (v1 title case → token; v2 unchanged). */
  token(): string | null {
    const s = this.str();
    return s !== null && this.v1 ? toEnumToken(s) : s;
  }

  /** A design enumeration (v1 "Parallel Assignment" → PARALLEL). */
  design(): string | null {
    const s = this.str();
    return s !== null && this.v1 ? toDesignToken(s) : s;
  }

  /** A whole count (number or digits); anything else present is reported. */
  count(): number | null {
    if (!this.present) return null;
    const n = toCount(this.value);
    if (n === null) this.log.add(this.locator, `expected a count, found ${JSON.stringify(this.value)}`);
    return n;
  }

  /** A finite number; anything else present is reported. */
  num(): number | null {
    if (!this.present) return null;
    const v = this.value;
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    if (Number.isFinite(n)) return n;
    this.log.add(this.locator, `expected a number, found ${JSON.stringify(v)}`);
    return null;
  }

  /** A boolean (v2 true/false; v1 "Yes"/"No"); anything else present is reported. */
  bool(): boolean | null {
    if (!this.present) return null;
    if (typeof this.value === 'boolean') return this.value;
    const b = typeof this.value === 'string' ? toYesNo(this.value) : null;
    if (b === null) this.log.add(this.locator, `expected yes/no, found ${JSON.stringify(this.value)}`);
    return b;
  }

  /** A date: v2 partial ISO kept, v1 prose converted. */
  date(): string | null {
    const s = this.str();
    return this.v1 ? toPartialDate(s) : s;
  }

  at<T>(value: T): Located<T> {
    return { value, locator: this.locator };
  }
}

/** A single value that v1 writes as a one-element list (`DesignObservationalModelList`). */
function single(c: Cur, key: string, v1List: string, v1Item: string): Located<string | null> {
  if (!c.v1) {
    const f = c.f(key);
    return f.at(f.str());
  }
  const list = c.f(v1List).f(v1Item);
  const values = list.items();
  if (values.length > 1) list.log.add(list.locator, `${values.length} values; the first is kept`);
  return list.at(values[0] ? values[0].design() : null);
}

// ---------------------------------------------------------------------------------------------
// Protocol parts (v2 and v1)

function typedDate(
  status: Cur,
  v2Struct: string,
  v1Struct: string,
  v1Date: string,
): Located<TypedDate | null> {
  const s = status.f(v2Struct, v1Struct);
  const d = s.f('date', v1Date);
  const t = s.f('type', `${v1Date}Type`);
  const date = d.date();
  const rawType = t.str();
  const type = toDateType(rawType);
  if (rawType !== null && type === null) t.log.add(t.locator, `unknown date type ${JSON.stringify(rawType)}`);
  return d.at(date === null && type === null ? null : { date, type });
}

function browse(c: Cur, v1: string): BrowseModule | null {
  if (!c.present) return null;
  const term = (x: Cur, idKey: string, termKey: string): MeshTerm => ({
    id: x.f('id', idKey).str(),
    term: x.f('term', termKey).str(),
  });
  return {
    locator: c.locator,
    meshes: c
      .list('meshes', `${v1}MeshList`, `${v1}Mesh`)
      .map((x) => term(x, `${v1}MeshId`, `${v1}MeshTerm`)),
    ancestors: c
      .list('ancestors', `${v1}AncestorList`, `${v1}Ancestor`)
      .map((x) => term(x, `${v1}AncestorId`, `${v1}AncestorTerm`)),
    browseLeaves: c.list('browseLeaves', `${v1}BrowseLeafList`, `${v1}BrowseLeaf`).map((x) => ({
      id: x.f('id', `${v1}BrowseLeafId`).str(),
      name: x.f('name', `${v1}BrowseLeafName`).str(),
      asFound: x.f('asFound', `${v1}BrowseLeafAsFound`).str(),
      relevance: x.f('relevance', `${v1}BrowseLeafRelevance`).token(),
    })),
    browseBranches: c.list('browseBranches', `${v1}BrowseBranchList`, `${v1}BrowseBranch`).map((x) => ({
      abbrev: x.f('abbrev', `${v1}BrowseBranchAbbrev`).str(),
      name: x.f('name', `${v1}BrowseBranchName`).str(),
    })),
  };
}

/** The protocol/derived parts of a v2 or v1 study; `study` is the study object's cursor. */
export function jsonProtocolParts(study: Cur): ProtocolParts {
  const ps = study.f('protocolSection', 'ProtocolSection');
  const id = ps.f('identificationModule', 'IdentificationModule');
  const status = ps.f('statusModule', 'StatusModule');
  const el = ps.f('eligibilityModule', 'EligibilityModule');
  const dm = ps.f('designModule', 'DesignModule');
  const di = dm.f('designInfo', 'DesignInfo');
  const mask = di.f('maskingInfo', 'DesignMaskingInfo');
  const outcomes = ps.f('outcomesModule', 'OutcomesModule');
  const derived = study.f('derivedSection', 'DerivedSection');
  const locations = ps.f('contactsLocationsModule', 'ContactsLocationsModule');
  const siteList = study.v1 ? locations.f('LocationList').f('Location') : locations.f('locations');
  const v1Study = study.v1;

  const text = (c: Cur) => c.at(c.str());
  const age = (c: Cur) => c.at(toAge(c.str()));
  const outcomeList = (kindName: ProtocolOutcome['kind'], key: string, v1: string) =>
    outcomes.list(key, `${v1}List`, v1).map((o) => ({
      locator: o.locator,
      kind: kindName,
      measure: o.f('measure', `${v1}Measure`).str(),
      description: o.f('description', `${v1}Description`).str(),
      timeFrame: o.f('timeFrame', `${v1}TimeFrame`).str(),
    }));
  const sex = el.f('sex', 'Gender');
  const studyType = dm.f('studyType', 'StudyType');
  const registry = dm.f('patientRegistry', 'PatientRegistry');
  const whoMasked = mask.list('whoMasked', 'DesignWhoMaskedList', 'DesignWhoMasked');
  const stdAges = el.list('stdAges', 'StdAgeList', 'StdAge');
  return {
    acronym: text(id.f('acronym', 'Acronym')),
    secondaryIds: (() => {
      const list = study.v1 ? id.f('SecondaryIdInfoList').f('SecondaryIdInfo') : id.f('secondaryIdInfos');
      return list.at(
        list.items().map((s) => ({
          locator: s.locator,
          id: s.f('id', 'SecondaryId').str(),
          type: s.f('type', 'SecondaryIdType').token(),
          domain: s.f('domain', 'SecondaryIdDomain').str(),
          link: s.f('link', 'SecondaryIdLink').str(),
        })),
      );
    })(),
    whyStopped: text(status.f('whyStopped', 'WhyStopped')),
    detailedDescription: text(
      ps.f('descriptionModule', 'DescriptionModule').f('detailedDescription', 'DetailedDescription'),
    ),
    keywords: (() => {
      const c = ps.f('conditionsModule', 'ConditionsModule');
      const list = study.v1 ? c.f('KeywordList').f('Keyword') : c.f('keywords');
      return list.at(list.strs());
    })(),
    eligibility: {
      criteria: text(el.f('eligibilityCriteria', 'EligibilityCriteria')),
      minimumAge: age(el.f('minimumAge', 'MinimumAge')),
      maximumAge: age(el.f('maximumAge', 'MaximumAge')),
      sex: sex.at(sex.token()),
      genderBased: (() => {
        const c = el.f('genderBased', 'GenderBased');
        return c.at(c.bool());
      })(),
      genderDescription: text(el.f('genderDescription', 'GenderDescription')),
      healthyVolunteers: (() => {
        const c = el.f('healthyVolunteers', 'HealthyVolunteers');
        return c.at(c.bool());
      })(),
      stdAges: {
        value: stdAges.map((c) => c.token()).filter((s): s is string => s !== null),
        locator: study.v1 ? `${el.locator}.StdAgeList.StdAge` : `${el.locator}.stdAges`,
      },
      studyPopulation: text(el.f('studyPopulation', 'StudyPopulation')),
      samplingMethod: (() => {
        const c = el.f('samplingMethod', 'SamplingMethod');
        return c.at(c.token());
      })(),
    },
    sites: siteList.at(
      siteList.items().map((l) => {
        const geo = l.f('geoPoint');
        const lat = geo.f('lat').num();
        const lon = geo.f('lon').num();
        return {
          locator: l.locator,
          facility: l.f('facility', 'LocationFacility').str(),
          city: l.f('city', 'LocationCity').str(),
          state: l.f('state', 'LocationState').str(),
          zip: l.f('zip', 'LocationZip').str(),
          country: l.f('country', 'LocationCountry').str(),
          status: l.f('status', 'LocationStatus').token(),
          geoPoint: !v1Study && lat !== null && lon !== null ? { lat, lon } : null,
        };
      }),
    ),
    design: {
      studyType: studyType.at(studyType.design()),
      patientRegistry: registry.at(registry.bool()),
      allocation: (() => {
        const c = di.f('allocation', 'DesignAllocation');
        return c.at(c.design());
      })(),
      interventionModel: (() => {
        const c = di.f('interventionModel', 'DesignInterventionModel');
        return c.at(c.design());
      })(),
      interventionModelDescription: text(
        di.f('interventionModelDescription', 'DesignInterventionModelDescription'),
      ),
      primaryPurpose: (() => {
        const c = di.f('primaryPurpose', 'DesignPrimaryPurpose');
        return c.at(c.design());
      })(),
      masking: (() => {
        const c = mask.f('masking', 'DesignMasking');
        return c.at(c.design());
      })(),
      maskingDescription: text(mask.f('maskingDescription', 'DesignMaskingDescription')),
      whoMasked: {
        value: whoMasked.map((c) => c.design()).filter((s): s is string => s !== null),
        locator: study.v1
          ? `${mask.locator}.DesignWhoMaskedList.DesignWhoMasked`
          : `${mask.locator}.whoMasked`,
      },
      observationalModel: single(
        di,
        'observationalModel',
        'DesignObservationalModelList',
        'DesignObservationalModel',
      ),
      timePerspective: single(di, 'timePerspective', 'DesignTimePerspectiveList', 'DesignTimePerspective'),
    },
    dates: {
      start: typedDate(status, 'startDateStruct', 'StartDateStruct', 'StartDate'),
      primaryCompletion: typedDate(
        status,
        'primaryCompletionDateStruct',
        'PrimaryCompletionDateStruct',
        'PrimaryCompletionDate',
      ),
      completion: typedDate(status, 'completionDateStruct', 'CompletionDateStruct', 'CompletionDate'),
      studyFirstPosted: typedDate(
        status,
        'studyFirstPostDateStruct',
        'StudyFirstPostDateStruct',
        'StudyFirstPostDate',
      ),
      resultsFirstPosted: typedDate(
        status,
        'resultsFirstPostDateStruct',
        'ResultsFirstPostDateStruct',
        'ResultsFirstPostDate',
      ),
      lastUpdatePosted: typedDate(
        status,
        'lastUpdatePostDateStruct',
        'LastUpdatePostDateStruct',
        'LastUpdatePostDate',
      ),
    },
    protocolOutcomes: outcomes.at([
      ...outcomeList('PRIMARY', 'primaryOutcomes', 'PrimaryOutcome'),
      ...outcomeList('SECONDARY', 'secondaryOutcomes', 'SecondaryOutcome'),
      ...outcomeList('OTHER', 'otherOutcomes', 'OtherOutcome'),
    ]),
    conditionBrowse: browse(derived.f('conditionBrowseModule', 'ConditionBrowseModule'), 'Condition'),
    interventionBrowse: browse(
      derived.f('interventionBrowseModule', 'InterventionBrowseModule'),
      'Intervention',
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Results parts (v2 and v1). v1 keys are the v2 keys with a prefix (OutcomeGroupId …).

const cap = (s: string) => s[0]?.toUpperCase() + s.slice(1);

function groups(c: Cur, key: string, v1: string): ResultGroup[] {
  return c.list(key, `${v1}List`, v1).map((g) => ({
    id: g.f('id', `${v1}Id`).str(),
    title: g.f('title', `${v1}Title`).str(),
    description: g.f('description', `${v1}Description`).str(),
  }));
}

function denoms(c: Cur, v1: string): Denom[] {
  return c.list('denoms', `${v1}DenomList`, `${v1}Denom`).map((d) => ({
    units: d.f('units', `${v1}DenomUnits`).str(),
    counts: d.list('counts', `${v1}DenomCountList`, `${v1}DenomCount`).map((n) => ({
      groupId: n.f('groupId', `${v1}DenomCountGroupId`).str(),
      value: n.f('value', `${v1}DenomCountValue`).str(),
    })),
  }));
}

/** Classes of a measure; `v1` is Outcome or Baseline. */
function classes(c: Cur, v1: string): MeasureClass[] {
  return c.list('classes', `${v1}ClassList`, `${v1}Class`).map((k) => ({
    title: k.f('title', `${v1}ClassTitle`).str(),
    denoms: denoms(k, `${v1}Class`),
    categories: k.list('categories', `${v1}CategoryList`, `${v1}Category`).map((cat) => ({
      title: cat.f('title', `${v1}CategoryTitle`).str(),
      measurements: cat.list('measurements', `${v1}MeasurementList`, `${v1}Measurement`).map((m) => {
        const g = (key: string) => m.f(key, `${v1}Measurement${cap(key)}`).str();
        return {
          groupId: g('groupId'),
          value: g('value'),
          spread: g('spread'),
          lowerLimit: g('lowerLimit'),
          upperLimit: g('upperLimit'),
          comment: g('comment'),
        };
      }),
    })),
  }));
}

const ANALYSIS_V1: Record<string, string> = {
  ciPctValue: 'CIPctValue',
  ciNumSides: 'CINumSides',
  ciLowerLimit: 'CILowerLimit',
  ciUpperLimit: 'CIUpperLimit',
};

function analyses(c: Cur): OutcomeAnalysis[] {
  return c.list('analyses', 'OutcomeAnalysisList', 'OutcomeAnalysis').map((a) => {
    const g = (key: string) => a.f(key, `OutcomeAnalysis${ANALYSIS_V1[key] ?? cap(key)}`).str();
    return {
      groupIds: a
        .list('groupIds', 'OutcomeAnalysisGroupIdList', 'OutcomeAnalysisGroupId')
        .flatMap((x) => x.str() ?? []),
      groupDescription: g('groupDescription'),
      paramType: g('paramType'),
      paramValue: g('paramValue'),
      dispersionType: g('dispersionType'),
      dispersionValue: g('dispersionValue'),
      ciPctValue: g('ciPctValue'),
      ciNumSides: a.f('ciNumSides', 'OutcomeAnalysisCINumSides').token(),
      ciLowerLimit: g('ciLowerLimit'),
      ciUpperLimit: g('ciUpperLimit'),
      pValue: g('pValue'),
      pValueComment: g('pValueComment'),
      statisticalMethod: g('statisticalMethod'),
      statisticalComment: g('statisticalComment'),
      nonInferiorityType: a.f('nonInferiorityType', 'OutcomeAnalysisNonInferiorityType').token(),
      nonInferiorityComment: g('nonInferiorityComment'),
      testedNonInferiority: a.f('testedNonInferiority', 'OutcomeAnalysisTestedNonInferiority').bool(),
      estimateComment: g('estimateComment'),
    };
  });
}

function adverseEvents(ae: Cur): AdverseEvents | null {
  if (!ae.present) return null;
  const events = (key: string, v1: string): AdverseEvent[] =>
    ae.list(key, `${v1}List`, v1).map((e) => ({
      locator: e.locator,
      term: e.f('term', `${v1}Term`).str(),
      organSystem: e.f('organSystem', `${v1}OrganSystem`).str(),
      sourceVocabulary: e.f('sourceVocabulary', `${v1}SourceVocabulary`).str(),
      assessmentType: e.f('assessmentType', `${v1}AssessmentType`).token(),
      notes: e.f('notes', `${v1}Notes`).str(),
      stats: e.list('stats', `${v1}StatsList`, `${v1}Stats`).map((s) => ({
        groupId: s.f('groupId', `${v1}StatsGroupId`).str(),
        numEvents: s.f('numEvents', `${v1}StatsNumEvents`).count(),
        numAffected: s.f('numAffected', `${v1}StatsNumAffected`).count(),
        numAtRisk: s.f('numAtRisk', `${v1}StatsNumAtRisk`).count(),
      })),
    }));
  return {
    locator: ae.locator,
    frequencyThreshold: ae.f('frequencyThreshold', 'EventsFrequencyThreshold').str(),
    timeFrame: ae.f('timeFrame', 'EventsTimeFrame').str(),
    description: ae.f('description', 'EventsDescription').str(),
    allCauseMortalityComment: ae.f('allCauseMortalityComment', 'EventsAllCauseMortalityComment').str(),
    eventGroups: ae.list('eventGroups', 'EventGroupList', 'EventGroup').map((g) => {
      const n = (key: string) => g.f(key, `EventGroup${cap(key)}`).count();
      return {
        id: g.f('id', 'EventGroupId').str(),
        title: g.f('title', 'EventGroupTitle').str(),
        description: g.f('description', 'EventGroupDescription').str(),
        seriousNumAffected: n('seriousNumAffected'),
        seriousNumAtRisk: n('seriousNumAtRisk'),
        otherNumAffected: n('otherNumAffected'),
        otherNumAtRisk: n('otherNumAtRisk'),
        deathsNumAffected: n('deathsNumAffected'),
        deathsNumAtRisk: n('deathsNumAtRisk'),
      };
    }),
    seriousEvents: events('seriousEvents', 'SeriousEvent'),
    otherEvents: events('otherEvents', 'OtherEvent'),
  };
}

function participantFlow(flow: Cur): ParticipantFlow | null {
  if (!flow.present) return null;
  return {
    locator: flow.locator,
    recruitmentDetails: flow.f('recruitmentDetails', 'FlowRecruitmentDetails').str(),
    preAssignmentDetails: flow.f('preAssignmentDetails', 'FlowPreAssignmentDetails').str(),
    groups: groups(flow, 'groups', 'FlowGroup'),
    periods: flow.list('periods', 'FlowPeriodList', 'FlowPeriod').map((p) => ({
      title: p.f('title', 'FlowPeriodTitle').str(),
      milestones: p.list('milestones', 'FlowMilestoneList', 'FlowMilestone').map((m) => ({
        type: m.f('type', 'FlowMilestoneType').str(),
        comment: m.f('comment', 'FlowMilestoneComment').str(),
        achievements: m.list('achievements', 'FlowAchievementList', 'FlowAchievement').map((a) => ({
          groupId: a.f('groupId', 'FlowAchievementGroupId').str(),
          numSubjects: a.f('numSubjects', 'FlowAchievementNumSubjects').count(),
          comment: a.f('comment', 'FlowAchievementComment').str(),
        })),
      })),
      dropWithdraws: p.list('dropWithdraws', 'FlowDropWithdrawList', 'FlowDropWithdraw').map((d) => ({
        type: d.f('type', 'FlowDropWithdrawType').str(),
        reasons: d.list('reasons', 'FlowReasonList', 'FlowReason').map((r) => ({
          groupId: r.f('groupId', 'FlowReasonGroupId').str(),
          numSubjects: r.f('numSubjects', 'FlowReasonNumSubjects').count(),
        })),
      })),
    })),
  };
}

function baseline(b: Cur): Baseline | null {
  if (!b.present) return null;
  return {
    locator: b.locator,
    populationDescription: b.f('populationDescription', 'BaselinePopulationDescription').str(),
    groups: groups(b, 'groups', 'BaselineGroup'),
    denoms: denoms(b, 'Baseline'),
    measures: b.list('measures', 'BaselineMeasureList', 'BaselineMeasure').map((m) => {
      const g = (key: string) => m.f(key, `BaselineMeasure${cap(key)}`).str();
      return {
        title: g('title'),
        description: g('description'),
        populationDescription: g('populationDescription'),
        paramType: m.f('paramType', 'BaselineMeasureParamType').token(),
        dispersionType: g('dispersionType'),
        unitOfMeasure: g('unitOfMeasure'),
        classes: classes(m, 'Baseline'),
      };
    }),
  };
}

/** The results parts of a v2 or v1 `resultsSection` cursor. */
export function jsonResultParts(rs: Cur): ResultParts {
  return {
    outcomes: rs
      .f('outcomeMeasuresModule', 'OutcomeMeasuresModule')
      .list('outcomeMeasures', 'OutcomeMeasureList', 'OutcomeMeasure')
      .map((om) => {
        const g = (key: string) => om.f(key, `OutcomeMeasure${cap(key)}`).str();
        return {
          locator: om.locator,
          type: om.f('type', 'OutcomeMeasureType').token(),
          title: g('title'),
          description: g('description'),
          populationDescription: g('populationDescription'),
          reportingStatus: om.f('reportingStatus', 'OutcomeMeasureReportingStatus').token(),
          paramType: om.f('paramType', 'OutcomeMeasureParamType').token(),
          dispersionType: g('dispersionType'),
          unitOfMeasure: g('unitOfMeasure'),
          timeFrame: g('timeFrame'),
          groups: groups(om, 'groups', 'OutcomeGroup'),
          denoms: denoms(om, 'Outcome'),
          classes: classes(om, 'Outcome'),
          analyses: analyses(om),
        };
      }),
    adverseEvents: adverseEvents(rs.f('adverseEventsModule', 'AdverseEventsModule')),
    participantFlow: participantFlow(rs.f('participantFlowModule', 'ParticipantFlowModule')),
    baseline: baseline(rs.f('baselineCharacteristicsModule', 'BaselineCharacteristicsModule')),
  };
}
