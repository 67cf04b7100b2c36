import { tables } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Read side of the registry evidence model: every new Trial / Therapy field, the new TrialFilter
// conditions, and the statement count of a deeply nested registry query.

// biome-ignore lint/suspicious/noExplicitAny: deep assertions over a large response
type Loose = any;

let s: TestServer;
const ids = { car: 0, tisa: 0, other: 0, source: 0 };

async function insertRegistryTrial(
  db: TestServer['db'],
  therapyId: number,
  sourceId: number,
): Promise<number> {
  const [trial] = await db
    .insert(tables.trials)
    .values({
      nctId: 'NCT02435849',
      title: 'Study of CTL019 in pediatric B-ALL',
      acronym: 'ELIANA',
      status: 'COMPLETED',
      detailedDescription: 'A single-arm, open-label study.',
      whyStopped: null,
      studyType: 'INTERVENTIONAL',
      startDate: '2015-04-08',
      startDateType: 'ACTUAL',
      primaryCompletionDate: '2017-04',
      primaryCompletionDateType: 'ACTUAL',
      completionDate: '2022-08-16',
      completionDateType: 'ESTIMATED',
      lastUpdatePosted: '2023-01-10',
      keywords: ['CAR-T', 'B-cell ALL'],
      secondaryIds: [{ id: '2014-001673-14', type: 'EUDRACT_NUMBER', domain: null }],
      officials: [{ name: 'Study Director', affiliation: 'Novartis', role: 'STUDY_DIRECTOR' }],
      eligibility: {
        criteria: 'Inclusion: relapsed B-ALL',
        minimumAge: '3 Years',
        maximumAge: '21 Years',
        sex: 'ALL',
        healthyVolunteers: false,
        stdAges: ['CHILD', 'ADULT'],
      },
      eligibilitySex: 'ALL',
      healthyVolunteers: false,
      minimumAgeYears: 3,
      maximumAgeYears: 21,
      design: {
        allocation: 'NA',
        masking: 'NONE',
        whoMasked: [],
        interventionModel: 'SINGLE_GROUP',
        primaryPurpose: 'TREATMENT',
      },
    })
    .returning({ id: tables.trials.id });
  const trialId = trial?.id as number;
  const [arm] = await db
    .insert(tables.arms)
    .values({ trialId, label: 'CTL019', type: 'EXPERIMENTAL', description: 'Single infusion', position: 0 })
    .returning({ id: tables.arms.id });
  const [cy, ctl] = await db
    .insert(tables.interventions)
    .values([
      { trialId, name: 'Fludarabine', type: 'DRUG', position: 1 },
      {
        trialId,
        name: 'CTL019',
        type: 'BIOLOGICAL',
        otherNames: ['tisagenlecleucel'],
        position: 0,
        therapyId,
        matchMethod: 'PRODUCT_CODE',
        matchEvidence: 'name "CTL019" is a product code of tisagenlecleucel',
        inferred: {
          modality: {
            value: 'CAR_T_CELL',
            evidence: { field: 'DESCRIPTION', text: 'chimeric antigen receptor' },
          },
          vector: { value: 'LENTIVIRUS', evidence: { field: 'DESCRIPTION', text: 'lentiviral vector' } },
          transgene: null,
          targetAntigen: { value: 'CD19', evidence: { field: 'NAME', text: 'anti-CD19' } },
          cellSource: { value: 'AUTOLOGOUS', evidence: { field: 'DESCRIPTION', text: 'autologous T cells' } },
        },
      },
    ])
    .returning({ id: tables.interventions.id });
  await db.insert(tables.interventionArms).values([
    { interventionId: cy?.id as number, armId: arm?.id as number },
    { interventionId: ctl?.id as number, armId: arm?.id as number },
  ]);
  await db.insert(tables.trialSites).values([
    {
      trialId,
      facility: 'CHOP',
      city: 'Philadelphia',
      state: 'Pennsylvania',
      country: 'United States',
      status: 'COMPLETED',
      latitude: 39.95,
      longitude: -75.16,
      position: 0,
    },
    {
      trialId,
      facility: 'Hôpital Robert Debré',
      city: 'Paris',
      country: 'France',
      status: 'RECRUITING',
      position: 1,
    },
  ]);
  await db.insert(tables.meshTerms).values([
    { trialId, kind: 'CONDITION', meshId: 'D054198', term: 'Precursor Cell Lymphoblastic Leukemia-Lymphoma' },
    { trialId, kind: 'CONDITION', meshId: 'D007938', term: 'Leukemia', isAncestor: true },
    { trialId, kind: 'INTERVENTION', meshId: 'C000628427', term: 'tisagenlecleucel' },
  ]);
  const groups = [{ id: 'OG000', title: 'CTL019' }];
  await db.insert(tables.outcomeMeasures).values([
    {
      trialId,
      source: 'PROTOCOL',
      type: 'PRIMARY',
      title: 'Overall remission rate',
      timeFrame: '3 months',
      position: 0,
    },
    {
      trialId,
      source: 'RESULTS',
      type: 'PRIMARY',
      title: 'Overall remission rate',
      paramType: 'COUNT_OF_PARTICIPANTS',
      unitOfMeasure: 'Participants',
      reportingStatus: 'POSTED',
      groups,
      denoms: [{ units: 'Participants', counts: [{ groupId: 'OG000', value: 75 }] }],
      classes: [
        {
          title: null,
          denoms: [],
          categories: [{ title: 'CR or CRi', measurements: [{ groupId: 'OG000', value: '61' }] }],
        },
      ],
      analyses: [
        { groupIds: ['OG000'], pValue: '<0.0001', statisticalMethod: 'Exact binomial', ciPctValue: '95' },
      ],
      position: 0,
    },
  ]);
  await db.insert(tables.registryAdverseEvents).values([
    {
      trialId,
      seriousness: 'SERIOUS',
      term: 'Cytokine release syndrome',
      organSystem: 'Immune system disorders',
      sourceVocabulary: 'MedDRA (20.1)',
      assessmentType: 'SYSTEMATIC_ASSESSMENT',
      stats: [{ groupId: 'EG000', numEvents: 40, numAffected: 35, numAtRisk: 75 }],
      position: 0,
    },
    {
      trialId,
      seriousness: 'OTHER',
      term: 'Pyrexia',
      stats: [{ groupId: 'EG000', numAffected: 30, numAtRisk: 75 }],
      position: 1,
    },
  ]);
  await db.insert(tables.trialResults).values({
    trialId,
    sourceId,
    adverseEventGroups: [{ id: 'EG000', title: 'CTL019', seriousNumAffected: 58, seriousNumAtRisk: 75 }],
    adverseEventTimeFrame: 'Up to 5 years',
    adverseEventFrequencyThreshold: '5',
    participantFlow: {
      groups: [{ id: 'FG000', title: 'CTL019' }],
      periods: [
        {
          title: 'Overall Study',
          milestones: [{ type: 'STARTED', achievements: [{ groupId: 'FG000', numSubjects: 92 }] }],
          dropWithdraws: [{ type: 'Death', reasons: [{ groupId: 'FG000', numSubjects: 5 }] }],
        },
      ],
    },
    baseline: {
      groups: [{ id: 'BG000', title: 'CTL019' }],
      denoms: [{ units: 'Participants', counts: [{ groupId: 'BG000', value: 75 }] }],
      measures: [
        {
          title: 'Age, Continuous',
          paramType: 'MEDIAN',
          dispersionType: 'FULL_RANGE',
          unitOfMeasure: 'years',
          denoms: [],
          classes: [
            {
              title: null,
              denoms: [],
              categories: [
                {
                  title: null,
                  measurements: [{ groupId: 'BG000', value: '11', lowerLimit: '3', upperLimit: '23' }],
                },
              ],
            },
          ],
        },
      ],
    },
    orrResponders: 61,
    orrAnalysed: 75,
    orrMeasureTitle: 'Overall remission rate',
    orrLocator: 'Primary outcome 1 / CR or CRi',
  });
  return trialId;
}

beforeAll(async () => {
  s = await startTestServer({ seed: false });
  const [source] = await s.db
    .insert(tables.sources)
    .values({ kind: 'REGISTRY_RECORD', title: 'ClinicalTrials.gov NCT02435849', nctId: 'NCT02435849' })
    .returning({ id: tables.sources.id });
  ids.source = source?.id as number;
  const [tisa] = await s.db
    .insert(tables.therapies)
    .values({
      name: 'Tisagenlecleucel',
      modality: 'CAR_T_CELL',
      costimulatoryDomain: '4-1BB',
      manufacturer: 'Novartis',
      productCodes: ['CTL019'],
      aliases: ['Kymriah'],
    })
    .returning({ id: tables.therapies.id });
  ids.tisa = tisa?.id as number;
  ids.car = await insertRegistryTrial(s.db, ids.tisa, ids.source);
  const [other] = await s.db
    .insert(tables.trials)
    .values({
      title: 'Observational follow-up',
      studyType: 'OBSERVATIONAL',
      eligibilitySex: 'FEMALE',
      healthyVolunteers: true,
      minimumAgeYears: 40,
      keywords: ['follow-up'],
    })
    .returning({ id: tables.trials.id });
  ids.other = other?.id as number;
  await s.db
    .insert(tables.trialSites)
    .values({ trialId: ids.other, city: 'Paris', country: 'France', status: 'COMPLETED' });
  await s.db
    .insert(tables.meshTerms)
    .values({ trialId: ids.other, kind: 'CONDITION', term: 'Breast Neoplasms' });
});
afterAll(async () => {
  await s.close();
});

const TRIAL_QUERY = `query($nct: String!) { trial(nctId: $nct) {
  acronym detailedDescription whyStopped studyType keywords startDate completionDate
  secondaryIds { id type domain } officials { name affiliation role }
  eligibility { criteria minimumAge maximumAge minimumAgeYears maximumAgeYears sex healthyVolunteers standardAges }
  design { allocation masking whoMasked interventionModel primaryPurpose observationalModel }
  dates { start { date type } primaryCompletion { date type } completion { date type } lastUpdatePosted }
  interventions(first: 10) { totalCount nodes { name type otherNames position
    arms { label type } therapy { name } match { method evidence }
    inferred { modality { value evidence { field text } } vector { value } transgene { value } targetAntigen { value } cellSource { value } }
    trial { nctId } } }
  arms { label type description interventions { name } }
  sites(first: 10) { totalCount nodes { facility city state country status latitude longitude } }
  recruitingSites: sites(first: 10, filter: { recruiting: true }) { nodes { city } }
  usSites: sites(first: 10, filter: { country: "united states" }) { nodes { city } }
  meshTerms { kind meshId term isAncestor }
  conditionTerms: meshTerms(kind: CONDITION, includeAncestors: false) { term }
  outcomeMeasures(first: 10) { totalCount nodes { source type title timeFrame paramType unitOfMeasure reportingStatus
    groups { id title } denoms { units counts { groupId value } }
    classes { title categories { title measurements { groupId value spread lowerLimit upperLimit } } }
    analyses { groupIds pValue statisticalMethod ciPercent } } }
  results: outcomeMeasures(first: 10, sources: [RESULTS]) { totalCount }
  registryAdverseEvents(first: 10) { totalCount nodes { seriousness term organSystem sourceVocabulary assessmentType
    stats { groupId numEvents numAffected numAtRisk } } }
  serious: registryAdverseEvents(first: 10, seriousness: SERIOUS) { totalCount }
  registryAdverseEventReport { timeFrame frequencyThreshold groups { id title seriousNumAffected seriousNumAtRisk } }
  participantFlow { groups { id } periods { title milestones { type achievements { groupId numSubjects } }
    dropWithdraws { type reasons { groupId numSubjects } } } }
  baseline { groups { id } denoms { units counts { value } } measures { title paramType dispersionType
    classes { categories { measurements { value lowerLimit upperLimit } } } } }
  registryOutcome { responders analysed measureTitle locator registryReported
    objectiveResponseRate { estimate percent ci95 { lower upper } } source { kind nctId } }
  outcome { patients objectiveResponseRate { estimate } }
} }`;

describe('Trial registry fields', () => {
  it('exposes every part of the registry record, typed', async () => {
    const { body } = await s.gql<{ trial: Loose }>(TRIAL_QUERY, { nct: 'NCT02435849' });
    expect(body.errors).toBeUndefined();
    const t = body.data?.trial as Loose;
    expect(t.acronym).toBe('ELIANA');
    expect(t.studyType).toBe('INTERVENTIONAL');
    expect(t.keywords).toEqual(['CAR-T', 'B-cell ALL']);
    expect(t.secondaryIds).toEqual([{ id: '2014-001673-14', type: 'EUDRACT_NUMBER', domain: null }]);
    expect(t.officials[0]).toEqual({
      name: 'Study Director',
      affiliation: 'Novartis',
      role: 'STUDY_DIRECTOR',
    });
    expect(t.eligibility).toMatchObject({
      minimumAge: '3 Years',
      minimumAgeYears: 3,
      maximumAgeYears: 21,
      sex: 'ALL',
      healthyVolunteers: false,
      standardAges: ['CHILD', 'ADULT'],
    });
    expect(t.design).toMatchObject({
      allocation: 'NA',
      masking: 'NONE',
      whoMasked: [],
      interventionModel: 'SINGLE_GROUP',
      observationalModel: null,
    });
    expect(t.dates).toEqual({
      start: { date: '2015-04-08', type: 'ACTUAL' },
      primaryCompletion: { date: '2017-04', type: 'ACTUAL' },
      completion: { date: '2022-08-16', type: 'ESTIMATED' },
      lastUpdatePosted: '2023-01-10',
    });
    expect(t.startDate).toBe('2015-04-08');

    expect(t.interventions.totalCount).toBe(2);
    const [ctl, flu] = t.interventions.nodes;
    expect(ctl.name).toBe('CTL019');
    expect(flu.name).toBe('Fludarabine');
    expect(ctl.therapy).toEqual({ name: 'Tisagenlecleucel' });
    expect(ctl.match).toEqual({
      method: 'PRODUCT_CODE',
      evidence: 'name "CTL019" is a product code of tisagenlecleucel',
    });
    expect(ctl.inferred.modality).toEqual({
      value: 'CAR_T_CELL',
      evidence: { field: 'DESCRIPTION', text: 'chimeric antigen receptor' },
    });
    expect(ctl.inferred.transgene).toBeNull();
    expect(ctl.inferred.targetAntigen.value).toBe('CD19');
    expect(ctl.arms).toEqual([{ label: 'CTL019', type: 'EXPERIMENTAL' }]);
    expect(flu.therapy).toBeNull();
    expect(flu.match).toBeNull();
    expect(flu.inferred).toBeNull();
    expect(t.arms[0].interventions.map((i: { name: string }) => i.name)).toEqual(['CTL019', 'Fludarabine']);

    expect(t.sites.totalCount).toBe(2);
    expect(t.sites.nodes[0]).toMatchObject({ facility: 'CHOP', latitude: 39.95, status: 'COMPLETED' });
    expect(t.recruitingSites.nodes).toEqual([{ city: 'Paris' }]);
    expect(t.usSites.nodes).toEqual([{ city: 'Philadelphia' }]);
    expect(t.meshTerms).toHaveLength(3);
    expect(t.conditionTerms).toEqual([{ term: 'Precursor Cell Lymphoblastic Leukemia-Lymphoma' }]);

    expect(t.outcomeMeasures.totalCount).toBe(2);
    expect(t.outcomeMeasures.nodes[0].source).toBe('PROTOCOL');
    const reported = t.outcomeMeasures.nodes[1];
    expect(reported.classes[0].categories[0]).toEqual({
      title: 'CR or CRi',
      measurements: [{ groupId: 'OG000', value: '61', spread: null, lowerLimit: null, upperLimit: null }],
    });
    expect(reported.denoms).toEqual([{ units: 'Participants', counts: [{ groupId: 'OG000', value: 75 }] }]);
    expect(reported.analyses[0]).toEqual({
      groupIds: ['OG000'],
      pValue: '<0.0001',
      statisticalMethod: 'Exact binomial',
      ciPercent: '95',
    });
    expect(t.results.totalCount).toBe(1);

    expect(t.registryAdverseEvents.totalCount).toBe(2);
    expect(t.registryAdverseEvents.nodes[0].stats).toEqual([
      { groupId: 'EG000', numEvents: 40, numAffected: 35, numAtRisk: 75 },
    ]);
    expect(t.serious.totalCount).toBe(1);
    expect(t.registryAdverseEventReport).toEqual({
      timeFrame: 'Up to 5 years',
      frequencyThreshold: '5',
      groups: [{ id: 'EG000', title: 'CTL019', seriousNumAffected: 58, seriousNumAtRisk: 75 }],
    });
    expect(t.participantFlow.periods[0].milestones[0].achievements[0]).toEqual({
      groupId: 'FG000',
      numSubjects: 92,
    });
    expect(t.participantFlow.periods[0].dropWithdraws[0].type).toBe('Death');
    expect(t.baseline.measures[0]).toMatchObject({ paramType: 'MEDIAN', dispersionType: 'FULL_RANGE' });

    // Registry-reported response is kept apart from the (empty) patient-level outcome.
    expect(t.outcome).toEqual({ patients: 0, objectiveResponseRate: null });
    const orr = t.registryOutcome;
    expect(orr).toMatchObject({
      responders: 61,
      analysed: 75,
      registryReported: true,
      source: { kind: 'REGISTRY_RECORD', nctId: 'NCT02435849' },
    });
    expect(orr.objectiveResponseRate.percent).toBe(81.3);
    expect(orr.objectiveResponseRate.ci95.lower).toBeCloseTo(0.7107, 3);
    expect(orr.objectiveResponseRate.ci95.upper).toBeCloseTo(0.8854, 3);
  });

  it('leaves registry parts empty or null for a trial without them', async () => {
    const { body } = await s.gql<{ trials: { nodes: Loose[] } }>(
      `{ trials(filter: { studyTypes: [OBSERVATIONAL] }) { nodes { acronym keywords eligibility { sex } design { masking }
        dates { start { date } } interventions { totalCount } arms { label } registryOutcome { responders }
        participantFlow { groups { id } } baseline { groups { id } } registryAdverseEventReport { timeFrame } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.trials.nodes).toEqual([
      {
        acronym: null,
        keywords: ['follow-up'],
        eligibility: null,
        design: null,
        dates: { start: null },
        interventions: { totalCount: 0 },
        arms: [],
        registryOutcome: null,
        participantFlow: null,
        baseline: null,
        registryAdverseEventReport: null,
      },
    ]);
  });
});

describe('Therapy construct fields', () => {
  it('exposes construct fields and the registered interventions matched to it', async () => {
    const { body } = await s.gql<{ therapies: { nodes: Loose[] } }>(
      `{ therapies { nodes { name costimulatoryDomain manufacturer productCodes aliases
        interventions(first: 5) { totalCount nodes { name match { method } trial { acronym } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.therapies.nodes[0]).toEqual({
      name: 'Tisagenlecleucel',
      costimulatoryDomain: '4-1BB',
      manufacturer: 'Novartis',
      productCodes: ['CTL019'],
      aliases: ['Kymriah'],
      interventions: {
        totalCount: 1,
        nodes: [{ name: 'CTL019', match: { method: 'PRODUCT_CODE' }, trial: { acronym: 'ELIANA' } }],
      },
    });
  });

  it('refetches an intervention by its global ID', async () => {
    const first = await s.gql<{ trial: { interventions: { nodes: { id: string }[] } } }>(
      '{ trial(nctId: "NCT02435849") { interventions(first: 1) { nodes { id } } } }',
    );
    const id = first.body.data?.trial.interventions.nodes[0]?.id;
    const { body } = await s.gql<{ node: { name: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Intervention { name } } }',
      { id },
    );
    expect(body.data?.node).toEqual({ name: 'CTL019' });
  });
});

describe('TrialFilter registry conditions', () => {
  async function titles(filter: Record<string, unknown>): Promise<string[]> {
    const { body } = await s.gql<{ trials: { totalCount: number; nodes: { title: string }[] } }>(
      'query($f: TrialFilter) { trials(filter: $f) { totalCount nodes { title } } }',
      { f: filter },
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.trials.nodes ?? [];
    expect(body.data?.trials.totalCount).toBe(nodes.length);
    return nodes.map((n) => n.title);
  }
  const CAR = 'Study of CTL019 in pediatric B-ALL';
  const OBS = 'Observational follow-up';

  it.each([
    [{ site: { country: 'FRANCE' } }, [CAR, OBS]],
    [{ site: { country: 'France', recruiting: true } }, [CAR]],
    [{ site: { city: 'philadelphia' } }, [CAR]],
    [{ site: { recruiting: false, city: 'Paris' } }, [OBS]],
    [{ site: { statuses: ['COMPLETED'] } }, [CAR, OBS]],
    [{ site: {} }, [CAR, OBS]],
    [{ meshTerm: 'leukemia' }, [CAR]],
    [{ meshTerm: 'Breast Neoplasms' }, [OBS]],
    [{ meshTerm: 'Melanoma' }, []],
    [{ keyword: 'car-t' }, [CAR]],
    [{ interventionTypes: ['BIOLOGICAL'] }, [CAR]],
    [{ interventionTypes: ['DEVICE'] }, []],
    [{ interventionTypes: [] }, []],
    [{ studyTypes: ['INTERVENTIONAL'] }, [CAR]],
    [{ healthyVolunteers: true }, [OBS]],
    [{ healthyVolunteers: false }, [CAR]],
    [{ eligibleSex: 'MALE' }, [CAR]],
    [{ eligibleSex: 'FEMALE' }, [CAR, OBS]],
    [{ eligibleSex: 'ALL' }, [CAR]],
    [{ eligibleAge: 10 }, [CAR]],
    [{ eligibleAge: 50 }, [OBS]],
    [{ not: { site: { country: 'United States' } } }, [OBS]],
  ])('%j', async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it('rejects an out-of-range age and empty text with a field error', async () => {
    for (const [filter, path] of [
      [{ eligibleAge: 200 }, 'filter.eligibleAge'],
      [{ site: { city: ' ' } }, 'filter.site.city'],
      [{ meshTerm: '' }, 'filter.meshTerm'],
    ] as const) {
      const { body } = await s.gql('query($f: TrialFilter) { trials(filter: $f) { totalCount } }', {
        f: filter,
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.issues?.[0]?.path).toBe(path);
    }
  });
});

describe('SQL statements of a nested registry query', () => {
  const query = `query($first: Int) { trials(first: $first) { nodes { title
    interventions(first: 10) { totalCount nodes { name arms { label } therapy { name } match { method } } }
    sites(first: 10, filter: { recruiting: true }) { totalCount nodes { city } }
    outcomeMeasures(first: 10) { nodes { title classes { categories { measurements { value } } } } }
    registryAdverseEvents(first: 10) { totalCount nodes { term stats { numAffected } } }
    meshTerms { term } arms { label } registryOutcome { responders } participantFlow { groups { id } }
  } } }`;

  it('is the same small number at first: 1 and first: 100', async () => {
    // More trials so the large page really spans many rows.
    for (let i = 0; i < 30; i++) await insertRegistryTrialCopy(i);
    const count = async (first: number) => {
      s.statements.length = 0;
      const { body } = await s.gql(query, { first });
      expect(body.errors).toBeUndefined();
      return s.statements.length;
    };
    const small = await count(1);
    const large = await count(100);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(2);
  });
});

async function insertRegistryTrialCopy(i: number): Promise<void> {
  const [trial] = await s.db
    .insert(tables.trials)
    .values({ title: `Copy ${i}` })
    .returning({ id: tables.trials.id });
  const trialId = trial?.id as number;
  const [arm] = await s.db
    .insert(tables.arms)
    .values({ trialId, label: 'A' })
    .returning({ id: tables.arms.id });
  const [iv] = await s.db
    .insert(tables.interventions)
    .values({ trialId, name: 'CTL019', therapyId: ids.tisa, matchMethod: 'ALIAS', matchEvidence: 'test' })
    .returning({ id: tables.interventions.id });
  await s.db
    .insert(tables.interventionArms)
    .values({ interventionId: iv?.id as number, armId: arm?.id as number });
  await s.db.insert(tables.trialSites).values({ trialId, city: 'Paris', status: 'RECRUITING' });
  await s.db
    .insert(tables.outcomeMeasures)
    .values({ trialId, source: 'PROTOCOL', type: 'PRIMARY', title: 'ORR' });
  await s.db.insert(tables.registryAdverseEvents).values({ trialId, seriousness: 'OTHER', term: 'Fever' });
}
