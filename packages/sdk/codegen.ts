import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientMethodsPlugin } from './codegen/client-methods.js';

const CLIENT_METHODS_PLUGIN = 'genetrials-client-methods';

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
      },
      config: {
        useTypeImports: true,
        // Enums as string-literal unions: what `enumsAsTypes: true` was before
        // typescript-operations v6 replaced it with `enumType`.
        enumType: 'string-literal',
        // A scalar added to the schema without a mapping here fails codegen
        // instead of silently becoming `unknown`.
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          // Path is relative to the generated src/gql/graphql.ts.
          JSON: '../json.js#JsonValue',
        },
        importExtension: '.js',
      },
    },
    './src/gql/client-methods.ts': {
      plugins: [CLIENT_METHODS_PLUGIN],
    },
  },
  // The CLI tries several package names per plugin; only ours is served locally.
  pluginLoader: async (name) => {
    if (name === CLIENT_METHODS_PLUGIN) return clientMethodsPlugin;
    return import(name);
  },
};

export default config;
