import { z } from 'zod';

// Text every write accepts: Unicode NFC (so "é" typed two ways is one value, and uniqueness checks
// compare like with like), line breaks as \n, and no control characters but tab and newline — a NUL
// would be stored whole but served cut short, and would slip two "different" names past a unique rule.

/** Control characters other than tab (\t) and newline (\n), and the Unicode non-characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** The first forbidden character of `value`, described for an error message; null when clean. */
export function forbiddenCharacter(value: string): string | null {
  const match = FORBIDDEN_CONTROL.exec(value);
  if (!match) return null;
  const code = (match[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at position ${match.index}`;
}

/** NFC with \r\n and lone \r as \n. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n');
}

/**
 * A string schema for stored text: normalised, free of control characters (rule
 * `control_character`), trimmed, non-empty and at most `max` characters.
 */
export function cleanText(max: number) {
  return cleanString().trim().min(1, { message: 'must not be empty' }).max(max);
}

/** Normalised and free of control characters, with no length rules of its own. */
export function cleanString() {
  return z
    .string()
    .overwrite(normalizeText)
    .refine((value) => forbiddenCharacter(value) === null, {
      error: (issue) =>
        `must not contain control characters (found ${forbiddenCharacter(String(issue.input))}); only tab and newline are allowed`,
      params: { rule: 'control_character' },
    });
}
