import type { CellSource, Modality, Vector } from '@genetrials/schema';
import { type Evidence, type EvidenceField, evidenceSnippet, isChemotherapyName } from './classify.js';

// Canonical, curated cancer gene and cell therapies ("constructs"). A registered intervention is
// linked to a construct only by an explicit, explained match: one of the construct's curated
// aliases (INN, brand name, accepted short name) or product codes, as a whole token of the
// intervention's name or other names (or, guarded, the first sentence of its description). Never by
// a generic name ("CAR-T cells", "placebo", "cyclophosphamide", "gene therapy"): such names are on a
// deny list, no construct may carry one as an alias, and they never match anything. Facts are public
// label / publication facts; a field we are not sure of is null.

export interface Construct {
  /** Stable slug. */
  id: string;
  /** Canonical name: the INN when there is one. */
  name: string;
  /** Names that identify this product and no other: INN, brand names, accepted short names. */
  aliases: readonly string[];
  /** Sponsor development codes. */
  productCodes: readonly string[];
  modality: Modality;
  vector: Vector | null;
  transgene: string | null;
  targetAntigen: string | null;
  cellSource: CellSource | null;
  /** CAR costimulatory domain (4-1BB, CD28), when a CAR. */
  costimulatoryDomain: string | null;
  manufacturer: string | null;
}

export type ConstructMatchMethod = 'ALIAS' | 'PRODUCT_CODE';

export interface ConstructMatch {
  construct: Construct;
  method: ConstructMatchMethod;
  /** The field and words that matched (a substring of that field, ≤ 120 characters). */
  evidence: Evidence;
}

export interface InterventionNames {
  name: string;
  otherNames?: readonly string[];
  description?: string | null;
}

const car = (antigen: string) => ({
  modality: 'CAR_T_CELL' as const,
  targetAntigen: antigen,
  transgene: `anti-${antigen} CAR`,
});
const tcr = (antigen: string) => ({
  modality: 'TCR_T_CELL' as const,
  targetAntigen: antigen,
  transgene: `anti-${antigen} TCR`,
  costimulatoryDomain: null,
});
const acellular = { targetAntigen: null, cellSource: 'NONE' as const, costimulatoryDomain: null };

export const CONSTRUCTS: readonly Construct[] = [
  {
    id: 'tisagenlecleucel',
    name: 'tisagenlecleucel',
    aliases: ['tisagenlecleucel', 'Kymriah', 'tisa-cel'],
    productCodes: ['CTL019'],
    ...car('CD19'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'Novartis',
  },
  {
    id: 'axicabtagene-ciloleucel',
    name: 'axicabtagene ciloleucel',
    aliases: ['axicabtagene ciloleucel', 'Yescarta', 'axi-cel'],
    productCodes: ['KTE-C19'],
    ...car('CD19'),
    vector: 'RETROVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: 'CD28',
    manufacturer: 'Kite Pharma (Gilead)',
  },
  {
    id: 'brexucabtagene-autoleucel',
    name: 'brexucabtagene autoleucel',
    aliases: ['brexucabtagene autoleucel', 'Tecartus', 'brexu-cel'],
    productCodes: ['KTE-X19'],
    ...car('CD19'),
    vector: 'RETROVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: 'CD28',
    manufacturer: 'Kite Pharma (Gilead)',
  },
  {
    id: 'lisocabtagene-maraleucel',
    name: 'lisocabtagene maraleucel',
    aliases: ['lisocabtagene maraleucel', 'Breyanzi', 'liso-cel'],
    productCodes: ['JCAR017'],
    ...car('CD19'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'Juno Therapeutics (Bristol Myers Squibb)',
  },
  {
    id: 'idecabtagene-vicleucel',
    name: 'idecabtagene vicleucel',
    aliases: ['idecabtagene vicleucel', 'Abecma', 'ide-cel'],
    productCodes: ['bb2121'],
    ...car('BCMA'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'bluebird bio / Bristol Myers Squibb',
  },
  {
    id: 'ciltacabtagene-autoleucel',
    name: 'ciltacabtagene autoleucel',
    aliases: ['ciltacabtagene autoleucel', 'Carvykti', 'cilta-cel'],
    productCodes: ['JNJ-68284528', 'JNJ-4528', 'LCAR-B38M'],
    ...car('BCMA'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'Janssen / Legend Biotech',
  },
  {
    id: 'obecabtagene-autoleucel',
    name: 'obecabtagene autoleucel',
    aliases: ['obecabtagene autoleucel', 'Aucatzyl', 'obe-cel'],
    productCodes: ['AUTO1'],
    ...car('CD19'),
    vector: null,
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'Autolus Therapeutics',
  },
  {
    id: 'relmacabtagene-autoleucel',
    name: 'relmacabtagene autoleucel',
    aliases: ['relmacabtagene autoleucel', 'relma-cel', 'Carteyva'],
    productCodes: ['JWCAR029'],
    ...car('CD19'),
    vector: null,
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'JW Therapeutics',
  },
  {
    id: 'equecabtagene-autoleucel',
    name: 'equecabtagene autoleucel',
    aliases: ['equecabtagene autoleucel', 'eque-cel', 'Fucaso'],
    productCodes: ['CT103A'],
    ...car('BCMA'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'IASO Biotherapeutics',
  },
  {
    id: 'ucart19',
    name: 'UCART19',
    aliases: [],
    productCodes: ['UCART19'],
    ...car('CD19'),
    vector: 'LENTIVIRUS',
    cellSource: 'ALLOGENEIC',
    costimulatoryDomain: '4-1BB',
    manufacturer: 'Servier / Allogene Therapeutics (Cellectis)',
  },
  {
    id: 'afamitresgene-autoleucel',
    name: 'afamitresgene autoleucel',
    aliases: ['afamitresgene autoleucel', 'Tecelra', 'afami-cel'],
    productCodes: ['ADP-A2M4'],
    ...tcr('MAGE-A4'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    manufacturer: 'Adaptimmune',
  },
  {
    id: 'letetresgene-autoleucel',
    name: 'letetresgene autoleucel',
    aliases: ['letetresgene autoleucel', 'lete-cel'],
    productCodes: ['GSK3377794'],
    ...tcr('NY-ESO-1'),
    vector: 'LENTIVIRUS',
    cellSource: 'AUTOLOGOUS',
    manufacturer: 'Adaptimmune (developed with GSK)',
  },
  {
    id: 'nci-dmf4-mart1-tcr',
    name: 'DMF4 anti-MART-1 TCR T cells',
    aliases: [],
    productCodes: ['DMF4'],
    ...tcr('MART-1'),
    vector: 'RETROVIRUS',
    cellSource: 'AUTOLOGOUS',
    manufacturer: 'National Cancer Institute, Surgery Branch',
  },
  {
    id: 'nci-dmf5-mart1-tcr',
    name: 'DMF5 anti-MART-1 TCR T cells',
    aliases: [],
    productCodes: ['DMF5'],
    ...tcr('MART-1'),
    vector: 'RETROVIRUS',
    cellSource: 'AUTOLOGOUS',
    manufacturer: 'National Cancer Institute, Surgery Branch',
  },
  {
    id: 'lifileucel',
    name: 'lifileucel',
    aliases: ['lifileucel', 'Amtagvi'],
    productCodes: ['LN-144'],
    modality: 'TIL',
    vector: 'NONE',
    transgene: null,
    targetAntigen: null,
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: null,
    manufacturer: 'Iovance Biotherapeutics',
  },
  {
    id: 'talimogene-laherparepvec',
    name: 'talimogene laherparepvec',
    aliases: ['talimogene laherparepvec', 'Imlygic', 'T-VEC', 'OncoVEX GM-CSF'],
    productCodes: [],
    modality: 'ONCOLYTIC_VIRUS',
    vector: 'HERPES_SIMPLEX_VIRUS',
    transgene: 'GM-CSF',
    ...acellular,
    manufacturer: 'Amgen (BioVex)',
  },
  {
    id: 'pexastimogene-devacirepvec',
    name: 'pexastimogene devacirepvec',
    aliases: ['pexastimogene devacirepvec', 'Pexa-Vec'],
    productCodes: ['JX-594'],
    modality: 'ONCOLYTIC_VIRUS',
    vector: 'VACCINIA_VIRUS',
    transgene: 'GM-CSF',
    ...acellular,
    manufacturer: 'SillaJen (Jennerex Biotherapeutics)',
  },
  {
    id: 'teserpaturev',
    name: 'teserpaturev',
    aliases: ['teserpaturev', 'Delytact', 'G47Δ', 'G47delta'],
    productCodes: [],
    modality: 'ONCOLYTIC_VIRUS',
    vector: 'HERPES_SIMPLEX_VIRUS',
    transgene: null,
    ...acellular,
    manufacturer: 'Daiichi Sankyo',
  },
  {
    id: 'oncorine',
    name: 'Oncorine',
    aliases: ['Oncorine'],
    productCodes: ['H101'],
    modality: 'ONCOLYTIC_VIRUS',
    vector: 'ADENOVIRUS',
    transgene: null,
    ...acellular,
    manufacturer: 'Shanghai Sunway Biotech',
  },
  {
    id: 'dnx-2401',
    name: 'tasadenoturev',
    aliases: ['tasadenoturev', 'Delta-24-RGD'],
    productCodes: ['DNX-2401'],
    modality: 'ONCOLYTIC_VIRUS',
    vector: 'ADENOVIRUS',
    transgene: null,
    ...acellular,
    manufacturer: 'DNAtrix',
  },
  {
    id: 'nadofaragene-firadenovec',
    name: 'nadofaragene firadenovec',
    aliases: ['nadofaragene firadenovec', 'Adstiladrin'],
    productCodes: ['rAd-IFN'],
    modality: 'GENE_TRANSFER',
    vector: 'ADENOVIRUS',
    transgene: 'interferon alpha',
    ...acellular,
    manufacturer: 'Ferring Pharmaceuticals',
  },
  {
    id: 'gendicine',
    name: 'Gendicine',
    aliases: ['Gendicine'],
    productCodes: ['rAd-p53'],
    modality: 'GENE_TRANSFER',
    vector: 'ADENOVIRUS',
    transgene: 'p53',
    ...acellular,
    manufacturer: 'Shenzhen SiBiono GeneTech',
  },
  {
    id: 'advexin',
    name: 'Advexin',
    aliases: ['Advexin'],
    productCodes: ['INGN 201'],
    modality: 'GENE_TRANSFER',
    vector: 'ADENOVIRUS',
    transgene: 'p53',
    ...acellular,
    manufacturer: 'Introgen Therapeutics',
  },
  {
    id: 'aglatimagene-besadenovec',
    name: 'aglatimagene besadenovec',
    aliases: ['aglatimagene besadenovec', 'ProstAtak', 'GliAtak'],
    productCodes: ['CAN-2409'],
    modality: 'GENE_TRANSFER',
    vector: 'ADENOVIRUS',
    transgene: 'HSV-tk',
    ...acellular,
    manufacturer: 'Candel Therapeutics (formerly Advantagene)',
  },
  {
    id: 'sitimagene-ceradenovec',
    name: 'sitimagene ceradenovec',
    aliases: ['sitimagene ceradenovec', 'Cerepro'],
    productCodes: [],
    modality: 'GENE_TRANSFER',
    vector: 'ADENOVIRUS',
    transgene: 'HSV-tk',
    ...acellular,
    manufacturer: 'Ark Therapeutics',
  },
  {
    id: 'tnferade',
    name: 'TNFerade',
    aliases: ['TNFerade'],
    productCodes: [],
    modality: 'GENE_TRANSFER',
    vector: 'ADENOVIRUS',
    transgene: 'TNF-alpha',
    ...acellular,
    manufacturer: 'GenVec',
  },
  {
    id: 'vocimagene-amiretrorepvec',
    name: 'vocimagene amiretrorepvec',
    aliases: ['vocimagene amiretrorepvec'],
    productCodes: ['Toca 511'],
    modality: 'GENE_TRANSFER',
    vector: 'RETROVIRUS',
    transgene: 'cytosine deaminase',
    ...acellular,
    manufacturer: 'Tocagen',
  },
  {
    id: 'rexin-g',
    name: 'Rexin-G',
    aliases: ['Rexin-G'],
    productCodes: [],
    modality: 'GENE_TRANSFER',
    vector: 'RETROVIRUS',
    transgene: 'dominant-negative cyclin G1',
    ...acellular,
    manufacturer: 'Epeius Biotechnologies',
  },
  {
    id: 'gemogenovatucel-t',
    name: 'gemogenovatucel-T',
    aliases: ['gemogenovatucel-T', 'Vigil'],
    productCodes: [],
    modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
    vector: 'PLASMID',
    transgene: 'GM-CSF + bi-shRNA furin',
    targetAntigen: null,
    cellSource: 'AUTOLOGOUS',
    costimulatoryDomain: null,
    manufacturer: 'Gradalis',
  },
  // "GVAX" alone names a platform of several different vaccines, so it matches neither of these.
  {
    id: 'gvax-pancreas',
    name: 'GVAX pancreas',
    aliases: ['GVAX pancreas'],
    productCodes: [],
    modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
    vector: null,
    transgene: 'GM-CSF',
    targetAntigen: null,
    cellSource: 'ALLOGENEIC',
    costimulatoryDomain: null,
    manufacturer: 'Johns Hopkins University / Aduro Biotech',
  },
  {
    id: 'gvax-prostate',
    name: 'GVAX prostate',
    aliases: ['GVAX prostate'],
    productCodes: [],
    modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
    vector: null,
    transgene: 'GM-CSF',
    targetAntigen: null,
    cellSource: 'ALLOGENEIC',
    costimulatoryDomain: null,
    manufacturer: 'Cell Genesys',
  },
];

// ---------------------------------------------------------------------------------------------
// Generic names: never an alias, never matched, never a reason to merge two interventions.

const CELL_WORDS = '(?:t|nk|car|car t|car nk|cart|tcr|tcr t|til|cik|dc|immune|stem|dendritic|effector)';
const GENERIC_CORE = [
  'placebos?',
  'saline',
  'normal saline',
  'sham(?: procedure)?',
  'vehicle',
  'standard (?:of )?care',
  'standard (?:therapy|treatment|chemotherapy|regimen)',
  'soc',
  'usual care',
  '(?:best )?supportive care',
  'best available therapy',
  "(?:physician|investigator)'?s choice",
  'treatment of physician s choice',
  'observation',
  'watchful waiting',
  'active surveillance',
  'no (?:intervention|treatment)',
  'control',
  'chemo(?:therapy)?',
  'lymphodepleti(?:on|ng)(?: chemotherapy| regimen)?',
  'conditioning(?: chemotherapy| regimen)?',
  'radio ?therapy',
  'radiation(?: therapy)?',
  'surgery',
  'immunotherapy',
  'cell(?:ular)? therapy',
  'gene therapy',
  'gene transfer',
  'oncolytic virus(?:es)?',
  '(?:cancer |tumou?r |peptide |dc |dendritic cell )?vaccines?',
  'chimeric antigen receptor(?: t)?(?: cells?| lymphocytes?)?',
  `${CELL_WORDS}(?: cells?| lymphocytes?)?`,
  'tumou?r infiltrating lymphocytes?',
  'lymphocytes?',
  '(?:peripheral blood )?mononuclear cells',
  '(?:hematopoietic |haematopoietic )?stem cell transplant(?:ation)?',
  'bone marrow transplant(?:ation)?',
];
const GENERIC_QUALIFIER =
  '(?:autologous|allogeneic|allogenic|donor|engineered|modified|gene modified|genetically modified|transduced|redirected|expanded|activated|human|infusion of|administration of)';
const GENERIC_SUFFIX =
  '(?:infusions?|therapy|treatment|products?|administration|injections?|cells?|group|arm)';
const GENERIC_NAME = new RegExp(
  `^(?:${GENERIC_QUALIFIER} )*(?:${GENERIC_CORE.join('|')})(?: ${GENERIC_SUFFIX})*$`,
  'i',
);

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/[-_/,.;:()[\]"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True for names that say what kind of thing was given but not which product: placebo, saline,
 * standard of care, best supportive care, observation, chemotherapy and cytotoxic drug names
 * (cyclophosphamide, "fludarabine + cyclophosphamide"), "CAR-T cells", "CAR T", "T cells",
 * "autologous T cells", "gene therapy", "vaccine" …
 */
export function isGenericInterventionName(name: string): boolean {
  const n = normaliseName(name);
  if (n.length === 0) return true;
  return GENERIC_NAME.test(n) || isChemotherapyName(name);
}

// ---------------------------------------------------------------------------------------------
// Matching.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole-token, case-insensitive pattern for an alias or code: a space or hyphen in it may be
 * written as either or left out ("KTE-C19" = "KTE C19" = "KTEC19"); in a code, a letter–digit
 * boundary may carry a hyphen or space ("CTL019" = "CTL-019").
 */
function namePattern(alias: string, code: boolean): RegExp {
  const parts = alias.split(/[-\s]+/).map((part) => {
    const e = escapeRegExp(part);
    return code ? e.replace(/(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/g, '[-\\s]?') : e;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[-\\s]?')}(?![\\p{L}\\p{N}])`, 'iu');
}

interface CompiledName {
  construct: Construct;
  method: ConstructMatchMethod;
  re: RegExp;
}

const COMPILED: readonly CompiledName[] = CONSTRUCTS.flatMap((construct) => [
  ...construct.aliases.map((a) => ({ construct, method: 'ALIAS' as const, re: namePattern(a, false) })),
  ...construct.productCodes.map((c) => ({
    construct,
    method: 'PRODUCT_CODE' as const,
    re: namePattern(c, true),
  })),
]);

for (const c of CONSTRUCTS) {
  for (const alias of [...c.aliases, ...c.productCodes]) {
    if (isGenericInterventionName(alias)) {
      throw new Error(`construct ${c.id}: alias ${JSON.stringify(alias)} is a generic name`);
    }
  }
}

/** Words in a description's sentence that make a product name a history or a comparator. */
const NOT_THIS_PRODUCT =
  /\b(?:prior|previous(?:ly)?|after|following|failed|failure|refractory|relapsed|progress(?:ed|ion)|versus|vs|compared|comparator|instead|ineligible|not|no|or|either|excluded?|history)\b/i;

interface Found {
  construct: Construct;
  method: ConstructMatchMethod;
  evidence: Evidence;
}

function findIn(field: EvidenceField, text: string): Found[] {
  const found: Found[] = [];
  for (const { construct, method, re } of COMPILED) {
    const m = re.exec(text);
    if (m) {
      found.push({
        construct,
        method,
        evidence: { field, text: evidenceSnippet(text, m.index, m.index + m[0].length) },
      });
    }
  }
  return found;
}

/** The one construct among the matches, or null when none or several different ones match. */
function only(found: readonly Found[]): ConstructMatch | null {
  const ids = new Set(found.map((f) => f.construct.id));
  if (ids.size !== 1) return null;
  const best = found.find((f) => f.method === 'PRODUCT_CODE') ?? (found[0] as Found);
  return { construct: best.construct, method: best.method, evidence: best.evidence };
}

/**
 * The curated construct an intervention explicitly names, with how and where: one of its aliases
 * or product codes as a whole token (case-insensitive) of the name or an other name; failing those,
 * of the description's first sentence when that sentence does not speak of prior treatment, a
 * comparator or a choice ("after", "versus", "or" …). Null when nothing matches, when different
 * constructs match (e.g. "axi-cel or liso-cel"), and always for generic names alone.
 */
export function matchConstruct(intervention: InterventionNames): ConstructMatch | null {
  const fromNames = [
    ...findIn('name', intervention.name),
    ...(intervention.otherNames ?? []).flatMap((n) => findIn('otherNames', n)),
  ];
  if (fromNames.length > 0) return only(fromNames);
  const description = intervention.description?.trim();
  if (!description) return null;
  const first = description.split(/(?<=[.;])\s+|\n+/)[0] ?? '';
  if (NOT_THIS_PRODUCT.test(first)) return null;
  return only(findIn('description', first));
}

/** The construct with this id, or undefined. */
export function constructById(id: string): Construct | undefined {
  return CONSTRUCTS.find((c) => c.id === id);
}
