import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as someone outside the workspace gets it: packed from a fresh checkout (no dist/:
// `prepack` builds it) with npm and with pnpm, both tarballs the same files and a manifest any
// package manager can install. Installing the packed SDK with npm and with pnpm into projects in
// the system temp directory, type-checking a consumer (a misspelt field must fail) and running it
// against a real server is done once for the SDK and the hooks together, in
// packages/react/test/pack.test.ts.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');

interface Run {
  exitCode: number;
  output: string;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}` });
    });
  });
}

async function mustRun(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.exitCode !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.exitCode}):\n${result.output}`);
  }
  return result.output;
}

/** The tracked (and new, unignored) files of the package, as a fresh clone has them. */
function cloneInto(dir: string): string {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', 'packages/sdk', 'tsconfig.base.json'],
    { cwd: repoRoot, encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(repoRoot, file), join(dir, file));
    } catch (error) {
      // A file deleted in the working tree but still in the index.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const clonedPackage = join(dir, 'packages', 'sdk');
  // What `pnpm install` would give the clone: the build tools.
  symlinkSync(join(packageDir, 'node_modules'), join(clonedPackage, 'node_modules'), 'dir');
  return clonedPackage;
}

function tarList(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
}

function packedManifest(tarball: string): Record<string, unknown> {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
}

describe('the packed SDK outside the workspace', () => {
  let root: string;
  const tarballs: Record<'npm' | 'pnpm', string> = { npm: '', pnpm: '' };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'genetrials-sdk-pack-'));
    // One fresh checkout per package manager, packed at the same time: each `prepack` builds
    // from nothing.
    await Promise.all(
      (['npm', 'pnpm'] as const).map(async (manager) => {
        const clone = cloneInto(join(root, `${manager}-clone`));
        const destination = join(root, `${manager}-pack`);
        mkdirSync(destination);
        await mustRun(manager, ['pack', '--pack-destination', destination], clone);
        const [name] = execFileSync('ls', [destination], { encoding: 'utf8' }).split('\n');
        tarballs[manager] = join(destination, name ?? '');
      }),
    );
  }, 240_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('packs the built package with a manifest any package manager can install', () => {
    const npmFiles = tarList(tarballs.npm);
    expect(npmFiles).toEqual(tarList(tarballs.pnpm));
    expect(npmFiles).toEqual(
      expect.arrayContaining([
        'package/LICENSE',
        'package/README.md',
        'package/package.json',
        'package/dist/index.js',
        'package/dist/index.d.ts',
        'package/dist/gql/graphql.js',
      ]),
    );
    expect(npmFiles.filter((file) => !file.startsWith('package/dist/'))).toEqual([
      'package/LICENSE',
      'package/README.md',
      'package/package.json',
    ]);
    for (const tarball of [tarballs.npm, tarballs.pnpm]) {
      const manifest = packedManifest(tarball);
      expect(JSON.stringify(manifest)).not.toMatch(/"(catalog|workspace|link|file):/);
      expect(manifest).toMatchObject({
        license: 'MIT',
        sideEffects: false,
        engines: { node: '>=20.19' },
        peerDependencies: { graphql: '^16.8.0' },
        repository: { type: 'git', directory: 'packages/sdk' },
        exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
      });
      expect(manifest.dependencies).not.toHaveProperty('graphql');
    }
  });
});
