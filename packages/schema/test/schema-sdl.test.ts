import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../src/graphql/index.js';

describe('schema.graphql', () => {
  it('is up to date with the Pothos schema (run `pnpm codegen` and commit when this fails)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSchemaSdl());
  });

  it('exposes the root fields the API promises', () => {
    const sdl = printSchemaSdl();
    for (const field of [
      'node(',
      'nodes(',
      'trial(',
      'trials(',
      'therapy(',
      'therapies(',
      'patient(',
      'patients(',
      'review(',
      'reviews(',
      'conflicts(',
    ]) {
      expect(sdl).toContain(`  ${field}`);
    }
  });
});
