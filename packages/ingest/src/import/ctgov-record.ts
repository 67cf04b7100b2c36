// A ClinicalTrials.gov study record, whatever format it came in, with the locator of each value
// in the original. Adapters for the API v2 JSON and the retired v1 JSON live here (pure); the
// legacy XML adapter is in ctgov-xml.ts. Enumerations are converted to the v2 spelling and
// dates to partial ISO dates; nothing else is interpreted here (ctgov-map.ts does that).

import {
  Cur,
  IssueLog,
  jsonProtocolParts,
  jsonResultParts,
  type Located,
  type ProtocolParts,
  type RecordIssue,
  type ResultParts,
} from './ctgov-record-parts.js';
import { toCount, toEnumToken, toMeasurement, toPartialDate } from './text.js';

export type * from './ctgov-record-parts.js';

export type RecordFormat = 'ctgov-v2-json' | 'ctgov-v1-json' | 'ctgov-xml';

export interface StudyArm {
  label: string;
  /** v2 arm group type (EXPERIMENTAL …), null when the record gives none. */
  type: string | null;
  description: string | null;
  /** Names of the interventions given in this arm (v2 `interventionNames`, "Drug: X"; none in the XML). */
  interventionNames: string[];
  locator: string;
}

export interface StudyIntervention {
  /** v2 intervention type (DRUG, BIOLOGICAL …). */
  type: string | null;
  name: string | null;
  description: string | null;
  armGroupLabels: string[];
  otherNames: string[];
  locator: string;
  typeLocator: string;
}

export interface ResponseOutcome {
  locator: string;
  type: string | null;
  title: string;
  paramType: string | null;
  unit: string | null;
  timeFrame: string | null;
  groups: {
    title: string;
    participants: number | null;
    measurements: {
      category: string | null;
      value: number | string | null;
      lowerLimit?: number | string | null;
      upperLimit?: number | string | null;
    }[];
  }[];
}

export interface StudyResults extends ResultParts {
  /** Where the results section is. */
  locator: string;
  /** Participants who STARTED the first period, summed over the flow's groups. */
  participantsStarted: Located<number> | null;
  /** Participants who COMPLETED the last period, summed over the flow's groups. */
  participantsCompleted: Located<number> | null;
  /** Outcome measures reporting an objective/overall response, as posted. */
  outcomeMeasures: ResponseOutcome[];
}

/** The response summary of the results section (what ctgov-map.ts reads). */
export type ResultSummary = Pick<
  StudyResults,
  'participantsStarted' | 'participantsCompleted' | 'outcomeMeasures'
>;

/** A study record in a format-neutral shape. Every value keeps the locator it was read from. */
export interface StudyRecord extends ProtocolParts {
  format: RecordFormat;
  nctId: Located<string | null>;
  briefTitle: Located<string | null>;
  officialTitle: Located<string | null>;
  /** v2 phase tokens: PHASE1, PHASE2, EARLY_PHASE1, NA … (empty when the record has none). */
  phases: Located<string[]>;
  overallStatus: Located<string | null>;
  lastKnownStatus: Located<string | null>;
  conditions: Located<string[]>;
  leadSponsor: Located<string | null>;
  collaborators: Located<string[]>;
  officials: Located<{ name: string | null; affiliation: string | null; role: string | null }[]>;
  startDate: Located<string | null>;
  completionDate: Located<string | null>;
  enrollment: Located<{ count: number | null; type: string | null } | null>;
  /** The country of each location, in record order (null for a location without one). */
  locationCountries: Located<(string | null)[]>;
  briefSummary: Located<string | null>;
  arms: StudyArm[];
  interventions: StudyIntervention[];
  /** When this version of the record was posted (partial ISO date). */
  lastUpdatePosted: Located<string | null>;
  /** When the data was produced or downloaded (v2 `versionHolder`, v1 `VersionHolder`, XML `download_date`). */
  versionDate: Located<string | null>;
  results: StudyResults | null;
  /** Values of the wrong type or form, found while reading; none of them was used. */
  issues: RecordIssue[];
}

/** Thrown by an adapter when a record's structure is not a study at all. */
export class RecordShapeError extends Error {}

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}
function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
const at = <T>(value: T, locator: string): Located<T> => ({ value, locator });

/** v1/XML phase text ("Phase 1/Phase 2", "N/A", "Early Phase 1") as v2 tokens. */
export function phaseTokens(raw: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const text of raw) {
    if (/^\s*(?:N\/A|NA|Not Applicable)\s*$/i.test(text)) {
      tokens.push('NA');
      continue;
    }
    for (const part of text.split('/')) {
      const t = toEnumToken(part);
      if (t === '') continue;
      if (t === 'N_A' || t === 'NOT_APPLICABLE' || t === 'NA') tokens.push('NA');
      else tokens.push(t.replace(/^(EARLY_)?PHASE_(\d)$/, '$1PHASE$2'));
    }
  }
  return tokens;
}

/** v1/XML status text ("Active, not recruiting", "Unknown status") as a v2 token. */
export function statusToken(raw: string | null): string | null {
  if (raw == null) return null;
  const t = toEnumToken(raw);
  return t === 'UNKNOWN_STATUS' ? 'UNKNOWN' : t;
}

/** v1/XML enrollment type: "Anticipated"/"Estimate" → ESTIMATED, "Actual" → ACTUAL. */
export function enrollmentTypeToken(raw: string | null): string | null {
  if (raw == null) return null;
  const t = toEnumToken(raw);
  return t === 'ANTICIPATED' || t === 'ESTIMATE' ? 'ESTIMATED' : t;
}

// ---------------------------------------------------------------------------------------------
// API v2 JSON

/** True when `value` looks like a v2 study object. */
export function isV2Study(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'protocolSection' in (value as Json);
}

/** Reads one API v2 study object. */
export function fromV2(study: unknown): StudyRecord {
  if (!isV2Study(study))
    throw new RecordShapeError('not a ClinicalTrials.gov API v2 study (no protocolSection)');
  // v2 locators start at the study object: `protocolSection.…`, not `.protocolSection.…`.
  return jsonRecord(new RootCur(study, new IssueLog(), false), 'ctgov-v2-json', obj(study).resultsSection);
}

/** A cursor at the top of a v2 study: child locators have no leading dot. */
class RootCur extends Cur {
  constructor(value: unknown, log: IssueLog, v1: boolean) {
    super(value, '', log, v1);
  }
  override f(key: string, v1Key: string = key): Cur {
    const child = super.f(key, v1Key);
    return new Cur(child.value, child.locator.replace(/^\./, ''), this.log, this.v1);
  }
}

/** The fields both JSON formats share; `c` is the study object. */
function jsonRecord(c: Cur, format: RecordFormat, resultsValue: unknown): StudyRecord {
  const v1 = c.v1;
  const ps = c.f('protocolSection', 'ProtocolSection');
  const id = ps.f('identificationModule', 'IdentificationModule');
  const status = ps.f('statusModule', 'StatusModule');
  const sponsors = ps.f('sponsorCollaboratorsModule', 'SponsorCollaboratorsModule');
  const design = ps.f('designModule', 'DesignModule');
  const arms = ps.f('armsInterventionsModule', 'ArmsInterventionsModule');
  const contacts = ps.f('contactsLocationsModule', 'ContactsLocationsModule');
  const misc = c.f('derivedSection', 'DerivedSection').f('miscInfoModule', 'MiscInfoModule');
  const text = (x: Cur) => x.at(x.str());
  const listAt = (x: Cur, key: string, v1List: string, v1Item: string): Cur =>
    v1 ? x.f(v1List).f(v1Item) : x.f(key);

  const phases = listAt(design, 'phases', 'PhaseList', 'Phase');
  const overall = status.f('overallStatus', 'OverallStatus');
  const lastKnown = status.f('lastKnownStatus', 'LastKnownStatus');
  const conditions = listAt(
    ps.f('conditionsModule', 'ConditionsModule'),
    'conditions',
    'ConditionList',
    'Condition',
  );
  const collaborators = listAt(sponsors, 'collaborators', 'CollaboratorList', 'Collaborator');
  const officials = listAt(contacts, 'overallOfficials', 'OverallOfficialList', 'OverallOfficial');
  const enrollment = design.f('enrollmentInfo', 'EnrollmentInfo');
  const locations = listAt(contacts, 'locations', 'LocationList', 'Location');
  const parts = jsonProtocolParts(c);
  const start = status.f('startDateStruct', 'StartDateStruct').f('date', 'StartDate');
  const completion = status.f('completionDateStruct', 'CompletionDateStruct').f('date', 'CompletionDate');
  const lastUpdate = status
    .f('lastUpdatePostDateStruct', 'LastUpdatePostDateStruct')
    .f('date', 'LastUpdatePostDate');
  const version = misc.f('versionHolder', 'VersionHolder');
  const rs = c.f('resultsSection', 'ResultsSection');
  const record: StudyRecord = {
    format,
    nctId: text(id.f('nctId', 'NCTId')),
    briefTitle: text(id.f('briefTitle', 'BriefTitle')),
    officialTitle: text(id.f('officialTitle', 'OfficialTitle')),
    phases: phases.at(v1 ? phaseTokens(phases.strs()) : phases.strs()),
    overallStatus: overall.at(v1 ? statusToken(overall.str()) : overall.str()),
    lastKnownStatus: lastKnown.at(v1 ? statusToken(lastKnown.str()) : lastKnown.str()),
    conditions: conditions.at(conditions.strs()),
    leadSponsor: text(sponsors.f('leadSponsor', 'LeadSponsor').f('name', 'LeadSponsorName')),
    collaborators: collaborators.at(
      collaborators
        .items()
        .map((x) => x.f('name', 'CollaboratorName').str())
        .filter((n): n is string => !!n),
    ),
    officials: officials.at(
      officials.items().map((o) => ({
        name: o.f('name', 'OverallOfficialName').str(),
        affiliation: o.f('affiliation', 'OverallOfficialAffiliation').str(),
        role: o.f('role', 'OverallOfficialRole').token() || null,
      })),
    ),
    startDate: start.at(start.date()),
    completionDate: completion.at(completion.date()),
    enrollment: {
      value: enrollment.present
        ? (() => {
            const type = enrollment.f('type', 'EnrollmentType').str();
            return {
              count: enrollment.f('count', 'EnrollmentCount').count(),
              type: v1 ? enrollmentTypeToken(type) : type,
            };
          })()
        : null,
      locator: enrollment.locator,
    },
    locationCountries: {
      value: locations.items().map((l) => l.f('country', 'LocationCountry').str()),
      locator: `${locations.locator}[].${v1 ? 'LocationCountry' : 'country'}`,
    },
    briefSummary: text(ps.f('descriptionModule', 'DescriptionModule').f('briefSummary', 'BriefSummary')),
    arms: listAt(arms, 'armGroups', 'ArmGroupList', 'ArmGroup')
      .items()
      .map((g) => ({
        label: g.f('label', 'ArmGroupLabel').str() ?? '',
        type: g.f('type', 'ArmGroupType').token() || null,
        description: g.f('description', 'ArmGroupDescription').str(),
        interventionNames: g
          .list('interventionNames', 'ArmGroupInterventionList', 'ArmGroupInterventionName')
          .flatMap((x) => x.str() ?? []),
        locator: g.locator,
      })),
    interventions: listAt(arms, 'interventions', 'InterventionList', 'Intervention')
      .items()
      .map((i) => {
        const type = i.f('type', 'InterventionType');
        return {
          type: type.token() || null,
          name: i.f('name', 'InterventionName').str(),
          description: i.f('description', 'InterventionDescription').str(),
          armGroupLabels: i
            .list('armGroupLabels', 'InterventionArmGroupLabelList', 'InterventionArmGroupLabel')
            .flatMap((x) => x.str() ?? []),
          otherNames: i
            .list('otherNames', 'InterventionOtherNameList', 'InterventionOtherName')
            .flatMap((x) => x.str() ?? []),
          locator: i.locator,
          typeLocator: type.locator,
        };
      }),
    lastUpdatePosted: lastUpdate.at(toPartialDate(lastUpdate.str())),
    versionDate: version.at(toPartialDate(version.str())),
    ...parts,
    results: null,
    issues: c.log.issues,
  };
  if (rs.present) {
    const summary = v1 ? v1Results(obj(resultsValue), rs.locator) : v2Results(obj(resultsValue));
    record.results = { locator: rs.locator, ...summary, ...jsonResultParts(rs) };
  }
  return record;
}

function sumFlow(
  periods: unknown[],
  periodIndex: number,
  milestone: string,
  prefix: string,
): Located<number> | null {
  const period = obj(periods[periodIndex]);
  const milestones = arr(period.milestones);
  const k = milestones.findIndex((m) => str(obj(m).type) === milestone);
  if (k < 0) return null;
  const counts = arr(obj(milestones[k]).achievements).map((a) => toCount(obj(a).numSubjects));
  if (counts.length === 0 || counts.some((c) => c === null)) return null;
  return at(
    (counts as number[]).reduce((a, b) => a + b, 0),
    `${prefix}.periods[${periodIndex}].milestones[${k}]`,
  );
}

function v2Results(rs: Json): ResultSummary {
  const flow = obj(rs.participantFlowModule);
  const periods = arr(flow.periods);
  const F = 'resultsSection.participantFlowModule';
  const outcomeMeasures: ResponseOutcome[] = [];
  arr(obj(rs.outcomeMeasuresModule).outcomeMeasures).forEach((raw, index) => {
    const om = obj(raw);
    const title = str(om.title);
    if (!title) return;
    const groups = arr(om.groups).map((g) => ({ id: str(obj(g).id), title: str(obj(g).title) ?? '' }));
    const denoms = arr(obj(arr(om.denoms)[0]).counts);
    const measurements = new Map<string, ResponseOutcome['groups'][number]['measurements']>();
    for (const c of arr(om.classes)) {
      const classTitle = str(obj(c).title);
      for (const cat of arr(obj(c).categories)) {
        const category = [classTitle, str(obj(cat).title)].filter(Boolean).join(': ') || null;
        for (const m of arr(obj(cat).measurements)) {
          const mm = obj(m);
          const gid = str(mm.groupId) ?? '';
          const list = measurements.get(gid) ?? [];
          list.push({
            category,
            value: toMeasurement(mm.value),
            ...(mm.lowerLimit !== undefined ? { lowerLimit: toMeasurement(mm.lowerLimit) } : {}),
            ...(mm.upperLimit !== undefined ? { upperLimit: toMeasurement(mm.upperLimit) } : {}),
          });
          measurements.set(gid, list);
        }
      }
    }
    outcomeMeasures.push({
      locator: `resultsSection.outcomeMeasuresModule.outcomeMeasures[${index}]`,
      type: str(om.type),
      title,
      paramType: str(om.paramType),
      unit: str(om.unitOfMeasure),
      timeFrame: str(om.timeFrame),
      groups: groups.map((g) => ({
        title: g.title,
        participants: toCount(obj(denoms.find((d) => str(obj(d).groupId) === g.id)).value),
        measurements: measurements.get(g.id ?? '') ?? [],
      })),
    });
  });
  return {
    participantsStarted: periods.length ? sumFlow(periods, 0, 'STARTED', F) : null,
    participantsCompleted: periods.length ? sumFlow(periods, periods.length - 1, 'COMPLETED', F) : null,
    outcomeMeasures,
  };
}

// ---------------------------------------------------------------------------------------------
// Classic API v1 JSON (FullStudiesResponse), PascalCase keys and lists wrapped in objects

/** True when `value` is one entry of a v1 `FullStudies` list or a bare v1 `Study`. */
export function isV1Study(value: unknown): boolean {
  const v = obj(value);
  return 'ProtocolSection' in obj(v.Study) || 'ProtocolSection' in v;
}

/** Reads one v1 study (`{Rank, Study}` or a bare `Study`); `prefix` locates it in its file. */
export function fromV1(entry: unknown, prefix = 'Study'): StudyRecord {
  if (!isV1Study(entry)) throw new RecordShapeError('not a ClinicalTrials.gov v1 study (no ProtocolSection)');
  const e = obj(entry);
  const study = 'Study' in e ? obj(e.Study) : e;
  const c = new Cur(study, prefix, new IssueLog(), true);
  return jsonRecord(c, 'ctgov-v1-json', study.ResultsSection);
}

function v1Flow(
  periods: unknown[],
  periodIndex: number,
  milestone: string,
  prefix: string,
): Located<number> | null {
  const milestones = arr(obj(obj(periods[periodIndex]).FlowMilestoneList).FlowMilestone);
  const k = milestones.findIndex((m) => toEnumToken(str(obj(m).FlowMilestoneType) ?? '') === milestone);
  if (k < 0) return null;
  const counts = arr(obj(obj(milestones[k]).FlowAchievementList).FlowAchievement).map((a) =>
    toCount(obj(a).FlowAchievementNumSubjects),
  );
  if (counts.length === 0 || counts.some((c) => c === null)) return null;
  return at(
    (counts as number[]).reduce((a, b) => a + b, 0),
    `${prefix}.FlowPeriodList.FlowPeriod[${periodIndex}].FlowMilestoneList.FlowMilestone[${k}]`,
  );
}

function v1Results(rs: Json, prefix: string): ResultSummary {
  const flow = obj(rs.ParticipantFlowModule);
  const periods = arr(obj(flow.FlowPeriodList).FlowPeriod);
  const F = `${prefix}.ParticipantFlowModule`;
  const outcomeMeasures: ResponseOutcome[] = [];
  arr(obj(obj(rs.OutcomeMeasuresModule).OutcomeMeasureList).OutcomeMeasure).forEach((raw, index) => {
    const om = obj(raw);
    const title = str(om.OutcomeMeasureTitle);
    if (!title) return;
    const groups = arr(obj(om.OutcomeGroupList).OutcomeGroup).map((g) => ({
      id: str(obj(g).OutcomeGroupId),
      title: str(obj(g).OutcomeGroupTitle) ?? '',
    }));
    const denoms = arr(
      obj(obj(arr(obj(om.OutcomeDenomList).OutcomeDenom)[0]).OutcomeDenomCountList).OutcomeDenomCount,
    );
    const measurements = new Map<string, ResponseOutcome['groups'][number]['measurements']>();
    for (const c of arr(obj(om.OutcomeClassList).OutcomeClass)) {
      const classTitle = str(obj(c).OutcomeClassTitle);
      for (const cat of arr(obj(obj(c).OutcomeCategoryList).OutcomeCategory)) {
        const category = [classTitle, str(obj(cat).OutcomeCategoryTitle)].filter(Boolean).join(': ') || null;
        for (const m of arr(obj(obj(cat).OutcomeMeasurementList).OutcomeMeasurement)) {
          const mm = obj(m);
          const gid = str(mm.OutcomeMeasurementGroupId) ?? '';
          const list = measurements.get(gid) ?? [];
          list.push({
            category,
            value: toMeasurement(mm.OutcomeMeasurementValue),
            ...(mm.OutcomeMeasurementLowerLimit !== undefined
              ? { lowerLimit: toMeasurement(mm.OutcomeMeasurementLowerLimit) }
              : {}),
            ...(mm.OutcomeMeasurementUpperLimit !== undefined
              ? { upperLimit: toMeasurement(mm.OutcomeMeasurementUpperLimit) }
              : {}),
          });
          measurements.set(gid, list);
        }
      }
    }
    outcomeMeasures.push({
      locator: `${prefix}.OutcomeMeasuresModule.OutcomeMeasureList.OutcomeMeasure[${index}]`,
      type: str(om.OutcomeMeasureType) ? toEnumToken(str(om.OutcomeMeasureType) as string) : null,
      title,
      paramType: str(om.OutcomeMeasureParamType),
      unit: str(om.OutcomeMeasureUnitOfMeasure),
      timeFrame: str(om.OutcomeMeasureTimeFrame),
      groups: groups.map((g) => ({
        title: g.title,
        participants: toCount(
          obj(denoms.find((d) => str(obj(d).OutcomeDenomCountGroupId) === g.id)).OutcomeDenomCountValue,
        ),
        measurements: measurements.get(g.id ?? '') ?? [],
      })),
    });
  });
  return {
    participantsStarted: periods.length ? v1Flow(periods, 0, 'STARTED', F) : null,
    participantsCompleted: periods.length ? v1Flow(periods, periods.length - 1, 'COMPLETED', F) : null,
    outcomeMeasures,
  };
}
