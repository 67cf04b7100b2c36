import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

type ShippedDocument = InstanceType<StringConstructor> & { __meta__?: { hash?: string } };

// Operation documents: strings (TypedDocumentString) carrying their hash; fragments have none.
const documents = (Object.entries(sdk) as [string, unknown][]).filter(
  (entry): entry is [string, ShippedDocument] => {
    const [name, value] = entry;
    return name.endsWith('Document') && value instanceof String;
  },
);

const manifest: Record<string, string> = JSON.parse(
  readFileSync(new URL('../src/gql/persisted-documents.json', import.meta.url), 'utf8'),
);

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
    expect(validate(schema, parse(document.toString())).map((error) => error.message)).toEqual([]);
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

describe('persisted-documents.json', () => {
  it('has exactly the shipped documents, each under the sha256 of its text', () => {
    const hashes = documents.map(([, document]) => document.__meta__?.hash);
    expect(Object.keys(manifest).sort()).toEqual([...hashes].sort());
    for (const [hash, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });

  it('holds the same operation as the document with that hash', () => {
    for (const [name, document] of documents) {
      const text = manifest[document.__meta__?.hash ?? ''];
      expect(text, name).toBeDefined();
      const definitions = (source: string) =>
        parse(source)
          .definitions.map((definition) => print(definition).replace(/\s+/g, ' '))
          .sort();
      // The manifest's text is normalised (fields sorted, whitespace collapsed): same definitions by name.
      const names = (source: string) =>
        parse(source)
          .definitions.map((definition) => ('name' in definition ? definition.name?.value : undefined))
          .sort();
      expect(names(text as string), name).toEqual(names(document.toString()));
      expect(definitions(text as string).length, name).toBe(definitions(document.toString()).length);
    }
  });
});
