import { tables } from '@genetrials/schema';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// Stored text is NFC with no control characters but tab and newline, on every write path: a NUL
// would be stored whole but served cut short, and would slip look-alike names past unique rules.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ defaultRole: 'curator' });
});
afterAll(() => s.close());

interface Issue {
  path: string;
  rule: string;
  message: string;
}
interface Result {
  __typename: string;
  issues?: Issue[];
  message?: string;
}

const CREATE_TRIAL = `mutation($input: CreateTrialInput!) { r: createTrial(input: $input) {
  __typename ... on ValidationError { issues { path rule message } } ... on Error { message } } }`;
const CREATE_THERAPY = `mutation($input: CreateTherapyInput!) { r: createTherapy(input: $input) {
  __typename ... on CreateTherapySuccess { therapy { name } }
  ... on ValidationError { issues { path rule message } } ... on Error { message } } }`;

async function run(query: string, input: Record<string, unknown>): Promise<Result> {
  const { body } = await s.gql<{ r: Result }>(query, { input });
  expect(body.errors).toBeUndefined();
  return body.data?.r as Result;
}

describe('control characters', () => {
  it.each([
    ['two NULs', '\u0000\u0000'],
    ['a NUL inside', 'CAR\u0000 T cells in lymphoma'],
    ['a bell', 'Trial \u0007 title'],
    ['an escape', 'Trial \u001b[31m title'],
    ['a C1 control', 'Trial \u0085 title'],
  ])('refuses %s in a title, naming the field and the rule, and writes nothing', async (_label, title) => {
    const before = await s.db.$count(tables.trials);
    const result = await run(CREATE_TRIAL, { title });
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'input.title', rule: 'control_character' }),
    ]);
    expect(await s.db.$count(tables.trials)).toBe(before);
  });

  it('keeps tabs and newlines, and stores \\r\\n as \\n', async () => {
    const result = await run(CREATE_TRIAL, { title: 'Tabs\tand lines', summary: 'first\r\nsecond' });
    expect(result.__typename).toBe('CreateTrialSuccess');
    const [row] = await s.db.select().from(tables.trials).where(eq(tables.trials.title, 'Tabs\tand lines'));
    expect(row?.summary).toBe('first\nsecond');
  });

  it('refuses three therapy names that differ only after a NUL', async () => {
    const results = await Promise.all(
      ['CAR\u0000a', 'CAR\u0000b', 'CAR\u0000c'].map((name) =>
        run(CREATE_THERAPY, { name, modality: 'CAR_T_CELL' }),
      ),
    );
    for (const r of results) expect(r.__typename).toBe('ValidationError');
    expect(await s.db.select().from(tables.therapies).where(eq(tables.therapies.name, 'CAR'))).toEqual([]);
  });

  it('refuses control characters anywhere in a claim value, keys included', async () => {
    const [trial] = await s.db.select().from(tables.trials).limit(1);
    const [source] = await s.db.select().from(tables.sources).limit(1);
    const subjectId = encodeGlobalID('Trial', trial?.id as number);
    const sourceId = encodeGlobalID('Source', source?.id as number);
    const ADD = `mutation($input: AddClaimInput!) { r: addClaim(input: $input) {
      __typename ... on ValidationError { issues { path rule } } } }`;
    for (const value of [{ note: 'a\u0000b' }, { 'k\u0001': 'v' }, ['ok', 'x\u001fy']]) {
      const r = await run(ADD, { subjectId, field: 'note', value, sourceId });
      expect(r.__typename).toBe('ValidationError');
      expect(r.issues?.map((i) => i.rule)).toContain('control_character');
    }
  });
});

describe('Unicode normalisation', () => {
  it('stores NFC, so a name typed with a combining accent is the same name', async () => {
    const composed = 'Caf\u00e9 construct';
    const decomposed = 'Cafe\u0301 construct';
    const first = await run(CREATE_THERAPY, { name: decomposed, modality: 'OTHER' });
    expect(first.__typename).toBe('CreateTherapySuccess');
    const [row] = await s.db.select().from(tables.therapies).where(eq(tables.therapies.name, composed));
    expect(row?.name).toBe(composed);
    const second = await run(CREATE_THERAPY, { name: composed, modality: 'OTHER' });
    expect(second.__typename).toBe('ConflictError');
  });
});
