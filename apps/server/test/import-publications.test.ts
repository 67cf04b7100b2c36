import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportReport } from '@genetrials/ingest';
import {
  importCtgov,
  importPublications,
  kindOfPublicationTypes,
  parseCitation,
  seedKnowledgeBase,
  therapiesNamedIn,
} from '@genetrials/ingest';
import { createDb, type Db, migrateDb, tables } from '@genetrials/schema';
import { Command } from 'commander';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerImportCommands } from '../src/commands/import.js';

// Real public records, copied into the repository with their provenance (data/README.md).
const DATA = new URL('../../../data/', import.meta.url).pathname;
const REFERENCES = join(DATA, 'publications/ctgov_references.json');
const PAGES = join(DATA, 'publications/reviews_from_pages.json');

const root = mkdtempSync(join(tmpdir(), 'genetrials-publications-'));

/** The one row a query returned (fails the test when there is none). */
function one<T>(rows: T[]): T {
  expect(rows.length).toBeGreaterThan(0);
  return rows[0] as T;
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: registry JSON, read loosely by the test
type J = Record<string, any>;
const failures = (report: ImportReport) => Object.values(report.files).flatMap((p) => p.failed);

async function counts(db: Db) {
  const n = async (t: typeof tables.reviews) => (await db.select({ n: count() }).from(t))[0]?.n ?? 0;
  return {
    reviews: await n(tables.reviews),
    sources: await n(tables.sources as unknown as typeof tables.reviews),
    changes: await n(tables.changes as unknown as typeof tables.reviews),
    reviewTrials: (await db.select({ n: count() }).from(tables.reviewTrials))[0]?.n ?? 0,
    reviewTherapies: (await db.select({ n: count() }).from(tables.reviewTherapies))[0]?.n ?? 0,
  };
}

describe('publication import', () => {
  let db: Db;
  const refs = JSON.parse(readFileSync(REFERENCES, 'utf8')).references as J[];
  const pages = JSON.parse(readFileSync(PAGES, 'utf8')).records as J[];

  beforeAll(async () => {
    db = createDb({ url: `file:${join(root, 'pubs.db')}` });
    await migrateDb(db);
    await seedKnowledgeBase(db);
    const trials = await importCtgov(db, [join(DATA, 'ctgov')], { recursive: false });
    expect(trials.totals.failed).toBe(0);
  }, 120_000);
  afterAll(() => db.client.close());

  it('imports the trials’ RESULT and DERIVED references as reviews linked to the citing trials', async () => {
    const report = await importPublications(db, [REFERENCES]);
    expect(failures(report)).toEqual([]);
    const reporting = refs.filter((r) => r.type === 'RESULT' || r.type === 'DERIVED');
    const distinct = new Set(reporting.map((r) => r.pmid ?? r.citation));
    expect(report.totals).toMatchObject({
      records: refs.length,
      created: distinct.size,
      skipped: refs.filter((r) => r.type === 'BACKGROUND').length,
      failed: 0,
    });

    for (const ref of reporting.filter((r) => r.type === 'RESULT').slice(0, 5)) {
      const review = one(await db.select().from(tables.reviews).where(eq(tables.reviews.pmid, ref.pmid)));
      expect(review).toMatchObject({
        kind: 'PRIMARY_REPORT',
        url: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`,
      });
      expect(ref.citation).toContain(review.title);
      const linked = await db
        .select({ nctId: tables.trials.nctId })
        .from(tables.reviewTrials)
        .innerJoin(tables.trials, eq(tables.trials.id, tables.reviewTrials.trialId))
        .where(eq(tables.reviewTrials.reviewId, review.id));
      expect(linked.map((l) => l.nctId).sort()).toEqual([...ref.nctIds].sort());
      const source = one(
        await db
          .select()
          .from(tables.sources)
          .where(eq(tables.sources.id, review.sourceId as number)),
      );
      expect(source).toMatchObject({ kind: 'JOURNAL_ARTICLE', pmid: ref.pmid });
    }
  });

  it('imports hand-transcribed records with their kind, authors and source page', async () => {
    const report = await importPublications(db, [PAGES]);
    expect(report.totals).toMatchObject({ records: pages.length, created: pages.length, failed: 0 });
    const june = one(await db.select().from(tables.reviews).where(eq(tables.reviews.pmid, '17549249')));
    expect(june).toMatchObject({
      kind: 'REVIEW_ARTICLE',
      title: 'Adoptive T cell therapy for cancer in the clinic',
      authors: ['June CH'],
      journal: 'J Clin Invest',
      year: 2007,
      volume: '117',
      issue: '6',
      pages: '1466-1476',
      doi: '10.1172/JCI32446',
    });
    const morgan = one(
      await db.select().from(tables.reviews).where(eq(tables.reviews.doi, '10.1002/jgm.2636')),
    );
    expect(morgan).toMatchObject({ authorsComplete: false, year: null });
    expect(morgan?.abstract).toMatch(/^The aim of this review/);
    const withoutIds = pages.find((p) => !p.pmid && !p.doi) as J;
    const cross = one(
      await db.select().from(tables.reviews).where(eq(tables.reviews.title, withoutIds.title)),
    );
    const [source] = await db
      .select()
      .from(tables.sources)
      .where(eq(tables.sources.id, cross.sourceId as number));
    expect(source).toMatchObject({ kind: 'REVIEW', url: withoutIds.sourceUrl });
  });

  it('is idempotent: importing again changes nothing', async () => {
    const before = await counts(db);
    const again = await importPublications(db, [REFERENCES, PAGES]);
    expect(again.totals).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('links trials by NCT id and therapies named in the text (PubMed and Crossref formats)', async () => {
    const crossref = join(root, 'crossref.json');
    writeFileSync(
      crossref,
      JSON.stringify({
        message: {
          items: [
            {
              DOI: '10.5555/genetrials.test.1',
              type: 'journal-article',
              title: [
                'Interleukin-2 after vandetanib in NCT00777179 and NCT99999999: a placebo-controlled comparison',
              ],
              author: [{ family: 'Doe', given: 'Jane Ann' }],
              'container-title': ['Journal of Tests'],
              issued: { 'date-parts': [[2020, 5]] },
              volume: '1',
            },
          ],
        },
      }),
    );
    const pubmed = join(root, 'esummary.json');
    writeFileSync(
      pubmed,
      JSON.stringify({
        result: {
          uids: ['99999901'],
          '99999901': {
            uid: '99999901',
            title: 'Cytokine gene-modified cell vaccines: a review.',
            pubtype: ['Journal Article', 'Review'],
            authors: [{ name: 'Roe R' }],
            fulljournalname: 'Reviews in Tests',
            pubdate: '2019 May',
            articleids: [{ idtype: 'doi', value: '10.5555/genetrials.test.2' }],
          },
        },
      }),
    );
    const report = await importPublications(db, [crossref, pubmed]);
    expect(report.totals).toMatchObject({ created: 2, failed: 0 });
    expect(report.notes.join(' ')).toContain('NCT99999999');

    const therapyNames = async (reviewId: number) =>
      (
        await db
          .select({ name: tables.therapies.name })
          .from(tables.reviewTherapies)
          .innerJoin(tables.therapies, eq(tables.therapies.id, tables.reviewTherapies.therapyId))
          .where(eq(tables.reviewTherapies.reviewId, reviewId))
      ).map((t) => t.name.toLowerCase());
    const article = one(
      await db.select().from(tables.reviews).where(eq(tables.reviews.doi, '10.5555/genetrials.test.1')),
    );
    expect(article).toMatchObject({ kind: 'PRIMARY_REPORT', authors: ['Doe JA'], year: 2020 });
    // "Interleukin-2" (seed) and "Vandetanib" (imported) are named; "placebo" is too generic to count.
    // Vandetanib is an intervention of NCT00777179, not a therapy: the ctgov import makes therapies
    // only for curated constructs, never from intervention names.
    expect((await therapyNames(article.id)).sort()).toEqual(['interleukin-2']);
    const trials = await db
      .select({ nctId: tables.trials.nctId })
      .from(tables.reviewTrials)
      .innerJoin(tables.trials, eq(tables.trials.id, tables.reviewTrials.trialId))
      .where(eq(tables.reviewTrials.reviewId, article.id));
    expect(trials.map((t) => t.nctId)).toEqual(['NCT00777179']);

    const review = one(await db.select().from(tables.reviews).where(eq(tables.reviews.pmid, '99999901')));
    expect(review).toMatchObject({ kind: 'REVIEW_ARTICLE', year: 2019, doi: '10.5555/genetrials.test.2' });
    expect(await therapyNames(review.id)).toEqual(['cytokine gene-modified cell vaccines']);
  });

  it('with --include-background, imports background reviews without linking them to trials', async () => {
    const before = await counts(db);
    const report = await importPublications(db, [REFERENCES], { includeBackground: true });
    expect(report.totals.failed).toBe(0);
    expect(report.totals.created).toBeGreaterThan(0);
    const after = await counts(db);
    expect(after.reviews).toBe(before.reviews + report.totals.created);
    expect(after.reviewTrials).toBe(before.reviewTrials);
    const background = refs.filter(
      (r) => r.type === 'BACKGROUND' && /meta-analysis/i.test(r.citation) && r.pmid,
    );
    const rows = await db
      .select({ kind: tables.reviews.kind })
      .from(tables.reviews)
      .where(
        inArray(
          tables.reviews.pmid,
          background.map((r) => r.pmid),
        ),
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['REVIEW_ARTICLE']));
  });

  it('reports bad files and records, and the command exits non-zero', async () => {
    const bad = join(root, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        records: [
          { title: 'A record of no known kind', publicationType: 'Poem', year: 2020 },
          { title: '', publicationType: 'Review' },
          { title: 'A fine review', publicationType: 'Review', year: 2021, authors: ['Poe E'] },
        ],
      }),
    );
    const unknown = join(root, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ hello: 'world' }));
    const reportPath = join(root, 'pubs-report.json');
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${join(root, 'pubs-cli.db')}`;
    const program = new Command().exitOverride();
    registerImportCommands(program);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let summary = '';
    try {
      await program.parseAsync(
        ['import', 'publications', bad, unknown, '--report', reportPath, '--no-progress'],
        {
          from: 'user',
        },
      );
      expect(process.exitCode).toBe(1);
      summary = stderr.mock.calls.map((c) => String(c[0])).join('');
    } finally {
      stderr.mockRestore();
      process.exitCode = undefined;
      process.env.DATABASE_URL = saved;
    }
    expect(summary).toContain('1 created, 0 updated, 0 unchanged, 0 skipped, 3 failed.');
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ImportReport;
    expect(report.totals).toMatchObject({ created: 1, failed: 3 });
    expect(report.files[bad]?.failed.map((f) => f.reason)).toEqual([
      'unknown publication type "Poem"',
      'record without a title',
    ]);
    expect(report.files[unknown]?.failed[0]?.reason).toMatch(/unknown publication format/);
  });
});

describe('publication helpers', () => {
  it('parses NLM citations', () => {
    expect(
      parseCitation(
        'Greenstein A, Dekalo S, Chen J. Penile size in adult men-recommendations for clinical and research measurements. Int J Impot Res. 2020 Mar;32(2):153-158. doi: 10.1038/s41443-019-0157-4. Epub 2019 Jun 6.',
      ),
    ).toEqual({
      authors: ['Greenstein A', 'Dekalo S', 'Chen J'],
      authorsComplete: true,
      title: 'Penile size in adult men-recommendations for clinical and research measurements',
      journal: 'Int J Impot Res',
      year: 2020,
      volume: '32',
      issue: '2',
      pages: '153-158',
      doi: '10.1038/s41443-019-0157-4',
      markers: [],
    });
    const odd = parseCitation(
      'Vinick A, Richardson D. Erectile Dysfunction in Diabetes. Diabetic Reviews 6:16-33, 1998.',
    );
    expect(odd.year).toBeNull();
    expect(odd.title).toContain('Erectile Dysfunction in Diabetes');
  });

  it('maps publication types to review kinds', () => {
    expect(kindOfPublicationTypes(['Journal Article', 'Review'])).toBe('REVIEW_ARTICLE');
    expect(kindOfPublicationTypes(['Editorial'])).toBe('COMMENTARY');
    expect(kindOfPublicationTypes(['News'])).toBe('NEWS');
    expect(kindOfPublicationTypes(['Clinical Trial, Phase I', 'Journal Article'])).toBe('PRIMARY_REPORT');
    expect(kindOfPublicationTypes(['Poem'])).toBeNull();
  });

  it('finds therapy names on word boundaries only', () => {
    const therapies = [
      { id: 1, name: 'Interleukin-2' },
      { id: 2, name: 'Placebo' },
      { id: 3, name: 'TIL' },
      { id: 4, name: 'Aldesleukin' },
    ];
    expect(therapiesNamedIn('High-dose interleukin-2 and placebo', therapies)).toEqual([1]);
    expect(therapiesNamedIn('interleukin-21 and aldesleukinX', therapies)).toEqual([]);
  });
});
