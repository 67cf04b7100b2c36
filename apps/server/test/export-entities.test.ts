import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedKnowledgeBase, seedSynthetic } from '@genetrials/ingest';
import { findDirectIdentifiers, tables } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_EXPORT_SPECS, patientExport, reviewExport, therapyExport } from '../src/export-entities.js';
import { parseCsv } from './csv.js';
import { startTestServer, type TestServer } from './harness.js';
import { runExportCli } from './run-cli.js';

// The therapy, review and patient exports against a real server over the seeded knowledge base:
// the rows equal what GraphQL serves for the same filter, CSV parses back, patients only for
// reader tokens and de-identified, bad filters refused with the field named, batched reads.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
  // Volume beside the curated seed: about 50 patients per trial, reviews with assessments.
  await seedSynthetic(server.db, { trials: 12, seed: 5 });
  await seedKnowledgeBase(server.db);
}, 120_000);
afterAll(() => server.close());

async function get(path: string, token?: string) {
  const res = await fetch(server.origin + path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { res, text: await res.text() };
}

const ndjson = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const q = (name: string, value: unknown) => `${name}=${encodeURIComponent(JSON.stringify(value))}`;

interface Page {
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** Ids (and one key field) of every node GraphQL serves for `field(filter:)`, paged. */
async function viaGraphql(field: string, type: string, selection: string, filter?: unknown, role?: 'reader') {
  const out: Record<string, unknown>[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: { body: { data?: Record<string, Page>; errors?: unknown[] } } = await server.gql<
      Record<string, Page>
    >(
      `query($after: String, $filter: ${type}) { ${field}(first: 100, after: $after, filter: $filter) {
        nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { after, filter },
      role ? { role } : {},
    );
    expect(body.errors).toBeUndefined();
    const page: Page | undefined = body.data?.[field];
    if (!page) throw new Error('no page');
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

const byId = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('GET /export/therapies.*', () => {
  it('serves what GraphQL serves, with and without a filter, as NDJSON and CSV', async () => {
    for (const filter of [
      undefined,
      { modalities: ['CAR_T_CELL'] },
      { or: [{ name: 'cel' }, { vectors: ['LENTIVIRUS'] }] },
    ]) {
      const suffix = filter ? `?${q('filter', filter)}` : '';
      const { res, text } = await get(`/export/therapies.ndjson${suffix}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="genetrials-therapies.ndjson"',
      );
      const rows = ndjson(text);
      const graphql = await viaGraphql('therapies', 'TherapyFilter', 'id name modality', filter);
      expect(rows.length).toBeGreaterThan(0);
      expect(byId(rows).map((r) => [r.id, r.name, r.modality])).toEqual(
        byId(graphql).map((r) => [r.id, r.name, r.modality]),
      );
      expect(Object.keys(rows[0] as object)).toEqual([...therapyExport.columns]);
      const csv = await get(`/export/therapies.csv${suffix}`);
      expect(csv.res.headers.get('content-type')).toMatch(/^text\/csv/);
      const table = parseCsv(csv.text);
      expect(table[0]).toEqual([...therapyExport.csvColumns]);
      expect(table.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
    }
    const all = ndjson((await get('/export/therapies.ndjson')).text);
    const filtered = ndjson(
      (await get(`/export/therapies.ndjson?${q('filter', { modalities: ['CAR_T_CELL'] })}`)).text,
    );
    expect(filtered.length).toBeLessThan(all.length);
  });
});

describe('GET /export/reviews.*', () => {
  it('serves what GraphQL serves, assessments nested in NDJSON and counted in CSV', async () => {
    const [trial] = await viaGraphql('trials', 'TrialFilter', 'id');
    for (const filter of [undefined, { stances: ['FAVORABLE'] }, { aboutTrials: [trial?.id] }]) {
      const suffix = filter ? `?${q('filter', filter)}` : '';
      const rows = ndjson((await get(`/export/reviews.ndjson${suffix}`)).text);
      const graphql = await viaGraphql(
        'reviews',
        'ReviewFilter',
        'id title assessments { stance expert }',
        filter,
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(byId(rows).map((r) => [r.id, r.title])).toEqual(byId(graphql).map((r) => [r.id, r.title]));
      for (const row of rows) {
        const other = graphql.find((r) => r.id === row.id) as {
          assessments: { stance: string; expert: string }[];
        };
        const mine = row.assessments as { stance: string; expert: string }[];
        expect(mine.map((a) => [a.expert, a.stance]).sort()).toEqual(
          other.assessments.map((a) => [a.expert, a.stance]).sort(),
        );
      }
      const table = parseCsv((await get(`/export/reviews.csv${suffix}`)).text);
      expect(table[0]).toEqual([...reviewExport.csvColumns]);
      const count = table[0]?.indexOf('assessments') as number;
      const stances = table[0]?.indexOf('stances') as number;
      for (const [i, row] of rows.entries()) {
        const mine = row.assessments as { stance: string }[];
        expect(table[i + 1]?.[0]).toBe(row.id);
        expect(table[i + 1]?.[count]).toBe(String(mine.length));
        expect(table[i + 1]?.[stances]).toBe(mine.map((a) => a.stance).join('; '));
      }
    }
    expect(
      ndjson((await get('/export/reviews.ndjson')).text).some((r) => (r.assessments as unknown[]).length > 0),
    ).toBe(true);
  });
});

describe('GET /export/patients.*', () => {
  it('is refused without a token (403) and with a bad one (401), also for HEAD', async () => {
    for (const method of ['GET', 'HEAD']) {
      const anonymous = await fetch(`${server.origin}/export/patients.ndjson`, { method });
      expect(anonymous.status).toBe(403);
      const bad = await fetch(`${server.origin}/export/patients.csv`, {
        method,
        headers: { authorization: 'Bearer gt_not_a_token' },
      });
      expect(bad.status).toBe(401);
      if (method === 'GET') {
        expect(
          ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
            .code,
        ).toBe('FORBIDDEN');
        expect(
          ((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
        ).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('serves readers what GraphQL serves them, de-identified, adverse events nested / summarised', async () => {
    const trials = await viaGraphql('trials', 'TrialFilter', 'id nctId');
    const trial = trials.find((t) => t.nctId) as { id: string; nctId: string };
    const trialFilter = { nctIds: [trial.nctId] };
    for (const [filter, trialsOnly] of [
      [undefined, undefined],
      [{ hasAdverseEventGrade: 3 }, undefined],
      [{ age: { min: 40 } }, trialFilter],
    ] as const) {
      const params = [filter ? q('filter', filter) : '', trialsOnly ? q('trialFilter', trialsOnly) : '']
        .filter(Boolean)
        .join('&');
      const { res, text } = await get(
        `/export/patients.ndjson${params ? `?${params}` : ''}`,
        server.tokens.reader,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const rows = ndjson(text);
      const graphqlFilter = trialsOnly ? { ...filter, trials: [trial.id] } : filter;
      const graphql = await viaGraphql(
        'patients',
        'PatientFilter',
        'id subjectCode ageAtEnrollment adverseEvents { term grade }',
        graphqlFilter,
        'reader',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(byId(rows).map((r) => [r.id, r.subjectCode, r.ageAtEnrollment])).toEqual(
        byId(graphql).map((r) => [r.id, r.subjectCode, r.ageAtEnrollment]),
      );
      for (const row of rows) {
        const other = graphql.find((r) => r.id === row.id) as { adverseEvents: unknown[] };
        expect(
          (row.adverseEvents as { term: string; grade: number | null }[]).map((e) => ({
            term: e.term,
            grade: e.grade,
          })),
        ).toEqual(other.adverseEvents);
      }
      const csv = await get(`/export/patients.csv${params ? `?${params}` : ''}`, server.tokens.reader);
      const table = parseCsv(csv.text);
      expect(table[0]).toEqual([...patientExport.csvColumns]);
      const maxGrade = table[0]?.indexOf('maxAdverseEventGrade') as number;
      for (const [i, row] of rows.entries()) {
        const grades = (row.adverseEvents as { grade: number | null }[]).flatMap((e) =>
          e.grade == null ? [] : [e.grade],
        );
        expect(table[i + 1]?.[0]).toBe(row.id);
        expect(table[i + 1]?.[maxGrade]).toBe(grades.length ? String(Math.max(...grades)) : '');
      }
    }
    const { text } = await get('/export/patients.ndjson', server.tokens.reader);
    const rows = ndjson(text);
    expect(rows.length).toBeGreaterThan(500); // the 17 curated patients and the synthetic ones: two batches
    // Only the de-identified fields: no name, birth date or contact field, no direct identifier in any text.
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...patientExport.columns]);
      for (const value of Object.values(row))
        if (typeof value === 'string') expect(findDirectIdentifiers(value)).toEqual([]);
    }
    expect(text).not.toMatch(/"(name|firstName|lastName|birthDate|dateOfBirth|email|phone|address)"/);
  });
});

describe('export filters and methods', () => {
  it.each([
    ['/export/therapies.csv', 'filter', '{"modalities":["NOPE"]}', 'filter.modalities.0', 'type'],
    ['/export/therapies.ndjson', 'filter', '{"colour":"red"}', 'filter', 'type'],
    ['/export/reviews.csv', 'filter', '{"year":{"min":2020,"max":2010}}', 'filter.year', 'inverted_range'],
    [
      '/export/reviews.ndjson',
      'filter',
      '{"aboutTrials":["not-an-id"]}',
      'filter.aboutTrials.0',
      'global_id',
    ],
    [
      '/export/reviews.ndjson',
      'filter',
      '{"aboutTrials":["VGhlcmFweTox"]}',
      'filter.aboutTrials.0',
      'wrong_id_type',
    ],
    [
      '/export/patients.csv',
      'filter',
      '{"hasAdverseEventGrade":9}',
      'filter.hasAdverseEventGrade',
      'ctcae_grade',
    ],
    ['/export/patients.csv', 'trialFilter', '{"phases":["PHASE_9"]}', 'trialFilter.phases.0', 'type'],
    ['/export/patients.csv', 'filter', '{not json', 'filter', 'json'],
  ])('%s refuses %s=%s with 400 BAD_USER_INPUT at %s', async (path, param, value, issuePath, rule) => {
    const { res, text } = await get(`${path}?${param}=${encodeURIComponent(value)}`, server.tokens.reader);
    expect(res.status).toBe(400);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const issues = body.errors[0].extensions.issues as { path: string; rule: string }[];
    expect(
      issues.some((issue) => issue.path.startsWith(issuePath) && issue.rule === rule),
      text,
    ).toBe(true);
  });

  it('answers HEAD with the headers only and refuses other methods with 405 BAD_REQUEST', async () => {
    const head = await fetch(`${server.origin}/export/reviews.csv`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-disposition')).toBe('attachment; filename="genetrials-reviews.csv"');
    expect(await head.text()).toBe('');
    for (const path of ['/export/therapies.ndjson', '/export/trials.csv']) {
      const res = await fetch(server.origin + path, { method: 'POST', body: '{}' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(
        ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('BAD_REQUEST');
    }
  });

  it('reads in keyset batches: statements grow with batches, not rows; any batch size gives the same rows', async () => {
    // Statements per batch: the keyset read plus one lookup per nested list or count.
    const perBatch = { therapies: 2, reviews: 4, patients: 3 };
    for (const [name, spec] of Object.entries(ENTITY_EXPORT_SPECS)) {
      const collect = async (size: number) => {
        const out = [];
        for await (const row of spec.rows(server.db, undefined, size)) out.push(row);
        return out;
      };
      const whole = await collect(10_000);
      expect(whole.length, name).toBeGreaterThan(20);
      expect(await collect(7)).toEqual(whole);
      for (const size of [7, 50, 10_000]) {
        server.statements.length = 0;
        await collect(size);
        // A full last batch costs one more (empty) keyset read to see the end.
        const expected =
          Math.ceil(whole.length / size) * perBatch[name as keyof typeof perBatch] +
          (whole.length % size === 0 ? 1 : 0);
        expect(server.statements.length, `${name} in batches of ${size}`).toBe(expected);
      }
    }
  });
});

describe('rate limits cover every export path and /fhir/ResearchStudy/{id}', () => {
  it('spends a budget on the new paths and on ResearchStudy reads by id', async () => {
    const s = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 2 } } });
    try {
      await seedSynthetic(s.db, { trials: 1, seed: 1 });
      for (const path of ['/export/therapies.csv', '/export/reviews.ndjson', '/export/patients.csv']) {
        const res = await fetch(s.origin + path, { method: 'HEAD' });
        expect(res.headers.get('ratelimit-limit'), path).toBe('2');
      }
      const [trial] = await s.db
        .select({ id: tables.trials.id, nctId: tables.trials.nctId })
        .from(tables.trials);
      const id = trial?.nctId ?? `trial-${trial?.id}`;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${s.origin}/fhir/ResearchStudy/${id}`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      // The search and the read share one budget.
      expect((await fetch(`${s.origin}/fhir/ResearchStudy`)).status).toBe(429);
    } finally {
      await s.close();
    }
  });
});

describe('genetrials export therapies|reviews|patients', () => {
  it('writes the same bytes as the HTTP export; patients with a warning on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-export-entities-'));
    try {
      const { rows } = await server.db.client.execute('pragma database_list');
      const url = `file:${String(rows[0]?.file)}`;
      for (const [what, format, filter] of [
        ['therapies', 'csv', '{"modalities":["CAR_T_CELL"]}'],
        ['reviews', 'ndjson', undefined],
        ['patients', 'csv', '{"sexes":["FEMALE"]}'],
        ['patients', 'ndjson', undefined],
      ] as const) {
        const out = join(dir, `${what}.${format}`);
        const run = await runExportCli(
          ['export', what, '--format', format, ...(filter ? ['--filter', filter] : []), '--out', out],
          url,
        );
        expect(run.exitCode).toBe(0);
        if (what === 'patients') expect(run.stderr).toMatch(/^Warning: this export holds patient-level data/);
        else expect(run.stderr).toBe('');
        const viaHttp = await get(
          `/export/${what}.${format}${filter ? `?filter=${encodeURIComponent(filter)}` : ''}`,
          server.tokens.reader,
        );
        expect(viaHttp.text.length).toBeGreaterThan(50);
        expect(readFileSync(out, 'utf8')).toBe(viaHttp.text);
      }
      const bad = await runExportCli(['export', 'reviews', '--filter', '{"kinds":["NOPE"]}'], url);
      expect(bad.exitCode).toBe(1);
      expect(bad.stderr).toMatch(/filter\.kinds\.0/);
      const misplaced = await runExportCli(['export', 'therapies', '--trial-filter', '{}'], url);
      expect(misplaced.exitCode).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('README "Export" examples', () => {
  it('answer as shown: every curl line 200 with rows, every CLI line exit 0 with rows', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Export\n'), readme.indexOf('### FHIR R5\n'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const lines = block.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith('curl ')).length).toBeGreaterThanOrEqual(8);
    expect(lines.filter((line) => line.startsWith('pnpm genetrials export ')).length).toBeGreaterThanOrEqual(
      5,
    );
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-export-readme-'));
    const { rows: files } = await server.db.client.execute('pragma database_list');
    const url = `file:${String(files[0]?.file)}`;
    try {
      for (const line of lines) {
        if (line.startsWith('curl ')) {
          const target = new URL(
            (/(http:\/\/localhost:4000\S*)/.exec(line)?.[1] ?? '').replace(
              'http://localhost:4000',
              server.origin,
            ),
          );
          const data = /--data-urlencode '([^=]+)=(.*)'/.exec(line);
          if (data) target.searchParams.set(data[1] as string, data[2] as string);
          const res = await fetch(target, {
            headers: line.includes('$READER_TOKEN')
              ? { authorization: `Bearer ${server.tokens.reader}` }
              : {},
          });
          const text = await res.text();
          expect(res.status, `${line}: ${text.slice(0, 200)}`).toBe(200);
          // At least one row (past the CSV header).
          expect(text.trim().split('\n').length, line).toBeGreaterThan(
            target.pathname.endsWith('.csv') ? 1 : 0,
          );
          expect(text.trim().length, line).toBeGreaterThan(0);
        } else if (line.startsWith('pnpm genetrials export ')) {
          const words = [...line.replace(/\s+#.*$/, '').matchAll(/'([^']*)'|(\S+)/g)].map(
            (m) => m[1] ?? m[2],
          ) as string[];
          const args = words.slice(2);
          const at = args.indexOf('--out');
          const out = join(dir, args[at + 1] as string);
          args[at + 1] = out;
          const run = await runExportCli(args, url);
          expect(run.exitCode, `${line}: ${run.stderr}`).toBe(0);
          const text = readFileSync(out, 'utf8');
          expect(text.trim().split('\n').length, line).toBeGreaterThan(out.endsWith('.csv') ? 1 : 0);
          expect(text.trim().length, line).toBeGreaterThan(0);
        } else throw new Error(`unexpected README line ${line}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
