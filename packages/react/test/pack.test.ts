// @vitest-environment node
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The SDK and the hooks as an app outside the workspace gets them: both packed once with npm (from
// the dist/ the build left), installed from the tarballs with npm and with pnpm (the two projects in
// parallel) beside their peers from the registry. In each project two consumers are type-checked:
// the SDK's own (strict, its .d.ts files checked too; a misspelt field must fail) and the hooks'
// (a wrong operation name and a misspelt field must fail); both run against one real server.
// packages/sdk/test/pack.test.ts packs the SDK from a fresh checkout and checks its manifest.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const sdkDir = join(packageDir, '..', 'sdk');
const repoRoot = join(packageDir, '..', '..');
const tscBin = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** What the app installs beside the tarballs: the peers, react-dom and the React types. */
const PEERS = [
  'react@^19',
  'react-dom@^19',
  '@tanstack/react-query@^5',
  'graphql@^16.8.0',
  '@types/react@^19',
  '@types/react-dom@^19',
];

function run(command: string, args: string[], cwd: string): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
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

/** `npm pack` of a built workspace package (no rebuild: other tests may be reading its dist/). */
function pack(dir: string, destination: string): string {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string }[];
  if (!packed) throw new Error(`npm pack in ${dir} made nothing`);
  return join(destination, packed.filename);
}

const CONSUMER = `import { createClient } from '@genetrials/sdk';
import { GeneTrialsProvider, geneTrialsQueryKey, useGeneTrialsQuery } from '@genetrials/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';

declare const process: { argv: string[] };

function Titles() {
  const { data } = useGeneTrialsQuery('trials', { first: 2 });
  const titles: string[] = data?.trials.nodes.map((trial) => trial.title) ?? [];
  return <ul>{titles.map((title) => <li key={title}>{title}</li>)}</ul>;
}

const client = createClient({ url: process.argv[2] ?? '' });
const queryClient = new QueryClient();
// Fetched before rendering: the hook reads the same key from the cache.
await queryClient.prefetchQuery({
  queryKey: geneTrialsQueryKey('trials', { first: 2 }),
  queryFn: () => client.trials({ first: 2 }),
});
const html = renderToString(
  <QueryClientProvider client={queryClient}>
    <GeneTrialsProvider client={client}>
      <Titles />
    </GeneTrialsProvider>
  </QueryClientProvider>,
);
console.log(JSON.stringify({ items: html.match(/<li>/g)?.length ?? 0, html }));
`;

const BAD_CONSUMER = `import { useGeneTrialsQuery } from '@genetrials/react';

export function Wrong() {
  useGeneTrialsQuery('trialz', { first: 2 });
  const { data } = useGeneTrialsQuery('trials', { first: 2 });
  return data?.trials.nodes[0]?.titel;
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    jsx: 'react-jsx',
    strict: true,
    skipLibCheck: true,
    verbatimModuleSyntax: true,
    types: [],
    outDir: 'out',
  },
  files: ['consumer.tsx'],
};

const SDK_TSCONFIG = {
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
    outDir: 'out-sdk',
  },
  files: ['sdk-ok.ts'],
};

const SDK_CONSUMER = `import {
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

const SDK_BAD_CONSUMER = `import { createClient } from '@genetrials/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql' });

export async function misspelt(): Promise<string | undefined> {
  const page = await client.trials({ first: 2 });
  return page.trials.nodes[0]?.titel;
}
`;

async function consumerProject(root: string, manager: 'npm' | 'pnpm', tarballs: string[]): Promise<string> {
  const dir = join(root, `${manager}-consumer`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `${manager}-consumer`, private: true, type: 'module' }, null, 2),
  );
  if (manager === 'npm')
    await mustRun(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs, ...PEERS],
      dir,
    );
  else await mustRun('pnpm', ['add', '--ignore-workspace', '--prefer-offline', ...tarballs, ...PEERS], dir);
  writeFileSync(join(dir, 'consumer.tsx'), CONSUMER);
  writeFileSync(join(dir, 'bad.tsx'), BAD_CONSUMER);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(
    join(dir, 'tsconfig.bad.json'),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, files: ['bad.tsx'] }),
  );
  writeFileSync(join(dir, 'sdk-ok.ts'), SDK_CONSUMER);
  writeFileSync(join(dir, 'sdk-bad.ts'), SDK_BAD_CONSUMER);
  writeFileSync(join(dir, 'tsconfig.sdk.json'), JSON.stringify(SDK_TSCONFIG, null, 2));
  writeFileSync(
    join(dir, 'tsconfig.sdk-bad.json'),
    JSON.stringify({
      extends: './tsconfig.sdk.json',
      compilerOptions: { noEmit: true },
      files: ['sdk-bad.ts'],
    }),
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

describe('the packed hooks outside the workspace', () => {
  let root: string;
  let server: { child: ChildProcess; url: Promise<string> } | undefined;
  let tarballs: string[] = [];
  const projects: Partial<Record<'npm' | 'pnpm', Promise<string>>> = {};

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'genetrials-react-pack-'));
    server = startServer(root);
    const destination = join(root, 'packs');
    mkdirSync(destination);
    tarballs = [pack(packageDir, destination), pack(sdkDir, destination)];
    // Both installs at once (separate projects and stores); each test awaits its own.
    for (const manager of ['npm', 'pnpm'] as const) {
      const project = consumerProject(root, manager, tarballs);
      project.catch(() => {});
      projects[manager] = project;
    }
  }, 240_000);

  function installedProject(manager: 'npm' | 'pnpm'): Promise<string> {
    return projects[manager] ?? Promise.reject(new Error(`no ${manager} project: packing failed`));
  }

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

  it('declares its peers and ships only dist, types included', () => {
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', tarballs[0] ?? '', 'package/package.json'], { encoding: 'utf8' }),
    ) as { peerDependencies: Record<string, string>; dependencies?: Record<string, string> };
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([
      '@genetrials/sdk',
      '@tanstack/react-query',
      'graphql',
      'react',
    ]);
    expect(manifest.dependencies).toBeUndefined();
    const files = execFileSync('tar', ['-tzf', tarballs[0] ?? ''], { encoding: 'utf8' }).split('\n');
    expect(files).toEqual(expect.arrayContaining(['package/dist/index.js', 'package/dist/index.d.ts']));
    expect(files.filter((file) => file.startsWith('package/src/'))).toEqual([]);
  });

  for (const manager of ['npm', 'pnpm'] as const) {
    it.concurrent(`installs both with ${manager}; the SDK consumer type-checks, refuses a misspelt field and runs against a real server`, async ({
      expect,
    }) => {
      const dir = await installedProject(manager);

      const ok = await run(process.execPath, [tscBin, '-p', 'tsconfig.sdk.json', '--pretty', 'false'], dir);
      expect(ok.output).toBe('');
      expect(ok.exitCode).toBe(0);

      const bad = await run(
        process.execPath,
        [tscBin, '-p', 'tsconfig.sdk-bad.json', '--pretty', 'false'],
        dir,
      );
      expect(bad.exitCode).not.toBe(0);
      expect(bad.output).toMatch(/sdk-bad\.ts\(7,\d+\): error TS\d+: Property 'titel' does not exist/);

      const url = await server?.url;
      const result = await run(process.execPath, [join(dir, 'out-sdk', 'sdk-ok.js'), url ?? ''], dir);
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
    }, 300_000);

    it.concurrent(`installs both with ${manager}; the hooks' consumer type-checks, refuses wrong names and renders against a real server`, async ({
      expect,
    }) => {
      const dir = await installedProject(manager);

      const ok = await run(process.execPath, [tscBin, '-p', 'tsconfig.json', '--pretty', 'false'], dir);
      expect(ok.output).toBe('');
      expect(ok.exitCode).toBe(0);

      const bad = await run(process.execPath, [tscBin, '-p', 'tsconfig.bad.json', '--pretty', 'false'], dir);
      expect(bad.exitCode).not.toBe(0);
      expect(bad.output).toMatch(/bad\.tsx\(4,\d+\): error TS\d+: .*'"trialz"'/);
      expect(bad.output).toMatch(/bad\.tsx\(6,\d+\): error TS\d+: Property 'titel' does not exist/);

      const url = await server?.url;
      const result = await run(process.execPath, [join(dir, 'out', 'consumer.js'), url ?? ''], dir);
      expect(result.exitCode, result.output).toBe(0);
      const answer = JSON.parse(result.output.trim().split('\n').at(-1) ?? '') as {
        items: number;
        html: string;
      };
      expect(answer.items).toBe(2);
      // One copy of React: the app's, which the hooks use as a peer.
      const installed = JSON.parse(
        readFileSync(join(dir, 'node_modules', 'react', 'package.json'), 'utf8'),
      ) as {
        version: string;
      };
      expect(installed.version).toMatch(/^19\./);
    }, 300_000);
  }
});
