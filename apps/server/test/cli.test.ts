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
    const serveHelp = (await genetrials(['serve', '--help'])).stdout;
    expect(serveHelp).toContain('--port');
    expect(serveHelp).toContain('--dev');
    expect((await genetrials(['token', 'create', '--help'])).stdout).toContain('--expires-in');
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

  it('creates expiring tokens (--expires-in 12h, 30d, 8w), lists their expiry, refuses bad lifetimes', async () => {
    const db = 'expiry.db';
    const created = await genetrials(
      ['token', 'create', '--role', 'reader', '--name', 'notebook', '--expires-in', '30d'],
      db,
    );
    expect(created.exitCode).toBe(0);
    expect(created.stdout.trim()).toMatch(/^gt_/);
    const expiresAt = /expires (\S+)\)/.exec(created.stderr)?.[1] as string;
    expect(Math.abs(Date.parse(expiresAt) - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);
    for (const lifetime of ['12h', '8w'])
      expect(
        (
          await genetrials(
            ['token', 'create', '--role', 'reader', '--name', lifetime, '--expires-in', lifetime],
            db,
          )
        ).exitCode,
      ).toBe(0);
    const forever = await genetrials(['token', 'create', '--role', 'admin', '--name', 'forever'], db);
    expect(forever.stderr).toContain('does not expire');

    const listed = (await genetrials(['token', 'list'], db)).stdout;
    expect(listed).toContain(`#1\treader\t`);
    expect(listed).toMatch(
      new RegExp(`#1\\t.*active\\texpires ${expiresAt.replace(/\./g, '\\.')}\\t.*notebook`),
    );
    expect(listed).toMatch(/#4\tadmin\t.*active\tno expiry\t.*forever/);

    for (const badLifetime of ['1y', '0d', '30', 'soon', '-5d']) {
      const bad = await genetrials(
        ['token', 'create', '--role', 'reader', '--name', 'bad', '--expires-in', badLifetime],
        db,
      );
      expect(bad.exitCode, badLifetime).toBe(1);
      expect(bad.stderr).toMatch(/12h, 30d or 8w/);
      expect(bad.stdout).not.toMatch(/gt_/);
    }
    // Nothing was created by the refused commands.
    expect((await genetrials(['token', 'list'], db)).stdout.trim().split('\n')).toHaveLength(4);
  });

  it('lists an expired token as expired', async () => {
    const db = 'expired.db';
    await genetrials(['token', 'create', '--role', 'reader', '--name', 'old', '--expires-in', '1h'], db);
    const { createDb } = await import('@genetrials/schema/db');
    const handle = createDb({ url: `file:${join(dir, db)}` });
    await handle.client.execute("update api_tokens set expires_at = '2020-01-01T00:00:00.000Z'");
    handle.client.close();
    expect((await genetrials(['token', 'list'], db)).stdout).toMatch(
      /#1\treader\t.*\texpired\texpired 2020-01-01T00:00:00\.000Z\t/,
    );
  });

  it('revoking a revoked token keeps the first revocation time and exits 0 with a clear message', async () => {
    const db = 'revoke.db';
    await genetrials(['token', 'create', '--role', 'reader', '--name', 'laptop'], db);
    const first = await genetrials(['token', 'revoke', '1'], db);
    expect(first.exitCode).toBe(0);
    const revokedAt = /revoked at (\S+)\.$/m.exec(first.stdout)?.[1] as string;
    expect(Number.isNaN(Date.parse(revokedAt))).toBe(false);
    const again = await genetrials(['token', 'revoke', '1'], db);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain(`Token #1 was already revoked at ${revokedAt}; nothing changed.`);
    expect((await genetrials(['token', 'list'], db)).stdout).toContain(`revoked ${revokedAt}`);
    const notANumber = await genetrials(['token', 'revoke', 'one'], db);
    expect(notANumber.exitCode).toBe(1);
    expect(notANumber.stderr).toContain('No token #one');
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
