import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, type DocumentNode, Kind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

const documents = Object.entries(sdk).filter((entry): entry is [string, DocumentNode] => {
  const [name, value] = entry;
  return name.endsWith('Document') && (value as DocumentNode | undefined)?.kind === Kind.DOCUMENT;
});

describe('shipped documents', () => {
  it('are exported, one per operation', () => {
    // Every named operation in src/operations, read straight from the .graphql files.
    const operationsDir = new URL('../src/operations/', import.meta.url);
    const declared = readdirSync(operationsDir)
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => [
        ...readFileSync(new URL(file, operationsDir), 'utf8').matchAll(/^(?:query|mutation)\s+(\w+)/gm),
      ])
      .map((match) => `${match[1]}Document`);
    expect(declared).toContain('TrialDetailDocument');
    expect(documents.map(([name]) => name).sort()).toEqual(declared.sort());
  });

  it.each(documents)('%s validates against schema.graphql', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it('have a client method each', () => {
    const client = sdk.createClient({ url: 'http://127.0.0.1:1/graphql' });
    for (const [name] of documents) {
      const operation = name.replace(/Document$/, '');
      const method = operation.charAt(0).toLowerCase() + operation.slice(1);
      expect(typeof (client as unknown as Record<string, unknown>)[method], method).toBe('function');
    }
  });
});
