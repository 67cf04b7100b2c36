// Direct identifiers (HIPAA Safe Harbor) must never enter the knowledge base. Patient inputs
// are structured so a name has no field to go in; free text is screened for the identifier
// shapes that can be recognised reliably.

export interface IdentifierFinding {
  kind:
    | 'EMAIL'
    | 'PHONE'
    | 'EXACT_DATE'
    | 'RECORD_NUMBER'
    | 'SSN'
    | 'STREET_ADDRESS'
    | 'PERSON_NAME'
    | 'URL'
    | 'IP_ADDRESS';
  message: string;
}

const checks: { kind: IdentifierFinding['kind']; pattern: RegExp; message: string }[] = [
  {
    kind: 'EMAIL',
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
    message: 'contains an e-mail address',
  },
  { kind: 'SSN', pattern: /\b\d{3}-\d{2}-\d{4}\b/, message: 'contains a social security number' },
  {
    kind: 'PHONE',
    pattern: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/,
    message: 'contains a telephone number',
  },
  {
    kind: 'RECORD_NUMBER',
    pattern:
      /\b(?:MRN|medical record|record (?:no|number)|patient (?:id|number)|chart (?:no|number))\b[\s.:#]*[\w-]*\d/i,
    message: 'contains a medical record or patient number',
  },
  {
    kind: 'EXACT_DATE',
    pattern:
      /\b(?:born|birth|dob|d\.o\.b\.?|date of birth)\b[^.;\n]{0,20}?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})/i,
    message: 'contains an exact date of birth',
  },
  {
    kind: 'STREET_ADDRESS',
    pattern:
      /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl)\b\.?/,
    message: 'contains a street address',
  },
  {
    kind: 'PERSON_NAME',
    pattern:
      /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z'-]+|\b(?:named|name is|called|patient name)\s*:?\s+[A-Z][a-z'-]+/,
    message: "contains what looks like a person's name",
  },
  { kind: 'URL', pattern: /\bhttps?:\/\/\S+/i, message: 'contains a web address' },
  { kind: 'IP_ADDRESS', pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/, message: 'contains an IP address' },
];

/** The direct identifiers found in a piece of patient free text (empty when none). */
export function findDirectIdentifiers(text: string): IdentifierFinding[] {
  return checks.filter((c) => c.pattern.test(text)).map(({ kind, message }) => ({ kind, message }));
}

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
