import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The SDK's documents by hash, read from the installed @genetrials/sdk. */
export function loadTrustedDocuments(): ReadonlyMap<string, string> {
  const path = createRequire(import.meta.url).resolve('@genetrials/sdk/persisted-documents.json');
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
  documents: ReadonlyMap<string, string> = loadTrustedDocuments(),
): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: mode === 'any',
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
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
