import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedKnowledgeBase, seedSynthetic } from '@genetrials/ingest';
import { createDb, migrateDb, tables } from '@genetrials/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { csvField, csvRecord, EXPORT_COLUMNS, exportFilterSql, exportTrials } from '../src/export.js';
import { parseCsv } from './csv.js';
import { startTestServer, type TestServer } from './harness.js';
import { runExportCli } from './run-cli.js';

const TRICKY_TITLE = 'CAR-T, "armored" (IL-12)\nsecond line, and a\r\nCRLF';

let server: TestServer;
let trickyNctId: string;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  await seedSynthetic(server.db, { trials: 300, seed: 7 });
  await seedKnowledgeBase(server.db);
  const [first] = await server.db
    .select({ id: tables.trials.id, nctId: tables.trials.nctId })
    .from(tables.trials)
    .where(eq(tables.trials.id, 5));
  trickyNctId = first?.nctId as string;
  // Written past the write layer on purpose: the export must survive any stored text.
  await server.db.update(tables.trials).set({ title: TRICKY_TITLE }).where(eq(tables.trials.id, 5));
}, 180_000);
afterAll(() => server.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.origin + path, { headers });
  return { res, text: await res.text() };
}

/** Every trial GraphQL serves for the filter, paged through 100 at a time. */
interface TrialPage {
  trials: {
    nodes: { nctId: string | null; title: string; phase: string | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function allViaGraphql(filter?: unknown) {
  const out: TrialPage['trials']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const result: { body: { data?: TrialPage; errors?: unknown[] } } = await server.gql<TrialPage>(
      `query($after: String, $filter: TrialFilter) { trials(first: 100, after: $after, filter: $filter) {
        nodes { nctId title phase } pageInfo { hasNextPage endCursor } } }`,
      { after, filter },
    );
    expect(result.body.errors).toBeUndefined();
    const page: TrialPage['trials'] | undefined = result.body.data?.trials;
    if (!page) throw new Error('no page');
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

const key = (t: { nctId: string | null; title: string; phase: string | null }) =>
  JSON.stringify([t.nctId, t.title, t.phase]);

describe('GET /export/trials.ndjson', () => {
  it('streams one JSON object per line, equal to what GraphQL serves for every trial', async () => {
    const { res, text } = await get('/export/trials.ndjson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="genetrials-trials.ndjson"');
    expect(text.endsWith('\n')).toBe(true);
    const rows = text
      .slice(0, -1)
      .split('\n')
      .map((line) => JSON.parse(line));
    const viaGraphql = await allViaGraphql();
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.length).toBe(viaGraphql.length);
    expect(rows.map(key).sort()).toEqual(viaGraphql.map(key).sort());
    expect(Object.keys(rows[0])).toEqual([...EXPORT_COLUMNS]);
    expect(rows.find((row) => row.nctId === trickyNctId)?.title).toBe(TRICKY_TITLE);
    // Public trial-level fields only: nothing patient-level.
    expect(text).not.toMatch(/subjectCode|bestResponse|"patients"/);
  }, 120_000);

  it('reads in keyset batches: any batch size gives the same trials in id order', async () => {
    const collect = async (size: number) => {
      const out = [];
      for await (const trial of exportTrials(server.db, undefined, size)) out.push(trial);
      return out;
    };
    const small = await collect(7);
    expect(small).toEqual(await collect(500));
    server.statements.length = 0;
    await collect(100);
    const reads = server.statements.filter((s) => /from "trials"/.test(s) && /limit/i.test(s));
    expect(reads.length).toBe(Math.ceil(small.length / 100) + (small.length % 100 === 0 ? 1 : 0));
  }, 120_000);

  it('honours a filter, as GraphQL does', async () => {
    const filter = { phases: ['PHASE_1', 'PHASE_1_2'], startYear: { min: 2010 } };
    const { res, text } = await get(
      `/export/trials.ndjson?filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );
    expect(res.status).toBe(200);
    const rows = text
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const viaGraphql = await allViaGraphql(filter);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(300);
    expect(rows.map(key).sort()).toEqual(viaGraphql.map(key).sort());
    for (const row of rows) expect(['PHASE_1', 'PHASE_1_2']).toContain(row.phase);
  }, 120_000);

  it.each([
    ['{not json', 'filter', 'json'],
    ['[1]', 'filter', 'type'],
    ['{"phases":["PHASE_9"]}', 'filter.phases.0', 'type'],
    ['{"colour":"red"}', 'filter', 'type'],
    ['{"startYear":{"min":2020,"max":2010}}', 'filter.startYear.min', 'inverted_range'],
    ['{"nctIds":["NCT1"]}', 'filter.nctIds.0', 'nct_id_format'],
  ])('refuses filter %s with 400 BAD_USER_INPUT', async (filter, path, rule) => {
    const { res, text } = await get(`/export/trials.csv?filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBeTruthy();
    const issues = body.errors[0].extensions.issues as { path: string; rule: string }[];
    expect(issues.some((issue) => issue.path.startsWith(path) && issue.rule === rule)).toBe(true);
  });

  it('refuses other methods', async () => {
    const res = await fetch(`${server.origin}/export/trials.csv`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
  });
});

describe('GET /export/trials.csv', () => {
  it('is RFC 4180 (header row, CRLF, quoted fields) and parses back to the NDJSON rows', async () => {
    const [{ res, text }, ndjson] = await Promise.all([
      get('/export/trials.csv'),
      get('/export/trials.ndjson'),
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="genetrials-trials.csv"');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    const objects = ndjson.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.length - 1).toBe(objects.length);
    const asCsv = (value: unknown) =>
      value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
    for (const [i, object] of objects.entries())
      expect(rows[i + 1]).toEqual(EXPORT_COLUMNS.map((column) => asCsv(object[column])));
    const tricky = rows.find((row) => row[0] === trickyNctId);
    expect(tricky?.[1]).toBe(TRICKY_TITLE);
    expect(text).toContain(`"${TRICKY_TITLE.replaceAll('"', '""')}"`);
  }, 120_000);

  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
    expect(csvField(['a', 'b'])).toBe('a; b');
    expect(csvRecord(['x', 'y,z', null])).toBe('x,"y,z",\r\n');
    expect(parseCsv(csvRecord(['"', ',', '\r\n', '']))).toEqual([['"', ',', '\r\n', '']]);
  });

  it('exportFilterSql accepts no filter and an empty one', () => {
    expect(exportFilterSql(undefined)).toBeUndefined();
    expect(exportFilterSql('')).toBeUndefined();
  });
});

describe('genetrials export trials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'genetrials-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const url = `file:${join(dir, 'cli.db')}`;

  it('writes the same bytes as the HTTP export, with and without a filter', async () => {
    const db = createDb({ url });
    await migrateDb(db);
    await seedSynthetic(db, { trials: 120, seed: 3 });
    const http = createServer(createApp({ db, config: { production: true, graphiql: false } }));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const filter = '{"phases":["PHASE_2"]}';
      for (const [format, query] of [
        ['csv', ''],
        ['ndjson', ''],
        ['csv', filter],
      ] as const) {
        const out = join(dir, `out-${format}-${query.length}.${format}`);
        const run = await runExportCli(
          ['export', 'trials', '--format', format, ...(query ? ['--filter', query] : []), '--out', out],
          url,
        );
        expect(run).toEqual({ exitCode: 0, stderr: '' });
        const viaHttp = await (
          await fetch(
            `${origin}/export/trials.${format}${query ? `?filter=${encodeURIComponent(query)}` : ''}`,
          )
        ).arrayBuffer();
        const written = readFileSync(out);
        expect(written.length).toBeGreaterThan(100);
        expect(Buffer.compare(written, Buffer.from(viaHttp))).toBe(0);
      }
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      db.client.close();
    }
  }, 120_000);

  it('refuses a bad filter and an unknown export before opening the database', async () => {
    const bad = await runExportCli(['export', 'trials', '--filter', '{"phases":["NOPE"]}'], url);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/filter\.phases\.0/);
    const unknown = await runExportCli(['export', 'adverse-events'], url);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toMatch(/adverse-events as fhir-ndjson/);
  });
});
