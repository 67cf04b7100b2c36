import { vi } from 'vitest';
import { createProgram } from '../src/program.js';

/**
 * Runs `genetrials <args>` in this process against `databaseUrl` (logs silent), the way the
 * export tests use the CLI: its exit code and what it wrote to stderr. The environment, the exit
 * code and console.error are restored afterwards. (cli.test.ts has its own richer runner that also
 * captures stdout and logs.)
 */
export async function runExportCli(
  args: string[],
  databaseUrl: string,
): Promise<{ exitCode: number; stderr: string }> {
  const savedEnv = { ...process.env };
  process.env = { ...savedEnv, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
  let stderr = '';
  const spy = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    stderr += `${parts.join(' ')}\n`;
  });
  const program = createProgram({
    exitOverride: true,
    output: { writeOut: () => {}, writeErr: (text) => (stderr += text) },
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return { exitCode: Number(process.exitCode ?? 0), stderr };
  } finally {
    spy.mockRestore();
    process.exitCode = undefined;
    process.env = savedEnv;
  }
}
