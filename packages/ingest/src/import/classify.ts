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

/** Antigens named in CAR/TCR products, with the spelling stored. */
const ANTIGENS: readonly [string, RegExp][] = [
  ['CD19', /\bCD-?19\b/i],
  ['CD20', /\bCD-?20\b/i],
  ['CD22', /\bCD-?22\b/i],
  ['CD30', /\bCD-?30\b/i],
  ['CD33', /\bCD-?33\b/i],
  ['CD70', /\bCD-?70\b/i],
  ['CD123', /\bCD-?123\b/i],
  ['BCMA', /\bBCMA\b/i],
  ['GD2', /\bGD-?2\b/],
  ['HER2', /\bHER-?2\b|\bERBB2\b/i],
  ['EGFRvIII', /\bEGFR-?vIII\b/i],
  ['MART-1', /\bMART-?1\b|\bMelan-?A\b/i],
  ['gp100', /\bgp-?100\b/i],
  ['NY-ESO-1', /\bNY-?ESO-?1\b/i],
  ['MAGE-A3', /\bMAGE-?A3\b/i],
  ['MAGE-A4', /\bMAGE-?A4\b/i],
  ['mesothelin', /\bmesothelin\b/i],
  ['PSMA', /\bPSMA\b/],
  ['PSCA', /\bPSCA\b/],
  ['CEA', /\bCEA\b|carcinoembryonic antigen/i],
  ['ROR1', /\bROR-?1\b/i],
  ['GPC3', /\bGPC-?3\b|glypican-?3/i],
  ['Claudin 18.2', /\bclaudin[- ]?18\.2\b|\bCLDN18\.2\b/i],
  ['IL13Rα2', /\bIL-?13R(?:α|a|alpha)2\b/i],
  ['B7-H3', /\bB7-?H3\b/i],
  ['HPV E6', /\bHPV[- ]?(?:16[- ])?E6\b/i],
  ['HPV E7', /\bHPV[- ]?(?:16[- ])?E7\b/i],
  ['WT1', /\bWT-?1\b/],
  ['PRAME', /\bPRAME\b/],
  ['KRAS G12D', /\bKRAS[- ]?G12D\b/i],
  ['kappa light chain', /kappa light chain/i],
];

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

/** The vector the text names, or null when it names none or several different ones. */
export function detectVector(text: string, geneModality: boolean): Vector | null {
  if (!geneModality && !VECTOR_CONTEXT.test(text)) return null;
  // "adeno-associated" must not count as adenovirus as well.
  const withoutAav = text.replace(/adeno-?associated(?: virus(?:es)?)?|\bAAV\d*/gi, ' AAV ');
  return single(VECTOR_PATTERNS, withoutAav) as Vector | null;
}

/** The antigen a CAR/TCR product targets, when the text names exactly one known antigen. */
export function detectTargetAntigen(text: string): string | null {
  return single(ANTIGENS, text);
}

function cellSourceOf(text: string): CellSource | null {
  const autologous = /\bautologous\b/i.test(text);
  const allogeneic = /\ballogene(?:ic|ous)\b|\bdonor[- ]derived\b/i.test(text);
  if (autologous === allogeneic) return null;
  return autologous ? 'AUTOLOGOUS' : 'ALLOGENEIC';
}

function decideModality(i: InterventionText, text: string): { modality: Modality; rule: string } {
  const name = [i.name, ...(i.otherNames ?? [])].join(' ; ');
  if (!PRODUCT_TYPES.includes(i.type)) return { modality: 'OTHER', rule: `type ${i.type}` };
  if (PLACEBO.test(i.name)) return { modality: 'OTHER', rule: 'placebo' };
  const car =
    CAR_PHRASE.test(text) ||
    CAR_T_ABBREVIATION.test(text) ||
    (CAR_ABBREVIATION.test(text) && T_CELLS.test(text));
  if (car && NK_CELLS.test(text)) return { modality: 'OTHER', rule: 'CAR NK cells' };
  if (car) return { modality: 'CAR_T_CELL', rule: 'chimeric antigen receptor' };
  if (TCR.test(text) && ENGINEERED.test(text) && T_CELLS.test(text) && !TCR_DEPLETED.test(text)) {
    return { modality: 'TCR_T_CELL', rule: 'engineered T-cell receptor' };
  }
  if (TIL.test(text)) return { modality: 'TIL', rule: 'tumour-infiltrating lymphocytes' };
  if (ONCOLYTIC.test(text)) return { modality: 'ONCOLYTIC_VIRUS', rule: 'oncolytic virus' };
  if (
    GVAX.test(text) ||
    sentences(text).some(
      (s) => CYTOKINE_WORD.test(s) && GENE_MODIFIED_WORD.test(s) && CELL_OR_VACCINE.test(s),
    )
  ) {
    if (GVAX.test(text) || /vaccin|tumou?r cells?|cell lines?/i.test(text)) {
      return { modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE', rule: 'cytokine gene-modified cells' };
    }
  }
  if (
    (i.type === 'GENETIC' && VECTOR_WORDS.test(text)) ||
    (GENE_TRANSFER_WORDS.test(text) && VECTOR_WORDS.test(text))
  ) {
    return { modality: 'GENE_TRANSFER', rule: 'gene transfer with a vector' };
  }
  if (
    (i.type === 'DRUG' || i.type === 'BIOLOGICAL') &&
    CYTOKINE_NAME.test(name) &&
    !NOT_A_CYTOKINE.test(name) &&
    !/vaccin|fusion protein/i.test(i.description ?? '')
  ) {
    return { modality: 'CYTOKINE', rule: 'named cytokine' };
  }
  if (i.type !== 'GENETIC' && i.type !== 'BIOLOGICAL' && isChemotherapyName(i.name)) {
    return { modality: 'CHEMOTHERAPY', rule: 'named chemotherapy drug' };
  }
  return { modality: 'OTHER', rule: 'no rule matched' };
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
 * Target antigen and transgene: only for CAR/TCR products naming exactly one known antigen, and for
 * cytokine gene-modified cells naming exactly one cytokine gene. Cell source: autologous or
 * allogeneic when the text says exactly one, for cell products (and any text about cells); NONE for
 * chemotherapy, cytokines and oncolytic viruses; otherwise null.
 */
export function classifyIntervention(intervention: InterventionText): TherapyClassification {
  const text = [intervention.name, ...(intervention.otherNames ?? []), intervention.description ?? ''].join(
    '\n',
  );
  const { modality, rule } = decideModality(intervention, text);
  const gene = GENE_MODALITIES.includes(modality);
  let vector: Vector | null = null;
  if (modality === 'CHEMOTHERAPY' || modality === 'CYTOKINE') vector = 'NONE';
  else if (PRODUCT_TYPES.includes(intervention.type) && !PLACEBO.test(intervention.name))
    vector = detectVector(text, gene);

  let targetAntigen: string | null = null;
  let transgene: string | null = null;
  if (modality === 'CAR_T_CELL' || modality === 'TCR_T_CELL') {
    targetAntigen = detectTargetAntigen(text);
    if (targetAntigen) transgene = `anti-${targetAntigen} ${modality === 'CAR_T_CELL' ? 'CAR' : 'TCR'}`;
  } else if (modality === 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE') {
    const cytokine = single(CYTOKINE_GENES, text);
    if (cytokine) transgene = cytokine;
  }

  let cellSource: CellSource | null = null;
  if (CELL_MODALITIES.includes(modality)) cellSource = cellSourceOf(text);
  else if (modality === 'CHEMOTHERAPY' || modality === 'CYTOKINE' || modality === 'ONCOLYTIC_VIRUS') {
    cellSource = 'NONE';
  } else if (
    modality === 'GENE_TRANSFER' ||
    (PRODUCT_TYPES.includes(intervention.type) && /\bcells?\b/i.test(text))
  ) {
    cellSource = cellSourceOf(text);
  }

  return { modality, vector, transgene, targetAntigen, cellSource, rule };
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
