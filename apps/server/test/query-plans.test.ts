import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSynthetic } from '@genetrials/ingest';
import { createDb, type Db, migrateDb, schema } from '@genetrials/schema';
import { GraphQLEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// The SQL a trials page issues must walk the ordering's sort index to the first page, never read
// and sort every matching trial in a temp B-tree (40 ms at 10k trials, 240 ms at 100k, where the
// walk takes 1 ms). Real SQLite file, a few thousand synthetic trials, the statistics the
// synthetic seed leaves behind (refreshPlannerStatistics); every ordering of the schema, both
// directions, every way of paging, with and without representative filters.

const TRIALS = 3000;

/** The outer trials scan each ordering must use (a new ordering must be added here). */
const SORT_INDEX: Record<string, RegExp> = {
  CREATED: /^(SCAN d0$|SEARCH d0 USING INTEGER PRIMARY KEY)/,
  START_DATE: /^(SCAN|SEARCH) d0 USING INDEX trials_start_date_sort_idx\b/,
  ENROLLMENT: /^(SCAN|SEARCH) d0 USING INDEX trials_enrollment_sort_idx\b/,
  RESPONSE_RATE: /^(SCAN|SEARCH) d0 USING INDEX trials_response_rate_sort_idx\b/,
  TITLE: /^(SCAN|SEARCH) d0 USING (COVERING )?INDEX trials_title_sort_idx\b/,
  NCT_ID: /^(SCAN|SEARCH) d0 USING INDEX trials_nct_id_sort_idx\b/,
};

/**
 * A page after (or before) a cursor must seek to the cursor in the sort index (a range on its first
 * column), not walk the index from its start and skip the rows before the cursor: deep pages cost
 * the same as the first one.
 */
const SEEK: Record<string, RegExp> = {
  CREATED: /^SEARCH d0 USING INTEGER PRIMARY KEY \(rowid[<>]\?\)/,
  START_DATE: /^SEARCH d0 USING INDEX trials_start_date_sort_idx \(<expr>[<>]\?\)/,
  ENROLLMENT: /^SEARCH d0 USING INDEX trials_enrollment_sort_idx \(<expr>[<>]\?\)/,
  RESPONSE_RATE: /^SEARCH d0 USING INDEX trials_response_rate_sort_idx \(<expr>[<>]\?\)/,
  TITLE: /^SEARCH d0 USING (COVERING )?INDEX trials_title_sort_idx \(title[<>]\?\)/,
  NCT_ID: /^SEARCH d0 USING INDEX trials_nct_id_sort_idx \(<expr>[<>]\?\)/,
};

/**
 * Filters people page through: each keeps a good share of the trials, so the first page is found
 * after a short walk. (A filter that keeps only a handful of trials, e.g. one rare phase, is
 * rightly answered by its own index and a sort of those few rows.)
 */
const FILTERS: Record<string, Record<string, unknown> | null> = {
  none: null,
  phases: { phases: ['PHASE_1', 'PHASE_2'] },
  statuses: { statuses: ['RECRUITING', 'COMPLETED'] },
  startYear: { startYear: { min: 2015, max: 2022 } },
  modalities: { modalities: ['CAR_T_CELL'] },
  country: { country: 'United States' },
  combined: {
    phases: ['PHASE_1', 'PHASE_1_2', 'PHASE_2'],
    startYear: { min: 2010 },
    country: 'United States',
  },
};

const QUERY = `query($filter: TrialFilter, $orderBy: TrialOrder, $first: Int, $after: String, $last: Int, $before: String) {
  trials(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    nodes { id } pageInfo { startCursor endCursor } } }`;

const orderFields = (() => {
  const type = schema.getType('TrialOrderField');
  if (!(type instanceof GraphQLEnumType)) throw new Error('TrialOrderField is not an enum');
  return type.getValues().map((v) => v.name);
})();

let dir: string;
let db: Db;
let app: ReturnType<typeof createApp>;
/** The same app with compiled reads: first/after pages are one JSON-building statement (alias c1). */
let compiledApp: ReturnType<typeof createApp>;
const statements: { sql: string; params: unknown[] }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-plans-'));
  db = createDb({
    url: `file:${join(dir, 'plans.db')}`,
    onQuery: (sql, params) => statements.push({ sql, params }),
  });
  await migrateDb(db);
  await seedSynthetic(db, { trials: TRIALS, seed: 20261201 });
  app = createApp({ db, config: { production: true, graphiql: false, compiledReads: false } });
  compiledApp = createApp({ db, config: { production: true, graphiql: false } });
}, 120_000);
afterAll(() => {
  db.client.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Page {
  nodes: { id: string }[];
  pageInfo: { startCursor: string | null; endCursor: string | null };
}

/** Runs a trials request; returns its page and the trials statement it issued. */
async function trialsPage(variables: Record<string, unknown>, compiled = false) {
  statements.length = 0;
  const response = await (compiled ? compiledApp : app).fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables }),
  });
  const body = (await response.json()) as { data?: { trials: Page }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  const page = body.data?.trials as Page;
  expect(page.nodes.length).toBeGreaterThan(0);
  const statement = statements.find((s) =>
    compiled ? /^select json_object\(/.test(s.sql) : /^select .* from "trials" as "d0"/s.test(s.sql),
  );
  if (!statement) throw new Error(`no trials statement among ${statements.length}`);
  return { page, statement };
}

/** The EXPLAIN QUERY PLAN rows of the outer query (not of its subqueries), or of all of it. */
async function outerPlan(statement: { sql: string; params: unknown[] }, all = false): Promise<string[]> {
  const plan = await db.client.execute({
    sql: `explain query plan ${statement.sql}`,
    args: statement.params as never,
  });
  return plan.rows.filter((r) => all || Number(r.parent) === 0).map((r) => String(r.detail));
}

/** A plan pattern written for the executor's alias d0, for another alias. */
const forAlias = (pattern: RegExp, alias: string) => new RegExp(pattern.source.replaceAll('d0', alias));

it('covers every ordering of the schema', () => {
  expect(orderFields.length).toBeGreaterThan(0);
  for (const field of orderFields) {
    expect(Object.keys(SORT_INDEX)).toContain(field);
    expect(Object.keys(SEEK)).toContain(field);
  }
});

describe.each(orderFields)('trials ordered by %s', (field) => {
  for (const direction of ['ASC', 'DESC'] as const) {
    for (const [filterName, filter] of Object.entries(FILTERS)) {
      it(`${direction}, filter ${filterName}: first/after and last/before walk the sort index`, async () => {
        const orderBy = { field, direction };
        const first = await trialsPage({ filter, orderBy, first: 50 });
        const cursor = first.page.pageInfo.endCursor;
        const requests = {
          first: first.statement,
          after: (await trialsPage({ filter, orderBy, first: 50, after: cursor })).statement,
          last: (await trialsPage({ filter, orderBy, last: 50 })).statement,
          before: (await trialsPage({ filter, orderBy, last: 50, before: cursor })).statement,
        };
        for (const [paging, statement] of Object.entries(requests)) {
          const plan = await outerPlan(statement);
          const scan = plan.find((d) => /^(SCAN|SEARCH) d0\b/.test(d));
          expect({ paging, scan }).toEqual({
            paging,
            scan: expect.stringMatching(
              (paging === 'after' || paging === 'before' ? SEEK[field] : SORT_INDEX[field]) as RegExp,
            ),
          });
          expect({ paging, plan }).not.toEqual({
            paging,
            plan: expect.arrayContaining([expect.stringMatching(/USE TEMP B-TREE FOR ORDER BY/)]),
          });
        }
        // Compiled reads answer first/after pages with one statement whose page of trials (c1)
        // must walk the same index the same way, and sort nothing.
        const compiled = {
          first: (await trialsPage({ filter, orderBy, first: 50 }, true)).statement,
          after: (await trialsPage({ filter, orderBy, first: 50, after: cursor }, true)).statement,
        };
        for (const [paging, statement] of Object.entries(compiled)) {
          const plan = await outerPlan(statement, true);
          const scan = plan.find((d) => /^(SCAN|SEARCH) c1\b/.test(d));
          expect({ compiled: paging, scan }).toEqual({
            compiled: paging,
            scan: expect.stringMatching(
              forAlias((paging === 'after' ? SEEK[field] : SORT_INDEX[field]) as RegExp, 'c1'),
            ),
          });
          expect({ compiled: paging, plan }).not.toEqual({
            compiled: paging,
            plan: expect.arrayContaining([expect.stringMatching(/USE TEMP B-TREE/)]),
          });
        }
      });
    }
  }
});
