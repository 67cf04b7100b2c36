import { describe, expect, it } from 'vitest';
import { canonicalJson, findConflicts } from '../src/domain/provenance.js';

const claim = (id: number, field: string, value: unknown, sourceId = id) => ({ id, field, value, sourceId });

describe('findConflicts', () => {
  it('reports fields with two or more distinct values, with every claim', () => {
    const conflicts = findConflicts([
      claim(1, 'age', 53),
      claim(2, 'age', 52),
      claim(3, 'sex', 'MALE'),
      claim(4, 'sex', 'MALE'),
    ]);
    expect(conflicts).toEqual([
      { field: 'age', values: [53, 52], claims: [claim(1, 'age', 53), claim(2, 'age', 52)] },
    ]);
  });

  it('treats structurally equal JSON values as agreeing', () => {
    expect(findConflicts([claim(1, 'x', { a: 1, b: [1, 2] }), claim(2, 'x', { b: [1, 2], a: 1 })])).toEqual(
      [],
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('distinguishes a number from its string form', () => {
    expect(findConflicts([claim(1, 'n', 17), claim(2, 'n', '17')])).toHaveLength(1);
  });
});
