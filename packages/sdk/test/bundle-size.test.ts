import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a browser app pays for the SDK: a consumer is bundled with esbuild (minified, platform
// browser, ESM) from the built package, resolved through its `exports` like an installed copy.
// `graphql` is marked external, so only the SDK's own code (and its small dependencies) is
// counted; the transport never imports `graphql` at run time, so nothing is left out in practice
// (the test checks that no import of it remains).

/** A bundle that runs one operation may not reach this many minified bytes. */
const BUDGET_BYTES = 15_000;

const packageDir = fileURLToPath(new URL('..', import.meta.url));
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'genetrials-sdk-bundle-'));
  mkdirSync(join(project, 'node_modules', '@genetrials'), { recursive: true });
  symlinkSync(packageDir, join(project, 'node_modules', '@genetrials', 'sdk'), 'dir');
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

interface Bundle {
  bytes: number;
  text: string;
  externalImports: string[];
}

async function bundle(name: string, source: string): Promise<Bundle> {
  const entry = join(project, `${name}.ts`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['graphql'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no output');
  const externalImports = Object.values(result.metafile.outputs).flatMap((out) =>
    out.imports.filter((imported) => imported.external).map((imported) => imported.path),
  );
  console.info(
    `bundle-size ${name}: ${output.contents.byteLength} bytes minified, ${gzipSync(output.contents).byteLength} gzipped`,
  );
  return { bytes: output.contents.byteLength, text: output.text, externalImports };
}

const ONE_OPERATION = `
import { createCoreClient, TrialsDocument } from '@genetrials/sdk/core';
const client = createCoreClient({ url: '/graphql' });
client.request(TrialsDocument, { first: 10 }).then((result) => console.log(result.trials.totalCount));
`;

describe('bundle size', () => {
  it(`a bundle calling one operation through @genetrials/sdk/core is under ${BUDGET_BYTES} bytes`, async () => {
    const { bytes, text, externalImports } = await bundle('core-one-operation', ONE_OPERATION);
    expect(bytes).toBeLessThan(BUDGET_BYTES);
    // The document it runs is in; the other operations are not.
    expect(text).toContain('query Trials(');
    expect(text).not.toContain('query TrialDetail(');
    expect(text).not.toContain('mutation CreateTrial(');
    expect(text).not.toContain('fragment MutationError');
    expect(externalImports).toEqual([]);
  });

  it('the package root tree-shakes the same way', async () => {
    const core = await bundle('core-one-operation', ONE_OPERATION);
    const root = await bundle(
      'root-one-operation',
      ONE_OPERATION.replace('@genetrials/sdk/core', '@genetrials/sdk'),
    );
    expect(root.bytes).toBeLessThan(BUDGET_BYTES);
    expect(root.bytes).toBeLessThanOrEqual(core.bytes + 100);
    expect(root.text).not.toContain('mutation CreateTrial(');
  });

  it('createClient (a method per operation) carries every operation', async () => {
    const full = await bundle(
      'create-client',
      `import { createClient } from '@genetrials/sdk';
       createClient({ url: '/graphql' }).trials({ first: 10 }).then((result) => console.log(result));`,
    );
    const core = await bundle('core-one-operation', ONE_OPERATION);
    expect(full.text).toContain('mutation CreateTrial(');
    expect(full.bytes).toBeGreaterThan(core.bytes);
  });
});
