import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every write goes through src/write: this scans the source of the schema and ingest packages for
// code that writes around it. Only the write layer inserts history rows or bumps versions; only it
// (and the synthetic generator, which bulk-inserts by design) calls insert/update/delete.

const packages = fileURLToPath(new URL('../..', import.meta.url));
const roots = [join(packages, 'schema/src'), join(packages, 'ingest/src')];

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const files = roots.flatMap((root) =>
  [...sourceFiles(root)].map((path) => ({
    path: relative(packages, path),
    text: readFileSync(path, 'utf8'),
  })),
);
const inWriteLayer = (path: string) => path.startsWith('schema/src/write/');
const isSynthetic = (path: string) => /^ingest\/src\/seed\/synthetic[^/]*\.ts$/.test(path);

const HISTORY_INSERT = [/\.insert\(\s*(?:\w+\.)?changes\b/, /insert\s+into\s+["`]?changes\b/i];
const VERSION_BUMP = /\bversion\W{0,3}\s*\+\s*1\b/;
/** A write call on a database handle or transaction, or on one of the tables. */
const DB_WRITE = [
  /\b(?:db|tx|sp|trx|client)\s*\.\s*(?:insert|update|delete)\s*\(/,
  /\.(?:insert|update|delete)\(\s*(?:tables\.\w+|trials|therapies|trialTherapies|patients|adverseEvents|reviews|assessments|reviewTrials|reviewTherapies|sources|claims|changes)\b/,
];

const offenders = (patterns: RegExp[], allowed: (path: string) => boolean) =>
  files.filter((f) => !allowed(f.path) && patterns.some((p) => p.test(f.text))).map((f) => f.path);

describe('the write layer is the only writer', () => {
  it('scans the sources it means to', () => {
    expect(files.some((f) => f.path === 'schema/src/write/history.ts')).toBe(true);
    expect(files.some((f) => f.path === 'ingest/src/seed/seed.ts')).toBe(true);
  });

  it('only src/write/history.ts inserts into the change history', () => {
    expect(offenders(HISTORY_INSERT, (p) => p === 'schema/src/write/history.ts')).toEqual([]);
  });

  it('only src/write bumps versions', () => {
    expect(offenders([VERSION_BUMP], inWriteLayer)).toEqual([]);
  });

  it('only src/write and the synthetic generator insert, update or delete rows', () => {
    expect(offenders(DB_WRITE, (p) => inWriteLayer(p) || isSynthetic(p))).toEqual([]);
  });

  it('catches the patterns it looks for', () => {
    expect(HISTORY_INSERT.some((p) => p.test('await tx.insert(tables.changes).values({})'))).toBe(true);
    expect(VERSION_BUMP.test('set({ version: t.version + 1 })')).toBe(true);
    expect(DB_WRITE.some((p) => p.test('await tx\n  .update(tables.trials)'))).toBe(true);
    expect(DB_WRITE.some((p) => p.test('existingLinks.delete(key)'))).toBe(false);
  });
});
