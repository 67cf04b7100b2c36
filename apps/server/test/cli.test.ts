import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createProgram } from '../src/program.js';

// The commands run in-process (fast and steady under load); one test launches the real executable.
const dir = mkdtempSync(join(tmpdir(), 'genetrials-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

interface Run {
  stdout: string;
  stderr: string;
  log: string;
  exitCode: number;
}

/** Runs `genetrials <args>` in-process against `db`, capturing what it prints and logs. */
async function genetrials(args: string[], db = 'default.db', env: Record<string, string> = {}): Promise<Run> {
  Object.assign(process.env, { DATABASE_URL: `file:${join(dir, db)}`, LOG_LEVEL: 'info', ...env });
  let stdout = '';
  let stderr = '';
  let log = '';
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(' ')}\n`;
  });
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    stderr += `${parts.join(' ')}\n`;
  });
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString();
      done();
    },
  });
  const program = createProgram({
    logDestination,
    exitOverride: true,
    output: { writeOut: (text) => (stdout += text), writeErr: (text) => (stderr += text) },
  });
  let exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
    exitCode = Number(process.exitCode ?? 0);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    if (code === undefined) stderr += (error as Error).message;
    exitCode = code ?? 1;
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
  return { stdout, stderr, log, exitCode };
}

describe('genetrials CLI (in-process)', () => {
  it('prints help for the program and each command', async () => {
    const help = await genetrials(['--help']);
    for (const command of ['serve', 'migrate', 'seed', 'token', 'import'])
      expect(help.stdout).toContain(command);
    expect((await genetrials(['serve', '--help'])).stdout).toContain('--port');
    expect((await genetrials(['seed', '--help'])).stdout).toContain('--force');
  });

  it('rejects an invalid environment with a clear message', async () => {
    const failure = await genetrials(['migrate'], 'bad.db', { PORT: 'eighty' });
    expect(failure.exitCode).toBe(1);
    expect(failure.stderr).toMatch(/PORT/);
  });

  it('seeds an empty database once, then leaves it alone', async () => {
    const first = await genetrials(['seed'], 'seed.db');
    expect(first.log).toContain('seeded the curated knowledge base');
    const second = await genetrials(['seed'], 'seed.db');
    expect(second.log).toContain('nothing seeded');
  });

  it('generates a synthetic data set and reports rows/s, only into an empty database', async () => {
    const first = await genetrials(['seed', '--synthetic', '--trials', '20', '--seed', '3'], 'synthetic.db');
    expect(first.log).toMatch(/20 trials, [\d,]+ rows .* rows\/s/);
    const again = await genetrials(['seed', '--synthetic', '--trials', '20'], 'synthetic.db');
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/empty database/);
  });

  it('creates, lists and revokes tokens, printing the secret once', async () => {
    const created = await genetrials(
      ['token', 'create', '--role', 'curator', '--name', 'curation laptop'],
      'tokens.db',
    );
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^gt_[A-Za-z0-9_-]{40,}$/);
    expect(created.stderr).toContain('cannot be shown again');
    const listed = await genetrials(['token', 'list'], 'tokens.db');
    expect(listed.stdout).toMatch(/#1\tcurator\t.*active.*curation laptop/);
    expect(listed.stdout).not.toContain(secret);
    expect((await genetrials(['token', 'revoke', '1'], 'tokens.db')).exitCode).toBe(0);
    expect((await genetrials(['token', 'list'], 'tokens.db')).stdout).toContain('revoked');
    const missing = await genetrials(['token', 'revoke', '99'], 'tokens.db');
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('No token #99');
    const bad = await genetrials(['token', 'create', '--role', 'superuser', '--name', 'x'], 'tokens.db');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/superuser/);
  });
});

describe('genetrials executable (one real launch)', () => {
  it('serves the seeded knowledge base and shuts down gracefully on SIGTERM', async () => {
    const cli = ['--import', 'tsx', new URL('../src/cli.ts', import.meta.url).pathname];
    const child: ChildProcess = spawn('node', [...cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: `file:${join(dir, 'serve.db')}`, LOG_LEVEL: 'info' },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/"url":"([^"]+)"/);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trials(first: 1) { totalCount } }' }),
    });
    expect(await res.json()).toEqual({ data: { trials: { totalCount: 3 } } });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
  }, 120_000);
});
