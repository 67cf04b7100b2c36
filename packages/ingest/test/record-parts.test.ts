// The parts of a ClinicalTrials.gov record, checked field by field against the shipped files.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRawRecords, toStudyRecord, walkStudyFiles } from '../src/import/ctgov-files.js';
import { fromV1, fromV2, type StudyRecord } from '../src/import/ctgov-record.js';
import { fromXml } from '../src/import/ctgov-xml.js';

const DATA = resolve(__dirname, '../../../data');
// biome-ignore lint/suspicious/noExplicitAny: raw registry JSON, compared field by field
type J = Record<string, any>;
const a = (v: unknown): J[] => (Array.isArray(v) ? v : []);
const s = (v: unknown) => (v === undefined || v === null ? null : String(v));
const n = (v: unknown) => (v === undefined || v === null ? null : Number(v));

interface Loaded {
  raw: J | string;
  kind: 'json' | 'xml';
  file: string;
  record: StudyRecord;
}
const all: Loaded[] = [];

beforeAll(async () => {
  for await (const raw of readRawRecords([join(DATA, 'ctgov'), join(DATA, 'verification/ctgov')])) {
    if (raw.kind === 'error') throw new Error(`${raw.file}: ${raw.reason}`);
    const record = toStudyRecord(raw);
    all.push({
      raw: raw.kind === 'xml' ? raw.text : (raw.value as J),
      kind: raw.kind,
      file: raw.file,
      record,
    });
  }
}, 120_000);

const v2 = () => all.filter((l) => l.record.format === 'ctgov-v2-json') as (Loaded & { raw: J })[];

function walkStrings(value: unknown, visit: (s: string, path: string) => void, path = ''): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      walkStrings(v, visit, `${path}[${i}]`);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walkStrings(v, visit, `${path}.${k}`);
}

describe('every shipped record', () => {
  it('reads all files of the three formats without issues', () => {
    const byFormat = { 'ctgov-v2-json': 0, 'ctgov-v1-json': 0, 'ctgov-xml': 0 };
    for (const l of all) byFormat[l.record.format]++;
    console.log('records by format', byFormat);
    expect(byFormat).toEqual({ 'ctgov-v2-json': 745, 'ctgov-v1-json': 206, 'ctgov-xml': 62 });
    const issues = all.flatMap((l) =>
      l.record.issues.map((i) => `${l.record.nctId.value} ${i.locator}: ${i.message}`),
    );
    expect(issues).toEqual([]);
  });

  it('v2: protocol parts equal the raw JSON values', () => {
    let sites = 0;
    let recordsWithSites = 0;
    let protocolOutcomes = 0;
    let keywords = 0;
    let meshes = 0;
    for (const { raw, record: r } of v2()) {
      const ps = raw.protocolSection;
      const el = ps.eligibilityModule ?? {};
      expect(r.eligibility.criteria.value).toBe(s(el.eligibilityCriteria));
      expect(r.eligibility.minimumAge.value?.text ?? null).toBe(s(el.minimumAge));
      expect(r.eligibility.maximumAge.value?.text ?? null).toBe(s(el.maximumAge));
      if (el.minimumAge && /^\d+ Years$/.test(el.minimumAge))
        expect(r.eligibility.minimumAge.value).toMatchObject({
          value: Number.parseInt(el.minimumAge, 10),
          unit: 'YEARS',
        });
      expect(r.eligibility.sex.value).toBe(s(el.sex));
      expect(r.eligibility.healthyVolunteers.value).toBe(el.healthyVolunteers ?? null);
      expect(r.eligibility.stdAges.value).toEqual(el.stdAges ?? []);
      expect(r.eligibility.criteria.locator).toBe('protocolSection.eligibilityModule.eligibilityCriteria');

      const locs = a(ps.contactsLocationsModule?.locations);
      sites += locs.length;
      if (locs.length) recordsWithSites++;
      expect(r.sites.value.map(({ locator: _, ...site }) => site)).toEqual(
        locs.map((l) => ({
          facility: s(l.facility),
          city: s(l.city),
          state: s(l.state),
          zip: s(l.zip),
          country: s(l.country),
          status: s(l.status),
          geoPoint: l.geoPoint ? { lat: l.geoPoint.lat, lon: l.geoPoint.lon } : null,
        })),
      );
      expect(r.sites.value.map((site) => site.locator)).toEqual(
        locs.map((_, i) => `protocolSection.contactsLocationsModule.locations[${i}]`),
      );

      const dm = ps.designModule ?? {};
      const di = dm.designInfo ?? {};
      expect(r.design.studyType.value).toBe(s(dm.studyType));
      expect(r.design.allocation.value).toBe(s(di.allocation));
      expect(r.design.interventionModel.value).toBe(s(di.interventionModel));
      expect(r.design.primaryPurpose.value).toBe(s(di.primaryPurpose));
      expect(r.design.masking.value).toBe(s(di.maskingInfo?.masking));
      expect(r.design.whoMasked.value).toEqual(di.maskingInfo?.whoMasked ?? []);
      expect(r.design.observationalModel.value).toBe(s(di.observationalModel));
      expect(r.design.timePerspective.value).toBe(s(di.timePerspective));

      keywords += r.keywords.value.length;
      expect(r.keywords.value).toEqual(ps.conditionsModule?.keywords ?? []);
      for (const [mine, theirs] of [
        [r.conditionBrowse, raw.derivedSection?.conditionBrowseModule],
        [r.interventionBrowse, raw.derivedSection?.interventionBrowseModule],
      ] as const) {
        if (!theirs) expect(mine).toBeNull();
        else {
          meshes += mine?.meshes.length ?? 0;
          expect(mine?.meshes).toEqual(a(theirs.meshes).map((m) => ({ id: m.id, term: m.term })));
          expect(mine?.ancestors).toEqual(a(theirs.ancestors).map((m) => ({ id: m.id, term: m.term })));
          expect(mine?.browseLeaves.map((x) => x.id)).toEqual(a(theirs.browseLeaves).map((x) => x.id));
        }
      }
      const id = ps.identificationModule;
      expect(r.acronym.value).toBe(s(id.acronym));
      expect(r.secondaryIds.value.map((x) => [x.id, x.type, x.domain])).toEqual(
        a(id.secondaryIdInfos).map((x) => [s(x.id), s(x.type), s(x.domain)]),
      );
      expect(r.whyStopped.value).toBe(s(ps.statusModule.whyStopped));
      expect(r.detailedDescription.value).toBe(s(ps.descriptionModule?.detailedDescription));

      const st = ps.statusModule;
      for (const [mine, struct] of [
        [r.dates.start, st.startDateStruct],
        [r.dates.primaryCompletion, st.primaryCompletionDateStruct],
        [r.dates.completion, st.completionDateStruct],
        [r.dates.lastUpdatePosted, st.lastUpdatePostDateStruct],
      ] as const) {
        expect(mine.value).toEqual(struct ? { date: s(struct.date), type: s(struct.type) } : null);
      }
      expect(r.startDate.value).toBe(s(st.startDateStruct?.date));
      expect(r.lastUpdatePosted.value).toBe(s(st.lastUpdatePostDateStruct?.date));

      const om = ps.outcomesModule ?? {};
      const expected = [
        ...a(om.primaryOutcomes).map((o) => ['PRIMARY', o]),
        ...a(om.secondaryOutcomes).map((o) => ['SECONDARY', o]),
        ...a(om.otherOutcomes).map((o) => ['OTHER', o]),
      ] as [string, J][];
      protocolOutcomes += expected.length;
      expect(r.protocolOutcomes.value.map((o) => [o.kind, o.measure, o.description, o.timeFrame])).toEqual(
        expected.map(([k, o]) => [k, s(o.measure), s(o.description), s(o.timeFrame)]),
      );

      const ai = ps.armsInterventionsModule ?? {};
      expect(r.arms.map((g) => [g.label, g.type, g.description, g.interventionNames])).toEqual(
        a(ai.armGroups).map((g) => [g.label ?? '', s(g.type), s(g.description), g.interventionNames ?? []]),
      );
      expect(
        r.interventions.map((i) => [i.type, i.name, i.description, i.otherNames, i.armGroupLabels]),
      ).toEqual(
        a(ai.interventions).map((i) => [
          s(i.type),
          s(i.name),
          s(i.description),
          i.otherNames ?? [],
          i.armGroupLabels ?? [],
        ]),
      );
    }
    console.log({ sites, recordsWithSites, protocolOutcomes, keywords, meshTerms: meshes });
    expect(sites).toBe(4397);
    expect(recordsWithSites).toBeGreaterThan(600);
    expect(protocolOutcomes).toBe(1357 + 2664 + 214);
  });

  it('v2: results parts equal the raw JSON values', () => {
    let outcomes = 0;
    let measurements = 0;
    let analyses = 0;
    let aeRecords = 0;
    let aeTerms = 0;
    let flowRecords = 0;
    let baselineMeasures = 0;
    for (const { raw, record: r } of v2()) {
      const rs = raw.resultsSection;
      if (!rs) {
        expect(r.results).toBeNull();
        continue;
      }
      const res = r.results;
      if (!res) throw new Error('results missing');
      const oms = a(rs.outcomeMeasuresModule?.outcomeMeasures);
      outcomes += oms.length;
      expect(
        res.outcomes.map((o) => [
          o.type,
          o.title,
          o.description,
          o.populationDescription,
          o.reportingStatus,
          o.paramType,
          o.dispersionType,
          o.unitOfMeasure,
          o.timeFrame,
        ]),
      ).toEqual(
        oms.map((o) => [
          s(o.type),
          s(o.title),
          s(o.description),
          s(o.populationDescription),
          s(o.reportingStatus),
          s(o.paramType),
          s(o.dispersionType),
          s(o.unitOfMeasure),
          s(o.timeFrame),
        ]),
      );
      oms.forEach((o, i) => {
        const mine = res.outcomes[i];
        expect(mine?.groups).toEqual(
          a(o.groups).map((g) => ({ id: s(g.id), title: s(g.title), description: s(g.description) })),
        );
        expect(mine?.denoms).toEqual(
          a(o.denoms).map((d) => ({
            units: s(d.units),
            counts: a(d.counts).map((c) => ({ groupId: s(c.groupId), value: s(c.value) })),
          })),
        );
        const flat = a(o.classes).flatMap((c) => a(c.categories).flatMap((k) => a(k.measurements)));
        measurements += flat.length;
        expect(mine?.classes.flatMap((c) => c.categories.flatMap((k) => k.measurements))).toEqual(
          flat.map((m) => ({
            groupId: s(m.groupId),
            value: s(m.value),
            spread: s(m.spread),
            lowerLimit: s(m.lowerLimit),
            upperLimit: s(m.upperLimit),
            comment: s(m.comment),
          })),
        );
        analyses += a(o.analyses).length;
        expect(
          mine?.analyses.map((x) => [
            x.groupIds,
            x.paramType,
            x.paramValue,
            x.ciPctValue,
            x.ciLowerLimit,
            x.ciUpperLimit,
            x.pValue,
            x.statisticalMethod,
            x.nonInferiorityType,
          ]),
        ).toEqual(
          a(o.analyses).map((x) => [
            x.groupIds ?? [],
            s(x.paramType),
            s(x.paramValue),
            s(x.ciPctValue),
            s(x.ciLowerLimit),
            s(x.ciUpperLimit),
            s(x.pValue),
            s(x.statisticalMethod),
            s(x.nonInferiorityType),
          ]),
        );
      });
      const ae = rs.adverseEventsModule;
      if (ae) {
        aeRecords++;
        const mine = res.adverseEvents;
        expect(mine?.frequencyThreshold).toBe(s(ae.frequencyThreshold));
        expect(mine?.timeFrame).toBe(s(ae.timeFrame));
        expect(mine?.eventGroups).toEqual(
          a(ae.eventGroups).map((g) => ({
            id: s(g.id),
            title: s(g.title),
            description: s(g.description),
            seriousNumAffected: n(g.seriousNumAffected),
            seriousNumAtRisk: n(g.seriousNumAtRisk),
            otherNumAffected: n(g.otherNumAffected),
            otherNumAtRisk: n(g.otherNumAtRisk),
            deathsNumAffected: n(g.deathsNumAffected),
            deathsNumAtRisk: n(g.deathsNumAtRisk),
          })),
        );
        for (const key of ['seriousEvents', 'otherEvents'] as const) {
          aeTerms += a(ae[key]).length;
          expect(mine?.[key].map(({ locator: _, ...e }) => e)).toEqual(
            a(ae[key]).map((e) => ({
              term: s(e.term),
              organSystem: s(e.organSystem),
              sourceVocabulary: s(e.sourceVocabulary),
              assessmentType: s(e.assessmentType),
              notes: s(e.notes),
              stats: a(e.stats).map((x) => ({
                groupId: s(x.groupId),
                numEvents: n(x.numEvents),
                numAffected: n(x.numAffected),
                numAtRisk: n(x.numAtRisk),
              })),
            })),
          );
        }
      } else expect(res.adverseEvents).toBeNull();
      const pf = rs.participantFlowModule;
      if (pf) {
        flowRecords++;
        expect(
          res.participantFlow?.periods.map((p) => [
            p.title,
            p.milestones.map((m) => [m.type, m.achievements.map((x) => [x.groupId, x.numSubjects])]),
            p.dropWithdraws.map((d) => [d.type, d.reasons.map((x) => [x.groupId, x.numSubjects])]),
          ]),
        ).toEqual(
          a(pf.periods).map((p) => [
            s(p.title),
            a(p.milestones).map((m) => [
              s(m.type),
              a(m.achievements).map((x) => [s(x.groupId), n(x.numSubjects)]),
            ]),
            a(p.dropWithdraws).map((d) => [
              s(d.type),
              a(d.reasons).map((x) => [s(x.groupId), n(x.numSubjects)]),
            ]),
          ]),
        );
      }
      const bl = rs.baselineCharacteristicsModule;
      if (bl) {
        baselineMeasures += a(bl.measures).length;
        expect(
          res.baseline?.measures.map((m) => [
            m.title,
            m.classes.flatMap((c) => c.categories.flatMap((k) => k.measurements.map((x) => x.value))),
          ]),
        ).toEqual(
          a(bl.measures).map((m) => [
            s(m.title),
            a(m.classes).flatMap((c) =>
              a(c.categories).flatMap((k) => a(k.measurements).map((x) => s(x.value))),
            ),
          ]),
        );
      }
    }
    console.log({
      resultOutcomeMeasures: outcomes,
      measurements,
      analyses,
      aeRecords,
      aeTerms,
      flowRecords,
      baselineMeasures,
    });
    expect(outcomes).toBe(829);
    expect(aeTerms).toBe(437 + 2286);
  });

  it('v1 and XML records carry the parts their format has', () => {
    const totals: Record<string, Record<string, number>> = {};
    for (const { record: r } of all.filter((l) => l.record.format !== 'ctgov-v2-json')) {
      totals[r.format] ??= {};
      const t = totals[r.format] as Record<string, number>;
      const add = (k: string, v: number) => {
        t[k] = (t[k] ?? 0) + v;
      };
      add('records', 1);
      add('sites', r.sites.value.length);
      add('protocolOutcomes', r.protocolOutcomes.value.length);
      add('keywords', r.keywords.value.length);
      add('withCriteria', r.eligibility.criteria.value ? 1 : 0);
      add('withResults', r.results ? 1 : 0);
      add('resultOutcomes', r.results?.outcomes.length ?? 0);
      add(
        'aeTerms',
        (r.results?.adverseEvents?.seriousEvents.length ?? 0) +
          (r.results?.adverseEvents?.otherEvents.length ?? 0),
      );
      add('withLastUpdate', r.lastUpdatePosted.value ? 1 : 0);
      add('typedStart', r.dates.start.value?.type ? 1 : 0);
    }
    console.log(totals);
    expect(totals['ctgov-v1-json']).toMatchObject({
      records: 206,
      sites: 373,
      protocolOutcomes: 423 + 716 + 64,
      withLastUpdate: 206,
    });
    expect(totals['ctgov-xml']).toMatchObject({
      records: 62,
      sites: 2192,
      protocolOutcomes: 147 + 301 + 8,
      withResults: 22,
      withLastUpdate: 62,
    });
  });

  it('decodes every entity and character reference in XML text', () => {
    const xml = all.filter((l) => l.record.format === 'ctgov-xml');
    const bad: string[] = [];
    for (const { record } of xml)
      walkStrings(record, (text, path) => {
        if (/&#|&amp;|&lt;|&gt;|&quot;|\r/.test(text)) bad.push(`${record.nctId.value}${path}`);
      });
    expect(bad).toEqual([]);
    const summaries = xml.filter((l) => (l.raw as string).includes('&#xD;'));
    expect(summaries.length).toBeGreaterThan(0);
  });

  it('gives both copies of a record in v1 and XML a last update date', () => {
    for (const id of ['NCT02028676', 'NCT00023673']) {
      const copies = all.filter((l) => l.record.nctId.value === id);
      expect(copies.map((c) => c.record.format).sort()).toEqual(['ctgov-v1-json', 'ctgov-xml']);
      for (const c of copies) {
        expect(c.record.lastUpdatePosted.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.record.dates.lastUpdatePosted.value?.date).toBe(c.record.lastUpdatePosted.value);
      }
      console.log(id, copies.map((c) => `${c.record.format}: ${c.record.lastUpdatePosted.value}`).join(', '));
    }
  });
});

describe('date types', () => {
  it('reads v2, v1 and XML date types', () => {
    const v2r = fromV2({
      protocolSection: {
        statusModule: {
          startDateStruct: { date: '2020-01', type: 'ESTIMATED' },
          completionDateStruct: { date: '2021-02-03' },
        },
      },
    });
    expect(v2r.dates.start.value).toEqual({ date: '2020-01', type: 'ESTIMATED' });
    expect(v2r.dates.completion.value).toEqual({ date: '2021-02-03', type: null });
    expect(v2r.dates.primaryCompletion.value).toBeNull();
    const v1r = fromV1({
      Study: {
        ProtocolSection: {
          StatusModule: {
            StartDateStruct: { StartDate: 'May 2019', StartDateType: 'Anticipated' },
            CompletionDateStruct: { CompletionDate: 'June 3, 2020', CompletionDateType: 'Actual' },
          },
        },
      },
    });
    expect(v1r.dates.start.value).toEqual({ date: '2019-05', type: 'ESTIMATED' });
    expect(v1r.dates.completion.value).toEqual({ date: '2020-06-03', type: 'ACTUAL' });
    const x = fromXml(
      '<clinical_study><start_date type="Actual">March 2, 2018</start_date><completion_date>June 2020</completion_date><lastchanged_date>May 1, 2009</lastchanged_date></clinical_study>',
    );
    expect(x.dates.start.value).toEqual({ date: '2018-03-02', type: 'ACTUAL' });
    expect(x.dates.completion.value).toEqual({ date: '2020-06', type: null });
    expect(x.lastUpdatePosted.value).toBe('2009-05-01');
    expect(x.lastUpdatePosted.locator).toBe('clinical_study/lastchanged_date');
  });
});

describe('wrong JSON types', () => {
  it('reports instead of dropping silently (v2)', () => {
    const r = fromV2({
      protocolSection: {
        identificationModule: { nctId: 'NCT00000001', briefTitle: { text: 'x' } },
        designModule: { phases: 2, designInfo: 'RANDOMIZED' },
        conditionsModule: { keywords: 'gene therapy' },
        eligibilityModule: { sex: {}, healthyVolunteers: 'maybe', minimumAge: ['18 Years'] },
        contactsLocationsModule: { locations: [{ city: 'Paris', geoPoint: { lat: 'north', lon: 2 } }] },
      },
      resultsSection: {
        adverseEventsModule: {
          eventGroups: [{ id: 'EG000', seriousNumAffected: 'many' }],
          seriousEvents: {},
        },
      },
    });
    const got = r.issues.map((i) => i.locator);
    expect(got).toEqual(
      expect.arrayContaining([
        'protocolSection.identificationModule.briefTitle',
        'protocolSection.designModule.phases',
        'protocolSection.designModule.designInfo',
        'protocolSection.conditionsModule.keywords',
        'protocolSection.eligibilityModule.sex',
        'protocolSection.eligibilityModule.healthyVolunteers',
        'protocolSection.eligibilityModule.minimumAge',
        'protocolSection.contactsLocationsModule.locations[0].geoPoint.lat',
        'resultsSection.adverseEventsModule.eventGroups[0].seriousNumAffected',
        'resultsSection.adverseEventsModule.seriousEvents',
      ]),
    );
    expect(r.issues.find((i) => i.locator === 'protocolSection.designModule.phases')?.message).toBe(
      'expected an array, found number',
    );
    expect(r.sites.value[0]?.city).toBe('Paris');
    expect(r.sites.value[0]?.geoPoint).toBeNull();
  });

  it('reports instead of dropping silently (v1)', () => {
    const r = fromV1(
      {
        Study: {
          ProtocolSection: {
            ConditionsModule: { KeywordList: { Keyword: 'one' } },
            DesignModule: { PhaseList: 3 },
          },
        },
      },
      'FullStudiesResponse.FullStudies[0].Study',
    );
    expect(r.issues).toEqual([
      {
        locator: 'FullStudiesResponse.FullStudies[0].Study.ProtocolSection.DesignModule.PhaseList',
        message: 'expected an object, found number',
      },
      {
        locator:
          'FullStudiesResponse.FullStudies[0].Study.ProtocolSection.ConditionsModule.KeywordList.Keyword',
        message: 'expected an array, found string',
      },
    ]);
  });
});

describe('walking folders', () => {
  it('does not follow a symbolic link loop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctgov-loop-'));
    try {
      await mkdir(join(dir, 'a/b'), { recursive: true });
      await writeFile(join(dir, 'a/one.json'), '{}');
      await writeFile(join(dir, 'a/b/two.xml'), '<x/>');
      await symlink(join(dir, 'a'), join(dir, 'a/b/up'), 'dir');
      await symlink(dir, join(dir, 'a/root'), 'dir');
      const files: string[] = [];
      for await (const f of walkStudyFiles([dir])) files.push(f.slice(dir.length + 1));
      expect(files.sort()).toEqual(['a/b/two.xml', 'a/one.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
