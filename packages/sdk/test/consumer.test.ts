import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// A consumer's view of the package: test/consumer/*.ts import `@genetrials/sdk`,
// which resolves through package.json "exports" (self-reference) to dist/.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const consumerDir = join(packageDir, 'test', 'consumer');
const tscBin = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

interface TscResult {
  exitCode: number;
  output: string;
}

function tsc(project: string): Promise<TscResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tscBin, '-p', join(consumerDir, project), '--pretty', 'false'],
      { cwd: packageDir },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('consumer type check against the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(packageDir, 'dist', 'index.d.ts'))) {
      throw new Error(
        'dist/index.d.ts is missing: run `pnpm --filter @genetrials/sdk build` before the tests',
      );
    }
  });

  it('compiles a correct consumer', async () => {
    const { exitCode, output } = await tsc('tsconfig.json');
    expect(output).toBe('');
    expect(exitCode).toBe(0);
  }, 30_000);

  it('rejects a misspelt field in a shipped result and in a custom graphql() query', async () => {
    const { exitCode, output } = await tsc('tsconfig.bad.json');
    expect(exitCode).not.toBe(0);
    const errors = output.split('\n').filter((line) => / error TS\d+:/.test(line));
    expect(errors[0]).toMatch(/bad\.ts\(8,\d+\): error TS\d+: Property 'titel' does not exist/);
    // request() refuses the custom document and names the unknown field.
    expect(errors[1]).toMatch(/bad\.ts\(15,\d+\): error TS2345: /);
    expect(output).toMatch(/'unknown field in document': "trials\.nodes\.titel"/);
    // Only the deliberate mistakes fail.
    expect(errors).toHaveLength(2);
  }, 30_000);
});
