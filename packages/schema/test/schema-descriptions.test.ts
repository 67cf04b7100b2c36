import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/index.js';
import { descriptionCoverage } from './schema-descriptions.js';

// Every type, object and interface field, argument, input field and enum value of the API is
// documented: a new one cannot land without a description (built-in scalars and introspection
// types excepted). Describe it where it is defined, or in src/graphql/descriptions.ts.

function undescribed(coverage: ReturnType<typeof descriptionCoverage>): string[] {
  return Object.entries(coverage.kinds).flatMap(([kind, { missing }]) => missing.map((c) => `${kind} ${c}`));
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field and enum value of the executable schema', () => {
    const coverage = descriptionCoverage(schema);
    expect(undescribed(coverage)).toEqual([]);
    expect(coverage.kinds.field.total).toBeGreaterThan(100);
    expect(coverage.kinds.enumValue.total).toBeGreaterThan(100);
  });

  it('are in the committed schema.graphql too', () => {
    const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(undescribed(descriptionCoverage(buildSchema(sdl)))).toEqual([]);
  });

  it('are counted by a walker that sees an undescribed element', () => {
    const coverage = descriptionCoverage(
      buildSchema(`
        "Described." type Query { "Described." a(x: Int): E  b: Int }
        enum E { "Described." ONE TWO }
        "Described." input I { c: Int }
      `),
    );
    expect(undescribed(coverage)).toEqual([
      'type E',
      'field Query.b',
      'argument Query.a(x:)',
      'inputField I.c',
      'enumValue E.TWO',
    ]);
  });
});
