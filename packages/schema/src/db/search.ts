import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.js';

// Reads the FTS5 `search_index` table the `search_index` migration creates and its triggers keep
// in sync. One row per trial, therapy or review; one column per searchable field.

export const SEARCH_TYPES = ['TRIAL', 'THERAPY', 'REVIEW'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * The indexed columns in table order (after entity_type and entity_id), which is also the order
 * of importance used to name the matched field, with each column's bm25 weight.
 */
export const SEARCH_COLUMNS = [
  { column: 'title', field: 'TITLE', weight: 10 },
  { column: 'official_title', field: 'OFFICIAL_TITLE', weight: 6 },
  { column: 'name', field: 'NAME', weight: 10 },
  { column: 'target_antigen', field: 'TARGET_ANTIGEN', weight: 8 },
  { column: 'transgene', field: 'TRANSGENE', weight: 4 },
  { column: 'conditions', field: 'CONDITIONS', weight: 5 },
  { column: 'summary', field: 'SUMMARY', weight: 1 },
  { column: 'description', field: 'DESCRIPTION', weight: 1 },
  { column: 'abstract', field: 'ABSTRACT', weight: 1 },
  { column: 'assessment_quotes', field: 'ASSESSMENT_QUOTES', weight: 1 },
] as const;
export type SearchField = (typeof SEARCH_COLUMNS)[number]['field'];
export const SEARCH_FIELDS = SEARCH_COLUMNS.map((c) => c.field);

/** Index of the first searchable column in the FTS5 table (entity_type and entity_id come first). */
const FIRST_COLUMN = 2;
/** Most words a snippet shows (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 24;

export interface SearchHit {
  type: SearchType;
  id: number;
  /** Field-weighted bm25: lower (more negative) is more relevant. */
  rank: number;
  /** Every field with a match, most important first. */
  matchedFields: SearchField[];
  /** Text around the matches, marked with \u0001 … \u0002 and `…` where cut. */
  snippet: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Every match, on any page; null when the page was empty and the count was not asked for. */
  totalCount: number | null;
}

export interface SearchOptions {
  /** A MATCH expression from parseSearchQuery; bound as a parameter. */
  match: string;
  types: readonly SearchType[];
  limit: number;
  offset: number;
}

const bm25 = sql.raw(`bm25(search_index, 0, 0, ${SEARCH_COLUMNS.map((c) => c.weight).join(', ')})`);

/** True for a column of the current row that holds a match: highlighting it lengthens it. */
function matchedSql(index: number) {
  const position = FIRST_COLUMN + index;
  const column = SEARCH_COLUMNS[index]?.column as string;
  return `length(coalesce(highlight(search_index, ${position}, char(1), ''), '')) > length(coalesce(search_index.${column}, ''))`;
}

const matchedMask = sql.raw(SEARCH_COLUMNS.map((_, i) => `((${matchedSql(i)}) << ${i})`).join(' | '));
/** The snippet comes from the most important matching column. */
const snippet = sql.raw(
  `snippet(search_index, CASE ${SEARCH_COLUMNS.map((_, i) => `WHEN ${matchedSql(i)} THEN ${FIRST_COLUMN + i}`).join(' ')} ELSE -1 END, char(1), char(2), '…', ${SNIPPET_TOKENS})`,
);

/** Rows whose entity still exists (an index row can outlive it only through INSERT OR REPLACE). */
const entityExists = sql.raw(`(
  (entity_type = 'TRIAL' AND EXISTS (SELECT 1 FROM trials WHERE trials.id = search_index.entity_id)) OR
  (entity_type = 'THERAPY' AND EXISTS (SELECT 1 FROM therapies WHERE therapies.id = search_index.entity_id)) OR
  (entity_type = 'REVIEW' AND EXISTS (SELECT 1 FROM reviews WHERE reviews.id = search_index.entity_id)))`);

function hitsSql({ match, types }: Pick<SearchOptions, 'match' | 'types'>): SQL {
  const typeList = sql.join(
    types.map((t) => sql`${t}`),
    sql`, `,
  );
  return sql`select search_index.rowid as rid, entity_type, entity_id, ${bm25} as rank
    from search_index
    where search_index match ${match} and entity_type in (${typeList}) and ${entityExists}`;
}

interface PageRow {
  entity_type: SearchType;
  entity_id: number;
  rank: number;
  total: number;
  matched: number;
  snippet: string | null;
}

/**
 * One page of matches in one SQL statement, best first (ties broken by type, then id), with the
 * total count. A second statement counts the matches only when the page is empty past the start.
 */
export async function searchIndex(db: Db, options: SearchOptions): Promise<SearchPage> {
  if (options.types.length === 0) return { hits: [], totalCount: 0 };
  const hits = hitsSql(options);
  const rows = await db.all<PageRow>(sql`with hits as (${hits}),
    page as (
      select rid, entity_type, entity_id, rank, count(*) over () as total
      from hits order by rank, entity_type, entity_id limit ${options.limit} offset ${options.offset}
    )
    select page.entity_type, page.entity_id, page.rank, page.total,
      ${matchedMask} as matched, ${snippet} as snippet
    from page join search_index on search_index.rowid = page.rid
    where search_index match ${options.match}
    order by page.rank, page.entity_type, page.entity_id`);

  let totalCount: number | null = rows[0] ? Number(rows[0].total) : null;
  if (totalCount === null && options.offset === 0 && options.limit > 0) totalCount = 0;
  return {
    totalCount,
    hits: rows.map((row) => ({
      type: row.entity_type,
      id: Number(row.entity_id),
      rank: Number(row.rank),
      matchedFields: SEARCH_COLUMNS.filter((_, i) => (Number(row.matched) >> i) & 1).map((c) => c.field),
      snippet: row.snippet ?? '',
    })),
  };
}

/** The number of matches, for a page that came back empty past the first. */
export async function countSearchMatches(
  db: Db,
  options: Pick<SearchOptions, 'match' | 'types'>,
): Promise<number> {
  if (options.types.length === 0) return 0;
  const [row] = await db.all<{ total: number }>(
    sql`with hits as (${hitsSql(options)}) select count(*) as total from hits`,
  );
  return Number(row?.total ?? 0);
}
