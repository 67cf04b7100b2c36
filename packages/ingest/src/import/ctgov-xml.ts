// The legacy ClinicalTrials.gov XML (`<clinical_study>`, public.xsd, retired 2024) as a StudyRecord.
// Pure: takes the file's text. Locators are XPath-like paths into the document.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  enrollmentTypeToken,
  phaseTokens,
  RecordShapeError,
  type ResponseOutcome,
  type ResultSummary,
  type StudyRecord,
  statusToken,
} from './ctgov-record.js';
import { IssueLog } from './ctgov-record-parts.js';
import { xmlProtocolParts, xmlResultParts } from './ctgov-xml-parts.js';
import {
  decodeXmlEntities,
  normalizeNewlines,
  toCount,
  toEnumToken,
  toMeasurement,
  toPartialDate,
} from './text.js';

export type Node = Record<string, unknown>;

/** Elements that may repeat: always parsed as lists so one and many look the same. */
const LISTS = new Set([
  'condition',
  'collaborator',
  'overall_official',
  'location',
  'arm_group',
  'intervention',
  'arm_group_label',
  'other_name',
  'phase',
  'group',
  'period',
  'milestone',
  'participants',
  'outcome',
  'class',
  'category',
  'measurement',
  'analyzed',
  'count',
  'keyword',
  'secondary_id',
  'mesh_term',
  'primary_outcome',
  'secondary_outcome',
  'other_outcome',
  'analysis',
  'group_id',
  'drop_withdraw_reason',
  'event',
  'counts',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities and character references are decoded by `text`/`attr` in one pass (the parser
  // leaves `&#xD;` as is without htmlEntities, and would decode `&amp;lt;` twice with it).
  processEntities: false,
  isArray: (name, jpath) =>
    LISTS.has(name) || (name === 'measure' && String(jpath).endsWith('measure_list.measure')),
});

export function node(value: unknown): Node {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : {};
}
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}
/**
 * A `<textblock>` without its hard line wraps: lines of a paragraph are joined with spaces, except
 * lines that start a list item ("-", "*", "1.", "a)"); blank lines still separate paragraphs.
 */
export function unwrapTextblock(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .reduce((out, line) => {
          if (out === '') return line;
          return /^(?:[-*•]|\d{1,2}[.)]|[a-z][.)])\s/.test(line) ? `${out}\n${line}` : `${out} ${line}`;
        }, ''),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** Text of an element: plain, `<textblock>`-wrapped, or with attributes (`#text`). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return normalizeNewlines(decodeXmlEntities(value));
  if (typeof value === 'number') return String(value);
  const n = node(value);
  if ('textblock' in n) {
    const block = text(n.textblock);
    return block === null ? null : unwrapTextblock(block);
  }
  if ('#text' in n) return text(n['#text']);
  return null;
}
export function attr(value: unknown, name: string): string | null {
  const v = node(value)[`@${name}`];
  return typeof v === 'string' ? normalizeNewlines(decodeXmlEntities(v)) : null;
}
export const texts = (value: unknown) =>
  list(value)
    .map(text)
    .filter((s): s is string => s !== null);
const at = <T>(value: T, locator: string) => ({ value, locator });

/** "ClinicalTrials.gov processed this data on April 18, 2019" → "2019-04-18". */
function downloadDate(raw: string | null): string | null {
  const m = raw ? /on\s+(.+)$/.exec(raw.trim()) : null;
  return toPartialDate(m?.[1] ?? null);
}

/** Parses one legacy XML document. Throws with the parser's message when it is not well-formed. */
export function fromXml(xml: string): StudyRecord {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new RecordShapeError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const doc = node(parser.parse(xml));
  if (!('clinical_study' in doc))
    throw new RecordShapeError('not a ClinicalTrials.gov XML record (no <clinical_study>)');
  const s = node(doc.clinical_study);
  const R = 'clinical_study';
  const sponsors = node(s.sponsors);
  const enrollment = s.enrollment;
  const log = new IssueLog();
  const parts = xmlProtocolParts(s, log);
  return {
    format: 'ctgov-xml',
    nctId: at(text(node(s.id_info).nct_id), `${R}/id_info/nct_id`),
    briefTitle: at(text(s.brief_title), `${R}/brief_title`),
    officialTitle: at(text(s.official_title), `${R}/official_title`),
    phases: at(phaseTokens(texts(s.phase)), `${R}/phase`),
    overallStatus: at(statusToken(text(s.overall_status)), `${R}/overall_status`),
    lastKnownStatus: at(statusToken(text(s.last_known_status)), `${R}/last_known_status`),
    conditions: at(texts(s.condition), `${R}/condition`),
    leadSponsor: at(text(node(sponsors.lead_sponsor).agency), `${R}/sponsors/lead_sponsor/agency`),
    collaborators: at(
      list(sponsors.collaborator)
        .map((c) => text(node(c).agency))
        .filter((n): n is string => !!n),
      `${R}/sponsors/collaborator/agency`,
    ),
    officials: at(
      list(s.overall_official).map((o) => {
        const role = text(node(o).role);
        return {
          name: text(node(o).last_name),
          affiliation: text(node(o).affiliation),
          role: role ? toEnumToken(role) : null,
        };
      }),
      `${R}/overall_official`,
    ),
    startDate: at(toPartialDate(text(s.start_date)), `${R}/start_date`),
    completionDate: at(toPartialDate(text(s.completion_date)), `${R}/completion_date`),
    enrollment: at(
      enrollment == null
        ? null
        : { count: toCount(text(enrollment)), type: enrollmentTypeToken(attr(enrollment, 'type')) },
      `${R}/enrollment`,
    ),
    locationCountries: at(
      list(s.location).map((l) => text(node(node(node(l).facility).address).country)),
      `${R}/location/facility/address/country`,
    ),
    briefSummary: at(text(s.brief_summary), `${R}/brief_summary/textblock`),
    arms: list(s.arm_group).map((g, index) => {
      const type = text(node(g).arm_group_type);
      return {
        label: texts(node(g).arm_group_label)[0] ?? '',
        type: type ? toEnumToken(type) : null,
        description: text(node(g).description),
        interventionNames: [],
        locator: `${R}/arm_group[${index + 1}]`,
      };
    }),
    interventions: list(s.intervention).map((raw, index) => {
      const i = node(raw);
      const type = text(i.intervention_type);
      return {
        type: type ? toEnumToken(type) : null,
        name: text(i.intervention_name),
        description: text(i.description),
        armGroupLabels: texts(i.arm_group_label),
        otherNames: texts(i.other_name),
        locator: `${R}/intervention[${index + 1}]`,
        typeLocator: `${R}/intervention[${index + 1}]/intervention_type`,
      };
    }),
    lastUpdatePosted:
      s.last_update_posted == null && s.lastchanged_date != null
        ? at(toPartialDate(text(s.lastchanged_date)), `${R}/lastchanged_date`)
        : at(toPartialDate(text(s.last_update_posted)), `${R}/last_update_posted`),
    versionDate: at(
      downloadDate(text(node(s.required_header).download_date)),
      `${R}/required_header/download_date`,
    ),
    ...parts,
    results: s.clinical_results
      ? {
          locator: `${R}/clinical_results`,
          ...xmlResults(node(s.clinical_results)),
          ...xmlResultParts(node(s.clinical_results), log),
        }
      : null,
    issues: log.issues,
  };
}

function flowSum(
  periods: unknown[],
  periodIndex: number,
  title: string,
): ResultSummary['participantsStarted'] {
  const milestones = list(node(node(periods[periodIndex]).milestone_list).milestone);
  const k = milestones.findIndex((m) => toEnumToken(text(node(m).title) ?? '') === title);
  if (k < 0) return null;
  const counts = list(node(node(milestones[k]).participants_list).participants).map((p) =>
    toCount(attr(p, 'count')),
  );
  if (counts.length === 0 || counts.some((c) => c === null)) return null;
  return at(
    (counts as number[]).reduce((a, b) => a + b, 0),
    `clinical_study/clinical_results/participant_flow/period_list/period[${periodIndex + 1}]/milestone_list/milestone[${k + 1}]`,
  );
}

function xmlResults(results: Node): ResultSummary {
  const periods = list(node(node(results.participant_flow).period_list).period);
  const outcomeMeasures: ResponseOutcome[] = [];
  list(node(results.outcome_list).outcome).forEach((raw, index) => {
    const o = node(raw);
    const title = text(o.title);
    if (!title) return;
    const measure = node(o.measure);
    const groups = list(node(o.group_list).group).map((g) => ({
      id: attr(g, 'group_id'),
      title: text(node(g).title) ?? '',
    }));
    const counts = list(node(node(list(node(measure.analyzed_list).analyzed)[0]).count_list).count);
    const measurements = new Map<string, ResponseOutcome['groups'][number]['measurements']>();
    for (const c of list(node(measure.class_list).class)) {
      const classTitle = text(node(c).title);
      for (const cat of list(node(node(c).category_list).category)) {
        const category = [classTitle, text(node(cat).title)].filter(Boolean).join(': ') || null;
        for (const m of list(node(node(cat).measurement_list).measurement)) {
          const gid = attr(m, 'group_id') ?? '';
          const entries = measurements.get(gid) ?? [];
          const lower = attr(m, 'lower_limit');
          const upper = attr(m, 'upper_limit');
          entries.push({
            category,
            value: toMeasurement(attr(m, 'value')),
            ...(lower !== null ? { lowerLimit: toMeasurement(lower) } : {}),
            ...(upper !== null ? { upperLimit: toMeasurement(upper) } : {}),
          });
          measurements.set(gid, entries);
        }
      }
    }
    const type = text(o.type);
    outcomeMeasures.push({
      locator: `clinical_study/clinical_results/outcome_list/outcome[${index + 1}]`,
      type: type ? toEnumToken(type) : null,
      title,
      paramType: text(measure.param),
      unit: text(measure.units),
      timeFrame: text(o.time_frame),
      groups: groups.map((g) => ({
        title: g.title,
        participants: toCount(
          attr(
            counts.find((c) => attr(c, 'group_id') === g.id),
            'value',
          ),
        ),
        measurements: measurements.get(g.id ?? '') ?? [],
      })),
    });
  });
  return {
    participantsStarted: periods.length ? flowSum(periods, 0, 'STARTED') : null,
    participantsCompleted: periods.length ? flowSum(periods, periods.length - 1, 'COMPLETED') : null,
    outcomeMeasures,
  };
}
