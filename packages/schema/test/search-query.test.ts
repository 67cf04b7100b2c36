import { describe, expect, it } from 'vitest';
import {
  fts5String,
  parseSearchQuery,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_QUERY_MAX_TERMS,
  searchTerms,
  snippetToHtml,
} from '../src/domain/search-query.js';
import { ValidationError } from '../src/domain/validation.js';

/** The rule of the ValidationError parseSearchQuery throws, or null when it parses. */
function ruleOf(text: string): string | null {
  try {
    parseSearchQuery(text);
    return null;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('query');
    return error.issues[0]?.rule ?? null;
  }
}

/** Every quoted string in a MATCH expression is well formed and only AND joins them. */
function expectWellFormed(match: string) {
  expect(match).toMatch(/^"(?:[^"]|"")*"\*?(?: AND "(?:[^"]|"")*"\*?)*$/);
}

describe('parseSearchQuery', () => {
  it.each([
    ['MART-1', '"MART-1"'],
    ['melanoma', '"melanoma"'],
    ['  metastatic   melanoma ', '"metastatic" AND "melanoma"'],
    ['IL-2 retrovir*', '"IL-2" AND "retrovir"*'],
    ['CD3/CD28 beads', '"CD3/CD28" AND "beads"'],
    ["O'Toole", `"O'Toole"`],
    ['melanoma Melanoma MELANOMA', '"melanoma"'],
    ['café', '"café"'],
    ['ＭＡＲＴ－１', '"MART-1"'],
    ['黑色素瘤', '"黑色素瘤"'],
  ])('turns %j into %s', (text, match) => {
    expect(parseSearchQuery(text).match).toBe(match);
  });

  it('keeps the terms and whether each is a prefix', () => {
    expect(parseSearchQuery('gene thera*').terms).toEqual([
      { text: 'gene', prefix: false },
      { text: 'thera', prefix: true },
    ]);
  });

  // Hostile input: either a well-formed MATCH of plain quoted terms, or a validation error.
  it.each([
    ['"', 'no_terms'],
    ['""', 'no_terms'],
    ["'", 'no_terms'],
    ['*', 'no_terms'],
    ['-', 'no_terms'],
    ['()', 'no_terms'],
    ['(((', 'no_terms'],
    [')', 'no_terms'],
    ['', 'no_terms'],
    ['   \t\n ', 'no_terms'],
    ['AND OR NOT NEAR', 'no_terms'],
    ['😀 🧬', 'no_terms'],
    ['\u0000\u0001', 'no_terms'],
    ['\u0301\u0301', 'no_terms'],
    ['x'.repeat(10_000), 'too_long'],
    [`${'a '.repeat(100)}b`, 'too_long'],
    [Array.from({ length: SEARCH_QUERY_MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' '), 'too_many_terms'],
  ])('rejects %j as %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it.each([
    ['-foo', '"foo"'],
    ['NEAR(a b)', '"a" AND "b"'],
    ['NEAR(a b, 3)', '"a" AND "b" AND "3"'],
    ['a OR', '"a"'],
    ['a OR b', '"a" AND "b"'],
    ['NOT melanoma', '"melanoma"'],
    ['(((melanoma', '"melanoma"'],
    ['melanoma)', '"melanoma"'],
    ['title:foo', '"title" AND "foo"'],
    ['{title summary}: foo', '"title" AND "summary" AND "foo"'],
    ['^x', '"x"'],
    ['+x', '"x"'],
    ['"unterminated', '"unterminated"'],
    ['say "hi"', '"say" AND "hi"'],
    ['a""b', '"a" AND "b"'],
    ['*foo', '"foo"'],
    ['foo**', '"foo"*'],
    ['foo *', '"foo"'],
    ["'; drop table trials; --", '"drop" AND "table" AND "trials"'],
    ['1; DELETE FROM search_index', '"1" AND "DELETE" AND "FROM" AND "search_index"'],
    ["x' OR '1'='1", '"x" AND "1"'],
    ['--', 'no_terms'],
    ['and or not near', '"and" AND "or" AND "not" AND "near"'],
  ])('neutralises %j', (text, expected) => {
    if (expected === 'no_terms') {
      expect(ruleOf(text)).toBe('no_terms');
      return;
    }
    const { match } = parseSearchQuery(text);
    expect(match).toBe(expected);
    expectWellFormed(match);
  });

  it('accepts exactly the limits', () => {
    expect(ruleOf('x'.repeat(SEARCH_QUERY_MAX_LENGTH))).toBeNull();
    expect(ruleOf(Array.from({ length: SEARCH_QUERY_MAX_TERMS }, (_, i) => `w${i}`).join(' '))).toBeNull();
  });

  it('never lets a quote through unescaped, whatever the input', () => {
    const alphabet = [
      '"',
      "'",
      '*',
      '-',
      '(',
      ')',
      ':',
      '^',
      '{',
      '}',
      ' ',
      'a',
      'B',
      '1',
      'é',
      'NEAR',
      'OR',
    ];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      try {
        expectWellFormed(parseSearchQuery(text).match);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
      }
    }
  });
});

describe('searchTerms', () => {
  it('drops operators only when written in capitals, as FTS5 reads them', () => {
    expect(searchTerms('NEAR near Or').map((t) => t.text)).toEqual(['near', 'Or']);
  });
});

describe('fts5String', () => {
  it('doubles embedded quotes', () => {
    expect(fts5String('a"b')).toBe('"a""b"');
    expect(fts5String('')).toBe('""');
  });
});

describe('snippetToHtml', () => {
  it('escapes the text and turns the markers into <mark> elements', () => {
    expect(snippetToHtml('a <b> & \u0001MART-1\u0002 "x" \'y\'…')).toBe(
      'a &lt;b&gt; &amp; <mark>MART-1</mark> &quot;x&quot; &#39;y&#39;…',
    );
  });

  it('keeps <mark> balanced when the text itself held stray markers', () => {
    expect(snippetToHtml('\u0002a\u0001\u0001b')).toBe('a<mark>b</mark>');
    expect(snippetToHtml('\u0001a\u0002\u0002b')).toBe('<mark>a</mark>b');
  });
});
