import { tables } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// The number of SQL statements one request issues must not grow with page size or data size.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: false, defaultRole: 'reader' });
  await s.db.transaction(async (tx) => {
    const therapyRows = await tx
      .insert(tables.therapies)
      .values(
        Array.from({ length: 20 }, (_, i) => ({ name: `Therapy ${i}`, modality: 'CAR_T_CELL' as const })),
      )
      .returning({ id: tables.therapies.id });
    for (let i = 0; i < 150; i++) {
      const [trial] = await tx
        .insert(tables.trials)
        .values({ title: `Trial ${i}` })
        .returning({ id: tables.trials.id });
      const trialId = trial?.id as number;
      await tx.insert(tables.trialTherapies).values(
        [0, 1, 2].map((k) => ({
          trialId,
          therapyId: therapyRows[(i + k) % 20]?.id as number,
          role: 'EXPERIMENTAL' as const,
        })),
      );
      const patients = await tx
        .insert(tables.patients)
        .values(
          Array.from({ length: 4 }, (_, p) => ({
            trialId,
            subjectCode: `P${p}`,
            bestResponse: p === 0 ? ('PR' as const) : ('PD' as const),
          })),
        )
        .returning({ id: tables.patients.id });
      await tx
        .insert(tables.adverseEvents)
        .values(patients.map((p) => ({ patientId: p.id, term: 'Fever', grade: 2 })));
      const [review] = await tx
        .insert(tables.reviews)
        .values({ kind: 'NEWS', title: `Review ${i}` })
        .returning({ id: tables.reviews.id });
      await tx
        .insert(tables.assessments)
        .values({ reviewId: review?.id as number, expert: 'E', quote: 'Q', stance: 'MIXED' });
      await tx.insert(tables.reviewTrials).values({ reviewId: review?.id as number, trialId });
    }
  });
});
afterAll(async () => {
  await s.close();
});

async function statementsFor(query: string, first: number): Promise<number> {
  s.statements.length = 0;
  const { body } = await s.gql(query, { first });
  expect(body.errors).toBeUndefined();
  return s.statements.length;
}

const nestedQueries = {
  'trials → therapies → trials': `query($first: Int) { trials(first: $first) { edges { node { title outcome { responders }
    therapies(first: 5) { edges { role node { name trials(first: 3) { nodes { title } } } } } } } } }`,
  'trials → patients → adverseEvents': `query($first: Int) { trials(first: $first) { nodes { title
    patients(first: 10) { totalCount nodes { subjectCode adverseEvents { term grade } } } } } }`,
  'reviews → assessments, trials': `query($first: Int) { reviews(first: $first) { nodes { title
    assessments { expert stance } trials(first: 5) { nodes { title } } } } }`,
};

describe('SQL statements per request', () => {
  for (const [name, query] of Object.entries(nestedQueries)) {
    it(`${name}: the same small number at first: 5 and first: 100`, async () => {
      const small = await statementsFor(query, 5);
      const large = await statementsFor(query, 100);
      expect(large).toBe(small);
      expect(small).toBeLessThanOrEqual(2);
    });
  }
});

describe('columns read', () => {
  it('a nested page selects only the columns its document asks for (and the ids and cursors it needs)', async () => {
    s.statements.length = 0;
    const { body } = await s.gql(
      `{ trials(first: 5) { nodes { title therapies(first: 2) { edges { role node { name } } } } }
        reviews(first: 2) { nodes { title assessments { expert } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const sql = s.statements.join('\n');
    for (const wanted of ['"title"', '"name"', '"role"', '"expert"', '"id"']) expect(sql).toContain(wanted);
    // Columns of the same tables the document does not ask for.
    for (const unwanted of [
      '"summary"',
      '"official_title"',
      '"sponsor"',
      '"eligibility"',
      '"description"',
      '"transgene"',
      '"quote"',
      '"abstract"',
      '"created_at"',
    ])
      expect({ unwanted, present: sql.includes(unwanted) }).toEqual({ unwanted, present: false });
  });
});

describe('query plans', () => {
  it('an ordered trial page walks the sort-key index instead of sorting every trial', async () => {
    s.statements.length = 0;
    const { body } = await s.gql(
      '{ trials(first: 5, orderBy: { field: START_DATE, direction: DESC }) { nodes { title } } }',
    );
    expect(body.errors).toBeUndefined();
    const statement = (s.statements[0] ?? '').split(' -- params')[0] ?? '';
    const plan = await s.db.client.execute(`explain query plan ${statement.replace(/\?/g, '6')}`);
    const detail = plan.rows.map((r) => String(r.detail)).join('\n');
    expect(detail).toContain('trials_start_date_sort_idx');
    expect(detail).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });
});
