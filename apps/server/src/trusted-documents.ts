import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ErrorCode } from '@genetrials/schema';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

// Persisted ("trusted") documents: the SDK's operations are known to the server by the sha256 of
// their text, from the manifest codegen writes beside them (@genetrials/sdk/persisted-documents.json).
// A request may send `extensions.persistedQuery.sha256Hash` instead of the text (the SDK does with
// `persistedDocuments: true`). With TRUSTED_DOCUMENTS=only the server runs nothing else: document
// text is refused with TRUSTED_DOCUMENT_REQUIRED, GraphiQL's included.

/** `any`: text or a known hash (the default); `only`: known hashes only. */
export type TrustedDocumentsMode = 'any' | 'only';

export const TRUSTED_DOCUMENTS_MODES = ['any', 'only'] as const satisfies readonly TrustedDocumentsMode[];

/**
 * Where the SDK's manifest is: the installed package's export (`dist/`, what the built SDK's clients
 * send), else, in a checkout whose SDK is not built yet, the generated source beside its documents.
 */
function manifestPath(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('@genetrials/sdk/persisted-documents.json');
  } catch {
    try {
      const source = join(
        dirname(require.resolve('@genetrials/sdk/package.json')),
        'src/gql/persisted-documents.json',
      );
      return existsSync(source) ? source : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The SDK's documents by hash, read from @genetrials/sdk; undefined when it has no manifest. */
export function loadTrustedDocuments(): ReadonlyMap<string, string> | undefined {
  const path = manifestPath();
  if (!path) return undefined;
  const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) throw new Error(`${path} is not a JSON object`);
  return new Map(
    Object.entries(manifest).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function requestError(code: ErrorCode, message: string) {
  return { message, extensions: { code, http: { status: 400 } } };
}

export function useTrustedDocuments(
  mode: TrustedDocumentsMode,
  documents: ReadonlyMap<string, string> | undefined = loadTrustedDocuments(),
): Plugin {
  if (!documents) {
    // Only `only` needs the list; without it every hash is simply unknown.
    if (mode === 'only') {
      throw new Error(
        'TRUSTED_DOCUMENTS=only needs @genetrials/sdk/persisted-documents.json (run `pnpm codegen`)',
      );
    }
    documents = new Map();
  }
  const known = documents;
  return usePersistedOperations({
    allowArbitraryOperations: mode === 'any',
    getPersistedOperation: (hash) => known.get(hash) ?? null,
    customErrors: {
      // The hash is not echoed: it is whatever the client sent.
      notFound: requestError(
        'PERSISTED_QUERY_NOT_FOUND',
        'No known document has this sha256 hash; send the document text instead',
      ),
      persistedQueryOnly: requestError(
        'TRUSTED_DOCUMENT_REQUIRED',
        'This server runs only known documents: send extensions.persistedQuery.sha256Hash of a @genetrials/sdk document instead of the text',
      ),
      keyNotFound: requestError(
        'BAD_REQUEST',
        mode === 'only'
          ? 'Must provide extensions.persistedQuery.sha256Hash of a known document.'
          : 'Must provide query string.',
      ),
    },
  });
}
