import { describe, expect, it } from 'vitest';
import { MODALITIES, PHASES, TRIAL_STATUSES, VECTORS } from '../src/domain/enums.js';
import { MODALITY_LABELS, PHASE_LABELS, TRIAL_STATUS_LABELS, VECTOR_LABELS } from '../src/domain/labels.js';
import {
  bucketsInOrder,
  byCountDescending,
  byKeyAscending,
  countResponses,
  poolByGroup,
  shareOf,
  sortedBuckets,
  sortPooled,
  summarizeOutcome,
} from '../src/domain/statistics.js';

describe('shareOf', () => {
  it('is count / total, and 0 when there is nothing to count', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });
});

describe('bucketsInOrder', () => {
  const keys = ['A', 'B', 'C'] as const;

  it('follows the key order, puts the unknown bucket last and leaves empty buckets out', () => {
    const buckets = bucketsInOrder(
      [
        { key: 'C', count: 1 },
        { key: null, count: 2 },
        { key: 'A', count: 3 },
      ],
      keys,
      6,
    );
    expect(buckets).toEqual([
      { key: 'A', count: 3, share: 0.5 },
      { key: 'C', count: 1, share: 1 / 6 },
      { key: null, count: 2, share: 1 / 3 },
    ]);
  });

  it('lists every key and the unknown bucket with includeEmpty', () => {
    const buckets = bucketsInOrder([{ key: 'B', count: 2 }], keys, 2, true);
    expect(buckets.map((b) => [b.key, b.count])).toEqual([
      ['A', 0],
      ['B', 2],
      ['C', 0],
      [null, 0],
    ]);
  });

  it('merges a key reported twice and has zero shares over an empty total', () => {
    const buckets = bucketsInOrder(
      [
        { key: 'A', count: 1 },
        { key: 'A', count: 2 },
      ],
      keys,
      0,
    );
    expect(buckets).toEqual([{ key: 'A', count: 3, share: 0 }]);
  });

  it('is empty when nothing was counted', () => {
    expect(bucketsInOrder([], keys, 0)).toEqual([]);
  });
});

describe('sortedBuckets', () => {
  const rows = [
    { key: 'France', count: 2 },
    { key: null, count: 5 },
    { key: 'China', count: 2 },
    { key: 'United States', count: 3 },
  ];

  it('orders countries by count, ties by name, unknown last', () => {
    expect(sortedBuckets(rows, 12, byCountDescending).map((b) => b.key)).toEqual([
      'United States',
      'China',
      'France',
      null,
    ]);
  });

  it('orders years ascending, unknown last', () => {
    const years = sortedBuckets(
      [
        { key: 2010, count: 1 },
        { key: null, count: 1 },
        { key: 1999, count: 4 },
      ],
      6,
      byKeyAscending,
    );
    expect(years).toEqual([
      { key: 1999, count: 4, share: 4 / 6 },
      { key: 2010, count: 1, share: 1 / 6 },
      { key: null, count: 1, share: 1 / 6 },
    ]);
  });
});

describe('poolByGroup', () => {
  it('sums each trial once per group and lists the trials ascending', () => {
    const a = countResponses(['CR', 'PD']);
    const b = countResponses(['PR', 'NO_RESPONSE', 'NE']);
    const c = countResponses([null]);
    const pooled = poolByGroup([
      { group: 'X', trialId: 7, counts: b },
      { group: 'X', trialId: 3, counts: a },
      { group: 'Y', trialId: 3, counts: a },
      // The same trial under the same group again (two arms) must not count twice.
      { group: 'X', trialId: 7, counts: b },
      { group: 'Z', trialId: 9, counts: c },
    ]);
    expect(pooled.map((p) => [p.group, p.trialIds])).toEqual([
      ['X', [3, 7]],
      ['Y', [3]],
      ['Z', [9]],
    ]);
    expect(pooled[0]?.outcome).toMatchObject({
      patients: 5,
      evaluable: 4,
      responders: 2,
      completeResponses: 1,
      partialResponses: 1,
      notEvaluable: 1,
    });
    expect(pooled[0]?.outcome.objectiveResponseRate?.estimate).toBe(0.5);
    expect(pooled[2]?.outcome).toMatchObject({
      patients: 1,
      evaluable: 0,
      unknown: 1,
      objectiveResponseRate: null,
    });
  });

  it('is empty without rows', () => {
    expect(poolByGroup([])).toEqual([]);
  });
});

describe('sortPooled', () => {
  const item = (name: string, evaluable: number, tieBreak: number) => ({
    name,
    tieBreak,
    outcome: summarizeOutcome({ ...countResponses([]), PD: evaluable }),
  });

  it('puts most evaluable first, then sorts by name, then by the tie-break', () => {
    const sorted = sortPooled([
      item('b', 3, 1),
      item('a', 3, 2),
      item('z', 10, 3),
      item('a', 3, 0),
      item('c', 0, 4),
    ]);
    expect(sorted.map((i) => [i.name, i.tieBreak])).toEqual([
      ['z', 3],
      ['a', 0],
      ['a', 2],
      ['b', 1],
      ['c', 4],
    ]);
  });
});

describe('labels', () => {
  it('name every enum value, each differently', () => {
    for (const [values, labels] of [
      [PHASES, PHASE_LABELS],
      [TRIAL_STATUSES, TRIAL_STATUS_LABELS],
      [MODALITIES, MODALITY_LABELS],
      [VECTORS, VECTOR_LABELS],
    ] as const) {
      const names = values.map((v) => (labels as Record<string, string>)[v]);
      expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(values.length);
    }
  });
});
