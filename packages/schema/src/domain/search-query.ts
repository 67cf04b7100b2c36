import { ValidationError } from './validation.js';

// Turns whatever a user typed into an FTS5 MATCH expression that cannot fail to parse: the
// text is cut into terms, every term becomes a quoted FTS5 string, and the terms are ANDed.
// FTS5 syntax the user typed (operators, column filters, parentheses, quotes) is never passed
// through; it only separates terms.

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_QUERY_MAX_TERMS = 20;

export interface SearchTerm {
  /** The term as typed (NFKC-normalised), e.g. `MART-1`. */
  text: string;
  /** True when the user ended the term with `*`: match any word starting with it. */
  prefix: boolean;
}

export interface SearchQuery {
  terms: SearchTerm[];
  /** FTS5 MATCH expression; bind it as a parameter, never splice it into SQL. */
  match: string;
}

/**
 * A run of letters, marks and digits, possibly joined by single inner connectors so that
 * `MART-1`, `IL-2`, `CD3/CD28`, `O'Brien` and `4.5` stay one term (FTS5 then matches their
 * tokens as a phrase), optionally followed by `*`.
 */
const TERM = /[\p{L}\p{M}\p{N}]+(?:[-'’./_][\p{L}\p{M}\p{N}]+)*(\*)?/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;
/** Written in capitals these are FTS5 operators; the user meant them as operators, not words. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

function invalid(rule: string, message: string): ValidationError {
  return new ValidationError([{ path: 'query', rule, message }]);
}

/** An FTS5 string literal: double quotes, with embedded quotes doubled. */
export function fts5String(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The terms of a user's search text, without FTS5 operators, duplicates or punctuation. */
export function searchTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const found of text.normalize('NFKC').matchAll(TERM)) {
    const prefix = found[1] === '*';
    const word = prefix ? found[0].slice(0, -1) : found[0];
    if (!SEARCHABLE.test(word) || OPERATORS.has(word)) continue;
    const key = `${word.toLowerCase()}${prefix ? '*' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ text: word, prefix });
  }
  return terms;
}

/**
 * Parses a user's search text into a safe MATCH expression requiring every term.
 * Throws a ValidationError on `query` when the text is too long, has too many terms or
 * nothing searchable (only punctuation, operators or whitespace).
 */
export function parseSearchQuery(text: string): SearchQuery {
  const length = [...text.trim()].length;
  if (length > SEARCH_QUERY_MAX_LENGTH) {
    throw invalid('too_long', `must be at most ${SEARCH_QUERY_MAX_LENGTH} characters (got ${length})`);
  }
  const terms = searchTerms(text);
  if (terms.length === 0) {
    throw invalid('no_terms', 'must contain at least one word or number to search for');
  }
  if (terms.length > SEARCH_QUERY_MAX_TERMS) {
    throw invalid(
      'too_many_terms',
      `must contain at most ${SEARCH_QUERY_MAX_TERMS} search terms (got ${terms.length})`,
    );
  }
  const match = terms.map((t) => `${fts5String(t.text)}${t.prefix ? '*' : ''}`).join(' AND ');
  return { terms, match };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Control characters the search SQL uses to mark the start and end of a match in a snippet. */
export const SNIPPET_OPEN = '\u0001';
export const SNIPPET_CLOSE = '\u0002';

/**
 * Renders a snippet marked with SNIPPET_OPEN / SNIPPET_CLOSE as HTML-safe text: the text is
 * entity-escaped and matches are wrapped in balanced `<mark>` … `</mark>`. Stray markers (the
 * indexed text itself contained the control characters) are dropped.
 */
export function snippetToHtml(marked: string): string {
  let out = '';
  let open = false;
  for (const ch of marked) {
    if (ch === SNIPPET_OPEN) {
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === SNIPPET_CLOSE) {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += HTML_ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${out}</mark>` : out;
}
