import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientMethodsPlugin } from './codegen/client-methods.js';
import {
  type IntrospectionPluginConfig,
  introspectionPlugin,
  type ScalarMap,
} from './codegen/introspection.js';

const CLIENT_METHODS_PLUGIN = 'genetrials-client-methods';
const INTROSPECTION_PLUGIN = 'genetrials-introspection';

/**
 * TypeScript types of the custom scalars, for the shipped documents and for
 * `graphql()`'s inferred ones alike. Paths are relative to src/gql/.
 */
const SCALARS: ScalarMap = {
  DateTime: 'string',
  JSON: '../json.js#JsonValue',
};

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/operations/**/*.graphql', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Consumers get plain result types; no useFragment() unmasking.
        fragmentMasking: false,
        // Each document carries the sha256 of its normalised text
        // (`document.__meta__.hash`), and persisted-documents.json maps every
        // hash to its text: the server's list of trusted documents.
        persistedDocuments: {
          // Plain hex, as `extensions.persistedQuery.sha256Hash` carries it.
          hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex'),
        },
      },
      config: {
        useTypeImports: true,
        // Documents as strings, not ASTs: nothing to print at run time, and a
        // bundle carries only the documents it uses.
        documentMode: 'string',
        // Enums as string-literal unions: what `enumsAsTypes: true` was before
        // typescript-operations v6 replaced it with `enumType`.
        enumType: 'string-literal',
        // A scalar added to the schema without a mapping here fails codegen
        // instead of silently becoming `unknown`.
        strictScalars: true,
        scalars: SCALARS,
        importExtension: '.js',
      },
      hooks: {
        // Each document as `/*#__PURE__*/ new TypedDocumentString(…)`, so bundlers
        // drop the ones a program does not use (the preset does not forward
        // `pureMagicComment`).
        beforeOneFileWrite: (path: string, content: string) =>
          path.endsWith('graphql.ts')
            ? content.replaceAll('= new TypedDocumentString(', '= /*#__PURE__*/ new TypedDocumentString(')
            : content,
      },
    },
    './src/gql/client-methods.ts': {
      plugins: [CLIENT_METHODS_PLUGIN],
    },
    // The schema as a type, for gql.tada's `graphql()` (src/graphql.ts).
    './src/gql/graphql-env.ts': {
      plugins: [INTROSPECTION_PLUGIN],
      config: { scalars: SCALARS } satisfies IntrospectionPluginConfig,
    },
  },
  // The CLI tries several package names per plugin; only ours are served locally.
  pluginLoader: async (name) => {
    if (name === CLIENT_METHODS_PLUGIN) return clientMethodsPlugin;
    if (name === INTROSPECTION_PLUGIN) return introspectionPlugin;
    return import(name);
  },
};

export default config;
