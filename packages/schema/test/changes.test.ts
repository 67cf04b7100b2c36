import { describe, expect, it } from 'vitest';
import { changedFields, jsonEqual, pickKeys } from '../src/domain/changes.js';

describe('jsonEqual', () => {
  it.each([
    [1, 1],
    ['a', 'a'],
    [null, null],
    [
      [1, [2, 3]],
      [1, [2, 3]],
    ],
    [
      { a: 1, b: { c: [1] } },
      { b: { c: [1] }, a: 1 },
    ],
    [{ a: null }, {}],
  ])('%j equals %j', (a, b) => expect(jsonEqual(a, b)).toBe(true));

  it.each([
    [1, '1'],
    [null, 0],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], { 0: 1 }],
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: 2 }],
  ])('%j differs from %j', (a, b) => expect(jsonEqual(a, b)).toBe(false));
});

describe('changedFields', () => {
  const before = {
    id: 1,
    title: 'A',
    conditions: ['Melanoma'],
    country: null,
    createdAt: 't0',
    updatedAt: 't0',
    version: 1,
  };

  it('lists the fields whose values differ, leaving out id, timestamps and version', () => {
    const after = {
      ...before,
      title: 'B',
      conditions: ['Melanoma', 'Uveal melanoma'],
      updatedAt: 't1',
      version: 2,
    };
    expect(changedFields(before, after)).toEqual(['title', 'conditions']);
  });

  it('compares arrays and objects by value, not identity', () => {
    expect(changedFields(before, { ...before, conditions: ['Melanoma'] })).toEqual([]);
  });

  it('lists the fields a create set (not its nulls) and the fields a delete removed', () => {
    expect(changedFields(null, before)).toEqual(['title', 'conditions']);
    expect(changedFields(before, null)).toEqual(['title', 'conditions']);
  });

  it('treats a missing key as null, and reports keys only one side has', () => {
    expect(changedFields({ a: null }, {})).toEqual([]);
    expect(changedFields({ trialIds: [1] }, { trialIds: [] })).toEqual(['trialIds']);
    expect(changedFields({}, { extra: 0 })).toEqual(['extra']);
  });

  it('takes its own list of keys to ignore', () => {
    expect(changedFields({ version: 1 }, { version: 2 }, [])).toEqual(['version']);
  });
});

describe('pickKeys', () => {
  it('keeps only the listed keys that are present, explicit undefined and null included', () => {
    expect(pickKeys({ a: 1, b: null, c: undefined, d: 4 }, ['a', 'b', 'c', 'x'])).toEqual({
      a: 1,
      b: null,
      c: undefined,
    });
  });
});
