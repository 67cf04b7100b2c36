// @vitest-environment node
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The hooks as an app outside the workspace gets them: this package and the SDK packed with npm
// (from the dist/ the build left), installed from the tarballs with npm and with pnpm beside their
// peers from the registry, a consumer type-checked (a wrong operation name and a misspelt field must
// fail) and rendered with react-dom/server against a real server.

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

async function consumerProject(root: string, manager: 'npm' | 'pnpm', tarballs: string[]): Promise<string> {
  const dir = join(root, `${manager}-consumer`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `${manager}-consumer`, private: true, type: 'module' }, null, 2),
  );
  if (manager === 'npm')
    await mustRun('npm', ['install', '--no-audit', '--no-fund', ...tarballs, ...PEERS], dir);
  else await mustRun('pnpm', ['add', '--ignore-workspace', ...tarballs, ...PEERS], dir);
  writeFileSync(join(dir, 'consumer.tsx'), CONSUMER);
  writeFileSync(join(dir, 'bad.tsx'), BAD_CONSUMER);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(
    join(dir, 'tsconfig.bad.json'),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, files: ['bad.tsx'] }),
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

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'genetrials-react-pack-'));
    server = startServer(root);
    const destination = join(root, 'packs');
    mkdirSync(destination);
    tarballs = [pack(packageDir, destination), pack(sdkDir, destination)];
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
    it(`installs with ${manager}, type-checks a consumer, refuses wrong names and renders against a real server`, async () => {
      const dir = await consumerProject(root, manager, tarballs);

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
