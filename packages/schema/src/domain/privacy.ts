// Direct identifiers (HIPAA Safe Harbor) must never enter the knowledge base. Patient inputs
// are structured so a name has no field to go in; every text and JSON value that can reach a
// patient, adverse event or claim row is screened (write/screen.ts) for the identifier shapes
// below. Two profiles:
//
// - `patient`: patients, adverse events and claims about them. Every detector applies,
//   including any full calendar date (day, month and year: an admission or death date is as
//   identifying as a birth date; years and "March 2004" are fine), a clinician's titled name
//   ("Dr. …") and an age over 89 written in text.
// - `public`: claims about trials, therapies and reviews. Trial events have dates and trials
//   have named investigators, so a bare date ("2004-03-15"), "Dr"/"Prof" + name, a web address
//   and an age range are allowed, and so is title case after "Patient" (trial titles); a date
//   with a birth cue ("born", "b.", "DOB", "birthday"; rule identifier_exact_date like any exact
//   date in patient text), Mr/Mrs/Ms/Miss + name (outside investigator/author fields, see
//   write/screen.ts), "patient named X", contact data and record numbers are not.

export type IdentifierKind =
  | 'EMAIL'
  | 'PHONE'
  | 'EXACT_DATE'
  | 'RECORD_NUMBER'
  | 'SSN'
  | 'STREET_ADDRESS'
  | 'POSTAL_CODE'
  | 'PERSON_NAME'
  | 'URL'
  | 'IP_ADDRESS'
  | 'AGE_OVER_89';

export interface IdentifierFinding {
  kind: IdentifierKind;
  message: string;
}

export type ScreenProfile = 'patient' | 'public';

interface Check {
  kind: IdentifierKind;
  message: string;
  /** The profiles it applies to (both when left out). */
  only?: ScreenProfile;
  /** A pattern, or a test that may look at the match more closely. */
  test: RegExp | ((text: string) => boolean);
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MON_NUM = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
/** A day and month, with or without a year, in any common order. */
const DAY_MONTH = [
  `${YEAR}[-/.]${MON_NUM}[-/.]${DAY}`,
  `${DAY}[-/.]${DAY}[-/.](?:\\d{4}|\\d{2})`,
  `${DAY}[-/.]${DAY}\\b`,
  `${DAY}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}`,
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?\\b`,
].join('|');
/** A full calendar date: day, month and year. */
const FULL_DATE = [
  `\\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b`,
  `\\b${YEAR}[/.](?:0?[1-9]|1[0-2])[/.]${DAY}\\b`,
  `(?<![\\d.])${DAY}[./-]${DAY}[./-](?:${YEAR}|\\d{2})(?![\\d.])`,
  `\\b${DAY}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}[\\s,-]+${YEAR}\\b`,
  `\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`,
  `\\b${YEAR}${MON_NUM.replace('0?', '0')}(?:0[1-9]|[12]\\d|3[01])\\b`,
].join('|');

const BIRTH_CUE =
  '(?:\\bborn\\b|(?<![A-Za-z])b\\.|\\bd\\.?o\\.?b\\b\\.?|\\bdate of birth\\b|\\bbirth\\s*-?\\s*date\\b|\\bbirthday\\b|\\bbirth\\b)';

/** Digits only, for counting the digits of a phone-like match. */
const digits = (s: string) => s.replace(/\D/g, '');

/** A nine-digit social security number as issued: not area 000, 666 or 9xx, group 00, serial 0000. */
function isIssuableSsn(nine: string): boolean {
  const area = nine.slice(0, 3);
  return (
    area !== '000' &&
    area !== '666' &&
    area[0] !== '9' &&
    nine.slice(3, 5) !== '00' &&
    nine.slice(5) !== '0000'
  );
}

/** Title-case words that follow "Patient" in instrument and study names, never a person's name. */
const NOT_NAMES = new Set(
  (
    'with without and or in on of for to the a an at by from as is was has had who were are be ' +
    'health screening reported outcome outcomes questionnaire care safety experience education navigation ' +
    'satisfaction support quality level information access assessment global impression registry database data ' +
    'population group selection preference preferences diary global centered centred management perspective ' +
    'perspectives follow treatment therapy study trial cohort characteristics demographics disposition ' +
    'response responses status enrollment enrolment identification eligibility consent flow number numbers'
  ).split(' '),
);

const checks: Check[] = [
  // ── Contact data ──────────────────────────────────────────────────────────────────────────
  {
    kind: 'EMAIL',
    message: 'contains an e-mail address',
    test: /[A-Za-z0-9._%+-]+\s*@\s*[A-Za-z0-9-]+(?:\s*\.\s*[A-Za-z0-9-]+)*\s*\.\s*[A-Za-z]{2,}/,
  },
  {
    kind: 'EMAIL',
    message: 'contains an obfuscated e-mail address',
    // x[at]y.com, x (at) y (dot) com, x at y dot com, x dot y at example dot com, x at example.org
    test: new RegExp(
      [
        '[A-Za-z0-9._%+-]+\\s*[[({<]\\s*at\\s*[\\])}>]\\s*[A-Za-z0-9-]+',
        '\\b[A-Za-z0-9._%+-]+\\s+at\\s+[A-Za-z0-9-]+(?:\\s*(?:\\.|[[({<]\\s*dot\\s*[\\])}>]|\\s+dot\\s+)\\s*[A-Za-z0-9-]+)*\\s*(?:[[({<]\\s*dot\\s*[\\])}>]|\\s+dot\\s+)\\s*[A-Za-z]{2,}\\b',
        '\\b[A-Za-z0-9._%+-]+\\s+at\\s+[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|org|net|edu|gov|info|io|co|uk|fr|de|nl|ca|au|it|es|ch|be)\\b',
      ].join('|'),
      'i',
    ),
  },
  {
    kind: 'PHONE',
    message: 'contains a telephone number',
    // (608) 555-0147, 608-555-0147, 608.555.0147, +1 608 555 0147
    test: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/,
  },
  {
    kind: 'PHONE',
    message: 'contains an international telephone number',
    // +33 6 12 34 56 78, +44 (0)20 7946 0958, +4915112345678: 8 to 15 digits after a +
    test: (text) => {
      for (const m of text.matchAll(/\+\s?\d[\d\s().-]{5,22}\d/g)) {
        const n = digits(m[0]).length;
        if (n >= 8 && n <= 15) return true;
      }
      return false;
    },
  },
  {
    kind: 'PHONE',
    message: 'contains a telephone number (bare digits)',
    // 6085550142, 16085550142 (North American plan), 07700900123 / 06 12 34 56 78 (national, leading 0)
    test: /(?<![\w.,+-])(?:1?[2-9]\d{2}[2-9]\d{6}|0\d{10}|0[1-9](?:[\s.-]\d{2}){4})(?!\w|[.,-]\d)/,
  },
  {
    kind: 'PHONE',
    message: 'contains a telephone number',
    test: /\b(?:tel|phone|telephone|mobile|cellphone|fax|call|whatsapp)\b\.?[\s:#]*(?:no\.?|number)?[\s:#]*\+?\d[\d\s().-]{5,}\d/i,
  },
  {
    kind: 'STREET_ADDRESS',
    message: 'contains a street address',
    test: new RegExp(
      [
        "\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][a-z'-]+\\.?\\s+){1,3}(?:Street|street|St|Avenue|avenue|Ave|Road|road|Rd|Lane|lane|Ln|Drive|drive|Boulevard|boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq|Close|Crescent|Row|Strasse|Straße|straße)\\b\\.?",
        "\\b\\d{1,5}(?:bis|ter)?,?\\s+(?:rue|avenue|boulevard|chemin|all[ée]e|impasse|quai)\\s+[A-Za-z'-]+",
        '\\b(?:P\\.?\\s?O\\.?\\s+Box|apt\\.?|apartment|suite)\\s*#?\\s*\\d+',
      ].join('|'),
    ),
  },
  {
    kind: 'POSTAL_CODE',
    message: 'contains a postal code',
    test: /\b(?:zip(?:\s*code)?|post(?:al)?\s*code|postcode|code postal|PLZ)\b[\s.:#]*[A-Z0-9]{0,4}\d[A-Z0-9]{0,4}(?:[\s-][A-Z0-9]{3,4})?/i,
  },
  // ── Numbers that identify a person ──────────────────────────────────────────────────────────
  {
    kind: 'SSN',
    message: 'contains a social security number',
    test: (text) =>
      /\b\d{3}-\d{2}-\d{4}\b|\b\d{3}\s\d{2}\s\d{4}\b/.test(text) ||
      /\b(?:SSN|social\s+security(?:\s+(?:no|number|#))?|NI\s+number|national\s+insurance(?:\s+number)?)\b\.?[\s:#-]*[A-Z]{0,2}\s?\d/i.test(
        text,
      ) ||
      [...text.matchAll(/(?<![\w.,+-])(\d{9})(?!\w|[.,-]\d)/g)].some((m) => isIssuableSsn(m[1] as string)),
  },
  {
    kind: 'RECORD_NUMBER',
    message: 'contains a medical record or patient number',
    test: new RegExp(
      [
        '\\b(?:MRN|medical record|health record)s?\\b[\\s.:#-]*(?:(?:no|number|num)\\b\\.?)?[\\s.:#-]*[\\w-]*\\d',
        '\\bMRN\\d',
        '\\b(?:hospital|record|patient|chart|case|unit|NHS|account|admission|insurance|member|policy|beneficiary|health plan|subscriber|medicare|medicaid)\\s*(?:no\\b\\.?|number|num\\b|nr\\b|#|id\\b|identifier|ident\\b)[\\s.:#-]*[A-Z]{0,3}[\\s-]?\\d{3,}',
        '\\bpatient\\s*#\\s*\\d{3,}',
      ].join('|'),
      'i',
    ),
  },
  {
    kind: 'IP_ADDRESS',
    message: 'contains an IP address',
    test: (text) =>
      /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]*\d)/.test(text) ||
      /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])/i.test(text) ||
      /(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])/i.test(text) ||
      /(?<![\w:])::(?:ffff:)?[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*(?![\w:])/i.test(text),
  },
  {
    kind: 'URL',
    message: 'contains a web address',
    only: 'patient',
    test: /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i,
  },
  // ── Dates ─────────────────────────────────────────────────────────────────────────────────
  {
    // One kind for both date checks (one issue per value): a birth date anywhere, or (patient
    // profile) any full calendar date.
    kind: 'EXACT_DATE',
    message: 'contains an exact date of birth',
    test: new RegExp(`${BIRTH_CUE}[^;\\n]{0,24}?(?:${DAY_MONTH})`, 'i'),
  },
  {
    kind: 'EXACT_DATE',
    message: 'contains an exact calendar date (give a year or a month and year)',
    only: 'patient',
    test: new RegExp(FULL_DATE, 'i'),
  },
  // ── Names ─────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'PERSON_NAME',
    message: "contains what looks like a person's name",
    test: /\b(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Herr|Frau)\.?\s+[A-Z](?:[a-z'-]+|\b)/,
  },
  {
    kind: 'PERSON_NAME',
    message: "contains what looks like a clinician's name",
    only: 'patient',
    test: /\b(?:Dr|Prof|Doctor|Professor|Nurse)\.?\s+[A-Z](?:[a-z'-]+|\b)/,
  },
  {
    kind: 'PERSON_NAME',
    message: "contains what looks like a person's name",
    test: /\b(?:[Pp]atient|[Ss]ubject|[Pp]articipant|[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Cc]hild)\s+(?:named|called)\s+[A-Z]|\b(?:[Pp]atient|[Ss]ubject|[Pp]articipant)(?:'s)?\s+name\s*(?:is|was|:)?\s*[A-Z]/,
  },
  {
    kind: 'PERSON_NAME',
    message: "contains what looks like a person's name",
    // "patient John Smith"; not "Patient Health Questionnaire" or a title-cased "Patient With Melanoma".
    // Patient text only: trial titles are title-cased ("Subject With Erectile Dysfunction").
    only: 'patient',
    test: (text) =>
      [
        ...text.matchAll(/\b(?:[Pp]atient|[Ss]ubject|[Pp]articipant)\s+([A-Z][a-z'-]+)\s+([A-Z][a-z'-]+)/g),
      ].some(
        (m) =>
          !NOT_NAMES.has((m[1] as string).toLowerCase()) && !NOT_NAMES.has((m[2] as string).toLowerCase()),
      ),
  },
  {
    kind: 'PERSON_NAME',
    message: "contains what looks like a person's name",
    only: 'patient',
    test: /\b(?:named|name is|name was|called|known as)\s*:?\s+[A-Z][a-z'-]+|\b[Nn]ame\s*:\s*[A-Z][a-z'-]+|\binitials\s*:?\s+[A-Z]\.?\s?[A-Z]\b/,
  },
  {
    kind: 'AGE_OVER_89',
    message: 'contains an age over 89 (ages above 89 are "90 or older")',
    only: 'patient',
    test: /\b(?:9\d|1[0-2]\d)\s*(?:-\s*)?(?:years?|yrs?|y\.?o\b|yo\b)|\b(?:aged?|age of)\s*:?\s*(?:9\d|1[0-2]\d)\b|\b(?:nonagenarian|centenarian)/i,
  },
];

/** The direct identifiers found in a piece of text (empty when none), under `profile`'s rules. */
export function findDirectIdentifiers(text: string, profile: ScreenProfile = 'patient'): IdentifierFinding[] {
  const found = new Map<IdentifierKind, IdentifierFinding>();
  for (const c of checks) {
    if (found.has(c.kind) || (c.only && c.only !== profile)) continue;
    const hit = typeof c.test === 'function' ? c.test(text) : c.test.test(text);
    if (hit) found.set(c.kind, { kind: c.kind, message: c.message });
  }
  return [...found.values()];
}

// ── Subject codes ─────────────────────────────────────────────────────────────────────────────

/** A study code: letters, digits, `.`, `_`, `-`, at most 32 characters, starting with a letter or digit. */
export const SUBJECT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export interface SubjectCodeProblem {
  rule: string;
  message: string;
}

/**
 * Why `code` cannot be a subject code, or null when it can. A code is a study's pseudonym: it has
 * the code format, holds a digit unless it is at most 3 letters (a site code), is not a word
 * that could be a surname, and is not itself an identifier (SSN, phone, date, IP, record number).
 */
export function subjectCodeProblem(code: string): SubjectCodeProblem | null {
  if (!SUBJECT_CODE_PATTERN.test(code)) {
    return {
      rule: 'subject_code_format',
      message: 'must be a short study code: up to 32 letters, digits, . _ - (e.g. NCI-MART1-01)',
    };
  }
  if (!/\d/.test(code) && code.length > 3) {
    return {
      rule: 'subject_code_name',
      message: 'must contain a digit (a code of letters only could be a surname); e.g. SMI-01',
    };
  }
  const spaced = code.replace(/[_]/g, ' ');
  const finding = findDirectIdentifiers(spaced, 'patient')[0];
  if (finding) {
    return {
      rule: `identifier_${finding.kind.toLowerCase()}`,
      message: `${finding.message}: not a study code`,
    };
  }
  const bare = digits(code);
  if (/^[\d.-]+$/.test(code) && bare.length >= 9) {
    return {
      rule: 'subject_code_identifier',
      message: 'a long number on its own (phone, SSN, record or date) is not a study code',
    };
  }
  return null;
}

// ── Ages ──────────────────────────────────────────────────────────────────────────────────────

/** HIPAA Safe Harbor: ages over 89 are aggregated into one "90 or older" category. */
export const AGE_TOP_CODE = 90;

/** The age as stored: exact up to 89, 90 for every age of 90 or more. */
export function topCodeAge(age: number | null | undefined): number | null {
  if (age == null) return null;
  return age >= AGE_TOP_CODE ? AGE_TOP_CODE : age;
}

/** How an age is shown: "90 or older" for the top-coded category. */
export function ageLabel(age: number | null | undefined): string | null {
  if (age == null) return null;
  return age >= AGE_TOP_CODE ? `${AGE_TOP_CODE} or older` : String(age);
}

/**
 * An age written as text, top-coded: any age of 90 or more in it makes the whole text the
 * label "90 or older" ("97 years", "aged 97", "97-year-old" → "90 or older"); other text is kept.
 */
export function topCodeAgeText(text: string): string {
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    if (Number(m[0]) >= AGE_TOP_CODE) return ageLabel(AGE_TOP_CODE) as string;
  }
  return text;
}

/** True for a field or key holding an age in years: `age`, `ageAtEnrollment`, `participantAgeAtDeath`. */
export function isAgeKey(key: string): boolean {
  return /(?:^age|Age)(?:[A-Z]|$)|(?:^|_)age(?:_|$)/.test(key);
}
