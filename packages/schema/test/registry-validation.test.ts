import { describe, expect, it } from 'vitest';
import {
  armInput,
  eligibilityColumns,
  interventionInput,
  meshTermInput,
  outcomeMeasureInput,
  registryAdverseEventInput,
  registryAgeInYears,
  siteInput,
  therapyConstructInput,
  trialRegistryInput,
  trialResultsInput,
} from '../src/domain/registry-validation.js';
import { toFieldIssues } from '../src/domain/validation.js';

function issues(result: { success: boolean; error?: unknown }) {
  if (result.success) return [];
  return toFieldIssues(result.error as Parameters<typeof toFieldIssues>[0]).map((i) => `${i.path}:${i.rule}`);
}

describe('interventionInput', () => {
  it('accepts a plain registered intervention and defaults its lists', () => {
    const parsed = interventionInput.parse({ name: 'CTL019', type: 'BIOLOGICAL' });
    expect(parsed).toMatchObject({ otherNames: [], armLabels: [], position: 0 });
  });

  it('requires a method and evidence with a therapy link, and a therapy for a method', () => {
    expect(issues(interventionInput.safeParse({ name: 'X', therapyId: 1 }))).toEqual([
      'matchMethod:match_method_required',
      'matchEvidence:match_evidence_required',
    ]);
    expect(issues(interventionInput.safeParse({ name: 'X', matchMethod: 'ALIAS' }))).toEqual([
      'therapyId:match_without_therapy',
    ]);
    expect(
      interventionInput.safeParse({
        name: 'X',
        therapyId: 1,
        matchMethod: 'CURATOR',
        matchEvidence: 'same product',
      }).success,
    ).toBe(true);
  });

  it('rejects unknown types, long names, repeated arm labels and evidence without a passage', () => {
    expect(issues(interventionInput.safeParse({ name: 'X', type: 'VACCINE' }))).toEqual([
      'type:invalid_value',
    ]);
    expect(issues(interventionInput.safeParse({ name: 'x'.repeat(301) }))).toEqual(['name:too_big']);
    expect(issues(interventionInput.safeParse({ name: 'X', armLabels: ['A', 'A'] }))).toEqual([
      'armLabels:unique_arm_labels',
    ]);
    expect(
      issues(
        interventionInput.safeParse({
          name: 'X',
          inferred: { modality: { value: 'CAR_T_CELL', evidence: { field: 'NAME', text: '' } } },
        }),
      ),
    ).toEqual(['inferred.modality.evidence.text:too_small']);
  });
});

describe('siteInput', () => {
  it('checks coordinate ranges and pairs', () => {
    expect(siteInput.safeParse({ city: 'Paris', latitude: 48.8, longitude: 2.35 }).success).toBe(true);
    expect(issues(siteInput.safeParse({ city: 'X', latitude: 91, longitude: 0 }))).toEqual([
      'latitude:too_big',
    ]);
    expect(issues(siteInput.safeParse({ city: 'X', latitude: 0, longitude: -181 }))).toEqual([
      'longitude:too_small',
    ]);
    expect(issues(siteInput.safeParse({ city: 'X', latitude: 10 }))).toEqual(['longitude:coordinates_pair']);
    expect(issues(siteInput.safeParse({ status: 'RECRUITING' }))).toEqual(['facility:site_empty']);
  });
});

describe('armInput and meshTermInput', () => {
  it('validate labels, types and MeSH ids', () => {
    expect(armInput.safeParse({ label: 'Arm A', type: 'EXPERIMENTAL' }).success).toBe(true);
    expect(issues(armInput.safeParse({ label: ' ' }))).toEqual(['label:too_small']);
    expect(meshTermInput.parse({ kind: 'CONDITION', meshId: 'D008545', term: 'Melanoma' }).isAncestor).toBe(
      false,
    );
    expect(issues(meshTermInput.safeParse({ kind: 'CONDITION', meshId: '8545', term: 'Melanoma' }))).toEqual([
      'meshId:invalid_format',
    ]);
  });
});

describe('outcomeMeasureInput', () => {
  const groups = [{ id: 'OG000', title: 'All' }];
  it('accepts reported values of declared groups', () => {
    const ok = outcomeMeasureInput.safeParse({
      source: 'RESULTS',
      type: 'PRIMARY',
      title: 'ORR',
      groups,
      denoms: [{ units: 'Participants', counts: [{ groupId: 'OG000', value: 17 }] }],
      classes: [{ categories: [{ measurements: [{ groupId: 'OG000', value: '2' }] }] }],
      analyses: [{ groupIds: ['OG000'], pValue: '0.04' }],
    });
    expect(ok.success).toBe(true);
  });

  it('rejects values of undeclared groups, results in the protocol and post-hoc protocol measures', () => {
    expect(
      issues(
        outcomeMeasureInput.safeParse({
          source: 'RESULTS',
          type: 'PRIMARY',
          title: 'ORR',
          groups,
          classes: [{ categories: [{ measurements: [{ groupId: 'OG009', value: '2' }] }] }],
        }),
      ),
    ).toEqual(['classes.0.categories.0.measurements.0.groupId:unknown_group']);
    expect(
      issues(outcomeMeasureInput.safeParse({ source: 'PROTOCOL', type: 'POST_HOC', title: 'ORR', groups })),
    ).toEqual(['source:protocol_has_no_results', 'type:post_hoc_is_results']);
  });
});

describe('registryAdverseEventInput and trialResultsInput', () => {
  it('keeps affected within at-risk and one stats entry per group', () => {
    expect(
      issues(
        registryAdverseEventInput.safeParse({
          seriousness: 'SERIOUS',
          term: 'CRS',
          stats: [
            { groupId: 'EG000', numAffected: 5, numAtRisk: 4 },
            { groupId: 'EG000', numAffected: 1, numAtRisk: 4 },
          ],
        }),
      ),
    ).toEqual(['stats.0.numAffected:affected_at_most_at_risk', 'stats:unique_group_ids']);
  });

  it('checks the registry outcome, the threshold and group references of flow and baseline', () => {
    expect(
      trialResultsInput.safeParse({
        adverseEventFrequencyThreshold: '5',
        registryOutcome: { responders: 2, analysed: 17, measureTitle: 'ORR' },
      }).success,
    ).toBe(true);
    expect(
      issues(
        trialResultsInput.safeParse({
          adverseEventFrequencyThreshold: '150',
          registryOutcome: { responders: 18, analysed: 17, measureTitle: 'ORR' },
          participantFlow: {
            groups: [{ id: 'FG000', title: 'All' }],
            periods: [
              { title: 'Overall', milestones: [{ type: 'STARTED', achievements: [{ groupId: 'FG001' }] }] },
            ],
          },
        }),
      ),
    ).toEqual([
      'adverseEventFrequencyThreshold:max_percent',
      'registryOutcome.responders:responders_at_most_analysed',
      'participantFlow.periods.0.milestones.0.achievements.0.groupId:unknown_group',
    ]);
  });
});

describe('trialRegistryInput and therapyConstructInput', () => {
  it('validates dates, eligibility and design', () => {
    expect(
      trialRegistryInput.safeParse({
        acronym: 'ELIANA',
        studyType: 'INTERVENTIONAL',
        primaryCompletionDate: '2017-04',
        primaryCompletionDateType: 'ACTUAL',
        keywords: ['CAR-T'],
        secondaryIds: [{ id: '2014-001673-14', type: 'EUDRACT_NUMBER' }],
        officials: [{ name: 'A. Person', role: 'STUDY_CHAIR' }],
        eligibility: { minimumAge: '3 Years', maximumAge: '21 Years', sex: 'ALL', stdAges: ['CHILD'] },
        design: { allocation: 'NA', masking: 'NONE', primaryPurpose: 'TREATMENT' },
      }).success,
    ).toBe(true);
    expect(
      issues(
        trialRegistryInput.safeParse({
          primaryCompletionDateType: 'ACTUAL',
          lastUpdatePosted: '2023-13-01',
          eligibility: { minimumAge: '30 Years', maximumAge: '18 Years', sex: 'BOTH' },
        }),
      ),
    ).toEqual(['lastUpdatePosted:invalid_format', 'eligibility.sex:invalid_value']);
    expect(
      issues(
        trialRegistryInput.safeParse({
          primaryCompletionDateType: 'ACTUAL',
          eligibility: { minimumAge: '30 Years', maximumAge: '18 Years' },
        }),
      ),
    ).toEqual(['primaryCompletionDateType:date_type_without_date', 'eligibility.minimumAge:age_order']);
  });

  it('limits product codes and aliases', () => {
    expect(therapyConstructInput.parse({ productCodes: ['CTL019'] })).toEqual({
      productCodes: ['CTL019'],
      aliases: [],
    });
    expect(issues(therapyConstructInput.safeParse({ productCodes: ['x'.repeat(51)] }))).toEqual([
      'productCodes.0:too_big',
    ]);
  });
});

describe('registry ages', () => {
  it('converts registry age text to years and derives the filter columns', () => {
    expect(registryAgeInYears('18 Years')).toBe(18);
    expect(registryAgeInYears('6 Months')).toBe(0.5);
    expect(registryAgeInYears('1 Year')).toBe(1);
    expect(registryAgeInYears('N/A')).toBeNull();
    expect(registryAgeInYears(null)).toBeNull();
    expect(
      eligibilityColumns({ sex: 'FEMALE', healthyVolunteers: true, minimumAge: '18 Years', stdAges: [] }),
    ).toEqual({
      eligibilitySex: 'FEMALE',
      healthyVolunteers: true,
      minimumAgeYears: 18,
      maximumAgeYears: null,
    });
    expect(eligibilityColumns(null)).toEqual({
      eligibilitySex: null,
      healthyVolunteers: null,
      minimumAgeYears: null,
      maximumAgeYears: null,
    });
  });
});
