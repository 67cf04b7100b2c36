import type { CellSource, Modality, TherapyRole, Vector } from '@genetrials/schema';

// Deterministic, conservative classification of ClinicalTrials.gov interventions into GeneTrials
// therapies. Every rule needs the words to be in the record's own text (intervention type, name,
// other names, description); where the text does not say, the answer is null (unknown), never a
// guess. The rules are listed in order in `classifyIntervention` and tested as a table.

/** ClinicalTrials.gov API v2 intervention types. */
export const CTGOV_INTERVENTION_TYPES = [
  'BEHAVIORAL',
  'BIOLOGICAL',
  'COMBINATION_PRODUCT',
  'DEVICE',
  'DIAGNOSTIC_TEST',
  'DIETARY_SUPPLEMENT',
  'DRUG',
  'GENETIC',
  'OTHER',
  'PROCEDURE',
  'RADIATION',
] as const;
export type CtgovInterventionType = (typeof CTGOV_INTERVENTION_TYPES)[number];

/** ClinicalTrials.gov API v2 arm group types. */
export const CTGOV_ARM_GROUP_TYPES = [
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'SHAM_COMPARATOR',
  'NO_INTERVENTION',
  'OTHER',
] as const;
export type CtgovArmGroupType = (typeof CTGOV_ARM_GROUP_TYPES)[number];

export interface InterventionText {
  type: CtgovInterventionType;
  name: string;
  description?: string | null;
  otherNames?: readonly string[];
}

export interface TherapyClassification {
  modality: Modality;
  vector: Vector | null;
  transgene: string | null;
  targetAntigen: string | null;
  cellSource: CellSource | null;
  /** The rule that decided the modality, for reports and tests. */
  rule: string;
  /** Each value above with the field and words it was read from (null values have none). */
  evidence: ClassificationEvidence;
}

/** Types whose interventions can be a drug, biologic or gene/cell product. */
const PRODUCT_TYPES: readonly CtgovInterventionType[] = [
  'BIOLOGICAL',
  'GENETIC',
  'DRUG',
  'OTHER',
  'COMBINATION_PRODUCT',
];

const CELL_MODALITIES: readonly Modality[] = [
  'CAR_T_CELL',
  'TCR_T_CELL',
  'TIL',
  'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
];
const GENE_MODALITIES: readonly Modality[] = [
  'CAR_T_CELL',
  'TCR_T_CELL',
  'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
  'ONCOLYTIC_VIRUS',
  'GENE_TRANSFER',
];

const PLACEBO = /\b(placebo|sham|vehicle control)\b/i;

// CAR: the full phrase, or the abbreviation written in capitals next to T cells.
const CAR_PHRASE = /chimeric antigen receptor/i;
const CAR_T_ABBREVIATION = /\bCAR[- ]?T\b|\bCART[- ]?\d*\b/;
const CAR_ABBREVIATION = /\bCAR\b/;
const T_CELLS = /\bT[- ]?cells?\b|\blymphocytes?\b|\bT[- ]?lymphocytes?\b/i;
const NK_CELLS = /\bCAR[- ]?NK\b|\bNK[- ]?cells?\b|natural killer/i;
// TCR: a T-cell receptor given to cells by gene engineering (not TCR-depleted grafts).
const TCR = /\bTCR\b|\bT[- ]cell receptor\b/i;
const ENGINEERED =
  /engineer|transduc|transfect|gene[- ]modified|genetically[- ]modified|redirected|\bretrovir|\blentivir|transgenic|\bTCR[- ]?T\b/i;
const TCR_DEPLETED = /depleted|depletion/i;
const TIL = /tumou?r[- ]infiltrating lymphocytes?|\bTILs?\b/;
const ONCOLYTIC = /oncolytic|talimogene|\bT-?VEC\b|pexa-?vec|pelareorep|reolysin/i;
const GVAX = /\bGVAX\b/;
const CYTOKINE_WORD =
  /\b(?:GM-?CSF|granulocyte[- ]macrophage colony[- ]stimulating factor|IL-?\d{1,2}|interleukin[- ]?\d{1,2}|interferon|IFN|TNF|cytokine)\b/i;
const GENE_MODIFIED_WORD =
  /secret|transduc|transfect|gene[- ]modified|genetically[- ]modified|engineered to|expressing|producing/i;
const CELL_OR_VACCINE = /\bcells?\b|\bvaccines?\b/i;
const GENE_TRANSFER_WORDS = /gene transfer|gene therapy/i;
const VECTOR_WORDS =
  /\bplasmid|\bvectors?\b|\bAAV(?:\d|\b)|adeno-?associated|\blentivir|\bretrovir|\badenovir|transduc|transfect|\bnaked DNA\b/i;
const CYTOKINE_NAME =
  /\binterleukin[- ]?\d{1,2}\b|\bIL-?\d{1,2}\b|aldesleukin|proleukin|\binterferon|\bIFN[- ]?(?:alpha|beta|gamma|α|β|γ)?\b|peginterferon|\bGM-?CSF\b|sargramostim|molgramostim/i;
const NOT_A_CYTOKINE =
  /\banti-|inhibitor|antagonist|blocker|\bmab\b|mab\b|receptor antibody|release assay|vaccin|spike|fusion|covid|sars-cov/i;
const CHEMO_NAMES = [
  'azacitidine',
  'bendamustine',
  'bleomycin',
  'busulfan',
  'cabazitaxel',
  'capecitabine',
  'carboplatin',
  'carmustine',
  'chlorambucil',
  'cisplatin',
  'cladribine',
  'cyclophosphamide',
  'cytarabine',
  'dacarbazine',
  'daunorubicin',
  'decitabine',
  'docetaxel',
  'doxorubicin',
  'epirubicin',
  'eribulin',
  'etoposide',
  'fludarabine',
  'fluorouracil',
  '5-fu',
  'gemcitabine',
  'idarubicin',
  'ifosfamide',
  'irinotecan',
  'lomustine',
  'lurbinectedin',
  'melphalan',
  'methotrexate',
  'mitomycin',
  'mitoxantrone',
  'nedaplatin',
  'oxaliplatin',
  'paclitaxel',
  'pemetrexed',
  'temozolomide',
  'thiotepa',
  'topotecan',
  'trabectedin',
  'treosulfan',
  'vinblastine',
  'vincristine',
  'vinorelbine',
  'tegafur',
  'chemotherapy',
];
const CHEMO = new RegExp(
  `(?:^|[^a-z0-9])(?:${CHEMO_NAMES.map((n) => n.replace('-', '\\-')).join('|')})`,
  'i',
);
const NOT_CHEMO_ONLY = /mab\b|nib\b|\bplacebo\b|radiation|radiotherapy|surgery/i;

/** Dose, schedule and route words that may stand next to a drug name ("75 mg/m2", "AUC 5", "q3w"). */
const DOSE_ONLY =
  /^(?:[\d.,\s×x-]|mg|mcg|µg|g|kg|m2|m²|ml|auc|iu|units?|qd|bid|tid|q\d+w|d\d*|days?|weeks?|iv|po|oral|intravenous|infusion|dose|high|low|standard)*$/i;

/**
 * True when every part of the name (split at "+", "/", ",", "and", "plus", "with", "followed by")
 * names a cytotoxic drug or is only a dose, so "Cisplatin 75 mg/m2" and "Paclitaxel + Carboplatin"
 * are chemotherapy but "TY-9591 + pemetrexed" (an investigational drug with it) is not.
 */
export function isChemotherapyName(name: string): boolean {
  if (NOT_CHEMO_ONLY.test(name)) return false;
  const parts = name
    .split(/\s*(?:\+|\/|,|;|&|\band\b|\bplus\b|\bwith\b|\bfollowed by\b|\bthen\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.some((p) => CHEMO.test(p)) && parts.every((p) => CHEMO.test(p) || DOSE_ONLY.test(p));
}

/** Vectors in the order they are looked for; a text naming two different ones gives null. */
const VECTOR_PATTERNS: readonly [Vector, RegExp][] = [
  ['AAV', /\bAAV(?:\d|\b)|adeno-?associated/i],
  ['LENTIVIRUS', /\blenti-?vir(?:al|us)|\blentivector/i],
  ['RETROVIRUS', /\b(?:gamma-?)?retro-?vir(?:al|us)\b|\bMSCV\b|\bMLV\b|murine leuk(?:a)?emia virus/i],
  ['ADENOVIRUS', /\badeno-?vir(?:al|us)\b|\bAd5\b|\bChAdOx\d?\b/i],
  ['HERPES_SIMPLEX_VIRUS', /\bherpes simplex virus\b|\bHSV-?[12]?\b|talimogene|\bT-?VEC\b/i],
  ['VACCINIA_VIRUS', /\bvaccinia\b|pexa-?vec|\bMVA\b/i],
  ['PLASMID', /\bplasmids?\b|\bnaked DNA\b/i],
  ['TRANSPOSON', /sleeping beauty|piggy-?bac|transposon/i],
  ['MRNA', /\bmRNA\b/i],
];
/** Words that show the text is about a vector carrying a gene (needed outside gene modalities). */
const VECTOR_CONTEXT = /vector|transduc|transfect|gene transfer|gene therapy|encod|recombinant|oncolytic/i;

const CYTOKINE_GENES: readonly [string, RegExp][] = [
  ['GM-CSF', /\bGM-?CSF\b|granulocyte[- ]macrophage colony[- ]stimulating factor/i],
  ['IL-2', /\bIL-?2\b|interleukin[- ]?2\b/i],
  ['IL-12', /\bIL-?12\b|interleukin[- ]?12\b/i],
  ['IL-4', /\bIL-?4\b|interleukin[- ]?4\b/i],
  ['IL-7', /\bIL-?7\b|interleukin[- ]?7\b/i],
  ['IL-15', /\bIL-?15\b|interleukin[- ]?15\b/i],
  ['interferon gamma', /interferon[- ]gamma|\bIFN-?(?:γ|gamma)\b/i],
];

/** The one label whose pattern matches `text`, or null when none or several different ones do. */
function single(patterns: readonly (readonly [string, RegExp])[], text: string): string | null {
  const found = new Set(patterns.filter(([, re]) => re.test(text)).map(([label]) => label));
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** The sentences of a text (split at ". " and line breaks), for rules whose words must be near. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+|\n+/);
}

// ---------------------------------------------------------------------------------------------
// Evidence: every inferred value cites the field it was read from and the words that decided it.

/** The intervention field a conclusion was read from. */
export type EvidenceField = 'name' | 'otherNames' | 'description' | 'type';

/** Where a conclusion came from: the field and a snippet of it (a substring, ≤ 120 characters). */
export interface Evidence {
  field: EvidenceField;
  text: string;
}

/** An inferred value and the text it was read from. */
export interface Inferred<T> {
  value: T;
  evidence: Evidence;
}

/** Longest evidence snippet, in characters. */
export const EVIDENCE_MAX_CHARS = 120;

interface Source {
  field: EvidenceField;
  text: string;
}

/** The texts of an intervention in the order they are cited: name, other names, description. */
function sourcesOf(i: InterventionText): Source[] {
  const sources: Source[] = [{ field: 'name', text: i.name }];
  for (const other of i.otherNames ?? []) sources.push({ field: 'otherNames', text: other });
  if (i.description) sources.push({ field: 'description', text: i.description });
  return sources;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The part of `text` around `[start, end)`: the match with whole words either side, inside its
 * line, at most `max` characters, trimmed. Always a substring of `text`.
 */
export function evidenceSnippet(text: string, start: number, end: number, max = EVIDENCE_MAX_CHARS): string {
  if (end - start >= max) return text.slice(start, start + max).trim();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const room = max - (end - start);
  const left = Math.max(lineStart, start - Math.floor(room / 2));
  let b = Math.min(lineEnd, end + room - (start - left));
  let a = Math.max(lineStart, b - max);
  // Do not cut words in half at either edge.
  if (a > lineStart && WORD_CHAR.test(text[a - 1] ?? '')) {
    while (a < start && !/\s/.test(text[a] ?? '')) a++;
  }
  if (b < lineEnd && WORD_CHAR.test(text[b] ?? '')) {
    while (b > end && !/\s/.test(text[b - 1] ?? '')) b--;
  }
  return text.slice(a, b).trim();
}

function evidenceAt(source: Source, start: number, end: number): Evidence {
  return { field: source.field, text: evidenceSnippet(source.text, start, end) };
}

function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
}

/** The first match of `re` in the sources (name first), as evidence; null when none matches. */
function cite(sources: readonly Source[], re: RegExp, fields?: readonly EvidenceField[]): Evidence | null {
  for (const source of sources) {
    if (fields && !fields.includes(source.field)) continue;
    const m = globalOf(re).exec(source.text);
    if (m) return evidenceAt(source, m.index, m.index + m[0].length);
  }
  return null;
}

/** Evidence for a value, or no value: a conclusion that cannot cite its text is not made. */
function inferred<T>(value: T | null, evidence: Evidence | null): Inferred<T> | null {
  return value != null && evidence ? { value, evidence } : null;
}

// ---------------------------------------------------------------------------------------------
// Target antigens: open patterns ("anti-X", "X-directed", "X CAR", "CAR-X", "X TCR", "TCR against
// X" …) where X must look like an antigen: a known antigen, a CD number, or a gene-symbol-like
// token (capitals and digits) that is not a product code, a disease, a cell type or a drug target.

/** Known antigens (canonical spelling, pattern); matched case-insensitively as whole tokens. */
const KNOWN_ANTIGENS: readonly [string, string][] = [
  ['BCMA', 'BCMA|TNFRSF17|B[- ]cell maturation antigen'],
  ['GD2', 'GD-?2|disialoganglioside(?: GD2)?'],
  ['HER2', 'HER-?2(?:/neu)?|ERBB-?2|c-?erb-?B?-?2|ERB-?B?-?2'],
  ['EGFRvIII', 'EGFR-?vIII|EGFR variant III'],
  ['EGFR', 'EGFR'],
  ['MART-1', 'MART-?1|Melan-?A'],
  ['gp100', 'gp-?100'],
  ['NY-ESO-1', 'NY-?ESO-?1'],
  ['MAGE-A1', 'MAGE-?A1'],
  ['MAGE-A3', 'MAGE-?A3'],
  ['MAGE-A4', 'MAGE-?A4'],
  ['MAGE-A10', 'MAGE-?A10'],
  ['mesothelin', 'mesothelin|MSLN'],
  ['PSMA', 'PSMA|prostate[- ]specific membrane antigen'],
  ['PSCA', 'PSCA|prostate stem cell antigen'],
  ['CEA', 'CEA|CEACAM-?5|carcinoembryonic antigen'],
  ['ROR1', 'ROR-?1'],
  ['ROR2', 'ROR-?2'],
  ['GPC3', 'GPC-?3|glypican-?3'],
  ['Claudin 18.2', 'claudin[- ]?18\\.2|CLDN-?18\\.2'],
  ['CLDN6', 'claudin[- ]?6|CLDN-?6'],
  ['IL13Rα2', 'IL-?13R(?:α|a|alpha)-?2|IL-?13 receptor alpha-?2'],
  ['B7-H3', 'B7-?H3|CD276'],
  ['HPV E6', 'HPV[- ]?(?:16[- ])?E6'],
  ['HPV E7', 'HPV[- ]?(?:16[- ])?E7'],
  ['WT1', 'WT-?1'],
  ['PRAME', 'PRAME'],
  ['KRAS G12D', 'KRAS[- ]?G12D'],
  ['KRAS G12V', 'KRAS[- ]?G12V'],
  ['kappa light chain', 'kappa light chain|Ig ?kappa'],
  ['GPRC5D', 'GPRC5D'],
  ['SLAMF7', 'SLAMF-?7|CS-?1'],
  ['EpCAM', 'EpCAM'],
  ['MUC1', 'MUC-?1'],
  ['MUC16', 'MUC-?16|CA-?125'],
  ['FAP', 'FAP|fibroblast activation protein'],
  ['folate receptor alpha', 'FR(?:α|alpha)|folate receptor(?:[- ]alpha|[- ]α)'],
  ['DLL3', 'DLL-?3'],
  ['TROP2', 'TROP-?2'],
  ['Nectin-4', 'Nectin-?4'],
  ['L1CAM', 'L1-?CAM'],
  ['Lewis Y', 'Lewis[- ]?Y|LeY'],
  ['NKG2D ligands', 'NKG2D'],
  ['CLL-1', 'CLL-?1|CLEC12A'],
  ['FLT3', 'FLT-?3'],
  ['TRBC1', 'TRBC-?1'],
  ['AFP', 'AFP|alpha[- ]fetoprotein'],
  ['GUCY2C', 'GUCY-?2C'],
  ['CDH17', 'CDH-?17'],
  ['c-Met', 'c-?MET'],
  ['CAIX', 'CAIX|carbonic anhydrase IX'],
  ['PD-L1', 'PD-?L1'],
  ['CD44v6', 'CD44v6'],
];
const KNOWN_ANTIGEN_RES: readonly [string, RegExp][] = KNOWN_ANTIGENS.map(([label, source]) => [
  label,
  new RegExp(`^(?:${source})$`, 'i'),
]);
/** Known antigens mentioned anywhere (the former closed list), for conflicts in CAR/TCR text. */
const KNOWN_ANTIGEN_MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:CD-?\\d{1,3}|${KNOWN_ANTIGENS.map(([, s]) => s).join('|')})(?![\\p{L}\\p{N}]|-(?:positive|negative|expressing|low|high|dim)\\b|\\+)`,
  'giu',
);

/** Tokens that are never a target antigen: cell types, receptors, diseases, viruses, procedures. */
const NOT_ANTIGENS = new Set(
  [
    'T',
    'NK',
    'NKT',
    'B',
    'CAR',
    'CART',
    'TCR',
    'TIL',
    'TILS',
    'CTL',
    'CTLS',
    'CIK',
    'DC',
    'DCS',
    'MSC',
    'DNA',
    'RNA',
    'MRNA',
    'CDNA',
    'GMP',
    'PBMC',
    'PBL',
    'ACT',
    'CRS',
    'ICANS',
    'FDA',
    'IV',
    'OR',
    'AND',
    'II',
    'III',
    'IV',
    'CD3',
    'CD28',
    'CD137',
    'CD3Z',
    'MHC',
    'GVHD',
    'GVH',
    'AML',
    'ALL',
    'B-ALL',
    'T-ALL',
    'CLL',
    'CML',
    'NHL',
    'DLBCL',
    'MCL',
    'FL',
    'MM',
    'HL',
    'GBM',
    'HCC',
    'NSCLC',
    'SCLC',
    'CRC',
    'RCC',
    'MDS',
    'PMBCL',
    'LBCL',
    'EBV',
    'CMV',
    'HIV',
    'HBV',
    'HCV',
    'HPV',
    'HSV',
    'COVID',
    'SARS',
    'PD-1',
    'PD1',
    'CTLA-4',
    'CTLA4',
    'VEGF',
    'VEGFR',
    'IL-6',
    'IL-6R',
    'TNF',
    'IL-2',
    'AAV',
    'LAG-3',
    'TIM-3',
    'TIGIT',
    'US',
    'UK',
    'EU',
    'CNS',
    'IT',
    'ICU',
    'QOL',
    'PET',
    'CT',
    'MRI',
    'PFS',
    'OS',
    'ORR',
    'DOR',
    'CR',
    'PR',
    'SD',
    'PD',
    'NCI',
    'NIH',
    'UCL',
    'HLA',
    'TGF',
    'TRUCK',
    'UCAR',
  ].map((t) => t.toUpperCase()),
);
/** Letter prefixes of product codes ("KTE-X19", "AUTO1", "JCAR017") that are not antigens. */
const PRODUCT_CODE_PREFIX =
  /^(?:AUTO|KTE|JCAR|JWCAR|JNJ|CTL|UCART|ADP|GSK|BMS|LCAR|LN|MB|CTX|ALLO|PBCAR|BB|TBI|CNCT|CT|LB|GC|BZ|PRGN|CB|ATA|NKX|FT|TAK|MT|TC|IM|KD|HSCT|PD)(?:[-\d]|$)/i;

/** The canonical spelling of a token that looks like an antigen, or null. */
function antigenLabel(token: string, allowLowercase: boolean): string | null {
  const t = token.replace(/[.,;:]+$/, '');
  if (t.length < 2) return null;
  for (const [label, re] of KNOWN_ANTIGEN_RES) if (re.test(t)) return label;
  const cd = /^CD-?(\d{1,3})([a-z]?)$/i.exec(t);
  if (cd) {
    const label = `CD${cd[1]}${cd[2] ?? ''}`;
    return NOT_ANTIGENS.has(label.toUpperCase()) || cd[1]?.startsWith('0') ? null : label;
  }
  // A gene-symbol-like token: capitals (and digits), or lower case with a digit next to a receptor.
  const upper = /^[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?$/.test(t);
  const lower = allowLowercase && /^[a-z]{2,6}\d{1,2}[a-z]?$/.test(t);
  if (!upper && !lower) return null;
  const label = t.toUpperCase();
  if (NOT_ANTIGENS.has(label) || /^HLA/.test(label) || /CAR|TCR/.test(label)) return null;
  if (PRODUCT_CODE_PREFIX.test(label)) return null;
  if (/\d{3,}|(?<!\d)0\d/.test(label)) return null; // product codes: CT053, LN-144, KTE-X19 is caught above
  if (!/[A-Z]{2}/.test(label)) return null;
  return label;
}

/** The longest hyphen-prefix of `token` that is an antigen ("CD19-CAR" → CD19), or null. */
function antigenPrefix(token: string, allowLowercase: boolean): string | null {
  if (PRODUCT_CODE_PREFIX.test(token)) return null;
  const parts = token.split('-');
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(0, n).join('-');
    // A shorter piece of a stop word ("CTLA" of "CTLA-4") is no antigen either.
    if (NOT_ANTIGENS.has(candidate.toUpperCase())) return null;
    const label = antigenLabel(candidate, allowLowercase);
    if (label) return label;
  }
  return null;
}

/** The longest hyphen-suffix of `token` that is an antigen ("CAR-T-CD19" → CD19), or null. */
function antigenSuffix(token: string, allowLowercase: boolean): string | null {
  if (PRODUCT_CODE_PREFIX.test(token)) return null;
  const parts = token.split('-');
  for (let n = 0; n < parts.length; n++) {
    const candidate = parts.slice(n).join('-');
    if (NOT_ANTIGENS.has(candidate.toUpperCase())) return null;
    const label = antigenLabel(candidate, allowLowercase);
    if (label) return label;
  }
  return null;
}

const TOKEN = "[\\p{L}\\p{N}α-ωΑ-Ω][\\p{L}\\p{N}α-ωΑ-Ω.'/]*(?:-[\\p{L}\\p{N}α-ωΑ-Ω.]+)*";
const MULTI = '(?:bispecific|bi-specific|dual[- ]target(?:ed|ing)?|tandem)';
const RECEPTOR = '(?:CAR|CART|CAR-?T|TCR|TCR-?T|chimeric antigen receptors?|T[- ]cell receptors?)';
const RECEPTOR_CELLS = `${RECEPTOR}(?:[- ]?(?:T|NK|modified|engineered|transduced|redirected))?(?:[- ](?:T[- ])?(?:cells?|lymphocytes?))?`;
const TARGET_VERB =
  '(?:against|targeting|that targets|recogni[sz]ing|that recogni[sz]es|which recogni[sz]es|specific for|specific to|directed (?:against|to|at)|reactive (?:against|to|with))';

interface AntigenPattern {
  re: RegExp;
  /** Which end of the captured token holds the antigen: "anti-CD19-CAR" → prefix. */
  take: 'prefix' | 'suffix';
  /** Lower-case gene symbols ("gucy2c cart cells") only right next to CAR/TCR. */
  allowLowercase: boolean;
  /** "anti-X" must not be an antibody, inhibitor, bead … */
  antibodyCheck: boolean;
}

const ANTIGEN_PATTERNS: readonly AntigenPattern[] = [
  // anti-X, anti X, antiX
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])anti[- ]?(${TOKEN})`, 'giu'),
    take: 'prefix',
    allowLowercase: false,
    antibodyCheck: true,
  },
  // X-directed, X-targeted, X-specific, X-redirected, X-reactive
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(${TOKEN})[- ](?:directed|targeted|targeting|specific|redirected|reactive)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    take: 'suffix',
    allowLowercase: false,
    antibodyCheck: false,
  },
  // X CAR, X-CAR, X CAR-T, X CART, X TCR, X bispecific/tandem CAR
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(${TOKEN})[- ]?(?:${MULTI}[- ])?(?:CAR|CART|TCR)s?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    take: 'suffix',
    allowLowercase: false,
    antibodyCheck: false,
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}-])(${TOKEN})[- ](?:cart|car-t)(?![a-z])`, 'giu'),
    take: 'suffix',
    allowLowercase: true,
    antibodyCheck: false,
  },
  // CAR-X, CAR-T-X, TCR-X
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:CAR|TCR)(?:-?T)?-(${TOKEN})`, 'gu'),
    take: 'prefix',
    allowLowercase: true,
    antibodyCheck: false,
  },
  // a TCR against X, CAR T cells targeting X, chimeric antigen receptor specific for X
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${RECEPTOR_CELLS}\\s+${TARGET_VERB}\\s+(?:the\\s+)?(?:(?:tumou?r[- ])?antigens?\\s+)?(?:human\\s+)?(${TOKEN})`,
      'giu',
    ),
    take: 'prefix',
    allowLowercase: true,
    antibodyCheck: false,
  },
];

/** After "anti-X": words that make it an antibody, inhibitor, bead or serum, not a cell's target. */
const ANTIBODY_AFTER =
  /^[\s-]*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:monoclonal|antibod|mab\b|mabs\b|inhibitor|blockade|blocking|block|checkpoint|drug|agent|serum|globulin|treatment|therapy|beads?|dynabeads|coated|stimulat|activat|immunotoxin|conjugate|ADC\b|bispecific|BiTE|engager)/iu;
/** After "anti-X": a CAR or TCR comes first, so it is the cells' target after all. */
const RECEPTOR_AFTER = /^[\s-]*(?:[\p{L}\p{N}/-]+\s+){0,1}?(?:CAR|CART|TCR|chimeric|T[- ]?cell receptor)/u;

interface AntigenHit {
  labels: string[];
  evidence: Evidence;
}

/** Every antigen the open patterns find in one text. */
function antigenHits(source: Source): AntigenHit[] {
  const hits: AntigenHit[] = [];
  for (const pattern of ANTIGEN_PATTERNS) {
    for (const m of source.text.matchAll(pattern.re)) {
      const raw = m[1] ?? '';
      // "CD19/CD22" (or "CD19/anti-CD22") names two antigens of one bispecific product.
      const pieces = raw.split('/').map((p) => p.replace(/^anti-?/i, ''));
      const labels: string[] = [];
      for (const piece of pieces) {
        const label =
          pattern.take === 'prefix'
            ? antigenPrefix(piece, pattern.allowLowercase)
            : antigenSuffix(piece, pattern.allowLowercase);
        if (label) labels.push(label);
        else if (pieces.length > 1 && labels.length === 0) break;
      }
      if (labels.length === 0) continue;
      const end = (m.index ?? 0) + m[0].length;
      if (pattern.antibodyCheck) {
        const after = source.text.slice(end, end + 60);
        if (!RECEPTOR_AFTER.test(after) && ANTIBODY_AFTER.test(after)) continue;
      }
      hits.push({ labels: [...new Set(labels)], evidence: evidenceAt(source, m.index ?? 0, end) });
    }
  }
  return hits;
}

/** Known antigens named without a pattern ("antigen NY-ESO-1 or MAGE-A4"), for conflicts. */
function antigenMentions(source: Source): AntigenHit[] {
  const hits: AntigenHit[] = [];
  for (const m of source.text.matchAll(KNOWN_ANTIGEN_MENTION)) {
    const label = antigenLabel(m[0], false);
    if (label) {
      hits.push({
        labels: [label],
        evidence: evidenceAt(source, m.index ?? 0, (m.index ?? 0) + m[0].length),
      });
    }
  }
  return hits;
}

/**
 * The one antigen the texts name as a target, with the words that say so; null when none or when
 * different antigens are named (a bispecific "CD19/CD22" named together counts as one).
 */
function inferAntigen(sources: readonly Source[], withMentions: boolean): Inferred<string> | null {
  const hits = sources.flatMap(antigenHits);
  if (hits.length === 0) return null;
  const mentions = withMentions ? sources.flatMap(antigenMentions) : [];
  const all = new Set([...hits, ...mentions].flatMap((h) => h.labels));
  const first = hits[0] as AntigenHit;
  if (all.size === 1) return { value: first.labels[0] as string, evidence: first.evidence };
  // Two antigens, both named together in one bispecific match and nowhere else apart from it.
  const pair = hits.find((h) => h.labels.length === all.size);
  if (pair && all.size === 2) return { value: pair.labels.join('/'), evidence: pair.evidence };
  return null;
}

/**
 * The antigen a text names as a target by an open pattern ("anti-CD19", "BCMA-directed",
 * "GD2 CAR", "CAR-HER2", "NY-ESO-1 TCR", "a TCR against MART-1" …), or null when it names none or
 * several. Antibodies ("anti-PD-1 monoclonal antibody") and words ("anti-tumor") are not targets.
 */
export function detectTargetAntigen(text: string): string | null {
  return inferAntigen([{ field: 'description', text }], true)?.value ?? null;
}

// ---------------------------------------------------------------------------------------------
// Transgenes: named when the record names the gene a vector carries ("encoding GM-CSF",
// "expressing IL-12", "HSV-tk gene", "AAV2CUhCLN2", "rAd-p53").

const KNOWN_TRANSGENES: readonly [string, string][] = [
  ['GM-CSF', 'GM-?CSF|granulocyte[- ]macrophage colony[- ]stimulating factor'],
  [
    'interferon alpha',
    'interferon[- ]alpha(?:-?2b)?|interferon[- ]alfa(?:-?2b)?|IFN-?(?:α|alpha|a)(?:-?2b)?',
  ],
  ['interferon beta', 'interferon[- ]beta|IFN-?(?:β|beta|b)'],
  ['interferon gamma', 'interferon[- ]gamma|IFN-?(?:γ|gamma|g)'],
  ['TNF-alpha', 'TNF-?(?:α|alpha)?|tumou?r necrosis factor(?:[- ]alpha)?'],
  ['HSV-tk', 'HSV-?1?[- ]?TK|herpes simplex virus(?: type 1)? thymidine kinase'],
  ['thymidine kinase', 'thymidine kinase'],
  ['cytosine deaminase', '(?:yeast |bacterial )?cytosine deaminase|yCD'],
  ['p53', '(?:wild[- ]type |human )?p53|TP53'],
  ['CD40L', 'CD40-?L|CD40 ligand|CD154'],
  ['4-1BBL', '4-1BB-?L|4-1BB ligand'],
  ['OX40L', 'OX40-?L|OX40 ligand'],
  ['NIS', 'NIS|sodium[- ]iodide symporter'],
  ['HLA-B7', 'HLA-?B7'],
  ['IL-2', 'IL-?2|interleukin[- ]?2'],
  ['IL-7', 'IL-?7|interleukin[- ]?7'],
  ['IL-12', 'IL-?12|interleukin[- ]?12'],
  ['IL-15', 'IL-?15|interleukin[- ]?15'],
  ['IL-18', 'IL-?18|interleukin[- ]?18'],
  ['IL-21', 'IL-?21|interleukin[- ]?21'],
];
const KNOWN_TRANSGENE_RES: readonly [string, RegExp][] = KNOWN_TRANSGENES.map(([label, source]) => [
  label,
  new RegExp(`^(?:${source})$`, 'i'),
]);
const NOT_TRANSGENES = new Set([
  'DNA',
  'CDNA',
  'RNA',
  'MRNA',
  'AAV',
  'CMV',
  'SV40',
  'LTR',
  'IRES',
  'CAR',
  'TCR',
  'SARS',
  'COVID',
  'S',
  'N',
  'HPV',
  'EBV',
  'HIV',
  'HBV',
  'TUMOR',
  'PD-L1',
  'HER2',
  'EGFR',
  'CD19',
  'CD20',
  'PSMA',
]);

/** The canonical spelling of a token that looks like a transgene, or null. */
function transgeneLabel(token: string): string | null {
  const t = token.replace(/[.,;:]+$/, '');
  if (t.length < 2) return null;
  for (const [label, re] of KNOWN_TRANSGENE_RES) if (re.test(t)) return label;
  const interleukin = /^(?:IL-?|interleukin[- ]?)(\d{1,2})$/i.exec(t);
  if (interleukin) return `IL-${interleukin[1]}`;
  // A human gene written "hCLN2", a "p16"-style protein, or a capitalised gene symbol.
  if (/^h[A-Z][A-Z0-9]{1,9}$/.test(t) || /^p\d{2}$/.test(t)) return t;
  if (!/^[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?$/.test(t)) return null;
  if (NOT_TRANSGENES.has(t.toUpperCase()) || /\d{3,}/.test(t) || !/[A-Z]{2}/.test(t)) return null;
  return t;
}

function transgenePrefix(token: string): string | null {
  const parts = token.split('-');
  for (let n = parts.length; n >= 1; n--) {
    const label = transgeneLabel(parts.slice(0, n).join('-'));
    if (label) return label;
  }
  return null;
}

function transgeneSuffix(token: string): string | null {
  const parts = token.split('-');
  for (let n = 0; n < parts.length; n++) {
    const label = transgeneLabel(parts.slice(n).join('-'));
    if (label) return label;
  }
  return null;
}

const GENE_TOKEN = "[\\p{L}\\p{N}α-ωΑ-Ω][\\p{L}\\p{N}α-ωΑ-Ω.']*(?:-[\\p{L}\\p{N}α-ωΑ-Ω.]+)*";
const KNOWN_TRANSGENE_PHRASE = KNOWN_TRANSGENES.map(([, s]) => s).join('|');
const GENE_QUALIFIERS =
  '(?:(?:the|a|an|human|murine|mouse|wild[- ]type|full[- ]length|recombinant|functional|soluble|membrane[- ]bound|secreted|therapeutic)\\s+)*';
const TRANSGENE_PATTERNS: readonly { re: RegExp; take: 'prefix' | 'suffix' }[] = [
  // encoding X, expressing X, carrying X, secreting X, delivering X, transfected to secrete X
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:encod(?:es|ing|ed)|express(?:es|ing)|carr(?:ies|ying)|secret(?:es|ing|e)|deliver(?:s|ing)|produc(?:es|ing))\\s+(?:the\\s+(?:gene|cDNA)s?\\s+(?:for|of|encoding)\\s+)?${GENE_QUALIFIERS}(${KNOWN_TRANSGENE_PHRASE}|${GENE_TOKEN})`,
      'giu',
    ),
    take: 'prefix',
  },
  // the X gene, X transgene, X cDNA, the gene for X
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(${KNOWN_TRANSGENE_PHRASE}|${GENE_TOKEN})[- ](?:genes?|transgenes?|cDNA)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    take: 'suffix',
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:genes?|cDNA)\\s+(?:for|encoding)\\s+${GENE_QUALIFIERS}(${KNOWN_TRANSGENE_PHRASE}|${GENE_TOKEN})`,
      'giu',
    ),
    take: 'prefix',
  },
  // A vector's name that spells its gene: AAV2CUhCLN2, rAd-p53, Ad-IFN, AdV-tk
  {
    re: /(?<![\p{L}\p{N}])(?:r?AAV\d{0,2}|r?Ad(?:V|5)?)[-.]?(?:CU|CMV|CAG|CBA?)?[-.]?(h[A-Z][A-Z0-9]{1,9}|p53|IFN|GM-?CSF|IL-?\d{1,2}|TK|tk)(?![\p{L}\p{N}])/gu,
    take: 'prefix',
  },
];
const GENE_LIST_NEXT = new RegExp(
  `^\\s*(?:,|and|&|\\+|/|plus)\\s*${GENE_QUALIFIERS}(${KNOWN_TRANSGENE_PHRASE}|${GENE_TOKEN})`,
  'iu',
);
/** A word before "expressing" that makes it about the patient's tumour, not the vector. */
const TUMOUR_BEFORE =
  /(?:tumou?rs?|cancers?|patients?|lesions?|carcinomas?|malignanc(?:y|ies)|diseases?|blasts?|biops(?:y|ies))[\s,]*$/i;

function transgeneHits(source: Source): AntigenHit[] {
  const hits: AntigenHit[] = [];
  for (const { re, take } of TRANSGENE_PATTERNS) {
    for (const m of source.text.matchAll(re)) {
      const start = m.index ?? 0;
      if (TUMOUR_BEFORE.test(source.text.slice(Math.max(0, start - 30), start))) continue;
      const raw = m[1] ?? '';
      const label = take === 'prefix' ? transgenePrefix(raw) : transgeneSuffix(raw);
      if (!label) continue;
      const labels = [label];
      // "encoding GM-CSF and IL-2": a list names several genes (so none is chosen).
      const end = start + m[0].length;
      const next = GENE_LIST_NEXT.exec(source.text.slice(end, end + 60));
      const second = next?.[1] ? transgenePrefix(next[1]) : null;
      if (second) labels.push(second);
      hits.push({ labels, evidence: evidenceAt(source, start, end) });
    }
  }
  return hits;
}

/** The one transgene the texts name, with the words that say so; null when none or several. */
function inferTransgene(sources: readonly Source[]): Inferred<string> | null {
  const hits = sources.flatMap(transgeneHits);
  const labels = new Set(hits.flatMap((h) => h.labels));
  if (labels.size !== 1) return null;
  const first = hits[0] as AntigenHit;
  return { value: first.labels[0] as string, evidence: first.evidence };
}

/**
 * The gene a vector in the text carries ("encoding GM-CSF", "the p53 gene", "AAV2CUhCLN2"), or
 * null when the text names none or several.
 */
export function detectTransgene(text: string): string | null {
  return inferTransgene([{ field: 'description', text }])?.value ?? null;
}

// ---------------------------------------------------------------------------------------------

/** The vector the text names, or null when it names none or several different ones. */
export function detectVector(text: string, geneModality: boolean): Vector | null {
  if (!geneModality && !VECTOR_CONTEXT.test(text)) return null;
  // "adeno-associated" must not count as adenovirus as well.
  const withoutAav = text
    .replace(/adeno-?associated(?: virus(?:es)?)?|\bAAV\d*/gi, ' AAV ')
    // The HSV thymidine kinase gene is a transgene, not a herpes simplex virus vector.
    .replace(/\bHSV-?1?[- ]?TK\b|herpes simplex virus(?: type 1)? thymidine kinase/gi, ' TK ');
  return single(VECTOR_PATTERNS, withoutAav) as Vector | null;
}

const AUTOLOGOUS = /\bautologous\b/i;
const ALLOGENEIC = /\ballogene(?:ic|ous)\b|\bdonor[- ]derived\b/i;

function cellSourceOf(text: string): CellSource | null {
  const autologous = AUTOLOGOUS.test(text);
  const allogeneic = ALLOGENEIC.test(text);
  if (autologous === allogeneic) return null;
  return autologous ? 'AUTOLOGOUS' : 'ALLOGENEIC';
}

interface ModalityDecision {
  modality: Modality;
  rule: string;
  evidence: Evidence | null;
}

function decideModality(i: InterventionText, text: string, sources: readonly Source[]): ModalityDecision {
  const name = [i.name, ...(i.otherNames ?? [])].join(' ; ');
  const names: EvidenceField[] = ['name', 'otherNames'];
  // The name is cited before other names and the description, whichever of the rule's patterns matches.
  const decided = (modality: Modality, rule: string, ...res: RegExp[]): ModalityDecision => {
    for (const source of sources) {
      for (const re of res) {
        const evidence = cite([source], re);
        if (evidence) return { modality, rule, evidence };
      }
    }
    return { modality, rule, evidence: null };
  };
  if (!PRODUCT_TYPES.includes(i.type)) {
    return { modality: 'OTHER', rule: `type ${i.type}`, evidence: { field: 'type', text: i.type } };
  }
  if (PLACEBO.test(i.name)) return decided('OTHER', 'placebo', PLACEBO);
  const car =
    CAR_PHRASE.test(text) ||
    CAR_T_ABBREVIATION.test(text) ||
    (CAR_ABBREVIATION.test(text) && T_CELLS.test(text));
  if (car && NK_CELLS.test(text)) return decided('OTHER', 'CAR NK cells', NK_CELLS);
  if (car) {
    return decided(
      'CAR_T_CELL',
      'chimeric antigen receptor',
      CAR_PHRASE,
      CAR_T_ABBREVIATION,
      CAR_ABBREVIATION,
    );
  }
  if (TCR.test(text) && ENGINEERED.test(text) && T_CELLS.test(text) && !TCR_DEPLETED.test(text)) {
    return decided('TCR_T_CELL', 'engineered T-cell receptor', TCR);
  }
  if (TIL.test(text)) return decided('TIL', 'tumour-infiltrating lymphocytes', TIL);
  if (ONCOLYTIC.test(text)) return decided('ONCOLYTIC_VIRUS', 'oncolytic virus', ONCOLYTIC);
  const cytokineSentence = (s: string) =>
    CYTOKINE_WORD.test(s) && GENE_MODIFIED_WORD.test(s) && CELL_OR_VACCINE.test(s);
  if (GVAX.test(text) || sentences(text).some(cytokineSentence)) {
    if (GVAX.test(text) || /vaccin|tumou?r cells?|cell lines?/i.test(text)) {
      const rule = 'cytokine gene-modified cells';
      if (GVAX.test(text)) return decided('CYTOKINE_GENE_MODIFIED_CELL_VACCINE', rule, GVAX);
      for (const source of sources) {
        for (const s of sentences(source.text)) {
          if (!cytokineSentence(s)) continue;
          const at = source.text.indexOf(s);
          const m = CYTOKINE_WORD.exec(s);
          const start = at + (m?.index ?? 0);
          return {
            modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
            rule,
            evidence: evidenceAt(source, start, start + (m?.[0].length ?? 0)),
          };
        }
      }
      return decided('CYTOKINE_GENE_MODIFIED_CELL_VACCINE', rule, CYTOKINE_WORD);
    }
  }
  if (
    (i.type === 'GENETIC' && VECTOR_WORDS.test(text)) ||
    (GENE_TRANSFER_WORDS.test(text) && VECTOR_WORDS.test(text))
  ) {
    return decided('GENE_TRANSFER', 'gene transfer with a vector', GENE_TRANSFER_WORDS, VECTOR_WORDS);
  }
  if (
    (i.type === 'DRUG' || i.type === 'BIOLOGICAL') &&
    CYTOKINE_NAME.test(name) &&
    !NOT_A_CYTOKINE.test(name) &&
    !/vaccin|fusion protein/i.test(i.description ?? '')
  ) {
    return { ...decided('CYTOKINE', 'named cytokine'), evidence: cite(sources, CYTOKINE_NAME, names) };
  }
  if (i.type !== 'GENETIC' && i.type !== 'BIOLOGICAL' && isChemotherapyName(i.name)) {
    return {
      modality: 'CHEMOTHERAPY',
      rule: 'named chemotherapy drug',
      evidence: { field: 'name', text: evidenceSnippet(i.name, 0, i.name.length) },
    };
  }
  return { modality: 'OTHER', rule: 'no rule matched', evidence: null };
}

/** The inferred values of a classification, each with the text it was read from. */
export interface ClassificationEvidence {
  /** Evidence is null when no rule matched (OTHER by default). */
  modality: { value: Modality; evidence: Evidence | null };
  vector: Inferred<Vector> | null;
  transgene: Inferred<string> | null;
  targetAntigen: Inferred<string> | null;
  cellSource: Inferred<CellSource> | null;
}

/**
 * Classifies one intervention. Rules, first match wins (each needs a product-like intervention
 * type: BIOLOGICAL, GENETIC, DRUG, OTHER or COMBINATION_PRODUCT; anything else is OTHER):
 * placebo/sham → OTHER; "chimeric antigen receptor" or CAR(-T) next to T cells → CAR_T_CELL (CAR-NK
 * → OTHER); an engineered T-cell receptor → TCR_T_CELL; tumour-infiltrating lymphocytes → TIL;
 * oncolytic → ONCOLYTIC_VIRUS; a cytokine gene put into cells or a vaccine → CYTOKINE_GENE_MODIFIED_CELL_VACCINE;
 * GENETIC type (or "gene transfer/therapy") with vector words → GENE_TRANSFER; a DRUG/BIOLOGICAL
 * named after a cytokine → CYTOKINE; a named cytotoxic drug → CHEMOTHERAPY; otherwise OTHER.
 *
 * Vector: the one vector the text names (retroviral, lentiviral, adenoviral, AAV, HSV, vaccinia,
 * plasmid, transposon, mRNA) — for gene modalities, or elsewhere only when the text speaks of a
 * vector or gene transfer; chemotherapy and cytokines get NONE; otherwise null.
 * Target antigen (CAR/TCR products, and CAR-NK cells): the one antigen an open pattern names as
 * the target — "anti-X", "X-directed/-targeted/-specific", "X CAR", "CAR-X", "X TCR", "a TCR
 * against X" — where X looks like an antigen (a known one, a CD number or a gene symbol; not a
 * product code, disease, cell type, checkpoint drug target or an antibody's target); null when
 * none or different ones are named (known antigens named elsewhere count as different).
 * Transgene: "anti-X CAR"/"anti-X TCR" for CAR/TCR products; for other gene modalities the one
 * gene the text says a vector carries ("encoding X", "expressing X", "X gene", "AAV2CUhCLN2").
 * Cell source: autologous or allogeneic when the text says exactly one, for cell products (and any
 * text about cells); NONE for chemotherapy, cytokines and oncolytic viruses; otherwise null.
 * Each value is also given in `evidence`, with the field and words it was read from.
 */
export function classifyIntervention(intervention: InterventionText): TherapyClassification {
  const sources = sourcesOf(intervention);
  const text = sources.map((s) => s.text).join('\n');
  const decision = decideModality(intervention, text, sources);
  const { modality, rule } = decision;
  const gene = GENE_MODALITIES.includes(modality);
  const modalityEvidence = decision.evidence;

  let vector: Inferred<Vector> | null = null;
  if (modality === 'CHEMOTHERAPY' || modality === 'CYTOKINE')
    vector = inferred<Vector>('NONE', modalityEvidence);
  else if (PRODUCT_TYPES.includes(intervention.type) && !PLACEBO.test(intervention.name)) {
    const value = detectVector(text, gene);
    const pattern = VECTOR_PATTERNS.find(([v]) => v === value)?.[1];
    vector = pattern ? inferred(value, cite(sources, pattern)) : null;
  }

  let targetAntigen: Inferred<string> | null = null;
  let transgene: Inferred<string> | null = null;
  if (modality === 'CAR_T_CELL' || modality === 'TCR_T_CELL') {
    targetAntigen = inferAntigen(sources, true);
    if (targetAntigen) {
      transgene = {
        value: `anti-${targetAntigen.value} ${modality === 'CAR_T_CELL' ? 'CAR' : 'TCR'}`,
        evidence: targetAntigen.evidence,
      };
    }
  } else if (rule === 'CAR NK cells') {
    targetAntigen = inferAntigen(sources, true);
  } else if (gene) {
    transgene = inferTransgene(sources);
    if (!transgene && modality === 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE') {
      const cytokine = single(CYTOKINE_GENES, text);
      const pattern = CYTOKINE_GENES.find(([label]) => label === cytokine)?.[1];
      transgene = pattern ? inferred(cytokine, cite(sources, pattern)) : null;
    }
  }

  let cellSource: Inferred<CellSource> | null = null;
  const citeCellSource = () => {
    const value = cellSourceOf(text);
    return value ? inferred(value, cite(sources, value === 'AUTOLOGOUS' ? AUTOLOGOUS : ALLOGENEIC)) : null;
  };
  if (CELL_MODALITIES.includes(modality)) cellSource = citeCellSource();
  else if (modality === 'CHEMOTHERAPY' || modality === 'CYTOKINE' || modality === 'ONCOLYTIC_VIRUS') {
    cellSource = inferred<CellSource>('NONE', modalityEvidence);
  } else if (
    modality === 'GENE_TRANSFER' ||
    (PRODUCT_TYPES.includes(intervention.type) && /\bcells?\b/i.test(text))
  ) {
    cellSource = citeCellSource();
  }

  return {
    modality,
    vector: vector?.value ?? null,
    transgene: transgene?.value ?? null,
    targetAntigen: targetAntigen?.value ?? null,
    cellSource: cellSource?.value ?? null,
    rule,
    evidence: {
      modality: { value: modality, evidence: modalityEvidence },
      vector,
      transgene,
      targetAntigen,
      cellSource,
    },
  };
}

/**
 * The role of a therapy in an arm, from the arm group type: EXPERIMENTAL → EXPERIMENTAL;
 * ACTIVE_COMPARATOR, PLACEBO_COMPARATOR, SHAM_COMPARATOR and NO_INTERVENTION → CONTROL; OTHER and a
 * missing type (observational cohorts, single-group studies without arms) → EXPERIMENTAL, the
 * intervention under study. Then, inside an arm that also gives an engineered or expanded T-cell
 * product (CAR, TCR, TIL): chemotherapy → CONDITIONING and a cytokine → SUPPORTIVE, as in
 * adoptive cell transfer protocols; and a placebo/sham intervention is always CONTROL.
 */
export function therapyRole(options: {
  armType: CtgovArmGroupType | null;
  modality: Modality;
  interventionName: string;
  armHasCellProduct: boolean;
}): TherapyRole {
  if (PLACEBO.test(options.interventionName)) return 'CONTROL';
  if (options.armHasCellProduct) {
    if (options.modality === 'CHEMOTHERAPY') return 'CONDITIONING';
    if (options.modality === 'CYTOKINE') return 'SUPPORTIVE';
  }
  switch (options.armType) {
    case 'ACTIVE_COMPARATOR':
    case 'PLACEBO_COMPARATOR':
    case 'SHAM_COMPARATOR':
    case 'NO_INTERVENTION':
      return 'CONTROL';
    default:
      return 'EXPERIMENTAL';
  }
}

/** Modalities that make an arm a cell-transfer arm for `therapyRole`. */
export const CELL_TRANSFER_MODALITIES: readonly Modality[] = ['CAR_T_CELL', 'TCR_T_CELL', 'TIL'];

/** Outcome measure titles that report an objective/overall response (not time to or duration of one). */
export function isResponseOutcomeTitle(title: string): boolean {
  if (/time to|duration of|\bDoR\b|\bTTR\b/i.test(title)) return false;
  return /\b(?:objective|overall|best overall|tumou?r|clinical)\s+response(?:\s+rate)?\b|\bORR\b/i.test(
    title,
  );
}
