import { describe, expect, it } from 'vitest';
import { countResponses, poolCounts, summarizeOutcome, wilsonInterval } from '../src/domain/statistics.js';

describe('wilsonInterval', () => {
  it('matches the published interval for 2 of 17 (3.3%–34.3%)', () => {
    const ci = wilsonInterval(2, 17);
    expect(ci?.lower).toBeCloseTo(0.0329, 4);
    expect(ci?.upper).toBeCloseTo(0.3434, 4);
  });

  it('matches a textbook value: 81 of 263 → 0.2553–0.3662', () => {
    const ci = wilsonInterval(81, 263);
    expect(ci?.lower).toBeCloseTo(0.2553, 4);
    expect(ci?.upper).toBeCloseTo(0.3662, 4);
  });

  it('stays within [0, 1] at the edges', () => {
    expect(wilsonInterval(0, 10)?.lower).toBe(0);
    expect(wilsonInterval(10, 10)?.upper).toBe(1);
    expect(wilsonInterval(0, 10)?.upper).toBeCloseTo(0.2775, 4);
  });

  it('is null with no trials and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
  });
});

describe('summarizeOutcome', () => {
  it('counts evaluable, responders and rates as DESIGN.md defines them', () => {
    const counts = countResponses(['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE', 'NE', null, 'PR']);
    const o = summarizeOutcome(counts);
    expect(o).toMatchObject({
      patients: 8,
      evaluable: 6,
      responders: 3,
      completeResponses: 1,
      partialResponses: 2,
      notEvaluable: 1,
      unknown: 1,
    });
    expect(o.objectiveResponseRate?.estimate).toBeCloseTo(0.5);
    expect(o.completeResponseRate?.estimate).toBeCloseTo(1 / 6);
  });

  it('has no rate when nobody is evaluable', () => {
    const o = summarizeOutcome(countResponses(['NE', null]));
    expect(o.evaluable).toBe(0);
    expect(o.objectiveResponseRate).toBeNull();
  });

  it('pools by summing counts over trials', () => {
    const pooled = poolCounts([
      countResponses(['CR', 'PD']),
      countResponses(['PR', 'NO_RESPONSE', 'NO_RESPONSE']),
    ]);
    expect(summarizeOutcome(pooled)).toMatchObject({ evaluable: 5, responders: 2 });
  });
});
