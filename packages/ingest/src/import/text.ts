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

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes XML character references and the five predefined entities in one pass
 * (`&#xD;` → CR, `&#13;` → CR, `&amp;` → `&`, `&lt;` → `<`). Unknown named entities are kept.
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[ref] ?? whole;
  });
}

/** CR LF and lone CR as LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** An eligibility age as the record gives it ("18 Years", "6 Months", "N/A") and parsed. */
export interface Age {
  text: string;
  /** The number, null when the text is not "<number> <unit>" (e.g. "N/A"). */
  value: number | null;
  /** YEARS, MONTHS, WEEKS, DAYS, HOURS or MINUTES (always plural), null when not parsed. */
  unit: string | null;
}

/** "18 Years" → {text, value: 18, unit: 'YEARS'}; "1 Month" → unit MONTHS; "N/A" → value null. */
export function toAge(raw: string | null): Age | null {
  if (raw == null || raw.trim() === '') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?\s*$/i.exec(raw);
  if (!m?.[1] || !m[2]) return { text: raw, value: null, unit: null };
  return { text: raw, value: Number(m[1]), unit: `${m[2].toUpperCase()}S` };
}

/**
 * A v1/XML design enumeration in the v2 spelling: "Parallel Assignment" → PARALLEL,
 * "N/A" → NA, "None (Open Label)" → NONE, "Observational [Patient Registry]" → OBSERVATIONAL.
 */
export function toDesignToken(raw: string | null): string | null {
  if (raw == null || raw.trim() === '') return null;
  const t = toEnumToken(raw);
  if (t === 'N_A') return 'NA';
  if (t === 'NONE_OPEN_LABEL') return 'NONE';
  if (t === 'OBSERVATIONAL_PATIENT_REGISTRY') return 'OBSERVATIONAL';
  return t.replace(/_ASSIGNMENT$/, '');
}

/** A date's type in the v2 spelling: "Actual" → ACTUAL; "Anticipated"/"Estimate"/"Estimated" → ESTIMATED. */
export function toDateType(raw: string | null): 'ACTUAL' | 'ESTIMATED' | null {
  if (raw == null) return null;
  const t = toEnumToken(raw);
  if (t === 'ACTUAL') return 'ACTUAL';
  if (t === 'ESTIMATED' || t === 'ESTIMATE' || t === 'ANTICIPATED') return 'ESTIMATED';
  return null;
}

/** Yes/no text of the v1 API and the XML ("Yes", "No", "Accepts Healthy Volunteers") as a boolean. */
export function toYesNo(raw: string | null): boolean | null {
  if (raw == null) return null;
  const t = raw.trim().toLowerCase();
  if (t === 'yes' || t === 'true' || t === 'accepts healthy volunteers') return true;
  if (t === 'no' || t === 'false') return false;
  return null;
}
