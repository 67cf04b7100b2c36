import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as someone outside the workspace gets it: packed from a fresh checkout (no dist/:
// `prepack` builds it) with npm and with pnpm, installed from the tarball into projects in the
// system temp directory, type-checked as a consumer and run against a real server.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const tscBin = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

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

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: false,
    verbatimModuleSyntax: true,
    // Nothing but what the installed packages ship.
    types: [],
    outDir: 'out',
  },
  files: ['ok.ts'],
};

const OK_CONSUMER = `import {
  AbortError,
  createClient,
  type ErrorIssue,
  GeneTrialsError,
  type GeneTrialsErrorCode,
  graphql,
  type Phase,
} from '@genetrials/sdk';
import { createCoreClient, type TrialsQuery, TrialsDocument } from '@genetrials/sdk/core';

declare const process: { argv: string[] };

const client = createClient({ url: process.argv[2] ?? '', timeoutMs: 30_000, retry: { retries: 2 } });

const page = await client.trials({ first: 2 });
const titles: string[] = page.trials.nodes.map((trial) => trial.title);

const Phases = graphql('query Phases { trials(first: 3) { totalCount nodes { phase } } }');
const custom = await client.request(Phases);
const phases: (Phase | null)[] = custom.trials.nodes.map((node) => node.phase);

let code: GeneTrialsErrorCode | undefined;
let issues: ErrorIssue[] = [];
try {
  await client.trials({ first: 1000 });
} catch (error) {
  if (error instanceof GeneTrialsError) {
    code = error.code;
    issues = error.issues;
  }
}

let aborted: string | undefined;
try {
  await client.trials({ first: 1 }, { signal: AbortSignal.abort() });
} catch (error) {
  if (error instanceof AbortError) aborted = error.code;
}

// The smallest client, from the /core entry, sending the document's hash instead of its text.
const sent: string[] = [];
const core = createCoreClient({
  url: process.argv[2] ?? '',
  persistedDocuments: true,
  fetch: (url, init) => {
    sent.push(String(init.body));
    return fetch(url, init);
  },
});
const byHash: TrialsQuery = await core.request(TrialsDocument, { first: 1 });
const persistedCount = byHash.trials.totalCount;
const textSent = sent.some((body) => 'query' in JSON.parse(body));

console.log(
  JSON.stringify({
    titles,
    totalCount: custom.trials.totalCount,
    phases,
    code,
    issues,
    aborted,
    persistedCount,
    textSent,
  }),
);
`;

const BAD_CONSUMER = `import { createClient } from '@genetrials/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql' });

export async function misspelt(): Promise<string | undefined> {
  const page = await client.trials({ first: 2 });
  return page.trials.nodes[0]?.titel;
}
`;

/** A project outside the workspace with the tarball and graphql (the peer) installed. */
async function consumerProject(root: string, manager: 'npm' | 'pnpm', tarball: string): Promise<string> {
  const dir = join(root, `${manager}-consumer`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `${manager}-consumer`, private: true, type: 'module' }, null, 2),
  );
  if (manager === 'npm') {
    await mustRun('npm', ['install', '--no-audit', '--no-fund', tarball, 'graphql@^16.8.0'], dir);
  } else {
    await mustRun('pnpm', ['add', '--ignore-workspace', tarball, 'graphql@^16.8.0'], dir);
  }
  writeFileSync(join(dir, 'ok.ts'), OK_CONSUMER);
  writeFileSync(join(dir, 'bad.ts'), BAD_CONSUMER);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
  writeFileSync(
    join(dir, 'tsconfig.bad.json'),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, files: ['bad.ts'] }),
  );
  return dir;
}

/** `genetrials serve` on a free port with a fresh database; resolves with its GraphQL URL. */
function startServer(dir: string): { child: ChildProcess; url: Promise<string> } {
  const { NODE_ENV: _nodeEnv, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'apps/server/src/cli.ts'), 'serve', '--port', '0'],
    {
      cwd: repoRoot,
      detached: true,
      env: { ...inherited, DATABASE_URL: `file:${join(dir, 'server.db')}`, LOG_LEVEL: 'info' },
    },
  );
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"([^"]+)"/);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited early (${code}): ${output}`)));
  });
  url.catch(() => {});
  return { child, url };
}

describe('the packed SDK outside the workspace', () => {
  let root: string;
  let server: { child: ChildProcess; url: Promise<string> } | undefined;
  const tarballs: Record<'npm' | 'pnpm', string> = { npm: '', pnpm: '' };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'genetrials-sdk-pack-'));
    server = startServer(root);
    const clone = cloneInto(join(root, 'clone'));
    for (const manager of ['npm', 'pnpm'] as const) {
      const destination = join(root, `${manager}-pack`);
      mkdirSync(destination);
      await mustRun(manager, ['pack', '--pack-destination', destination], clone);
      const [name] = execFileSync('ls', [destination], { encoding: 'utf8' }).split('\n');
      tarballs[manager] = join(destination, name ?? '');
      // The next pack must build again from nothing.
      rmSync(join(clone, 'dist'), { recursive: true, force: true });
    }
  }, 240_000);

  afterAll(() => {
    const pid = server?.child.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
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

  for (const manager of ['npm', 'pnpm'] as const) {
    it(`installs with ${manager}, type-checks a consumer, refuses a misspelt field and runs against a real server`, async () => {
      const dir = await consumerProject(root, manager, tarballs[manager]);

      const ok = await run(process.execPath, [tscBin, '-p', 'tsconfig.json', '--pretty', 'false'], dir);
      expect(ok.output).toBe('');
      expect(ok.exitCode).toBe(0);

      const bad = await run(process.execPath, [tscBin, '-p', 'tsconfig.bad.json', '--pretty', 'false'], dir);
      expect(bad.exitCode).not.toBe(0);
      expect(bad.output).toMatch(/bad\.ts\(7,\d+\): error TS\d+: Property 'titel' does not exist/);

      const url = await server?.url;
      const result = await run(process.execPath, [join(dir, 'out', 'ok.js'), url ?? ''], dir);
      expect(result.exitCode, result.output).toBe(0);
      const answer = JSON.parse(result.output.trim().split('\n').at(-1) ?? '');
      expect(answer.titles).toHaveLength(2);
      expect(answer.totalCount).toBeGreaterThan(0);
      expect(answer.phases.length).toBeGreaterThan(0);
      expect(answer.code).toBe('BAD_USER_INPUT');
      expect(answer.issues).toEqual([expect.objectContaining({ path: 'first', rule: 'max_page_size' })]);
      expect(answer.aborted).toBe('ABORTED');
      expect(answer.persistedCount).toBe(answer.totalCount);
      // The served SDK's manifest knows the tarball's hashes: no text was needed.
      expect(answer.textSent).toBe(false);
      // The installed graphql is the consumer's one copy, the peer.
      const installed = JSON.parse(
        readFileSync(join(dir, 'node_modules', 'graphql', 'package.json'), 'utf8'),
      ) as { version: string };
      expect(installed.version).toMatch(/^16\./);
    }, 240_000);
  }
});
