import {
  countSearchMatches,
  SEARCH_FIELDS,
  SEARCH_TYPES,
  type SearchField,
  type SearchHit,
  type SearchType,
  searchIndex,
} from '../../db/search.js';
import {
  parseSearchQuery,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_QUERY_MAX_TERMS,
  snippetToHtml,
} from '../../domain/search-query.js';
import { ValidationError } from '../../domain/validation.js';
import { builder, DEFAULT_PAGE_SIZE } from '../builder.js';
import { fieldError, pageCap, userInputError } from '../errors.js';
import { Review } from './review.js';
import { Therapy } from './therapy.js';
import { Trial } from './trial.js';

export const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'Kinds of object `search` looks through.',
  values: {
    TRIAL: { value: 'TRIAL', description: 'Trials: title, official title, conditions and summary.' },
    THERAPY: {
      value: 'THERAPY',
      description: 'Therapies: name, target antigen, transgene and description.',
    },
    REVIEW: {
      value: 'REVIEW',
      description: "Reviews: title, summary, abstract and the quotes of the experts' assessments.",
    },
  } as const,
});

const FIELD_DESCRIPTIONS: Record<SearchField, string> = {
  TITLE: 'Trial or review title.',
  OFFICIAL_TITLE: 'Official title of a trial.',
  NAME: 'Therapy name.',
  TARGET_ANTIGEN: 'Antigen a therapy targets.',
  TRANSGENE: 'Gene a therapy delivers.',
  CONDITIONS: 'Conditions a trial studies.',
  SUMMARY: "Summary of a trial, or GeneTrials' summary of a review.",
  DESCRIPTION: 'Description of a therapy.',
  ABSTRACT: 'Abstract of a review.',
  ASSESSMENT_QUOTES: "Quotes of the experts' assessments inside a review.",
};

export const SearchFieldEnum = builder.enumType('SearchField', {
  description: 'A searched field, listed from most to least important (which also weights ranking).',
  values: Object.fromEntries(
    SEARCH_FIELDS.map((f) => [f, { value: f, description: FIELD_DESCRIPTIONS[f] }]),
  ) as {
    [F in SearchField]: { value: F; description: string };
  },
});

type SearchNode =
  | (typeof Trial)['$inferType']
  | (typeof Therapy)['$inferType']
  | (typeof Review)['$inferType'];
type SearchTypename = 'Trial' | 'Therapy' | 'Review';
const TYPENAMES: Record<SearchType, SearchTypename> = {
  TRIAL: 'Trial',
  THERAPY: 'Therapy',
  REVIEW: 'Review',
};

/** The GraphQL type of each row the search resolver loaded, for the union's resolveType. */
const typenameOf = new WeakMap<object, SearchTypename>();

export const SearchResult = builder.unionType('SearchResult', {
  description: 'An object a search matched.',
  types: [Trial, Therapy, Review],
  resolveType: (node) => {
    const typename = typenameOf.get(node);
    if (!typename) throw new Error('search result without a type tag');
    return typename;
  },
});

interface SearchEdgeShape {
  cursor: string;
  rank: number;
  matchedField: SearchField;
  matchedFields: SearchField[];
  snippet: string;
  node: SearchNode;
}

interface SearchConnectionShape {
  totalCount: number;
  edges: SearchEdgeShape[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const SearchEdge = builder.objectRef<SearchEdgeShape>('SearchEdge').implement({
  description: 'One match, with where and how well it matched.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: SearchResult, resolve: (edge) => edge.node }),
    rank: t.exposeFloat('rank', {
      description:
        'Field-weighted bm25 score as SQLite FTS5 computes it: lower (more negative) is more relevant, and ' +
        'edges come in ascending rank. Comparable only within one search.',
    }),
    matchedField: t.field({
      type: SearchFieldEnum,
      description: 'The most important field holding a match; the snippet is taken from it.',
      resolve: (edge) => edge.matchedField,
    }),
    matchedFields: t.field({
      type: [SearchFieldEnum],
      description: 'Every field holding a match, most important first.',
      resolve: (edge) => edge.matchedFields,
    }),
    snippet: t.exposeString('snippet', {
      description:
        'Up to ~24 words of the matched field around the matches. HTML-safe: the text is entity-escaped ' +
        '(& < > " \'), matches are wrapped in `<mark>` … `</mark>`, and `…` marks where the text was cut.',
    }),
  }),
});

const SearchConnection = builder.objectRef<SearchConnectionShape>('SearchConnection').implement({
  description: 'Search matches, most relevant first.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Matches on every page.' }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
    edges: t.field({ type: [SearchEdge], resolve: (c) => c.edges }),
    nodes: t.field({ type: [SearchResult], resolve: (c) => c.edges.map((e) => e.node) }),
  }),
});

const CURSOR_PREFIX = 'search:';

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^search:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1]) throw fieldError('after', 'invalid_cursor', 'is not a cursor of a search connection');
  return Number(match[1]);
}

/** The field a hit is reported under when FTS5 did not say (should not happen). */
const PRIMARY_FIELD: Record<SearchType, SearchField> = { TRIAL: 'TITLE', THERAPY: 'NAME', REVIEW: 'TITLE' };

/** Where the union nodes sit beneath the `search` field. */
const NODE_PATHS = [['edges', 'node'], ['nodes']];

type RowLoader = (ids: number[]) => Promise<{ id: number }[]>;

/**
 * Loads the matched objects with one query per type that matched (at most three). Each query is
 * built from the document's selection on that union member, so nested fields need no more queries.
 */
async function loadNodes(hits: SearchHit[], loaders: Record<SearchType, RowLoader>) {
  const byType = await Promise.all(
    SEARCH_TYPES.map(async (type) => {
      const ids = hits.filter((h) => h.type === type).map((h) => h.id);
      const rows = ids.length > 0 ? await loaders[type](ids) : [];
      return rows.map((row) => {
        typenameOf.set(row, TYPENAMES[type]);
        return [`${type}:${row.id}`, row as SearchNode] as const;
      });
    }),
  );
  return new Map(byType.flat());
}

/** An FTS5 error can only come from a bug in the query builder; it is still the caller's input. */
function isFts5Error(error: unknown): boolean {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5; e = e.cause)
    messages.push(e.message);
  return messages.some((m) => /\bfts5\b/i.test(m));
}

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnection,
    description:
      'Full-text search over trials (title, official title, conditions, summary), therapies (name, target ' +
      'antigen, transgene, description) and reviews (title, summary, abstract, assessment quotes), most relevant first ' +
      '(bm25, title-like fields weigh more). Every word must match, in any field; a word ending in `*` matches ' +
      'as a prefix; words are stemmed and accents ignored; hyphenated terms such as `MART-1` match as a phrase. ' +
      'Operators, quotes and punctuation are not search syntax: they only separate words.',
    args: {
      query: t.arg.string({
        required: true,
        description: `Words to find: at most ${SEARCH_QUERY_MAX_LENGTH} characters and ${SEARCH_QUERY_MAX_TERMS} words.`,
      }),
      types: t.arg({
        type: [SearchTypeEnum],
        required: false,
        description: 'Only these kinds of object (all when omitted; none when empty).',
      }),
      first: t.arg.int({ description: `Page size, at most 100 (default ${DEFAULT_PAGE_SIZE}).` }),
      after: t.arg.string({ description: 'Cursor of the edge to continue after.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      pageCap(args);
      let match: string;
      try {
        match = parseSearchQuery(args.query).match;
      } catch (error) {
        if (error instanceof ValidationError) throw userInputError(error.message, error.issues);
        throw error;
      }
      const limit = args.first ?? DEFAULT_PAGE_SIZE;
      const offset = args.after == null ? 0 : decodeCursor(args.after) + 1;
      const types = args.types ? SEARCH_TYPES.filter((type) => args.types?.includes(type)) : SEARCH_TYPES;

      let page: Awaited<ReturnType<typeof searchIndex>>;
      let totalCount: number;
      try {
        page = await searchIndex(ctx.db, { match, types, limit, offset });
        totalCount = page.totalCount ?? (await countSearchMatches(ctx.db, { match, types }));
      } catch (error) {
        if (isFts5Error(error)) throw fieldError('query', 'search_syntax', 'could not be searched for');
        throw error;
      }

      const selection = { context: ctx, info, paths: NODE_PATHS, columns: { id: true } } as const;
      const nodes = await loadNodes(page.hits, {
        TRIAL: (ids) =>
          ctx.db.query.trials.findMany(
            t.drizzleQueryFromInfo(Trial, { ...selection, where: { id: { in: ids } } }),
          ),
        THERAPY: (ids) =>
          ctx.db.query.therapies.findMany(
            t.drizzleQueryFromInfo(Therapy, { ...selection, where: { id: { in: ids } } }),
          ),
        REVIEW: (ids) =>
          ctx.db.query.reviews.findMany(
            t.drizzleQueryFromInfo(Review, { ...selection, where: { id: { in: ids } } }),
          ),
      });
      const edges = page.hits.flatMap((hit, index): SearchEdgeShape[] => {
        const node = nodes.get(`${hit.type}:${hit.id}`);
        // Deleted between the two statements: leave it out rather than return a null node.
        if (!node) return [];
        return [
          {
            cursor: encodeCursor(offset + index),
            rank: hit.rank,
            matchedField: hit.matchedFields[0] ?? PRIMARY_FIELD[hit.type],
            matchedFields: hit.matchedFields,
            snippet: snippetToHtml(hit.snippet),
            node,
          },
        ];
      });
      return {
        totalCount,
        edges,
        pageInfo: {
          hasPreviousPage: offset > 0,
          hasNextPage: offset + page.hits.length < totalCount,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
