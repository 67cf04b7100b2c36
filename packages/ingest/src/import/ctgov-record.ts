// A ClinicalTrials.gov study record, whatever format it came in, with the locator of each value
// in the original. Adapters for the API v2 JSON and the retired v1 JSON live here (pure); the
// legacy XML adapter is in ctgov-xml.ts. Enumerations are converted to the v2 spelling and
// dates to partial ISO dates; nothing else is interpreted here (ctgov-map.ts does that).

import { toCount, toEnumToken, toMeasurement, toPartialDate } from './text.js';

export type RecordFormat = 'ctgov-v2-json' | 'ctgov-v1-json' | 'ctgov-xml';

export interface Located<T> {
  value: T;
  locator: string;
}

export interface StudyArm {
  label: string;
  /** v2 arm group type (EXPERIMENTAL …), null when the record gives none. */
  type: string | null;
  description: string | null;
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

export interface StudyResults {
  /** Participants who STARTED the first period, summed over the flow's groups. */
  participantsStarted: Located<number> | null;
  /** Participants who COMPLETED the last period, summed over the flow's groups. */
  participantsCompleted: Located<number> | null;
  /** Outcome measures reporting an objective/overall response, as posted. */
  outcomeMeasures: ResponseOutcome[];
}

/** A study record in a format-neutral shape. Every value keeps the locator it was read from. */
export interface StudyRecord {
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
function strings(value: unknown): string[] {
  return arr(value)
    .map(str)
    .filter((s): s is string => s !== null);
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
  const s = obj(study);
  const ps = obj(s.protocolSection);
  const P = 'protocolSection';
  const id = obj(ps.identificationModule);
  const status = obj(ps.statusModule);
  const sponsors = obj(ps.sponsorCollaboratorsModule);
  const design = obj(ps.designModule);
  const enrollment = design.enrollmentInfo ? obj(design.enrollmentInfo) : null;
  const arms = obj(ps.armsInterventionsModule);
  const contacts = obj(ps.contactsLocationsModule);
  const misc = obj(obj(s.derivedSection).miscInfoModule);
  const A = `${P}.armsInterventionsModule`;
  return {
    format: 'ctgov-v2-json',
    nctId: at(str(id.nctId), `${P}.identificationModule.nctId`),
    briefTitle: at(str(id.briefTitle), `${P}.identificationModule.briefTitle`),
    officialTitle: at(str(id.officialTitle), `${P}.identificationModule.officialTitle`),
    phases: at(strings(design.phases), `${P}.designModule.phases`),
    overallStatus: at(str(status.overallStatus), `${P}.statusModule.overallStatus`),
    lastKnownStatus: at(str(status.lastKnownStatus), `${P}.statusModule.lastKnownStatus`),
    conditions: at(strings(obj(ps.conditionsModule).conditions), `${P}.conditionsModule.conditions`),
    leadSponsor: at(str(obj(sponsors.leadSponsor).name), `${P}.sponsorCollaboratorsModule.leadSponsor.name`),
    collaborators: at(
      arr(sponsors.collaborators)
        .map((c) => str(obj(c).name))
        .filter((n): n is string => !!n),
      `${P}.sponsorCollaboratorsModule.collaborators`,
    ),
    officials: at(
      arr(contacts.overallOfficials).map((o) => ({
        name: str(obj(o).name),
        affiliation: str(obj(o).affiliation),
        role: str(obj(o).role),
      })),
      `${P}.contactsLocationsModule.overallOfficials`,
    ),
    startDate: at(str(obj(status.startDateStruct).date), `${P}.statusModule.startDateStruct.date`),
    completionDate: at(
      str(obj(status.completionDateStruct).date),
      `${P}.statusModule.completionDateStruct.date`,
    ),
    enrollment: at(
      enrollment ? { count: toCount(enrollment.count), type: str(enrollment.type) } : null,
      `${P}.designModule.enrollmentInfo`,
    ),
    locationCountries: at(
      arr(contacts.locations).map((l) => str(obj(l).country)),
      `${P}.contactsLocationsModule.locations[].country`,
    ),
    briefSummary: at(str(obj(ps.descriptionModule).briefSummary), `${P}.descriptionModule.briefSummary`),
    arms: arr(arms.armGroups).map((g) => ({
      label: str(obj(g).label) ?? '',
      type: str(obj(g).type),
      description: str(obj(g).description),
    })),
    interventions: arr(arms.interventions).map((raw, index) => {
      const i = obj(raw);
      return {
        type: str(i.type),
        name: str(i.name),
        description: str(i.description),
        armGroupLabels: strings(i.armGroupLabels),
        otherNames: strings(i.otherNames),
        locator: `${A}.interventions[${index}]`,
        typeLocator: `${A}.interventions[${index}].type`,
      };
    }),
    lastUpdatePosted: at(
      toPartialDate(str(obj(status.lastUpdatePostDateStruct).date)),
      `${P}.statusModule.lastUpdatePostDateStruct.date`,
    ),
    versionDate: at(toPartialDate(str(misc.versionHolder)), 'derivedSection.miscInfoModule.versionHolder'),
    results: s.resultsSection ? v2Results(obj(s.resultsSection)) : null,
  };
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

function v2Results(rs: Json): StudyResults {
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
  const P = `${prefix}.ProtocolSection`;
  const ps = obj(study.ProtocolSection);
  const id = obj(ps.IdentificationModule);
  const status = obj(ps.StatusModule);
  const sponsors = obj(ps.SponsorCollaboratorsModule);
  const design = obj(ps.DesignModule);
  const enrollment = design.EnrollmentInfo ? obj(design.EnrollmentInfo) : null;
  const arms = obj(ps.ArmsInterventionsModule);
  const contacts = obj(ps.ContactsLocationsModule);
  const misc = obj(obj(study.DerivedSection).MiscInfoModule);
  const A = `${P}.ArmsInterventionsModule`;
  return {
    format: 'ctgov-v1-json',
    nctId: at(str(id.NCTId), `${P}.IdentificationModule.NCTId`),
    briefTitle: at(str(id.BriefTitle), `${P}.IdentificationModule.BriefTitle`),
    officialTitle: at(str(id.OfficialTitle), `${P}.IdentificationModule.OfficialTitle`),
    phases: at(phaseTokens(strings(obj(design.PhaseList).Phase)), `${P}.DesignModule.PhaseList.Phase`),
    overallStatus: at(statusToken(str(status.OverallStatus)), `${P}.StatusModule.OverallStatus`),
    lastKnownStatus: at(statusToken(str(status.LastKnownStatus)), `${P}.StatusModule.LastKnownStatus`),
    conditions: at(
      strings(obj(obj(ps.ConditionsModule).ConditionList).Condition),
      `${P}.ConditionsModule.ConditionList.Condition`,
    ),
    leadSponsor: at(
      str(obj(sponsors.LeadSponsor).LeadSponsorName),
      `${P}.SponsorCollaboratorsModule.LeadSponsor.LeadSponsorName`,
    ),
    collaborators: at(
      arr(obj(sponsors.CollaboratorList).Collaborator)
        .map((c) => str(obj(c).CollaboratorName))
        .filter((n): n is string => !!n),
      `${P}.SponsorCollaboratorsModule.CollaboratorList.Collaborator`,
    ),
    officials: at(
      arr(obj(contacts.OverallOfficialList).OverallOfficial).map((o) => ({
        name: str(obj(o).OverallOfficialName),
        affiliation: str(obj(o).OverallOfficialAffiliation),
        role: str(obj(o).OverallOfficialRole) ? toEnumToken(str(obj(o).OverallOfficialRole) as string) : null,
      })),
      `${P}.ContactsLocationsModule.OverallOfficialList.OverallOfficial`,
    ),
    startDate: at(
      toPartialDate(str(obj(status.StartDateStruct).StartDate)),
      `${P}.StatusModule.StartDateStruct.StartDate`,
    ),
    completionDate: at(
      toPartialDate(str(obj(status.CompletionDateStruct).CompletionDate)),
      `${P}.StatusModule.CompletionDateStruct.CompletionDate`,
    ),
    enrollment: at(
      enrollment
        ? {
            count: toCount(enrollment.EnrollmentCount),
            type: enrollmentTypeToken(str(enrollment.EnrollmentType)),
          }
        : null,
      `${P}.DesignModule.EnrollmentInfo`,
    ),
    locationCountries: at(
      arr(obj(contacts.LocationList).Location).map((l) => str(obj(l).LocationCountry)),
      `${P}.ContactsLocationsModule.LocationList.Location[].LocationCountry`,
    ),
    briefSummary: at(str(obj(ps.DescriptionModule).BriefSummary), `${P}.DescriptionModule.BriefSummary`),
    arms: arr(obj(arms.ArmGroupList).ArmGroup).map((g) => ({
      label: str(obj(g).ArmGroupLabel) ?? '',
      type: str(obj(g).ArmGroupType) ? toEnumToken(str(obj(g).ArmGroupType) as string) : null,
      description: str(obj(g).ArmGroupDescription),
    })),
    interventions: arr(obj(arms.InterventionList).Intervention).map((raw, index) => {
      const i = obj(raw);
      return {
        type: str(i.InterventionType) ? toEnumToken(str(i.InterventionType) as string) : null,
        name: str(i.InterventionName),
        description: str(i.InterventionDescription),
        armGroupLabels: strings(obj(i.InterventionArmGroupLabelList).InterventionArmGroupLabel),
        otherNames: strings(obj(i.InterventionOtherNameList).InterventionOtherName),
        locator: `${A}.InterventionList.Intervention[${index}]`,
        typeLocator: `${A}.InterventionList.Intervention[${index}].InterventionType`,
      };
    }),
    lastUpdatePosted: at(
      toPartialDate(str(obj(status.LastUpdatePostDateStruct).LastUpdatePostDate)),
      `${P}.StatusModule.LastUpdatePostDateStruct.LastUpdatePostDate`,
    ),
    versionDate: at(
      toPartialDate(str(misc.VersionHolder)),
      `${prefix}.DerivedSection.MiscInfoModule.VersionHolder`,
    ),
    results: study.ResultsSection ? v1Results(obj(study.ResultsSection), `${prefix}.ResultsSection`) : null,
  };
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

function v1Results(rs: Json, prefix: string): StudyResults {
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
