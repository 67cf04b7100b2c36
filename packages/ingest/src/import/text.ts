// Pure text helpers shared by the importers: registry text clean-up and date parsing.

/**
 * ClinicalTrials.gov API v2 text uses Markdown-style escapes (`\>`, `\<`, `\*`, `\_`, `\[` …).
 * Removes the backslash before any ASCII punctuation character, as CommonMark does.
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Trims and collapses every run of whitespace (newlines included) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Registry text as stored: escapes removed, lines trimmed, runs of blank lines kept as one
 * paragraph break (legacy XML `<textblock>`s are indented and hard-wrapped). Null for empty text.
 */
export function cleanText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const paragraphs = unescapeMarkdown(String(text))
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, '\n').trim())
    .filter((p) => p.length > 0);
  const joined = paragraphs.join('\n\n');
  return joined.length > 0 ? joined : null;
}

/** A one-line label or name: escapes removed and whitespace collapsed; null when empty. */
export function cleanLine(text: string | null | undefined): string | null {
  if (text == null) return null;
  const line = collapseWhitespace(unescapeMarkdown(String(text)));
  return line.length > 0 ? line : null;
}

/** `text` cut to at most `max` characters, ending in "…" when it was cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * A registry date as a partial ISO date: `YYYY-MM-DD` and `YYYY-MM` stay as they are; the prose
 * of the v1 API and the legacy XML ("May 11, 2018", "June 2004", "March 03, 2021") is converted.
 * Returns the input unchanged when it is none of these, so validation can name it.
 */
export function toPartialDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const value = raw.trim();
  if (value === '') return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  const prose = /^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(value);
  const month = prose?.[1] ? MONTHS[prose[1].slice(0, 3).toLowerCase()] : undefined;
  if (prose && month) {
    const day = prose[2] ? `-${prose[2].padStart(2, '0')}` : '';
    return `${prose[3]}-${month}${day}`;
  }
  return value;
}

/** An ISO date-time for a registry date (start of that day, UTC), or null if it is not a date. */
export function toIsoDateTime(raw: string | null | undefined): string | null {
  const date = toPartialDate(raw);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const time = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A whole non-negative number from registry text ("75", 75), or null. */
export function toCount(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string' || !/^\s*\d+\s*$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** A measured value as a number when it is one ("0.889" → 0.889), else the text as reported. */
export function toMeasurement(raw: unknown): number | string | null {
  if (raw == null) return null;
  if (typeof raw === 'number') return raw;
  const text = String(raw).trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text === '' ? null : text;
}

/**
 * An enumeration value of the v1 API or the legacy XML in the v2 API's spelling:
 * "Active, not recruiting" → ACTIVE_NOT_RECRUITING, "Diagnostic Test" → DIAGNOSTIC_TEST.
 */
export function toEnumToken(raw: string): string {
  return raw
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
