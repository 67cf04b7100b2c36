import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportReport } from '@genetrials/ingest';
import { importCtgov } from '@genetrials/ingest';
import { createDb, type Db, migrateDb, tables } from '@genetrials/schema';
import { Command } from 'commander';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerImportCommands } from '../src/commands/import.js';
import { startTestServer } from './harness.js';
import { copyTo, sharedCtgovV2Import } from './shared-import.js';

// Real public records, copied into the repository with their provenance (data/README.md).
const DATA = new URL('../../../data/', import.meta.url).pathname;
const CTGOV = join(DATA, 'ctgov');
const VERIFICATION = join(DATA, 'verification/ctgov');

const root = mkdtempSync(join(tmpdir(), 'genetrials-import-'));

/** The one row a query returned (fails the test when there is none). */
function one<T>(rows: T[]): T {
  expect(rows.length).toBeGreaterThan(0);
  return rows[0] as T;
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function openDb(name: string): Promise<Db> {
  const db = createDb({ url: `file:${join(root, `${name}.db`)}` });
  await migrateDb(db);
  return db;
}

/** A folder under the temp root holding copies of the named v2 files. */
function sampleDir(name: string, files: readonly string[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(join(CTGOV, f), join(dir, f));
  return dir;
}

const FIELD_CHECKED = ['NCT00763412.json', 'NCT00777179.json', 'NCT00159900.json'];
const VARIETY = [
  'NCT02369484.json', // results with response categories
  'NCT00901056.json', // PHASE1 + PHASE2
  'NCT00173134.json', // UNKNOWN with lastKnownStatus
  'NCT00576225.json', // Markdown escapes in the summary
  'NCT00273416.json', // two countries, one site each
  'NCT00170339.json', // no arms/interventions module
  'NCT01562210.json', // chemotherapy
  'NCT00848497.json', // EARLY_PHASE1
  'NCT00042536.json', // no phases, enrollment without type
];
const ALL_V2 = readdirSync(CTGOV)
  .filter((f) => /^NCT\d{8}\.json$/.test(f))
  .sort();
const SAMPLE = [
  ...FIELD_CHECKED,
  ...VARIETY,
  ...ALL_V2.filter((f) => !FIELD_CHECKED.includes(f) && !VARIETY.includes(f)).slice(0, 8),
];

async function rowCounts(db: Db) {
  const n = async (table: Parameters<Db['select']>[0] extends never ? never : typeof tables.trials) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    trials: await n(tables.trials),
    therapies: await n(tables.therapies as unknown as typeof tables.trials),
    links: await n(tables.trialTherapies as unknown as typeof tables.trials),
    interventions: await n(tables.interventions as unknown as typeof tables.trials),
    sources: await n(tables.sources as unknown as typeof tables.trials),
    claims: await n(tables.claims as unknown as typeof tables.trials),
    changes: await n(tables.changes as unknown as typeof tables.trials),
  };
}

const failures = (report: ImportReport) =>
  Object.entries(report.files).flatMap(([file, p]) => p.failed.map((f) => ({ file, ...f })));

// ---- An independent reading of a v2 record, written for the test (not the importer's code) ----
// biome-ignore lint/suspicious/noExplicitAny: registry JSON, read loosely by the test
type J = Record<string, any>;
const unescapeMd = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const line = (s: string) => unescapeMd(s).replace(/\s+/g, ' ').trim();
const PHASES: Record<string, string> = {
  PHASE1: 'PHASE_1',
  PHASE2: 'PHASE_2',
  PHASE3: 'PHASE_3',
  PHASE4: 'PHASE_4',
  EARLY_PHASE1: 'EARLY_PHASE_1',
  NA: 'NOT_APPLICABLE',
  'PHASE1,PHASE2': 'PHASE_1_2',
  'PHASE2,PHASE3': 'PHASE_2_3',
};
function expectedTrial(study: J) {
  const ps = study.protocolSection;
  const enrollment = ps.designModule.enrollmentInfo;
  const countries = (ps.contactsLocationsModule?.locations ?? []).map((l: J) => l.country).filter(Boolean);
  const tally = new Map<string, number>();
  for (const c of countries) tally.set(c, (tally.get(c) ?? 0) + 1);
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  const country = ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  const pis = (ps.contactsLocationsModule?.overallOfficials ?? []).filter(
    (o: J) => o.role === 'PRINCIPAL_INVESTIGATOR',
  );
  const start = ps.statusModule.startDateStruct?.date ?? null;
  return {
    nctId: ps.identificationModule.nctId,
    title: line(ps.identificationModule.briefTitle),
    officialTitle: ps.identificationModule.officialTitle ? line(ps.identificationModule.officialTitle) : null,
    phase: ps.designModule.phases ? PHASES[ps.designModule.phases.join(',')] : null,
    status: ps.statusModule.overallStatus,
    conditions: ps.conditionsModule.conditions.map(line),
    sponsor: ps.sponsorCollaboratorsModule.leadSponsor.name,
    principalInvestigator: pis.length === 1 ? pis[0].name : null,
    institution: pis.length === 1 ? pis[0].affiliation : null,
    country,
    startDate: start,
    startYear: start ? Number(start.slice(0, 4)) : null,
    completionDate: ps.statusModule.completionDateStruct?.date ?? null,
    actualEnrollment: enrollment?.type === 'ACTUAL' ? enrollment.count : null,
    plannedEnrollment: enrollment?.type === 'ESTIMATED' ? enrollment.count : null,
    summary: unescapeMd(ps.descriptionModule.briefSummary).trim(),
  };
}

describe('ClinicalTrials.gov import', () => {
  let db: Db;
  let sample: string;
  let first: ImportReport;

  beforeAll(async () => {
    db = await openDb('sample');
    sample = sampleDir('sample', SAMPLE);
    first = await importCtgov(db, [sample], { batchSize: 7 });
  });
  afterAll(() => db.client.close());

  it('imports a sample of real v2 records without failures', async () => {
    expect(failures(first)).toEqual([]);
    expect(first.totals).toMatchObject({ files: 20, records: 20, created: 20, failed: 0 });
    const counts = await rowCounts(db);
    expect(counts.trials).toBe(20);
    expect(counts.sources).toBe(20);
    // Interventions are per trial; none of the sample names a curated construct, so no therapy
    // rows and no Trial.therapies links are made (never by intervention name).
    expect(counts.interventions).toBeGreaterThan(20);
    expect(counts.therapies).toBe(0);
    expect(counts.links).toBe(0);
  });

  it.each(FIELD_CHECKED)('stores %s field by field as the source JSON says', async (file) => {
    const study = JSON.parse(readFileSync(join(CTGOV, file), 'utf8')) as J;
    const expected = expectedTrial(study);
    const trial = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, expected.nctId)));
    expect(trial).toMatchObject(expected);

    // One source per record, and a claim citing it for each stored field, with a locator.
    const source = one(
      await db.select().from(tables.sources).where(eq(tables.sources.nctId, expected.nctId)),
    );
    expect(source).toMatchObject({
      kind: 'REGISTRY_RECORD',
      url: `https://clinicaltrials.gov/study/${expected.nctId}`,
      publishedOn: study.protocolSection.statusModule.lastUpdatePostDateStruct.date,
      retrievedAt: `${study.derivedSection.miscInfoModule.versionHolder}T00:00:00.000Z`,
    });
    const claims = await db
      .select()
      .from(tables.claims)
      .where(and(eq(tables.claims.sourceId, source.id), eq(tables.claims.subjectType, 'TRIAL')));
    const byField = Object.fromEntries(claims.map((c) => [c.field, c]));
    expect(byField.status).toMatchObject({
      value: expected.status,
      locator: 'protocolSection.statusModule.overallStatus',
    });
    expect(byField.title?.value).toBe(expected.title);
    expect(byField.sponsor?.value).toBe(expected.sponsor);
    const collaborators = (study.protocolSection.sponsorCollaboratorsModule.collaborators ?? []).map(
      (c: J) => c.name,
    );
    if (collaborators.length) expect(byField.collaborators?.value).toEqual(collaborators);
    for (const [field, value] of Object.entries(expected)) {
      if (value !== null && field !== 'startYear') expect(byField[field]?.value, field).toEqual(value);
    }

    // Interventions: one row per intervention of this record, in record order, with its own
    // description and arms; never linked to a therapy by name.
    const stored = await db
      .select()
      .from(tables.interventions)
      .where(eq(tables.interventions.trialId, trial.id))
      .orderBy(tables.interventions.position);
    const given = study.protocolSection.armsInterventionsModule?.interventions ?? [];
    expect(
      stored.map((i) => ({ name: i.name, type: i.type, description: i.description, therapyId: i.therapyId })),
    ).toEqual(
      given.map((i: J) => ({
        name: line(i.name),
        type: i.type,
        description: i.description ? unescapeMd(i.description).trim() : null,
        therapyId: null,
      })),
    );
    const armLinks = await db
      .select({ intervention: tables.interventions.name, arm: tables.arms.label })
      .from(tables.interventionArms)
      .innerJoin(tables.interventions, eq(tables.interventions.id, tables.interventionArms.interventionId))
      .innerJoin(tables.arms, eq(tables.arms.id, tables.interventionArms.armId))
      .where(eq(tables.interventions.trialId, trial.id));
    const key = (l: { intervention: string; arm: string }) => `${l.intervention}|${l.arm}`;
    expect(armLinks.map(key).sort()).toEqual(
      given.flatMap((i: J) => (i.armGroupLabels ?? []).map((arm: string) => `${line(i.name)}|${arm}`)).sort(),
    );
    expect(
      await db.select().from(tables.trialTherapies).where(eq(tables.trialTherapies.trialId, trial.id)),
    ).toEqual([]);
  });

  it('keeps reported results as claims: participant flow and response outcomes', async () => {
    const study = JSON.parse(readFileSync(join(CTGOV, 'NCT00777179.json'), 'utf8')) as J;
    const trial = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT00777179')));
    const claims = await db
      .select()
      .from(tables.claims)
      .where(and(eq(tables.claims.subjectType, 'TRIAL'), eq(tables.claims.subjectId, trial.id)));
    const byField = Object.fromEntries(claims.map((c) => [c.field, c]));
    const started = study.resultsSection.participantFlowModule.periods[0].milestones
      .find((m: J) => m.type === 'STARTED')
      .achievements.reduce((sum: number, a: J) => sum + Number(a.numSubjects), 0);
    expect(byField.participantsStarted).toMatchObject({
      value: started,
      locator: 'resultsSection.participantFlowModule.periods[0].milestones[0]',
    });
    const index = study.resultsSection.outcomeMeasuresModule.outcomeMeasures.findIndex(
      (o: J) => o.title === 'Objective Response Rate (ORR)',
    );
    expect(byField.reportedResponseOutcomes?.locator).toBe(
      `resultsSection.outcomeMeasuresModule.outcomeMeasures[${index}]`,
    );
    expect(byField.reportedResponseOutcomes?.value).toEqual([
      expect.objectContaining({
        title: 'Objective Response Rate (ORR)',
        unit: 'Participants',
        groups: [
          { title: 'Vandetanib', participants: 75, measurements: [{ category: null, value: 14 }] },
          { title: 'Placebo', participants: 42, measurements: [{ category: null, value: 1 }] },
        ],
      }),
    ]);
    // Aggregate results never become patients.
    expect((await db.select({ n: count() }).from(tables.patients))[0]?.n).toBe(0);
  });

  it('maps the registry vocabularies and text of the varied records', async () => {
    const get = async (nctId: string) =>
      (await db.select().from(tables.trials).where(eq(tables.trials.nctId, nctId)))[0];
    expect((await get('NCT00901056'))?.phase).toBe('PHASE_1_2');
    expect((await get('NCT00848497'))?.phase).toBe('EARLY_PHASE_1');
    expect((await get('NCT00042536'))?.phase).toBeNull();
    expect((await get('NCT00173134'))?.status).toBe('UNKNOWN');
    expect((await get('NCT00273416'))?.country).toBeNull(); // a tie is not guessed
    const escaped = await get('NCT00576225');
    expect(escaped?.summary).toContain('>');
    expect(escaped?.summary).not.toMatch(/\\[<>*]/);
    const chemo = await db
      .select({ inferred: tables.interventions.inferred })
      .from(tables.interventions)
      .where(sql`lower(${tables.interventions.name}) like '%cisplatin%'`);
    expect(chemo.map((c) => c.inferred?.modality?.value)).toContain('CHEMOTHERAPY');
  });

  it('is idempotent: a second run changes nothing and writes no history', async () => {
    const before = await rowCounts(db);
    const again = await importCtgov(db, [sample]);
    expect(again.totals).toMatchObject({ records: 20, created: 0, updated: 0, unchanged: 20, failed: 0 });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('updates a changed record in place and records one UPDATE in the history', async () => {
    const dir = join(root, 'changed');
    mkdirSync(dir);
    const study = JSON.parse(readFileSync(join(CTGOV, 'NCT00763412.json'), 'utf8')) as J;
    const oldTitle = study.protocolSection.identificationModule.briefTitle;
    study.protocolSection.identificationModule.briefTitle = `${oldTitle} (revised)`;
    writeFileSync(join(dir, 'NCT00763412.json'), JSON.stringify(study));
    const before = await rowCounts(db);
    const trialBefore = one(
      await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT00763412')),
    );

    const report = await importCtgov(db, [dir]);
    expect(report.totals).toMatchObject({ records: 1, updated: 1, failed: 0 });
    const after = await rowCounts(db);
    // The trial's UPDATE and the UPDATE of the title claim citing the record.
    expect(after).toEqual({ ...before, changes: before.changes + 2 });
    const trial = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT00763412')));
    expect(trial).toMatchObject({ id: trialBefore.id, title: `${oldTitle} (revised)`, version: 2 });
    // (The trial's registry parts, created with it, have an UPDATE row of their own.)
    const change = one(
      (
        await db
          .select()
          .from(tables.changes)
          .where(
            and(
              eq(tables.changes.entityType, 'TRIAL'),
              eq(tables.changes.entityId, trial.id),
              eq(tables.changes.action, 'UPDATE'),
            ),
          )
      ).filter((c) => c.before && 'title' in c.before),
    );
    expect(change).toMatchObject({
      entityId: trial.id,
      actorTokenId: null,
      actorRole: 'system',
      actorName: 'ctgov import',
      before: expect.objectContaining({ title: oldTitle, version: 1 }),
      after: expect.objectContaining({ title: `${oldTitle} (revised)`, version: 2 }),
    });
    const titleClaim = one(
      await db
        .select()
        .from(tables.claims)
        .where(
          and(
            eq(tables.claims.subjectType, 'TRIAL'),
            eq(tables.claims.subjectId, trial.id),
            eq(tables.claims.field, 'title'),
          ),
        ),
    );
    expect(titleClaim?.value).toBe(`${oldTitle} (revised)`);

    // An older version of the record than the one imported is skipped, not applied.
    study.protocolSection.statusModule.lastUpdatePostDateStruct.date = '2001-01-01';
    study.protocolSection.identificationModule.briefTitle = 'Stale title';
    writeFileSync(join(dir, 'NCT00763412.json'), JSON.stringify(study));
    const stale = await importCtgov(db, [dir]);
    expect(stale.totals).toMatchObject({ skipped: 1, failed: 0 });
    expect(Object.values(stale.files)[0]?.skipped[0]?.reason).toMatch(/older than the one already imported/);
  });

  it('clears what a new version no longer says, but keeps what a curator changed', async () => {
    const dir = join(root, 'cleared');
    mkdirSync(dir);
    const trial = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT02369484')));
    expect(trial.completionDate).not.toBeNull();
    expect(trial.country).not.toBeNull();
    // A curator corrects the country; the registry then drops the completion date and the sites.
    await db.update(tables.trials).set({ country: 'Curated country' }).where(eq(tables.trials.id, trial.id));
    const study = JSON.parse(readFileSync(join(CTGOV, 'NCT02369484.json'), 'utf8')) as J;
    delete study.protocolSection.statusModule.completionDateStruct;
    delete study.protocolSection.contactsLocationsModule.locations;
    writeFileSync(join(dir, 'NCT02369484.json'), JSON.stringify(study));
    const report = await importCtgov(db, [dir]);
    expect(report.totals).toMatchObject({ updated: 1, failed: 0 });
    const after = one(await db.select().from(tables.trials).where(eq(tables.trials.id, trial.id)));
    expect(after).toMatchObject({
      completionDate: null,
      country: 'Curated country',
      version: trial.version + 1,
    });
    const fields = (
      await db
        .select({ field: tables.claims.field })
        .from(tables.claims)
        .where(and(eq(tables.claims.subjectType, 'TRIAL'), eq(tables.claims.subjectId, trial.id)))
    ).map((c) => c.field);
    expect(fields).not.toContain('completionDate');
    expect(fields).not.toContain('countries');
  });

  it('drops the interventions a new version of a record no longer has', async () => {
    const dir = join(root, 'dropped');
    mkdirSync(dir);
    const study = JSON.parse(readFileSync(join(CTGOV, 'NCT00777179.json'), 'utf8')) as J;
    const arms = study.protocolSection.armsInterventionsModule;
    arms.interventions = arms.interventions.filter((i: J) => i.name !== 'Placebo');
    writeFileSync(join(dir, 'NCT00777179.json'), JSON.stringify(study));
    const report = await importCtgov(db, [dir]);
    expect(report.changed).toEqual([
      expect.objectContaining({
        nctId: 'NCT00777179',
        outcome: 'updated',
        fields: expect.arrayContaining(['interventions']),
      }),
    ]);
    const trial = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT00777179')));
    const rows = await db
      .select({ name: tables.interventions.name })
      .from(tables.interventions)
      .where(eq(tables.interventions.trialId, trial.id));
    expect(rows.map((l) => l.name)).toEqual(['Vandetanib']);
    // One TRIAL UPDATE names the changed part, with the dropped row before and nothing after.
    const updates = await db
      .select()
      .from(tables.changes)
      .where(
        and(
          eq(tables.changes.entityType, 'TRIAL'),
          eq(tables.changes.entityId, trial.id),
          eq(tables.changes.action, 'UPDATE'),
        ),
      );
    const parts = updates.filter((u) => u.before && 'interventions' in u.before).at(-1);
    expect(parts).toBeDefined();
    const { before, after } = parts as { before: J; after: J };
    expect(before.interventions).toEqual([expect.objectContaining({ name: 'Placebo' })]);
    expect(after.interventions).toEqual([]);
  });
});

describe('bad records', () => {
  let db: Db;
  let dir: string;
  let report: ImportReport;

  beforeAll(async () => {
    db = await openDb('bad');
    // A record the database refuses at write time, to show a record is all-or-nothing.
    await db.run(
      sql.raw(`CREATE TRIGGER refuse_boom BEFORE INSERT ON interventions
        WHEN NEW.name = 'Boom'
        BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END`),
    );
    dir = sampleDir('bad', ['NCT00763412.json', 'NCT00777179.json']);
    const read = (f: string) => JSON.parse(readFileSync(join(CTGOV, f), 'utf8')) as J;
    writeFileSync(
      join(dir, 'truncated.json'),
      readFileSync(join(CTGOV, 'NCT00159900.json'), 'utf8').slice(0, 500),
    );
    const noId = read('NCT00901056.json');
    delete noId.protocolSection.identificationModule.nctId;
    writeFileSync(join(dir, 'no-nct-id.json'), JSON.stringify(noId));
    const paused = read('NCT00173134.json');
    paused.protocolSection.statusModule.overallStatus = 'PAUSED';
    writeFileSync(join(dir, 'unknown-status.json'), JSON.stringify(paused));
    const boom = read('NCT00848497.json');
    boom.protocolSection.armsInterventionsModule.interventions[0].name = 'Boom';
    writeFileSync(join(dir, 'refused.json'), JSON.stringify(boom));
    report = await importCtgov(db, [dir], { batchSize: 100 });
  });
  afterAll(() => db.client.close());

  it('lists each bad record with its reason and imports the others', async () => {
    const byFile = Object.fromEntries(failures(report).map((f) => [f.file.split('/').pop(), f]));
    expect(Object.keys(byFile).sort()).toEqual([
      'no-nct-id.json',
      'refused.json',
      'truncated.json',
      'unknown-status.json',
    ]);
    expect(byFile['truncated.json']?.reason).toMatch(/^malformed JSON/);
    expect(byFile['no-nct-id.json']?.reason).toBe(
      'missing NCT id (protocolSection.identificationModule.nctId)',
    );
    expect(byFile['unknown-status.json']).toMatchObject({
      nctId: 'NCT00173134',
      reason: 'unknown overall status "PAUSED" (protocolSection.statusModule.overallStatus)',
    });
    expect(byFile['refused.json']).toMatchObject({ nctId: 'NCT00848497' });
    expect(byFile['refused.json']?.reason).toMatch(/refused by a test trigger/);
    expect(report.totals).toMatchObject({ records: 6, created: 2, failed: 4 });
    const trials = await db.select({ nctId: tables.trials.nctId }).from(tables.trials);
    expect(trials.map((t) => t.nctId).sort()).toEqual(['NCT00763412', 'NCT00777179']);
  });

  it('leaves no partial rows of a failed record', async () => {
    for (const nctId of ['NCT00173134', 'NCT00848497', 'NCT00159900', 'NCT00901056']) {
      expect(await db.select().from(tables.sources).where(eq(tables.sources.nctId, nctId))).toEqual([]);
    }
    expect(await db.select().from(tables.interventions).where(eq(tables.interventions.name, 'Boom'))).toEqual(
      [],
    );
    const created = await db.select({ after: tables.changes.after }).from(tables.changes);
    expect(created.map((c) => c.after?.nctId).filter((n) => n === 'NCT00848497')).toEqual([]);
    const sources = await db.select({ n: count() }).from(tables.sources);
    const claimSources = await db
      .select({ id: tables.claims.sourceId })
      .from(tables.claims)
      .groupBy(tables.claims.sourceId);
    expect(sources[0]?.n).toBe(2);
    expect(claimSources).toHaveLength(2);
  });

  it('the CLI command writes the report and exits non-zero', async () => {
    const reportPath = join(root, 'cli-report.json');
    const saved = { url: process.env.DATABASE_URL, level: process.env.LOG_LEVEL };
    process.env.DATABASE_URL = `file:${join(root, 'cli.db')}`;
    process.env.LOG_LEVEL = 'silent';
    const program = new Command().exitOverride();
    registerImportCommands(program);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let summary = '';
    try {
      await program.parseAsync(['import', 'ctgov', dir, '--report', reportPath, '--no-progress'], {
        from: 'user',
      });
      expect(process.exitCode).toBe(1);
      summary = stderr.mock.calls.map((c) => String(c[0])).join('');
    } finally {
      stderr.mockRestore();
      process.exitCode = undefined;
      process.env.DATABASE_URL = saved.url;
      process.env.LOG_LEVEL = saved.level;
    }
    expect(summary).toMatch(/3 failed\./);
    expect(summary).toContain(`Report: ${reportPath}`);
    expect(summary).toMatch(/FAILED .*unknown-status\.json \(NCT00173134\): unknown overall status "PAUSED"/);
    const written = JSON.parse(readFileSync(reportPath, 'utf8')) as ImportReport;
    expect(written.totals).toMatchObject({ failed: 3, created: 3 });
    expect(Object.keys(written.files).map((f) => f.split('/').pop())).toEqual(
      expect.arrayContaining(['truncated.json', 'no-nct-id.json', 'unknown-status.json']),
    );
  });
});

describe('other formats', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb('formats');
  });
  afterAll(() => db.client.close());

  it('reads v1 FullStudiesResponse files and legacy XML', async () => {
    const report = await importCtgov(db, [join(CTGOV, 'v1'), join(CTGOV, 'xml')]);
    expect(failures(report)).toEqual([]);
    expect(report.totals).toMatchObject({ files: 68, records: 268 });
    const aav = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT00151216')));
    expect(aav).toMatchObject({
      phase: 'PHASE_1',
      status: 'ACTIVE_NOT_RECRUITING',
      startDate: '2004-06',
      completionDate: '2020-06',
      actualEnrollment: 10,
      country: 'United States',
      sponsor: 'Weill Medical College of Cornell University',
    });
    expect(aav?.summary).toMatch(
      /^The aim of this study is to treat the signs and symptoms of late infantile neuronal/,
    );
    expect(aav?.summary).not.toContain('\n');
    // The intervention is the trial's own row; what the classifier read is `inferred`, with evidence.
    const vector = one(
      await db
        .select()
        .from(tables.interventions)
        .where(sql`${tables.interventions.name} like 'AAV2CUhCLN2%'`),
    );
    expect(vector.inferred?.modality?.value).toBe('GENE_TRANSFER');
    expect(vector.inferred?.vector?.value).toBe('AAV');
    expect(vector.therapyId).toBeNull();
    const v1 = one(await db.select().from(tables.trials).where(eq(tables.trials.nctId, 'NCT04779463')));
    expect(v1).toMatchObject({
      status: 'RECRUITING',
      startDate: '2020-06-01',
      plannedEnrollment: 40,
      country: 'Egypt',
      conditions: ['Parasternal Intercostal Muscle Thickness', 'Weaning From Mechanical Ventilation'],
    });
  });

  it('streams large array files and reads NDJSON, reporting bad lines', async () => {
    const dir = join(root, 'streams');
    mkdirSync(dir);
    const studies = ALL_V2.slice(0, 5).map((f) => readFileSync(join(CTGOV, f), 'utf8').trim());
    writeFileSync(join(dir, 'array.json'), `[${studies.slice(0, 3).join(',\n')}]`);
    writeFileSync(
      join(dir, 'lines.ndjson'),
      `${studies
        .slice(3)
        .map((s) => JSON.stringify(JSON.parse(s)))
        .join('\n')}\n{"protocolSection": \n`,
    );
    const fresh = await openDb('streams');
    const report = await importCtgov(fresh, [dir], { streamThresholdBytes: 0 });
    expect(report.totals).toMatchObject({ records: 6, created: 5, failed: 1 });
    expect(failures(report)[0]?.reason).toMatch(/malformed JSON on line 3/);
    // A streamed v1 envelope gives the same records as one parsed whole.
    const streamed = await importCtgov(fresh, [join(CTGOV, 'v1/results_1.json')], {
      streamThresholdBytes: 0,
    });
    expect(streamed.totals).toMatchObject({ records: 100, failed: 0 });
    fresh.client.close();
  });
});

describe('whole data set', () => {
  it('imports all 720 v2 records, then the unseen verification records, without failures', async () => {
    // The run's one import of the 720 v2 records (shared with planner-statistics.test.ts), then
    // the verification records into a copy of its own.
    const shared = await sharedCtgovV2Import();
    const file = join(root, 'all.db');
    copyTo(shared, file);
    const db = createDb({ url: `file:${file}` });
    await migrateDb(db);
    const report = shared.report;
    expect(failures(report)).toEqual([]);
    expect(report.totals).toMatchObject({ files: 720, records: 720, created: 720 });

    const unseen = await importCtgov(db, [VERIFICATION]);
    expect(failures(unseen)).toEqual([]);
    expect(unseen.totals).toMatchObject({ records: 25, created: 25, failed: 0 });
    db.client.close();
  }, 120_000);
});

describe('through the API', () => {
  it('serves an imported trial with its claims, source and history', async () => {
    const server = await startTestServer({ seed: true });
    try {
      await importCtgov(server.db, [join(CTGOV, 'NCT00777179.json')]);
      const res = await server.gql<{ trial: J }>(
        `{ trial(nctId: "NCT00777179") {
            phase status
            therapies { edges { role armName node { name modality } } }
            claims { field locator source { kind url } }
            history(first: 100) { nodes { action entityType actor { role name } } }
          } }`,
        {},
        { role: 'admin' },
      );
      expect(res.body.errors).toBeUndefined();
      const trial = res.body.data?.trial as J;
      expect(trial).toMatchObject({ phase: 'PHASE_2', status: 'COMPLETED' });
      // Vandetanib and placebo name no curated construct: no Trial.therapies link by name.
      expect(trial.therapies.edges).toHaveLength(0);
      expect(trial.claims).toContainEqual({
        field: 'status',
        locator: 'protocolSection.statusModule.overallStatus',
        source: { kind: 'REGISTRY_RECORD', url: 'https://clinicaltrials.gov/study/NCT00777179' },
      });
      expect(trial.history.nodes).toContainEqual({
        action: 'CREATE',
        entityType: 'TRIAL',
        actor: { role: 'SYSTEM', name: 'ctgov import' },
      });
    } finally {
      await server.close();
    }
  });
});
