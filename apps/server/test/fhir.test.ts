import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedKnowledgeBase, seedSynthetic } from '@genetrials/ingest';
import { createDb, type Db, findDirectIdentifiers, migrateDb, tables } from '@genetrials/schema';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createToken } from '../src/auth.js';
import { exportFilterSql } from '../src/export.js';
import { fhirNdjsonChunks } from '../src/fhir/export.js';
import { researchStudies } from '../src/fhir/research-study.js';
import { FHIR_PACKAGE_DIR, FhirValidator } from './fhir-validate.js';
import { startTestServer, type TestServer } from './harness.js';
import { runExportCli } from './run-cli.js';
import { copyTo, sharedCtgovImport } from './shared-import.js';

// FHIR R5 export: every resource the seeded database and a full import of the shipped
// ClinicalTrials.gov records produce is checked against the official R5 definitions (package
// hl7.fhir.r5.core 5.0.0: JSON Schema + StructureDefinitions + ValueSets/CodeSystems).

const validator = new FhirValidator();

type Resource = { resourceType: string; id: string } & Record<string, unknown>;

let server: TestServer;
beforeAll(async () => {
  // The seeded database: synthetic registry-like trials with patients and adverse events, and
  // the curated knowledge base.
  server = await startTestServer({ seed: false });
  await seedSynthetic(server.db, { trials: 60, seed: 11 });
  await seedKnowledgeBase(server.db);
}, 180_000);
afterAll(() => server.close());

async function get(
  path: string,
  role?: 'reader' | 'curator' | 'admin',
  headers: Record<string, string> = {},
) {
  const init = {
    headers: { ...(role ? { authorization: `Bearer ${server.tokens[role]}` } : {}), ...headers },
  };
  // Validating thousands of resources keeps the event loop busy for seconds, so a kept-alive
  // connection may be closed by the server's idle timer just as the next request reuses it: such
  // a request (a GET) is sent once more.
  const res = await fetch(server.origin + path, init).catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code !== 'ECONNRESET') throw error;
    return fetch(server.origin + path, init);
  });
  return { res, text: await res.text() };
}

function lines(text: string): Resource[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Resource);
}

function expectValid(resources: unknown[]) {
  const problems: string[] = [];
  for (const resource of resources) {
    const issues = validator.validate(resource);
    for (const issue of issues.slice(0, 5))
      problems.push(
        `${(resource as Resource).resourceType}/${(resource as Resource).id} ${issue.path}: ${issue.message}`,
      );
  }
  expect(problems.slice(0, 20)).toEqual([]);
}

const studyOf = (value: unknown) => structuredClone(value) as Resource;

describe('the validator (official R5 definitions) rejects what is not R5', () => {
  const good = {
    resourceType: 'ResearchStudy',
    id: 'NCT01234567',
    status: 'active',
    phase: { coding: [{ system: 'http://hl7.org/fhir/research-study-phase', code: 'phase-2' }] },
    period: { start: '2019-03' },
  };

  it('accepts a minimal ResearchStudy', () => {
    expect(validator.validate(good)).toEqual([]);
  });

  it.each([
    ['a missing required status', (r: Resource) => delete r.status, /missing required ResearchStudy.status/],
    [
      'a publication status outside its required value set',
      (r: Resource) => (r.status = 'recruiting'),
      /required/,
    ],
    ['an element R5 does not have', (r: Resource) => (r.enrollment = [{ display: 'x' }]), /no element/],
    [
      'an unknown phase code',
      (r: Resource) =>
        (r.phase = { coding: [{ system: 'http://hl7.org/fhir/research-study-phase', code: 'phase-5' }] }),
      /not a code of/,
    ],
    [
      'a single value where R5 has an array',
      (r: Resource) => (r.condition = { text: 'x' }),
      /must be an array/,
    ],
    ['a malformed date', (r: Resource) => (r.period = { start: '2019-13' }), /does not match/],
    ['a number given as text', (r: Resource) => (r.recruitment = { targetNumber: '12' }), /must be a number/],
    ['a negative count', (r: Resource) => (r.recruitment = { targetNumber: -1 }), /negative/],
    [
      'a comparison group without a name',
      (r: Resource) => (r.comparisonGroup = [{ linkId: 'arm-1' }]),
      /missing required ResearchStudy.comparisonGroup.name/,
    ],
  ])('refuses %s', (_what, change, message) => {
    const resource = studyOf(good);
    change(resource);
    const issues = validator.validate(resource);
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
  });

  it('refuses an AdverseEvent without actuality or subject', () => {
    const issues = validator.validateStructure({
      resourceType: 'AdverseEvent',
      id: 'a',
      status: 'completed',
    });
    expect(issues.map((i) => i.message)).toEqual([
      'missing required AdverseEvent.actuality (min 1)',
      'missing required AdverseEvent.subject (min 1)',
    ]);
  });

  it('reads the official package, which is not kept in the repository', () => {
    const manifest = JSON.parse(readFileSync(join(FHIR_PACKAGE_DIR, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'hl7.fhir.r5.core', version: '5.0.0', fhirVersions: ['5.0.0'] });
    expect(statSync(join(FHIR_PACKAGE_DIR, 'openapi/fhir.schema.json')).size).toBeGreaterThan(1_000_000);
    expect(FHIR_PACKAGE_DIR).toContain('node_modules');
  });
});

describe('GET /export/trials.fhir.ndjson (seeded database)', () => {
  let studies: Resource[];
  beforeAll(async () => {
    const { res, text } = await get('/export/trials.fhir.ndjson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+ndjson/);
    expect(res.headers.get('content-disposition')).toContain('genetrials-trials.fhir.ndjson');
    studies = lines(text);
  });

  it('is one valid R5 ResearchStudy per trial, in trial order', async () => {
    const [{ n }] = (await server.db.select({ n: count() }).from(tables.trials)) as [{ n: number }];
    expect(studies.length).toBe(n);
    expect(new Set(studies.map((s) => s.resourceType))).toEqual(new Set(['ResearchStudy']));
    expect(new Set(studies.map((s) => s.id)).size).toBe(n);
    expectValid(studies);
  });

  it('maps phase, status, arms and parties to R5 codes', async () => {
    const rows = await server.db.select().from(tables.trials);
    for (const row of rows) {
      const study = studies.find((s) => s.id === (row.nctId ?? `trial-${row.id}`)) as Resource;
      expect(study.title).toBe(row.title.trim());
      if (row.nctId)
        expect(study.identifier).toContainEqual({
          use: 'official',
          system: 'https://clinicaltrials.gov',
          value: row.nctId,
        });
      if (row.phase === 'PHASE_1')
        expect((study.phase as { coding: { code: string }[] }).coding[0]?.code).toBe('phase-1');
      if (row.status === 'RECRUITING')
        expect(study.progressStatus).toContainEqual({
          state: {
            coding: [
              {
                system: 'http://hl7.org/fhir/research-study-status',
                code: 'recruiting',
                display: 'Recruiting',
              },
            ],
            text: 'Recruiting',
          },
          actual: true,
        });
    }
  });

  it('classifies trials by the curated therapies given in them (modality, vector, antigen)', async () => {
    const links = await server.db
      .select({ trialId: tables.trialTherapies.trialId, modality: tables.therapies.modality })
      .from(tables.trialTherapies)
      .innerJoin(tables.therapies, eq(tables.therapies.id, tables.trialTherapies.therapyId));
    expect(links.length).toBeGreaterThan(0);
    const trials = await server.db
      .select({ id: tables.trials.id, nctId: tables.trials.nctId })
      .from(tables.trials);
    for (const link of links) {
      const trial = trials.find((t) => t.id === link.trialId) as { id: number; nctId: string | null };
      const study = studies.find((s) => s.id === (trial.nctId ?? `trial-${trial.id}`)) as Resource;
      expect(study.classifier).toContainEqual({
        coding: [{ system: 'urn:genetrials:modality', code: link.modality }],
        text: `Modality: ${link.modality}`,
      });
    }
  });

  it('uses the R5 code systems it claims (checked against the package CodeSystems)', () => {
    expect([...validator.checkedSystems.keys()]).toEqual(
      expect.arrayContaining([
        'http://hl7.org/fhir/research-study-phase',
        'http://hl7.org/fhir/research-study-status',
        'http://hl7.org/fhir/research-study-party-role',
      ]),
    );
  });

  it('honours a filter like the NDJSON export', async () => {
    const filter = encodeURIComponent('{"phases":["PHASE_1"]}');
    const fhir = lines((await get(`/export/trials.fhir.ndjson?filter=${filter}`)).text);
    const plain = lines((await get(`/export/trials.ndjson?filter=${filter}`)).text) as unknown as {
      nctId: string;
    }[];
    expect(fhir.length).toBeGreaterThan(0);
    expect(fhir.length).toBe(plain.length);
    // Trials without an NCT number are named trial-<number> in FHIR.
    expect(fhir.map((s) => (s.id.startsWith('trial-') ? null : s.id))).toEqual(plain.map((t) => t.nctId));
  });

  it('refuses a bad filter with a typed 400 and other methods with 405', async () => {
    const bad = await get(`/export/trials.fhir.ndjson?filter=${encodeURIComponent('{"phases":["NOPE"]}')}`);
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const post = await fetch(`${server.origin}/export/trials.fhir.ndjson`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await post.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('GET /fhir/ResearchStudy/{id} serves the same resource; unknown ids are a typed 404', async () => {
    const first = studies[0] as Resource;
    const { res, text } = await get(`/fhir/ResearchStudy/${first.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(JSON.parse(text)).toEqual(first);
    for (const id of ['NCT99999999', 'trial-999999', 'bad id!']) {
      const missing = await get(`/fhir/ResearchStudy/${encodeURIComponent(id)}`);
      expect(missing.res.status).toBe(404);
      expect(JSON.parse(missing.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('GET /fhir/ResearchStudy is a valid searchset Bundle, paged by next links', async () => {
    const seen: Resource[] = [];
    let next: string | undefined = `${server.origin}/fhir/ResearchStudy?_count=2`;
    let pages = 0;
    while (next) {
      const res = await fetch(next);
      expect(res.status).toBe(200);
      const bundle = (await res.json()) as {
        type: string;
        link: { relation: string; url: string }[];
        entry?: { resource: Resource; fullUrl: string }[];
      };
      expect(bundle.type).toBe('searchset');
      expectValid([bundle]);
      seen.push(...(bundle.entry ?? []).map((e) => e.resource));
      next = bundle.link.find((l) => l.relation === 'next')?.url;
      pages++;
    }
    expect(pages).toBe(Math.ceil(studies.length / 2));
    expect(seen).toEqual(studies);
    const byNct = await (
      await fetch(
        `${server.origin}/fhir/ResearchStudy?identifier=${encodeURIComponent(`https://clinicaltrials.gov|${studies[0]?.id}`)}`,
      )
    ).json();
    expect(byNct.entry.map((e: { resource: Resource }) => e.resource.id)).toEqual([studies[0]?.id]);
    const none = await (
      await fetch(
        `${server.origin}/fhir/ResearchStudy?filter=${encodeURIComponent('{"nctIds":["NCT00000000"]}')}`,
      )
    ).json();
    expect(none.entry).toBeUndefined();
    expect(none.link.map((l: { relation: string }) => l.relation)).toEqual(['self']);
    expectValid([none]);
    for (const bad of ['_count=0', '_count=101', '_count=x', '_after=-1']) {
      const res = await fetch(`${server.origin}/fhir/ResearchStudy?${bad}`);
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('patients and adverse events (reader tokens only)', () => {
  it.each([['/export/patients.fhir.ndjson'], ['/export/adverse-events.fhir.ndjson']])(
    '%s: 403 FORBIDDEN without a token, 401 UNAUTHENTICATED with a bad one',
    async (path) => {
      const anonymous = await get(path);
      expect(anonymous.res.status).toBe(403);
      expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('FORBIDDEN');
      const bad = await get(path, undefined, { authorization: 'Bearer gt_not-a-token' });
      expect(bad.res.status).toBe(401);
      expect(bad.res.headers.get('www-authenticate')).toBe('Bearer');
      expect(JSON.parse(bad.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    },
  );

  it('ResearchSubject per patient and AdverseEvent per event, valid R5, referring to the exported studies', async () => {
    const studies = lines((await get('/export/trials.fhir.ndjson')).text);
    const subjectsRes = await get('/export/patients.fhir.ndjson', 'reader');
    expect(subjectsRes.res.status).toBe(200);
    expect(subjectsRes.res.headers.get('cache-control')).toBe('private, no-store');
    const subjects = lines(subjectsRes.text);
    const events = lines((await get('/export/adverse-events.fhir.ndjson', 'reader')).text);
    const [{ n: patientCount }] = (await server.db.select({ n: count() }).from(tables.patients)) as [
      { n: number },
    ];
    const [{ n: eventCount }] = (await server.db.select({ n: count() }).from(tables.adverseEvents)) as [
      { n: number },
    ];
    expect(patientCount).toBeGreaterThan(0);
    expect(eventCount).toBeGreaterThan(0);
    expect(subjects.length).toBe(patientCount);
    expect(events.length).toBe(eventCount);
    expectValid(subjects);
    expectValid(events);
    const studyRefs = new Set(studies.map((s) => `ResearchStudy/${s.id}`));
    const subjectRefs = new Set(subjects.map((s) => `ResearchSubject/${s.id}`));
    for (const s of subjects) expect(studyRefs).toContain((s.study as { reference: string }).reference);
    for (const e of events) {
      expect(subjectRefs).toContain((e.subject as { reference: string }).reference);
      expect(studyRefs).toContain((e.study as { reference: string }[])[0]?.reference);
    }
    // A filter narrows patients to the matching trials' patients.
    const filter = encodeURIComponent(`{"nctIds":["${studies.find((s) => s.id.startsWith('NCT'))?.id}"]}`);
    const narrowed = await get(`/export/patients.fhir.ndjson?filter=${filter}`, 'reader');
    if (narrowed.res.status === 200)
      for (const s of narrowed.text ? lines(narrowed.text) : [])
        expect((s.study as { reference: string }).reference).toBe(
          `ResearchStudy/${studies.find((x) => x.id.startsWith('NCT'))?.id}`,
        );
  });

  it('privacy: no names, no direct identifiers, nothing but the listed elements', async () => {
    const subjectsText = (await get('/export/patients.fhir.ndjson', 'reader')).text;
    const eventsText = (await get('/export/adverse-events.fhir.ndjson', 'reader')).text;
    for (const s of lines(subjectsText)) {
      expect(Object.keys(s).sort()).toEqual(
        ['id', 'identifier', 'meta', 'progress', 'resourceType', 'status', 'study', 'subject'].sort(),
      );
      expect(Object.keys(s.subject as object).sort()).toEqual(['identifier', 'type']);
      expect(JSON.stringify(s)).not.toMatch(/"(name|birthDate|telecom|address|gender|photo|contact)"/);
    }
    for (const e of lines(eventsText)) {
      expect(JSON.stringify(e.subject)).toMatch(/^\{"reference":"ResearchSubject\/patient-\d+"\}$/);
      expect(JSON.stringify(e)).not.toMatch(/"(name|birthDate|telecom|address|gender|photo|contact)"/);
    }
    // Every text value but code-system URIs, codes and references goes through the identifier screen.
    const texts: string[] = [];
    const collect = (value: unknown, key = '') => {
      if (typeof value === 'string') {
        if (key !== 'system' && key !== 'reference' && key !== 'code') texts.push(value);
      } else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) collect(v, Array.isArray(value) ? key : k);
    };
    for (const resource of [...lines(subjectsText), ...lines(eventsText)]) collect(resource);
    expect(texts.length).toBeGreaterThan(100);
    const findings = [...new Set(texts)].flatMap((text) =>
      findDirectIdentifiers(text).map((f) => ({ ...f, text })),
    );
    expect(findings.slice(0, 3)).toEqual([]);
    // Free-text patient notes are not exported.
    const notes = await server.db.select({ notes: tables.patients.notes }).from(tables.patients);
    for (const { notes: note } of notes)
      if (note && note.length > 20) expect(subjectsText + eventsText).not.toContain(note);
  });
});

describe('a full import of the shipped ClinicalTrials.gov records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'genetrials-fhir-'));
  const file = join(dir, 'ctgov.db');
  const statements: string[] = [];
  let db: Db;
  let studies: Resource[];
  beforeAll(async () => {
    // The run's one import of every shipped record (v2, v1 and XML copies and the verification
    // set; shared with import-fidelity.test.ts), read from a copy of its own.
    const shared = await sharedCtgovImport();
    copyTo(shared, file);
    db = createDb({ url: `file:${file}`, onQuery: (sql) => statements.push(sql) });
    await migrateDb(db);
    expect(shared.report.totals.created).toBeGreaterThan(500);
    studies = [];
    let text = '';
    for await (const chunk of fhirNdjsonChunks(db, 'trials', undefined)) text += chunk;
    studies = lines(text);
  }, 600_000);
  afterAll(() => {
    db.client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every trial is a valid R5 ResearchStudy', async () => {
    const [{ n }] = (await db.select({ n: count() }).from(tables.trials)) as [{ n: number }];
    expect(n).toBeGreaterThan(500);
    expect(studies.length).toBe(n);
    expectValid(studies);
  }, 300_000);

  it('carries what the registry records hold', () => {
    const withSome = (key: string) =>
      studies.filter((s) => Array.isArray(s[key]) && (s[key] as unknown[]).length > 0).length;
    for (const key of [
      'identifier',
      'condition',
      'keyword',
      'focus',
      'site',
      'contained',
      'associatedParty',
      'progressStatus',
      'comparisonGroup',
      'outcomeMeasure',
      'studyDesign',
      'label',
    ])
      expect(withSome(key), key).toBeGreaterThan(studies.length / 10);
    expect(studies.filter((s) => s.phase).length).toBeGreaterThan(studies.length / 2);
    expect(studies.filter((s) => s.recruitment).length).toBeGreaterThan(studies.length / 2);
    const exposures = studies.flatMap(
      (s) => (s.comparisonGroup as { intendedExposure?: unknown[] }[] | undefined) ?? [],
    );
    expect(exposures.filter((g) => g.intendedExposure?.length).length).toBeGreaterThan(0);
    expect([...validator.checkedSystems.keys()]).toEqual(
      expect.arrayContaining([
        'http://hl7.org/fhir/research-study-arm-type',
        'http://hl7.org/fhir/research-study-objective-type',
        'http://hl7.org/fhir/study-design',
        'http://hl7.org/fhir/title-type',
      ]),
    );
  });

  it('reads in keyset batches: statement count follows the batch size, output does not', async () => {
    const n = studies.length;
    statements.length = 0;
    const small: Resource[] = [];
    for await (const s of researchStudies(db, undefined, 50)) small.push(s);
    const trialReads = statements.filter((sql) =>
      /^select .* from "trials" where "trials"."id" > \?/.test(sql),
    );
    expect(trialReads.length).toBe(Math.floor(n / 50) + 1);
    expect(small).toEqual(studies);
    // A filtered read gives the filtered subset in the same form.
    const where = exportFilterSql('{"phases":["PHASE_1"]}');
    const phase1: Resource[] = [];
    for await (const s of researchStudies(db, where)) phase1.push(s);
    expect(phase1.length).toBeGreaterThan(0);
    expect(phase1).toEqual(
      studies.filter(
        (s) => (s.phase as { coding?: { code: string }[] } | undefined)?.coding?.[0]?.code === 'phase-1',
      ),
    );
  }, 120_000);
  it('the README FHIR curl examples answer as shown (a server over these records)', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### FHIR R5'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const curls = block.split('\n').filter((line) => line.startsWith('curl '));
    expect(curls.length).toBeGreaterThanOrEqual(5);
    const { token } = await createToken(db, { name: 'readme reader', role: 'reader' });
    const http = createServer(createApp({ db, config: { production: true, graphiql: false } }));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      // All requests first, then the (CPU-heavy) validation: the server runs in this process.
      const answers: { line: string; status: number; type: string; text: string }[] = [];
      for (const line of curls) {
        const address = /'?(http:\/\/localhost:4000[^\s']*)'?/.exec(line)?.[1] as string;
        const target = new URL(address.replace('http://localhost:4000', origin));
        const data = /--data-urlencode '([^=]+)=(.*)'/.exec(line);
        if (data) target.searchParams.set(data[1] as string, data[2] as string);
        const headers: Record<string, string> = line.includes('$READER_TOKEN')
          ? { authorization: `Bearer ${token}` }
          : {};
        const res = await fetch(target, { headers });
        answers.push({
          line,
          status: res.status,
          type: res.headers.get('content-type') ?? '',
          text: await res.text(),
        });
      }
      for (const { line, status, type, text } of answers) {
        expect(status, `${line}: ${text.slice(0, 200)}`).toBe(200);
        expect(type).toMatch(/^application\/fhir\+(ndjson|json)/);
        if (type.includes('ndjson')) {
          // (every trial is validated above; here the first ones of each answer)
          if (!line.includes('$READER_TOKEN')) expectValid(lines(text).slice(0, 20));
        } else {
          const resource = JSON.parse(text) as Resource;
          expectValid([resource]);
          if (resource.resourceType === 'Bundle')
            expect((resource.entry as unknown[]).length).toBeGreaterThan(0);
          else expect(resource.id).toBe('NCT03058094');
        }
      }
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  }, 120_000);
});

describe('genetrials export --format fhir-ndjson', () => {
  it('writes the same bytes as the HTTP export (trials, patients, adverse events)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genetrials-fhir-cli-'));
    try {
      // The test server's database file is the one the CLI opens.
      const { rows } = await server.db.client.execute('pragma database_list');
      const dbFile = String(rows[0]?.file);
      for (const [what, role] of [
        ['trials', undefined],
        ['patients', 'reader'],
        ['adverse-events', 'reader'],
      ] as const) {
        const out = join(dir, `${what}.ndjson`);
        const run = await runExportCli(
          ['export', what, '--format', 'fhir-ndjson', '--out', out],
          `file:${dbFile}`,
        );
        expect(run).toEqual({ exitCode: 0, stderr: '' });
        const viaHttp = (await get(`/export/${what}.fhir.ndjson`, role)).text;
        expect(viaHttp.length).toBeGreaterThan(100);
        expect(readFileSync(out, 'utf8')).toBe(viaHttp);
      }
      const refused = await runExportCli(['export', 'adverse-events', '--format', 'csv'], `file:${dbFile}`);
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toMatch(/as fhir-ndjson/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('rate limits', () => {
  it('the FHIR paths count against the same per-minute limit as /graphql, each with its own budget', async () => {
    const limited = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 2 } } });
    try {
      for (const path of ['/export/trials.fhir.ndjson', '/fhir/ResearchStudy']) {
        for (let i = 0; i < 2; i++) expect((await fetch(limited.origin + path)).status).toBe(200);
        const over = await fetch(limited.origin + path);
        expect(over.status).toBe(429);
        expect((await over.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
      }
    } finally {
      await limited.close();
    }
  });
});
