import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = ['--import', 'tsx', new URL('../src/cli.ts', import.meta.url).pathname];
const dir = mkdtempSync(join(tmpdir(), 'genetrials-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(db: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: `file:${join(dir, db)}`, LOG_LEVEL: 'info' };
}

describe('genetrials CLI', () => {
  it('prints help for the program and each command', async () => {
    const { stdout } = await run('node', [...cli, '--help']);
    for (const command of ['serve', 'migrate', 'seed']) expect(stdout).toContain(command);
    expect((await run('node', [...cli, 'serve', '--help'])).stdout).toContain('--port');
    expect((await run('node', [...cli, 'seed', '--help'])).stdout).toContain('--force');
  });

  it('rejects an invalid environment with a clear message', async () => {
    const failure = await run('node', [...cli, 'migrate'], {
      env: { ...env('bad.db'), PORT: 'eighty' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/PORT/);
  });

  it('seeds an empty database once, then leaves it alone', async () => {
    const first = await run('node', [...cli, 'seed'], { env: env('seed.db') });
    expect(first.stdout).toContain('seeded the curated knowledge base');
    const second = await run('node', [...cli, 'seed'], { env: env('seed.db') });
    expect(second.stdout).toContain('nothing seeded');
  });

  it('generates a synthetic data set and reports rows/s, only into an empty database', async () => {
    const first = await run('node', [...cli, 'seed', '--synthetic', '--trials', '20', '--seed', '3'], {
      env: env('synthetic.db'),
    });
    expect(first.stdout).toMatch(/20 trials, [\d,]+ rows .* rows\/s/);
    const again = await run('node', [...cli, 'seed', '--synthetic', '--trials', '20'], {
      env: env('synthetic.db'),
    }).catch((e: { code: number; stderr: string }) => e);
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr).toMatch(/empty database/);
  });

  it('creates, lists and revokes tokens, printing the secret once', async () => {
    const created = await run(
      'node',
      [...cli, 'token', 'create', '--role', 'curator', '--name', 'curation laptop'],
      { env: env('tokens.db') },
    );
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^gt_[A-Za-z0-9_-]{40,}$/);
    expect(created.stderr).toContain('cannot be shown again');
    const listed = await run('node', [...cli, 'token', 'list'], { env: env('tokens.db') });
    expect(listed.stdout).toMatch(/#1\tcurator\t.*active.*curation laptop/);
    expect(listed.stdout).not.toContain(secret);
    await run('node', [...cli, 'token', 'revoke', '1'], { env: env('tokens.db') });
    expect((await run('node', [...cli, 'token', 'list'], { env: env('tokens.db') })).stdout).toContain(
      'revoked',
    );
    const bad = await run('node', [...cli, 'token', 'create', '--role', 'superuser', '--name', 'x'], {
      env: env('tokens.db'),
    }).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(/superuser/);
  });

  it('serves the seeded knowledge base and shuts down gracefully on SIGTERM', async () => {
    const child: ChildProcess = spawn('node', [...cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      env: env('serve.db'),
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
  });
});
