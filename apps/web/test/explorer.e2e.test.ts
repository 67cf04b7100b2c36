import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlProxy } from '../vite.config.js';

/**
 * The explorer end to end: a real server over a seeded SQLite file, the app
 * built by Vite and served by `vite preview` (which passes /graphql on to the
 * server), driven in headless Chromium.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

const webRoot = join(import.meta.dirname, '..');
const repoRoot = join(webRoot, '../..');
// The server's own folder as working directory: `--import tsx` resolves from there.
const serverRoot = join(repoRoot, 'apps/server');
const cli = join(serverRoot, 'src/cli.ts');
const artifacts = join(webRoot, 'test-artifacts');
let dir = '';
let env: NodeJS.ProcessEnv = {};
const run = promisify(execFile);

/**
 * Runs CLI commands one after another in one Node process (the `genetrials` program in-process,
 * as the CLI's own tests do: one start-up instead of one per command) and returns what the last
 * one printed. A command that fails or sets a failing exit code fails the whole run.
 */
async function genetrials(...commands: string[][]): Promise<string> {
  const program = pathToFileURL(join(serverRoot, 'src/program.ts')).href;
  const script = `
    const { createProgram } = await import(${JSON.stringify(program)});
    const commands = ${JSON.stringify(commands)};
    let last = '';
    for (const [index, args] of commands.entries()) {
      const log = console.log;
      if (index === commands.length - 1) console.log = (...values) => { last += values.join(' ') + '\\n'; };
      try {
        await createProgram({ exitOverride: true }).parseAsync(args, { from: 'user' });
      } finally {
        console.log = log;
      }
      if (process.exitCode) throw new Error('genetrials ' + args.join(' ') + ' failed');
    }
    process.stdout.write('\\n@@last ' + JSON.stringify(last) + '\\n', () => process.exit(0));
  `;
  const { stdout } = await run('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
    env,
    cwd: serverRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  const marker = stdout.match(/^@@last (.*)$/m);
  if (!marker?.[1]) throw new Error(`the CLI run printed no result: ${stdout}`);
  return JSON.parse(marker[1]) as string;
}

let server: ChildProcess | undefined;
let serverUrl = '';
let readerToken = '';
let site: PreviewServer | undefined;
let appUrl = '';
let browser: Browser | undefined;
let page: Page;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(serverUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

if (!haveChromium && inCi) {
  describe('explorer in Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: the explorer's end-to-end test cannot run. ` +
          'Install Debian chromium (.ci/run does) or set CHROMIUM_PATH.',
      );
    });
  });
}

describe.skipIf(!haveChromium)('explorer in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'genetrials-web-'));
    env = { ...process.env, DATABASE_URL: `file:${join(dir, 'explorer.db')}`, LOG_LEVEL: 'info' };
    // Synthetic trials (patients, outcomes, therapies) for paging and the forest plot; the curated
    // knowledge base for sources and conflicts; one registry record for sites, eligibility,
    // outcome measures and adverse events.
    const records = join(dir, 'ctgov');
    mkdirSync(records);
    copyFileSync(join(repoRoot, 'data/ctgov/NCT02369484.json'), join(records, 'NCT02369484.json'));
    // Seeding and the server, the app's production build and Chromium's launch are independent:
    // they run at the same time.
    const seededServer = (async () => {
      readerToken = (
        await genetrials(
          ['seed', '--synthetic', '--trials', '45', '--seed', '7'],
          ['seed', '--force'],
          ['import', 'ctgov', records, '--no-progress', '--report', join(dir, 'report.json')],
          ['token', 'create', '--name', 'explorer test', '--role', 'reader'],
        )
      ).trim();
      const child = spawn('node', ['--import', 'tsx', cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
        env,
        cwd: serverRoot,
      });
      server = child;
      let output = '';
      serverUrl = await new Promise<string>((resolve, reject) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = output.match(/"url":"([^"]+)"/);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
      });
    })();
    const built = (async () => {
      // A production build, as `pnpm --filter @genetrials/web build` makes it (vitest sets NODE_ENV=test).
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({
          root: webRoot,
          mode: 'production',
          logLevel: 'warn',
          build: { outDir: join(dir, 'dist'), emptyOutDir: true },
        });
      } finally {
        process.env.NODE_ENV = nodeEnv;
      }
    })();
    const launched = chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    // Whatever fails, everything started is awaited (and so closed in afterAll).
    const [seeding, building, launching] = await Promise.allSettled([seededServer, built, launched]);
    if (launching.status === 'fulfilled') browser = launching.value;
    for (const outcome of [seeding, building, launching])
      if (outcome.status === 'rejected') throw outcome.reason;
    if (!browser) throw new Error('Chromium did not start');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    site = await preview({
      root: webRoot,
      logLevel: 'warn',
      build: { outDir: join(dir, 'dist') },
      preview: {
        host: '127.0.0.1',
        port: 0,
        strictPort: false,
        proxy: graphqlProxy(new URL(serverUrl).origin),
      },
    });
    const address = site.httpServer.address() as AddressInfo;
    appUrl = `http://127.0.0.1:${address.port}/`;
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads, filters, pages, draws the forest plot and opens a trial', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Everything comes from the app's own origin: no CDN, fonts or scripts from elsewhere.
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(appUrl)) foreign.push(request.url());
    });

    await page.goto(appUrl);
    const rows = page.getByTestId('trial-row');
    await expect.poll(() => rows.count()).toBe(20);
    const all = await gql<{ trials: { totalCount: number } }>('{ trials { totalCount } }');
    expect(all.trials.totalCount).toBe(49);
    await expect.poll(() => page.getByTestId('total-count').textContent()).toBe('49 trials');

    // The forest plot: one whisker per trial with patient outcomes, at the server's own intervals.
    const forest = await gql<{
      trials: {
        nodes: {
          id: string;
          outcome: { objectiveResponseRate: { ci95: { lower: number; upper: number } } };
        }[];
      };
    }>(
      `{ trials(filter: { hasOutcomeData: true }, orderBy: { field: RESPONSE_RATE, direction: DESC }, first: 25) {
           nodes { id outcome { objectiveResponseRate { ci95 { lower upper } } } } } }`,
    );
    const trialMarks = page.locator('[data-testid=forest-plot] [data-testid=forest-row][data-kind=trial]');
    await expect.poll(() => trialMarks.count()).toBe(forest.trials.nodes.length);
    expect(forest.trials.nodes.length).toBeGreaterThan(5);
    const first = forest.trials.nodes[0];
    if (!first) throw new Error('no trial with outcomes');
    const mark = page.locator(`[data-testid=forest-row][data-key="${first.id}"]`);
    expect(Number(await mark.getAttribute('data-lower'))).toBeCloseTo(
      first.outcome.objectiveResponseRate.ci95.lower,
      9,
    );
    expect(Number(await mark.getAttribute('data-upper'))).toBeCloseTo(
      first.outcome.objectiveResponseRate.ci95.upper,
      9,
    );
    const whisker = mark.locator('line.ci');
    const x1 = Number(await whisker.getAttribute('x1'));
    const x2 = Number(await whisker.getAttribute('x2'));
    expect(x2).toBeGreaterThan(x1);
    expect(await page.locator('[data-testid=forest-plot] line.ci').count()).toBeGreaterThan(
      forest.trials.nodes.length,
    );
    // Pooled rows (per modality and therapy) are drawn as well.
    expect(await page.locator('[data-testid=forest-row][data-kind=pooled]').count()).toBeGreaterThan(0);
    // Counts over start years: the bars add up to the trials with a start year.
    const years = await gql<{ stats: { byStartYear: { key: number | null; count: number }[] } }>(
      '{ stats { byStartYear { key count } } }',
    );
    const dated = years.stats.byStartYear.filter((b) => b.key !== null).reduce((sum, b) => sum + b.count, 0);
    const barCounts = await page
      .getByTestId('year-bar')
      .evaluateAll((bars) => bars.reduce((sum, bar) => sum + Number(bar.getAttribute('data-count')), 0));
    expect(barCounts).toBe(dated);

    // Paging: the next page holds other trials; previous returns to the first.
    const firstPage = await rows.locator('a').allTextContents();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.getByTestId('page-number').textContent()).toBe('Page 2');
    await expect.poll(async () => (await rows.locator('a').allTextContents())[0]).not.toBe(firstPage[0]);
    const secondPage = await rows.locator('a').allTextContents();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.getByTestId('page-number').textContent()).toBe('Page 3');
    await expect.poll(() => rows.count()).toBe(49 - 40);
    expect(await page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '← Previous' }).click();
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect.poll(async () => (await rows.locator('a').allTextContents())[0]).toBe(firstPage[0]);

    // Filtering by phase: the table and the count follow the server's answer for the same filter.
    const phase = await gql<{ trials: { totalCount: number } }>(
      '{ trials(filter: { phases: [PHASE_2] }) { totalCount } }',
    );
    expect(phase.trials.totalCount).toBeGreaterThan(0);
    await page.locator('select[name=phase]').selectOption('PHASE_2');
    await expect
      .poll(() => page.getByTestId('total-count').textContent())
      .toBe(`${phase.trials.totalCount} trial${phase.trials.totalCount === 1 ? '' : 's'}`);
    await expect
      .poll(
        async () => new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-phase')))),
      )
      .toEqual(new Set(['PHASE_2']));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('total-count').textContent()).toBe('49 trials');

    // Searching lists trials by their text.
    await page.getByRole('searchbox', { name: 'Search trials' }).fill('MART-1');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const hit = page.getByTestId('search-hit').first();
    await expect.poll(() => hit.locator('a').textContent()).toContain('MART-1');

    // A trial's page: construct, reviews with assessments, conflicts side by side, sources per fact.
    await hit.locator('a').click();
    const trialPage = page.getByTestId('trial-page');
    await expect.poll(() => trialPage.locator('h1').textContent()).toContain('MART-1');
    expect(await page.getByTestId('construct').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('review').count()).toBeGreaterThan(0);
    expect(await page.locator('.assessment').count()).toBeGreaterThan(0);
    const conflicts = page.getByTestId('conflict');
    expect(await conflicts.count()).toBeGreaterThan(0);
    expect(await conflicts.first().locator('.claim-card').count()).toBeGreaterThan(1);
    expect(await page.locator('#sources .claims dd').count()).toBeGreaterThan(0);
    expect(await trialPage.locator('[data-testid=forest-row] line.ci').count()).toBe(1);
    // Patients need a reader token; with one they are listed.
    expect(await page.getByTestId('patients-locked').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Reader token' }).fill(readerToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await expect.poll(() => page.locator('[data-testid=patients] tbody tr').count()).toBe(17);

    // A registry record: eligibility, sites, outcome measures, adverse events and its reported rate.
    const registry = await gql<{ trial: { id: string } }>('{ trial(nctId: "NCT02369484") { id } }');
    await page.goto(`${appUrl}#/trial/${encodeURIComponent(registry.trial.id)}`);
    await expect.poll(() => trialPage.locator('h1').textContent()).toContain('Afatinib');
    await expect.poll(() => page.locator('#sites tbody tr').count()).toBe(5);
    expect(await page.locator('#eligibility .criteria').count()).toBe(1);
    expect(await page.locator('#outcome-measures li').count()).toBe(10);
    expect(await page.locator('#adverse-events tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('#outcome [data-kind=registry] line.ci').count()).toBe(1);

    // Back to the explorer for the artefact: the table and the forest plot.
    await page.goto(appUrl);
    await expect.poll(() => trialMarks.count()).toBe(forest.trials.nodes.length);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'explorer.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
