import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, createDb, type Db, migrateDb, type SubjectType, tables } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adverseEventField, knowledgeBase } from '../src/seed/knowledge-base.js';
import { seedKnowledgeBase } from '../src/seed/seed.js';

// The provenance rule written at the top of knowledge-base.ts, checked against a real seeded
// SQLite database and the seed documents in data/seeds/.

const seedsDir = new URL('../../../data/seeds/', import.meta.url);
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
const seedTexts = seedFiles.map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

/**
 * Case- and whitespace-insensitive form of a text: report B is lower-cased and tokenised
 * ("t - cells", "researchers ,"), so spaces next to punctuation go and quotation marks are dropped.
 */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/["\u201c\u201d]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*([,.;:!?()'-])\s*/g, '$1')
    .trim();
}
const corpus = seedTexts.map(normalise);

/** The verbatim pieces of a quote: split at "[...]", bracketed insertions removed. */
function quoteSegments(quote: string): string[] {
  return quote
    .split('[...]')
    .map((part) => part.replace(/\[[^\]]*\]/g, ' ').trim())
    .filter((part) => part.length > 0);
}

// Columns of each seeded table, by role. Fact columns must be backed by a claim with the same
// value (adverse events: a claim on their patient, field `adverseEvent<Column>`); narrative
// columns by the row having a claim citing a document (reviews: their source link); bookkeeping
// columns (ids, keys, codes, timestamps, derived startYear, authorsComplete) need nothing.
const FACT_COLUMNS = {
  TRIAL: [
    'nctId',
    'officialTitle',
    'phase',
    'status',
    'conditions',
    'sponsor',
    'institution',
    'country',
    'principalInvestigator',
    'startDate',
    'completionDate',
    'plannedEnrollment',
    'actualEnrollment',
  ],
  THERAPY: ['modality', 'transgene', 'targetAntigen', 'vector', 'cellSource'],
  PATIENT: [
    'ageAtEnrollment',
    'sex',
    'diseaseStage',
    'metastaticSites',
    'priorTherapies',
    'bestResponse',
    'responseDurationMonths',
    'followUpMonths',
    'status',
  ],
  ADVERSE_EVENT: ['term', 'grade', 'attribution', 'serious'],
  REVIEW: [
    'title',
    'authors',
    'journal',
    'year',
    'volume',
    'issue',
    'pages',
    'doi',
    'pmid',
    'url',
    'abstract',
  ],
} as const;
const NARRATIVE_COLUMNS = {
  TRIAL: ['title', 'summary'],
  THERAPY: ['name', 'description'],
  PATIENT: ['notes'],
  ADVERSE_EVENT: ['description'],
  REVIEW: ['summary'],
} as const;
/** The "unknown" form of a column that cannot be null. */
const isUnset = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === 'UNKNOWN' ||
  (Array.isArray(value) && value.length === 0);
/** A review's kind is backed by its source link: the kind of the document it is. */
const REVIEW_KIND_OF_SOURCE: Record<string, string> = {
  JOURNAL_ARTICLE: 'PRIMARY_REPORT',
  REVIEW: 'REVIEW_ARTICLE',
  NEWS: 'NEWS',
};
/** Outside knowledge no seed states: a narrative column may name it only under a curator-inference claim. */
const OUTSIDE_KNOWLEDGE = [
  /MART-?1/i,
  /retrovir/i,
  /Surgery Branch/i,
  /Maryland/i,
  /Morgan/,
  /Dudley/,
  /16946036/,
];

type Row = Record<string, unknown> & { id: number };
interface ClaimRow {
  subjectType: SubjectType;
  subjectId: number;
  field: string;
  value: unknown;
  sourceId: number;
  locator: string | null;
}

const dir = mkdtempSync(join(tmpdir(), 'genetrials-seed-provenance-'));
let db: Db;
let rows: Record<'TRIAL' | 'THERAPY' | 'PATIENT' | 'ADVERSE_EVENT' | 'REVIEW', Row[]>;
let sources: Row[];
let claims: ClaimRow[];
let assessments: { expert: string; quote: string }[];
let inferenceSourceIds: Set<number>;

beforeAll(async () => {
  db = createDb({ url: `file:${join(dir, 'seed.db')}` });
  await migrateDb(db);
  await seedKnowledgeBase(db);
  rows = {
    TRIAL: (await db.select().from(tables.trials)) as Row[],
    THERAPY: (await db.select().from(tables.therapies)) as Row[],
    PATIENT: (await db.select().from(tables.patients)) as Row[],
    ADVERSE_EVENT: (await db.select().from(tables.adverseEvents)) as Row[],
    REVIEW: (await db.select().from(tables.reviews)) as Row[],
  };
  sources = (await db.select().from(tables.sources)) as Row[];
  claims = (await db.select().from(tables.claims)) as ClaimRow[];
  assessments = await db.select().from(tables.assessments);
  inferenceSourceIds = new Set(sources.filter((s) => s.kind === 'CURATOR_INFERENCE').map((s) => s.id));
});

afterAll(() => {
  db?.client.close();
  rmSync(dir, { recursive: true, force: true });
});

const isInference = (c: ClaimRow) => inferenceSourceIds.has(c.sourceId);
const claimsOn = (type: SubjectType, id: number, field?: string) =>
  claims.filter(
    (c) => c.subjectType === type && c.subjectId === id && (field === undefined || c.field === field),
  );
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Every fact column of every seeded row: where its claims live and what it holds. */
function factCells(): { label: string; type: SubjectType; id: number; field: string; value: unknown }[] {
  const cells: { label: string; type: SubjectType; id: number; field: string; value: unknown }[] = [];
  for (const type of ['TRIAL', 'THERAPY', 'PATIENT', 'REVIEW'] as const) {
    for (const row of rows[type]) {
      for (const column of FACT_COLUMNS[type]) {
        cells.push({
          label: `${type} ${row.id}.${column}`,
          type,
          id: row.id,
          field: column,
          value: row[column],
        });
      }
    }
  }
  for (const event of rows.ADVERSE_EVENT) {
    for (const column of FACT_COLUMNS.ADVERSE_EVENT) {
      cells.push({
        label: `ADVERSE_EVENT ${event.id}.${column}`,
        type: 'PATIENT',
        id: event.patientId as number,
        field: adverseEventField(column),
        value: event[column],
      });
    }
  }
  return cells;
}

describe('seed documents', () => {
  it('ships the three seed documents in data/seeds with a README', () => {
    expect(seedFiles.sort()).toEqual([
      'news-nci-tcr-melanoma-trial-a.txt',
      'news-nci-tcr-melanoma-trial-b.txt',
      'pubmed-wysocki-2004-cytokine-gene-modified-cells.txt',
    ]);
    expect(readFileSync(new URL('README.md', seedsDir), 'utf8')).toMatch(/byte for byte/);
  });
});

describe('(a) assessment quotes', () => {
  it('seeds the three experts', () => {
    expect(assessments.map((a) => a.expert).sort()).toEqual(["Edel O'Toole", 'Michel Sadelain', 'Savio Woo']);
  });

  it('are verbatim from a seed document, edited only with "[...]" and [bracketed] insertions', () => {
    for (const { expert, quote } of assessments) {
      const segments = quoteSegments(quote);
      expect(segments.length, expert).toBeGreaterThan(0);
      for (const segment of segments) {
        expect(
          segment.split(/\s+/).length,
          `${expert}: "${segment}" is too short to check`,
        ).toBeGreaterThanOrEqual(5);
        const found = corpus.some((text) => text.includes(normalise(segment)));
        expect(found, `${expert}: "${segment}" is not verbatim in data/seeds`).toBe(true);
      }
    }
  });

  it('catches an unmarked edit', () => {
    const edited =
      'This certainly is a significant technical advance that is going to fuel more interest and more enthusiasm';
    expect(corpus.some((text) => text.includes(normalise(edited)))).toBe(false);
  });
});

describe('(b) every non-null curated column is backed by a claim', () => {
  it('fact columns: a claim on the same row and field with the same value', () => {
    const unbacked = factCells()
      .filter((cell) => !isUnset(cell.value))
      .filter((cell) => !claimsOn(cell.type, cell.id, cell.field).some((c) => same(c.value, cell.value)))
      .map((cell) => `${cell.label} = ${canonicalJson(cell.value)}`);
    expect(unbacked).toEqual([]);
  });

  it('review kinds: the kind of the linked source document', () => {
    for (const review of rows.REVIEW) {
      const source = sources.find((s) => s.id === review.sourceId);
      expect(source, `review ${review.id} has no source link`).toBeDefined();
      expect(REVIEW_KIND_OF_SOURCE[source?.kind as string]).toBe(review.kind);
    }
  });

  it('narrative columns: the row has a claim citing a document (reviews: their source link)', () => {
    const documentBacked = (type: SubjectType, row: Row): boolean => {
      if (claimsOn(type, row.id).some((c) => !isInference(c))) return true;
      if (type === 'REVIEW') return row.sourceId != null;
      if (type === 'ADVERSE_EVENT')
        return claimsOn('PATIENT', row.patientId as number).some((c) => !isInference(c));
      if (type === 'PATIENT') {
        // A patient the reports give no detail of exists because its trial's enrollment is claimed.
        const trialPatients = rows.PATIENT.filter((p) => p.trialId === row.trialId).length;
        const enrollment = claimsOn('TRIAL', row.trialId as number, 'actualEnrollment').filter(
          (c) => !isInference(c),
        );
        return enrollment.length > 0 && enrollment.every((c) => (c.value as number) >= trialPatients);
      }
      return false;
    };
    const unbacked: string[] = [];
    for (const type of ['TRIAL', 'THERAPY', 'PATIENT', 'ADVERSE_EVENT', 'REVIEW'] as const) {
      for (const row of rows[type]) {
        const filled = NARRATIVE_COLUMNS[type].filter((column) => !isUnset(row[column]));
        if (filled.length > 0 && !documentBacked(type, row))
          unbacked.push(`${type} ${row.id}: ${filled.join(', ')}`);
      }
    }
    expect(unbacked).toEqual([]);
  });

  it('narrative columns name outside knowledge only under a curator-inference claim on that field', () => {
    const offending: string[] = [];
    for (const type of ['TRIAL', 'THERAPY', 'PATIENT', 'ADVERSE_EVENT', 'REVIEW'] as const) {
      for (const row of rows[type]) {
        for (const column of NARRATIVE_COLUMNS[type]) {
          const text = String(row[column] ?? '');
          if (!OUTSIDE_KNOWLEDGE.some((pattern) => pattern.test(text))) continue;
          const covered = claimsOn(type, row.id, column).some((c) => isInference(c) && same(c.value, text));
          if (!covered) offending.push(`${type} ${row.id}.${column}: ${text.slice(0, 60)}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('leaves outside knowledge out of nullable columns, keeping it as curator-inference claims', () => {
    const nci = rows.TRIAL.find((t) => String(t.title).includes('MART-1'));
    const tcr = rows.THERAPY.find((t) => t.modality === 'TCR_T_CELL');
    const primary = rows.REVIEW.find((r) => r.kind === 'PRIMARY_REPORT');
    expect(nci).toMatchObject({
      principalInvestigator: null,
      sponsor: null,
      institution: 'US National Cancer Institute',
    });
    expect(tcr).toMatchObject({ targetAntigen: null, vector: null });
    expect(primary).toMatchObject({
      doi: null,
      pmid: null,
      year: null,
      volume: null,
      pages: null,
      authors: [],
    });
    const inferred = (type: SubjectType, id: number, field: string) =>
      claimsOn(type, id, field)
        .filter(isInference)
        .map((c) => c.value);
    expect(inferred('THERAPY', tcr?.id ?? 0, 'targetAntigen')).toEqual(['MART-1']);
    expect(inferred('THERAPY', tcr?.id ?? 0, 'vector')).toEqual(['RETROVIRUS']);
    expect(inferred('REVIEW', primary?.id ?? 0, 'pmid')).toEqual(['16946036']);
    expect(inferred('REVIEW', primary?.id ?? 0, 'doi')).toEqual(['10.1126/science.1129003']);
    // No seed dates the news reports or the primary paper.
    for (const s of sources.filter((x) => x.kind === 'NEWS' || x.kind === 'JOURNAL_ARTICLE')) {
      expect(s.publishedOn).toBeNull();
    }
  });
});

describe('(c) where documents disagree, the curated column is null and every value stays a claim', () => {
  it('applies the rule to every field with claims', () => {
    const violations: string[] = [];
    const cellsByKey = new Map(factCells().map((cell) => [`${cell.type}:${cell.id}:${cell.field}`, cell]));
    const groups = new Map<string, ClaimRow[]>();
    for (const c of claims) {
      const key = `${c.subjectType}:${c.subjectId}:${c.field}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const [key, group] of groups) {
      const documentValues = [
        ...new Set(group.filter((c) => !isInference(c)).map((c) => canonicalJson(c.value))),
      ];
      const cell = cellsByKey.get(key);
      if (documentValues.length > 1) {
        if (group.some(isInference)) violations.push(`${key}: the curator arbitrates a disagreement`);
        if (cell && !isUnset(cell.value))
          violations.push(`${cell.label}: disputed but holds ${canonicalJson(cell.value)}`);
      } else if (documentValues.length === 1 && cell && canonicalJson(cell.value) !== documentValues[0]) {
        violations.push(
          `${cell.label}: holds ${canonicalJson(cell.value)}, the documents say ${documentValues[0]}`,
        );
      }
    }
    expect(violations).toEqual([]);
  });

  it('covers the known disagreements', () => {
    const disputed = (field: string) =>
      [
        ...new Set(
          claims
            .filter((c) => c.field === field && !isInference(c))
            .map((c) => `${c.subjectType}:${c.subjectId}`),
        ),
      ].filter((subject) => {
        const values = claims.filter(
          (c) => c.field === field && `${c.subjectType}:${c.subjectId}` === subject,
        );
        return new Set(values.map((c) => canonicalJson(c.value))).size > 1;
      }).length;
    expect(disputed('ageAtEnrollment')).toBe(2);
    expect(disputed('principalInvestigator')).toBe(1);
    expect(disputed('followUpMonths')).toBe(1);
    expect(disputed('metastaticSites')).toBe(1);
    expect(disputed('patientsWithLeukaemia')).toBe(1);
  });

  it('records no patient with leukaemia where the reports disagree on how many (a disputed count makes no rows)', () => {
    expect(rows.ADVERSE_EVENT.map((e) => e.term)).toEqual(['Death']);
  });

  it('still reports the NCI trial at 2 responders of 17', () => {
    const nci = rows.TRIAL.find((t) => String(t.title).includes('MART-1'));
    const patients = rows.PATIENT.filter((p) => p.trialId === nci?.id);
    expect(patients).toHaveLength(17);
    expect(patients.filter((p) => p.bestResponse === 'CR' || p.bestResponse === 'PR')).toHaveLength(2);
    expect(patients.filter((p) => p.bestResponse === 'NO_RESPONSE')).toHaveLength(15);
  });
});

describe('(d) curator inferences', () => {
  it('come from one CURATOR_INFERENCE source, and only inferences cite it', () => {
    expect(sources.filter((s) => s.kind === 'CURATOR_INFERENCE').map((s) => s.title)).toEqual([
      expect.stringMatching(/^Curator inference/),
    ]);
    expect(claims.filter((c) => !isInference(c) && c.locator?.startsWith('Rationale:'))).toEqual([]);
  });

  it('all carry a rationale in the locator', () => {
    const inferences = claims.filter(isInference);
    expect(inferences.length).toBeGreaterThan(0);
    for (const c of inferences) {
      expect(c.locator, `${c.subjectType} ${c.subjectId}.${c.field}`).toMatch(/^Rationale: .{40,}/);
    }
  });

  it('document claims carry a locator', () => {
    for (const c of claims.filter((x) => !isInference(x))) {
      expect(c.locator?.length ?? 0, `${c.subjectType} ${c.subjectId}.${c.field}`).toBeGreaterThan(5);
    }
  });

  it('the knowledge base declares every claim it seeds', () => {
    expect(claims).toHaveLength(knowledgeBase.claims.length);
  });
});

describe('(e) privacy', () => {
  it('stores the patient name a seed report gives nowhere in the database', async () => {
    const reportA = seedTexts[seedFiles.indexOf('news-nci-tcr-melanoma-trial-a.txt')] ?? '';
    const name = /One of the successful patients was ([A-Z][a-z]+) ([A-Z][a-z]+)/.exec(reportA);
    expect(name).not.toBeNull();
    const surname = new RegExp(name?.[2] ?? '(?!)', 'i');
    const all = await db.client.execute("select name from sqlite_master where type = 'table'");
    for (const table of all.rows) {
      const content = await db.client.execute(`select * from "${String(table.name)}"`);
      expect(JSON.stringify(content.rows), String(table.name)).not.toMatch(surname);
    }
  });
});
