// Fidelity of the ClinicalTrials.gov import: every shipped record (data/ctgov and
// data/verification/ctgov, all three formats) is imported once into a real SQLite file, and what
// the database and the API serve is compared field by field with the StudyRecord read
// independently from the source file, through the normalisations documented in
// packages/ingest/src/import/ctgov-map-parts.ts (LINE: escapes removed, whitespace collapsed;
// BLOCK: escapes removed, lines trimmed, paragraphs kept).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ImportReport, importCtgov } from '@genetrials/ingest';
import { createDb, type Db, migrateDb, tables } from '@genetrials/schema';
import { asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRawRecords, toStudyRecord } from '../../../packages/ingest/src/import/ctgov-files.js';
import type { StudyRecord } from '../../../packages/ingest/src/import/ctgov-record.js';
import { startTestServer, type TestServer } from './harness.js';
import { CTGOV_PATHS, sharedCtgovImport } from './shared-import.js';

const DATA = new URL('../../../data/', import.meta.url).pathname;
const PATHS = CTGOV_PATHS;
const root = mkdtempSync(join(tmpdir(), 'genetrials-fidelity-'));

// ---- The documented normalisations, written again for the test ----
const unescapeMd = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const LINE = (s: string | null | undefined) => {
  if (s == null) return null;
  const v = unescapeMd(s).replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
};
const BLOCK = (s: string | null | undefined) => {
  if (s == null) return null;
  const v = unescapeMd(s)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
  return v === '' ? null : v;
};
const PREFERENCE = ['ctgov-v2-json', 'ctgov-v1-json', 'ctgov-xml'];
const DISPERSION = (s: string | null) => {
  if (!s) return null;
  const ci = /^(\d+(?:\.\d+)?)\s*%\s*Confidence Interval$/i.exec(s.trim());
  if (ci) {
    const p = (ci[1] as string).replace('.', '');
    return ['80', '90', '95', '975', '99'].includes(p) ? `CONFIDENCE_${p}` : 'CONFIDENCE_OTHER';
  }
  return s
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
};

let server: TestServer;
let db: Db;
let report: ImportReport;
/** The copy of each NCT id that must win: newest last-update date, then v2 > v1 > XML. */
const winners = new Map<string, StudyRecord>();
const formatsOf = new Map<string, Set<string>>();

beforeAll(async () => {
  // The run's one import of PATHS (shared with fhir.test.ts), served from a copy of its own.
  const shared = await sharedCtgovImport();
  report = shared.report;
  server = await startTestServer({ seed: false, from: shared.file });
  db = server.db;
  for await (const raw of readRawRecords(PATHS)) {
    if (raw.kind === 'error') continue;
    const r = toStudyRecord(raw);
    const id = r.nctId.value as string;
    formatsOf.set(id, (formatsOf.get(id) ?? new Set()).add(r.format));
    const cur = winners.get(id);
    const date = r.lastUpdatePosted.value ?? '';
    const curDate = cur?.lastUpdatePosted.value ?? '';
    if (
      !cur ||
      date > curDate ||
      (date === curDate && PREFERENCE.indexOf(r.format) < PREFERENCE.indexOf(cur.format))
    )
      winners.set(id, r);
  }
}, 300_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function trialIds(): Promise<Map<string, number>> {
  const rows = await db.select({ id: tables.trials.id, nctId: tables.trials.nctId }).from(tables.trials);
  return new Map(rows.map((r) => [r.nctId as string, r.id]));
}

/** Child rows of one table, grouped by trial and ordered by position (then id). */
async function byTrial<T extends { trialId: number }>(rows: T[]): Promise<Map<number, T[]>> {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(r.trialId, [...(m.get(r.trialId) ?? []), r]);
  return m;
}

describe('import of every shipped record', () => {
  // Timing is the benchmark's business, never a test's: this only checks what was imported.
  it('imports all records, reporting the two left-out values as warnings', () => {
    expect(report.totals).toMatchObject({ records: 1013, failed: 0, skippedOlder: 0, skippedSameVersion: 2 });
    expect(report.totals.created).toBe(winners.size);
    expect(report.warnings.map((w) => `${w.nctId} ${w.message}`)).toEqual([
      'NCT00277524 left out: adverseEventGroups.0.title must not be empty',
      'NCT03182660 study type "NA" is not a known value; left out',
    ]);
  });

  it("stores each trial's registry columns as its own record says: dates and their types, eligibility", async () => {
    const rows = await db.select().from(tables.trials);
    expect(rows).toHaveLength(winners.size);
    for (const t of rows) {
      const r = winners.get(t.nctId as string) as StudyRecord;
      const d = r.dates;
      const where = `${t.nctId} (${r.format})`;
      expect(t.startDateType, where).toBe(d.start.value?.date ? d.start.value.type : null);
      expect(t.completionDateType, where).toBe(d.completion.value?.date ? d.completion.value.type : null);
      expect(t.primaryCompletionDate, where).toBe(d.primaryCompletion.value?.date ?? null);
      expect(t.primaryCompletionDateType, where).toBe(
        d.primaryCompletion.value?.date ? d.primaryCompletion.value.type : null,
      );
      expect(t.lastUpdatePosted, where).toBe(r.lastUpdatePosted.value);
      expect(t.acronym, where).toBe(LINE(r.acronym.value));
      expect(t.whyStopped, where).toBe(BLOCK(r.whyStopped.value));
      expect(t.detailedDescription, where).toBe(BLOCK(r.detailedDescription.value));
      expect(t.keywords, where).toEqual(r.keywords.value.map(LINE).filter(Boolean));
      const e = r.eligibility;
      expect(t.eligibility?.criteria ?? null, where).toBe(BLOCK(e.criteria.value));
      expect(t.eligibilitySex, where).toBe(e.sex.value);
      expect(t.healthyVolunteers, where).toBe(e.healthyVolunteers.value);
      const age = (a: typeof e.minimumAge) =>
        a.value && a.value.value !== null ? a.value.text.trim() : null;
      expect(t.eligibility?.minimumAge ?? null, where).toBe(age(e.minimumAge));
      expect(t.eligibility?.maximumAge ?? null, where).toBe(age(e.maximumAge));
      const studyType = r.design.studyType.value;
      expect(t.studyType, where).toBe(studyType === 'NA' ? null : studyType);
    }
  });

  it("stores each trial's own interventions and arms, never another trial's, never linked by name", async () => {
    const ids = await trialIds();
    const interventions = await byTrial(
      await db.select().from(tables.interventions).orderBy(asc(tables.interventions.position)),
    );
    const arms = await byTrial(await db.select().from(tables.arms).orderBy(asc(tables.arms.position)));
    let total = 0;
    for (const [nctId, r] of winners) {
      const trialId = ids.get(nctId) as number;
      const stored = interventions.get(trialId) ?? [];
      total += stored.length;
      expect(
        stored.map((i) => ({
          name: i.name,
          type: i.type,
          description: i.description,
          otherNames: i.otherNames,
        })),
        nctId,
      ).toEqual(
        r.interventions.map((i) => ({
          name: LINE(i.name),
          type: i.type,
          description: BLOCK(i.description),
          otherNames: i.otherNames.map(LINE).filter(Boolean),
        })),
      );
      expect(
        (arms.get(trialId) ?? []).map((a) => [a.label, a.type, a.description]),
        nctId,
      ).toEqual(r.arms.map((a) => [LINE(a.label), a.type, BLOCK(a.description)]));
    }
    // No intervention row belongs to two trials, and none was linked to a therapy by name.
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(tables.interventions);
    expect(n).toBe(total);
    const linked = await db
      .select()
      .from(tables.interventions)
      .where(
        sql`${tables.interventions.therapyId} is not null and ${tables.interventions.matchMethod} is null`,
      );
    expect(linked).toEqual([]);
    console.log('interventions', total);
  });

  it("serves every intervention description on a trial from that trial's own record (API)", async () => {
    const sample = [...winners.values()]
      .filter((r) => r.interventions.some((i) => i.description))
      .slice(0, 40);
    for (const r of sample) {
      const res = await server.gql<{
        trial: { interventions: { edges: { node: { name: string; description: string | null } }[] } };
      }>(
        'query($id: String!) { trial(nctId: $id) { interventions(first: 100) { edges { node { name description } } } } }',
        { id: r.nctId.value },
      );
      expect(res.body.errors, r.nctId.value as string).toBeUndefined();
      expect(res.body.data?.trial.interventions.edges.map((e) => e.node)).toEqual(
        r.interventions.map((i) => ({ name: LINE(i.name), description: BLOCK(i.description) })),
      );
    }
  });

  it('stores sites, protocol and result outcome measures, and adverse events as each record says', async () => {
    const ids = await trialIds();
    const sites = await byTrial(
      await db.select().from(tables.trialSites).orderBy(asc(tables.trialSites.position)),
    );
    const outcomes = await byTrial(
      await db
        .select()
        .from(tables.outcomeMeasures)
        .orderBy(asc(tables.outcomeMeasures.source), asc(tables.outcomeMeasures.position)),
    );
    const aes = await byTrial(
      await db
        .select()
        .from(tables.registryAdverseEvents)
        .orderBy(asc(tables.registryAdverseEvents.seriousness), asc(tables.registryAdverseEvents.position)),
    );
    const totals = { sites: 0, outcomes: 0, aes: 0 };
    for (const [nctId, r] of winners) {
      const trialId = ids.get(nctId) as number;
      const s = sites.get(trialId) ?? [];
      totals.sites += s.length;
      expect(
        s.map((x) => [x.facility, x.city, x.state, x.country, x.status, x.latitude, x.longitude]),
        nctId,
      ).toEqual(
        r.sites.value
          .filter((x) => x.facility || x.city || x.country)
          .map((x) => [
            LINE(x.facility),
            LINE(x.city),
            LINE(x.state),
            LINE(x.country),
            x.status,
            x.geoPoint?.lat ?? null,
            x.geoPoint?.lon ?? null,
          ]),
      );
      const o = outcomes.get(trialId) ?? [];
      totals.outcomes += o.length;
      expect(
        o.filter((x) => x.source === 'PROTOCOL').map((x) => [x.type, x.title, x.description, x.timeFrame]),
        nctId,
      ).toEqual(
        r.protocolOutcomes.value.map((p) => [
          p.kind === 'OTHER' ? 'OTHER_PRE_SPECIFIED' : p.kind,
          LINE(p.measure),
          BLOCK(p.description),
          LINE(p.timeFrame),
        ]),
      );
      const results = o.filter((x) => x.source === 'RESULTS');
      expect(
        results.map((x) => ({
          type: x.type,
          title: x.title,
          paramType: x.paramType,
          dispersionType: x.dispersionType,
          unit: x.unitOfMeasure,
          groups: x.groups.map((g) => [g.id, g.title]),
          values: x.classes.flatMap((c) =>
            c.categories.flatMap((k) => k.measurements.map((m) => [m.groupId, m.value])),
          ),
        })),
        nctId,
      ).toEqual(
        (r.results?.outcomes ?? []).map((x) => ({
          type: x.type,
          title: LINE(x.title),
          paramType: x.paramType,
          dispersionType: DISPERSION(x.dispersionType),
          unit: LINE(x.unitOfMeasure),
          groups: x.groups.map((g) => [g.id, LINE(g.title)]),
          values: x.classes.flatMap((c) =>
            c.categories.flatMap((k) => k.measurements.map((m) => [m.groupId, m.value?.trim() || null])),
          ),
        })),
      );
      const a = aes.get(trialId) ?? [];
      totals.aes += a.length;
      const ae = r.results?.adverseEvents;
      expect(
        a.map((x) => [
          x.seriousness,
          x.term,
          x.organSystem,
          x.stats.map((st) => [st.groupId, st.numAffected, st.numAtRisk]),
        ]),
        nctId,
      ).toEqual(
        // OTHER sorts before SERIOUS.
        [
          ...(ae?.otherEvents ?? []).map((x) => ['OTHER', x] as const),
          ...(ae?.seriousEvents ?? []).map((x) => ['SERIOUS', x] as const),
        ].map(([k, x]) => [
          k,
          LINE(x.term),
          LINE(x.organSystem),
          x.stats.map((st) => [st.groupId, st.numAffected, st.numAtRisk]),
        ]),
      );
    }
    const orr = await db
      .select({
        nctId: tables.trials.nctId,
        responders: tables.trialResults.orrResponders,
        analysed: tables.trialResults.orrAnalysed,
      })
      .from(tables.trialResults)
      .innerJoin(tables.trials, eq(tables.trials.id, tables.trialResults.trialId))
      .where(sql`${tables.trialResults.orrResponders} is not null`);
    console.log(
      'sites',
      totals.sites,
      'outcome measures',
      totals.outcomes,
      'adverse events',
      totals.aes,
      'registry ORR',
      orr,
    );
    expect(orr).toEqual([{ nctId: 'NCT02369484', responders: 1, analysed: 13 }]);
  });

  it('keeps no XML character reference in the text of XML records', async () => {
    const ids = await trialIds();
    const xml = [...winners].filter(([, r]) => r.format === 'ctgov-xml').map(([id]) => ids.get(id) as number);
    expect(xml.length).toBeGreaterThan(50);
    const list = xml.join(',');
    for (const table of [
      'trials',
      'interventions',
      'arms',
      'trial_sites',
      'outcome_measures',
      'registry_adverse_events',
      'trial_results',
    ]) {
      const column = table === 'trials' ? 'id' : 'trial_id';
      const rows = await db.all<Record<string, unknown>>(
        sql.raw(`select * from ${table} where ${column} in (${list})`),
      );
      for (const row of rows) expect(JSON.stringify(row), table).not.toMatch(/&#/);
    }
  });

  it('a second import of everything writes nothing: no version, no history row', async () => {
    const changes = async () => (await db.select({ n: count() }).from(tables.changes))[0]?.n ?? 0;
    const versions = async () =>
      (await db.select({ v: sql<number>`sum(${tables.trials.version})` }).from(tables.trials))[0]?.v;
    const [c0, v0] = [await changes(), await versions()];
    const again = await importCtgov(db, PATHS);
    expect(again.totals).toMatchObject({ created: 0, updated: 0, failed: 0, skippedSameVersion: 2 });
    expect(again.changed).toEqual([]);
    expect(await changes()).toBe(c0);
    expect(await versions()).toBe(v0);
    console.log(
      'second run: writes',
      again.totals.created + again.totals.updated,
      'history rows',
      (await changes()) - c0,
    );
  }, 180_000);
});

// ---- Small databases of their own ----

async function freshDb(name: string): Promise<Db> {
  const d = createDb({ url: `file:${join(root, `${name}.db`)}` });
  await migrateDb(d);
  return d;
}

function carT(nctId: string, description: string) {
  return {
    protocolSection: {
      identificationModule: { nctId, briefTitle: `CAR-T study ${nctId}` },
      statusModule: { overallStatus: 'RECRUITING', lastUpdatePostDateStruct: { date: '2024-01-01' } },
      designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE1'] },
      armsInterventionsModule: {
        armGroups: [{ label: 'CAR-T', type: 'EXPERIMENTAL', interventionNames: ['Biological: CAR-T cells'] }],
        interventions: [{ type: 'BIOLOGICAL', name: 'CAR-T cells', description, armGroupLabels: ['CAR-T'] }],
      },
    },
  };
}

describe('interventions with the same name in two trials', () => {
  it('stay two rows, each with what its own record says, linked to no therapy by name', async () => {
    const dir = join(root, 'cart');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'NCT09000001.json'),
      JSON.stringify(
        carT(
          'NCT09000001',
          'Autologous T cells transduced with a lentiviral vector encoding an anti-CD19 chimeric antigen receptor.',
        ),
      ),
    );
    writeFileSync(
      join(dir, 'NCT09000002.json'),
      JSON.stringify(
        carT(
          'NCT09000002',
          'Allogeneic T cells transduced with a gamma-retroviral vector encoding an anti-BCMA chimeric antigen receptor.',
        ),
      ),
    );
    const d = await freshDb('cart');
    try {
      const r = await importCtgov(d, [dir]);
      expect(r.totals).toMatchObject({ created: 2, failed: 0 });
      const rows = await d
        .select({ nctId: tables.trials.nctId, i: tables.interventions })
        .from(tables.interventions)
        .innerJoin(tables.trials, eq(tables.trials.id, tables.interventions.trialId))
        .orderBy(asc(tables.trials.nctId));
      expect(rows).toHaveLength(2);
      expect(new Set(rows.map((x) => x.i.id)).size).toBe(2);
      const got = rows.map((x) => ({
        nctId: x.nctId,
        name: x.i.name,
        modality: x.i.inferred?.modality?.value,
        antigen: x.i.inferred?.targetAntigen?.value,
        vector: x.i.inferred?.vector?.value,
        cellSource: x.i.inferred?.cellSource?.value,
        therapyId: x.i.therapyId,
      }));
      expect(got).toEqual([
        {
          nctId: 'NCT09000001',
          name: 'CAR-T cells',
          modality: 'CAR_T_CELL',
          antigen: 'CD19',
          vector: 'LENTIVIRUS',
          cellSource: 'AUTOLOGOUS',
          therapyId: null,
        },
        {
          nctId: 'NCT09000002',
          name: 'CAR-T cells',
          modality: 'CAR_T_CELL',
          antigen: 'BCMA',
          vector: 'RETROVIRUS',
          cellSource: 'ALLOGENEIC',
          therapyId: null,
        },
      ]);
      expect(await d.select().from(tables.therapies)).toEqual([]);
      expect(await d.select().from(tables.trialTherapies)).toEqual([]);
    } finally {
      d.client.close();
    }
  });
});

describe('the same version in two formats', () => {
  const pair = (id: string) =>
    [join(DATA, 'ctgov/v1', `${id}.json`), join(DATA, 'ctgov/xml', `${id}.xml`)] as const;

  /** Everything stored about the trial, without ids and timestamps. */
  async function snapshot(d: Db, nctId: string) {
    const [t] = await d.select().from(tables.trials).where(eq(tables.trials.nctId, nctId));
    if (!t) throw new Error(`${nctId} not stored`);
    const strip = <T extends Record<string, unknown>>(rows: T[]) =>
      rows.map(({ id: _i, trialId: _t, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest);
    const { id: _i, createdAt: _c, updatedAt: _u, version: _v, ...trial } = t;
    const child = async (
      table:
        | typeof tables.trialSites
        | typeof tables.interventions
        | typeof tables.outcomeMeasures
        | typeof tables.arms
        | typeof tables.registryAdverseEvents,
    ) =>
      strip(
        (await d
          .select()
          .from(table as typeof tables.trialSites)
          .where(eq((table as typeof tables.trialSites).trialId, t.id))) as Record<string, unknown>[],
      );
    return {
      trial,
      interventions: await child(tables.interventions),
      arms: await child(tables.arms),
      sites: await child(tables.trialSites),
      outcomes: await child(tables.outcomeMeasures),
      aes: await child(tables.registryAdverseEvents),
    };
  }

  it.each(['NCT02028676', 'NCT00023673'])(
    '%s: v1 first or XML first, the stored values are the same',
    async (id) => {
      const [v1, xml] = pair(id);
      // Each copy alone in a folder, so the import order is the order of the paths.
      const dirs = [v1, xml].map((file, k) => {
        const dir = join(root, `${id}-${k}`);
        mkdirSync(dir, { recursive: true });
        copyFileSync(file, join(dir, file.split('/').pop() as string));
        return dir;
      });
      const a = await freshDb(`${id}-v1-first`);
      const b = await freshDb(`${id}-xml-first`);
      try {
        const ra = await importCtgov(a, [dirs[0] as string, dirs[1] as string]);
        const rb = await importCtgov(b, [dirs[1] as string, dirs[0] as string]);
        expect(ra.totals).toMatchObject({ created: 1, skippedSameVersion: 1 });
        expect(rb.totals).toMatchObject({ created: 1, updated: 1 });
        const sa = await snapshot(a, id);
        expect(sa).toEqual(await snapshot(b, id));
        // Both end with the v1 JSON copy (preferred over XML for the same last-update date).
        const fmt = await a.all<{ value: string }>(
          sql`select value from claims where field = 'registryFormat' and subject_id = (select id from trials where nct_id = ${id})`,
        );
        expect(fmt.map((f) => JSON.parse(f.value))).toEqual(['ctgov-v1-json']);
        // And a third import of the XML copy changes nothing.
        const again = await importCtgov(b, [dirs[1] as string]);
        expect(again.totals).toMatchObject({ skippedSameVersion: 1, updated: 0 });
      } finally {
        a.client.close();
        b.client.close();
      }
    },
  );
});

describe('syncRegistryParts', () => {
  it('writes nothing for identical parts, and keeps a curator-made therapy link through a re-sync', async () => {
    const { runWrite, syncRegistryParts, SYSTEM_ACTORS } = await import('@genetrials/schema/write');
    const d = await freshDb('sync');
    try {
      const dir = join(root, 'sync');
      mkdirSync(dir);
      const study = carT('NCT09000003', 'Autologous anti-CD19 CAR T cells.');
      writeFileSync(join(dir, 'NCT09000003.json'), JSON.stringify(study));
      await importCtgov(d, [dir]);
      const [trial] = await d.select().from(tables.trials);
      const [therapy] = await d
        .insert(tables.therapies)
        .values({ name: 'Curated CD19 CAR', modality: 'CAR_T_CELL' })
        .returning();
      await d
        .update(tables.interventions)
        .set({
          therapyId: therapy?.id,
          matchMethod: 'CURATOR',
          matchEvidence: 'curator: sponsor confirmed the product',
        })
        .where(eq(tables.interventions.trialId, trial?.id as number));
      const parts = {
        interventions: [
          {
            name: 'CAR-T cells',
            type: 'BIOLOGICAL' as const,
            description: 'Autologous anti-CD19 CAR T cells.',
            armLabels: ['CAR-T'],
          },
        ],
        arms: [{ label: 'CAR-T', type: 'EXPERIMENTAL' as const }],
        sites: [],
        meshTerms: [],
        outcomeMeasures: [],
        adverseEvents: [],
        results: null,
      };
      const changes = async () => (await d.select({ n: count() }).from(tables.changes))[0]?.n ?? 0;
      const before = await changes();
      // A changed description: the row is updated in place, the curated link stays.
      const first = await runWrite(d, SYSTEM_ACTORS.ctgovImport, (w) =>
        syncRegistryParts(w, trial?.id as number, {
          ...parts,
          interventions: [
            { ...(parts.interventions[0] as (typeof parts.interventions)[0]), description: 'Changed.' },
          ],
        }),
      );
      expect(first.changedParts).toContain('interventions');
      const [row] = await d.select().from(tables.interventions);
      expect(row).toMatchObject({ description: 'Changed.', therapyId: therapy?.id, matchMethod: 'CURATOR' });
      expect(await changes()).toBe(before + 1);
      // The same parts again: nothing written.
      const again = await runWrite(d, SYSTEM_ACTORS.ctgovImport, (w) =>
        syncRegistryParts(w, trial?.id as number, {
          ...parts,
          interventions: [
            { ...(parts.interventions[0] as (typeof parts.interventions)[0]), description: 'Changed.' },
          ],
        }),
      );
      expect(again.changedParts).toEqual([]);
      expect(await changes()).toBe(before + 1);
    } finally {
      d.client.close();
    }
  });
});
