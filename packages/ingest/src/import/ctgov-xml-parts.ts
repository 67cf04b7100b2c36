// The parts of a legacy XML record (`<clinical_study>`) beyond the core fields: see
// ctgov-record-parts.ts for the shapes. Locators are XPath-like (1-based positions). The XML has
// no geo points, no MeSH ids or ancestors, no std ages and no reporting status; those stay empty.
// In `<reported_events>`, the "Total" category holds each group's numbers affected/at risk: it is
// read into the event groups and not listed as an event.

import type {
  AdverseEvent,
  AdverseEvents,
  Baseline,
  BrowseModule,
  Denom,
  EventGroup,
  IssueLog,
  Located,
  MeasureClass,
  ParticipantFlow,
  ProtocolOutcome,
  ProtocolParts,
  ResultGroup,
  ResultOutcome,
  ResultParts,
  TypedDate,
} from './ctgov-record-parts.js';
import { attr, list, type Node, node, text, texts } from './ctgov-xml.js';
import { toAge, toCount, toDateType, toDesignToken, toEnumToken, toPartialDate, toYesNo } from './text.js';

const R = 'clinical_study';
const at = <T>(value: T, locator: string): Located<T> => ({ value, locator });
const token = (raw: string | null) => (raw === null || raw.trim() === '' ? null : toEnumToken(raw));

function typedDate(s: Node, name: string, log: IssueLog): Located<TypedDate | null> {
  const el = s[name];
  const locator = `${R}/${name}`;
  if (el == null) return at(null, locator);
  const rawType = attr(el, 'type');
  const type = toDateType(rawType);
  if (rawType !== null && type === null)
    log.add(`${locator}/@type`, `unknown date type ${JSON.stringify(rawType)}`);
  return at({ date: toPartialDate(text(el)), type }, locator);
}

/** "Double (Participant, Investigator)" → DOUBLE and [PARTICIPANT, INVESTIGATOR]. */
function masking(raw: string | null): { masking: string | null; whoMasked: string[] } {
  if (raw === null) return { masking: null, whoMasked: [] };
  const m = /^\s*([^(]+?)\s*(?:\(([^)]*)\))?\s*$/.exec(raw);
  const head = m?.[1] ?? raw;
  const who = m?.[2] ?? '';
  if (/^none$/i.test(head)) return { masking: 'NONE', whoMasked: [] };
  return {
    masking: toDesignToken(head),
    whoMasked: who
      .split(',')
      .map((w) => w.trim())
      .filter((w) => w !== '')
      .map(toEnumToken),
  };
}

function browse(s: Node, name: string): BrowseModule | null {
  if (s[name] == null) return null;
  return {
    locator: `${R}/${name}`,
    meshes: texts(node(s[name]).mesh_term).map((term) => ({ id: null, term })),
    ancestors: [],
    browseLeaves: [],
    browseBranches: [],
  };
}

export function xmlProtocolParts(s: Node, log: IssueLog): ProtocolParts {
  const el = node(s.eligibility);
  const E = `${R}/eligibility`;
  const d = node(s.study_design_info);
  const D = `${R}/study_design_info`;
  const studyType = text(s.study_type);
  const mask = masking(text(d.masking));
  const outcomes = (name: string, kind: ProtocolOutcome['kind']): ProtocolOutcome[] =>
    list(s[name]).map((o, i) => ({
      locator: `${R}/${name}[${i + 1}]`,
      kind,
      measure: text(node(o).measure),
      description: text(node(o).description),
      timeFrame: text(node(o).time_frame),
    }));
  const lastUpdate =
    s.last_update_posted == null && s.lastchanged_date != null
      ? typedDate(s, 'lastchanged_date', log)
      : typedDate(s, 'last_update_posted', log);
  return {
    acronym: at(text(s.acronym), `${R}/acronym`),
    secondaryIds: at(
      list(node(s.id_info).secondary_id).map((v, i) => ({
        locator: `${R}/id_info/secondary_id[${i + 1}]`,
        id: text(v),
        type: null,
        domain: null,
        link: null,
      })),
      `${R}/id_info/secondary_id`,
    ),
    whyStopped: at(text(s.why_stopped), `${R}/why_stopped`),
    detailedDescription: at(text(s.detailed_description), `${R}/detailed_description/textblock`),
    keywords: at(texts(s.keyword), `${R}/keyword`),
    eligibility: {
      criteria: at(text(el.criteria), `${E}/criteria/textblock`),
      minimumAge: at(toAge(text(el.minimum_age)), `${E}/minimum_age`),
      maximumAge: at(toAge(text(el.maximum_age)), `${E}/maximum_age`),
      sex: at(token(text(el.gender)), `${E}/gender`),
      genderBased: at(toYesNo(text(el.gender_based)), `${E}/gender_based`),
      genderDescription: at(text(el.gender_description), `${E}/gender_description`),
      healthyVolunteers: at(toYesNo(text(el.healthy_volunteers)), `${E}/healthy_volunteers`),
      stdAges: at([], `${E}/std_age`),
      studyPopulation: at(text(el.study_pop), `${E}/study_pop/textblock`),
      samplingMethod: at(token(text(el.sampling_method)), `${E}/sampling_method`),
    },
    sites: at(
      list(s.location).map((l, i) => {
        const f = node(node(l).facility);
        const a = node(f.address);
        return {
          locator: `${R}/location[${i + 1}]`,
          facility: text(f.name),
          city: text(a.city),
          state: text(a.state),
          zip: text(a.zip),
          country: text(a.country),
          status: token(text(node(l).status)),
          geoPoint: null,
        };
      }),
      `${R}/location`,
    ),
    design: {
      studyType: at(toDesignToken(studyType), `${R}/study_type`),
      patientRegistry: at(studyType && /patient registry/i.test(studyType) ? true : null, `${R}/study_type`),
      allocation: at(toDesignToken(text(d.allocation)), `${D}/allocation`),
      interventionModel: at(toDesignToken(text(d.intervention_model)), `${D}/intervention_model`),
      interventionModelDescription: at(
        text(d.intervention_model_description),
        `${D}/intervention_model_description`,
      ),
      primaryPurpose: at(toDesignToken(text(d.primary_purpose)), `${D}/primary_purpose`),
      masking: at(mask.masking, `${D}/masking`),
      maskingDescription: at(text(d.masking_description), `${D}/masking_description`),
      whoMasked: at(mask.whoMasked, `${D}/masking`),
      observationalModel: at(toDesignToken(text(d.observational_model)), `${D}/observational_model`),
      timePerspective: at(toDesignToken(text(d.time_perspective)), `${D}/time_perspective`),
    },
    dates: {
      start: typedDate(s, 'start_date', log),
      primaryCompletion: typedDate(s, 'primary_completion_date', log),
      completion: typedDate(s, 'completion_date', log),
      studyFirstPosted: typedDate(s, 'study_first_posted', log),
      resultsFirstPosted: typedDate(s, 'results_first_posted', log),
      lastUpdatePosted: lastUpdate,
    },
    protocolOutcomes: at(
      [
        ...outcomes('primary_outcome', 'PRIMARY'),
        ...outcomes('secondary_outcome', 'SECONDARY'),
        ...outcomes('other_outcome', 'OTHER'),
      ],
      `${R}/primary_outcome|secondary_outcome|other_outcome`,
    ),
    conditionBrowse: browse(s, 'condition_browse'),
    interventionBrowse: browse(s, 'intervention_browse'),
  };
}

// ---------------------------------------------------------------------------------------------
// <clinical_results>

const C = `${R}/clinical_results`;

function groups(groupList: unknown): ResultGroup[] {
  return list(node(groupList).group).map((g) => ({
    id: attr(g, 'group_id'),
    title: text(node(g).title),
    description: text(node(g).description),
  }));
}

function denoms(analyzedList: unknown): Denom[] {
  return list(node(analyzedList).analyzed).map((a) => ({
    units: text(node(a).units),
    counts: list(node(node(a).count_list).count).map((c) => ({
      groupId: attr(c, 'group_id'),
      value: attr(c, 'value'),
    })),
  }));
}

function classes(classList: unknown): MeasureClass[] {
  return list(node(classList).class).map((k) => ({
    title: text(node(k).title),
    denoms: denoms(node(k).analyzed_list),
    categories: list(node(node(k).category_list).category).map((cat) => ({
      title: text(node(cat).title),
      measurements: list(node(node(cat).measurement_list).measurement).map((m) => ({
        groupId: attr(m, 'group_id'),
        value: attr(m, 'value'),
        spread: attr(m, 'spread'),
        lowerLimit: attr(m, 'lower_limit'),
        upperLimit: attr(m, 'upper_limit'),
        comment: text(node(m)['#text']),
      })),
    })),
  }));
}

function outcome(raw: unknown, index: number): ResultOutcome {
  const o = node(raw);
  const m = node(o.measure);
  return {
    locator: `${C}/outcome_list/outcome[${index + 1}]`,
    type: token(text(o.type)),
    title: text(o.title),
    description: text(o.description),
    populationDescription: text(o.population) ?? text(m.population),
    reportingStatus: null,
    paramType: token(text(m.param)),
    dispersionType: text(m.dispersion),
    unitOfMeasure: text(m.units),
    timeFrame: text(o.time_frame),
    groups: groups(o.group_list),
    denoms: denoms(m.analyzed_list),
    classes: classes(m.class_list),
    analyses: list(node(o.analysis_list).analysis).map((raw) => {
      const a = node(raw);
      return {
        groupIds: texts(node(a.group_id_list).group_id),
        groupDescription: text(a.groups_desc),
        paramType: text(a.param_type),
        paramValue: text(a.param_value),
        dispersionType: text(a.dispersion_type),
        dispersionValue: text(a.dispersion_value),
        ciPctValue: text(a.ci_percent),
        ciNumSides: token(text(a.ci_n_sides)),
        ciLowerLimit: text(a.ci_lower_limit),
        ciUpperLimit: text(a.ci_upper_limit),
        pValue: text(a.p_value),
        pValueComment: text(a.p_value_desc),
        statisticalMethod: text(a.method),
        statisticalComment: text(a.method_desc),
        nonInferiorityType: token(text(a.non_inferiority_type)),
        nonInferiorityComment: text(a.non_inferiority_desc),
        testedNonInferiority: null,
        estimateComment: text(a.estimate_desc),
      };
    }),
  };
}

function adverseEvents(re: Node | null): AdverseEvents | null {
  if (!re) return null;
  const A = `${C}/reported_events`;
  const eventGroups: EventGroup[] = groups(re.group_list).map((g) => ({
    ...g,
    seriousNumAffected: null,
    seriousNumAtRisk: null,
    otherNumAffected: null,
    otherNumAtRisk: null,
    deathsNumAffected: null,
    deathsNumAtRisk: null,
  }));
  const read = (which: 'serious_events' | 'other_events'): AdverseEvent[] => {
    const block = node(re[which]);
    const vocab = text(block.default_vocab);
    const assessment = text(block.default_assessment);
    const out: AdverseEvent[] = [];
    list(node(block.category_list).category).forEach((cat, ci) => {
      const organSystem = text(node(cat).title);
      list(node(node(cat).event_list).event).forEach((ev, ei) => {
        const e = node(ev);
        const stats = list(e.counts).map((c) => ({
          groupId: attr(c, 'group_id'),
          numEvents: toCount(attr(c, 'events')),
          numAffected: toCount(attr(c, 'subjects_affected')),
          numAtRisk: toCount(attr(c, 'subjects_at_risk')),
        }));
        if (organSystem === 'Total') {
          for (const st of stats) {
            const g = eventGroups.find((x) => x.id === st.groupId);
            if (!g) continue;
            if (which === 'serious_events') {
              g.seriousNumAffected = st.numAffected;
              g.seriousNumAtRisk = st.numAtRisk;
            } else {
              g.otherNumAffected = st.numAffected;
              g.otherNumAtRisk = st.numAtRisk;
            }
          }
          return;
        }
        out.push({
          locator: `${A}/${which}/category_list/category[${ci + 1}]/event_list/event[${ei + 1}]`,
          term: text(e.sub_title),
          organSystem,
          sourceVocabulary: attr(e.sub_title, 'vocab') ?? vocab,
          assessmentType: token(text(e.assessment) ?? assessment),
          notes: text(e.description),
          stats,
        });
      });
    });
    return out;
  };
  const seriousEvents = read('serious_events');
  const otherEvents = read('other_events');
  return {
    locator: A,
    frequencyThreshold: text(node(re.other_events).frequency_threshold),
    timeFrame: text(re.time_frame),
    description: text(re.desc),
    allCauseMortalityComment: null,
    eventGroups,
    seriousEvents,
    otherEvents,
  };
}

function participantFlow(pf: Node | null): ParticipantFlow | null {
  if (!pf) return null;
  const counts = (participantsList: unknown) =>
    list(node(participantsList).participants).map((p) => ({
      groupId: attr(p, 'group_id'),
      numSubjects: toCount(attr(p, 'count')),
      comment: text(node(p)['#text']),
    }));
  return {
    locator: `${C}/participant_flow`,
    recruitmentDetails: text(pf.recruitment_details),
    preAssignmentDetails: text(pf.pre_assignment_details),
    groups: groups(pf.group_list),
    periods: list(node(pf.period_list).period).map((p) => ({
      title: text(node(p).title),
      milestones: list(node(node(p).milestone_list).milestone).map((m) => ({
        type: text(node(m).title),
        comment: null,
        achievements: counts(node(m).participants_list),
      })),
      dropWithdraws: list(node(node(p).drop_withdraw_reason_list).drop_withdraw_reason).map((d) => ({
        type: text(node(d).title),
        reasons: counts(node(d).participants_list).map(({ groupId, numSubjects }) => ({
          groupId,
          numSubjects,
        })),
      })),
    })),
  };
}

function baseline(b: Node | null): Baseline | null {
  if (!b) return null;
  return {
    locator: `${C}/baseline`,
    populationDescription: text(b.population),
    groups: groups(b.group_list),
    denoms: denoms(b.analyzed_list),
    measures: list(node(b.measure_list).measure).map((raw) => {
      const m = node(raw);
      return {
        title: text(m.title),
        description: text(m.description),
        populationDescription: text(m.population),
        paramType: token(text(m.param)),
        dispersionType: text(m.dispersion),
        unitOfMeasure: text(m.units),
        classes: classes(m.class_list),
      };
    }),
  };
}

export function xmlResultParts(results: Node, _log: IssueLog): ResultParts {
  const opt = (v: unknown) => (v == null ? null : node(v));
  return {
    outcomes: list(node(results.outcome_list).outcome).map(outcome),
    adverseEvents: adverseEvents(opt(results.reported_events)),
    participantFlow: participantFlow(opt(results.participant_flow)),
    baseline: baseline(opt(results.baseline)),
  };
}
