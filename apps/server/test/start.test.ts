import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Resolves once `check` holds, polling every 250 ms; rejects after `ms`. */
async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The one real launch of the README's command: `pnpm start` as a user runs it.
describe('pnpm start', () => {
  it('serves in production mode on loopback, and SIGTERM to pnpm stops the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-start-'));
    // The defaults under test: no NODE_ENV (vitest sets one), no HOST.
    const { NODE_ENV: _nodeEnv, HOST: _host, ...inherited } = process.env;
    const env = { ...inherited, PORT: '0', DATABASE_URL: `file:${join(dir, 'start.db')}`, LOG_LEVEL: 'info' };
    const child: ChildProcess = spawn('pnpm', ['start'], {
      cwd: repoRoot,
      // Its own process group, so a failed test can clean up everything it started.
      detached: true,
      env,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = output.match(/"url":"([^"]+)"/);
          if (match?.[1]) {
            clearInterval(timer);
            resolve(match[1]);
          }
        }, 100);
        child.once('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`pnpm start exited early (${code}): ${output}`));
        });
      });
      const origin = new URL(url).origin;
      // Loopback by default, production semantics by default.
      expect(new URL(url).hostname).toBe('127.0.0.1');
      expect(output).toContain('"mode":"production"');
      const health = await fetch(`${origin}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', trials: 3 });

      const exited = new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) resolve(child.exitCode);
        else child.once('exit', (code) => resolve(code));
      });
      child.kill('SIGTERM');
      await exited;
      // The server under pnpm shuts down too: the port stops answering.
      await eventually(
        () =>
          fetch(`${origin}/health`).then(
            async (res) => {
              await res.text();
              return false;
            },
            () => true,
          ),
        30_000,
        'the port to close after SIGTERM',
      );
      await eventually(async () => output.includes('shutting down'), 10_000, 'the shutdown log line');
    } finally {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // the group is already gone
        }
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
