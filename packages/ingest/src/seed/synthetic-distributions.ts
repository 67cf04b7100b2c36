// The distributions the synthetic generator draws from. They are approximations of the
// published landscape of cancer gene and cell therapy trials (registry counts by modality and
// vector, typical trial sizes, response rates reported per modality and indication, CTCAE grade
// mixes), rounded, so that a synthetic database has the shape of a real one: skewed, correlated
// and mostly small numbers. None of it is real data; every product, trial, patient, review and
// person is fictional. Identifiers are made unmistakably synthetic: NCT ids start with NCT9
// (real ones start with NCT0), PMIDs are 9-digit numbers from 900000000 on, DOIs use Crossref's
// test prefix 10.5555, and URLs point at example.org.
//
// Summary of what is drawn (weights are relative):
// - Modality of a trial's experimental product: CAR-T 35, oncolytic virus 15, gene transfer 12,
//   TCR-T 10, cytokine gene-modified cell vaccine 10, TIL 8, other (mRNA vaccines, NK cells,
//   antibody combinations) 10.
// - Vector given the modality (VECTORS_BY_MODALITY): CAR-T mostly lentiviral then retroviral;
//   TCR-T mostly retroviral; TIL mostly unmodified; oncolytic HSV, adenovirus, vaccinia;
//   gene transfer adenovirus, plasmid, AAV; cytokine vaccines retroviral or adenoviral.
// - Phase: phase 1 45, phase 1/2 22, phase 2 18, early phase 1 5, phase 3 5, phase 2/3 2,
//   not applicable 2, phase 4 1.
// - Start year 1995-2025, modality-dependent (CAR-T from 2009 and rising steeply; gene transfer
//   and cytokine vaccines spread over the whole period); dates are YYYY-MM 50 %, YYYY-MM-DD 40 %,
//   YYYY 5 %, unknown 5 %. Status follows the start year (recent trials recruit, old ones are
//   completed, terminated or of unknown status).
// - Country: United States 45, China 20, then Europe, Japan, Canada, Australia, Israel, Korea.
// - Conditions follow the product's target antigen (CD19 -> B-cell lymphomas and B-ALL, BCMA ->
//   myeloma, GD2 -> neuroblastoma, MART-1 -> melanoma, ...) or, without one, the modality.
// - Patients per trial: about 50 (phase 1 smaller, phase 3 larger), ages Normal(58, 12) clamped
//   to 18-85, with 2 % aged 90 or older (stored top-coded as 90); sex by condition.
// - Best response by modality and blood vs solid cancer (OUTCOME_PROFILES): CAR-T in lymphoma and
//   leukaemia about 70 % objective responses, CAR-T in solid tumours about 10 %, TIL in melanoma
//   about 45 %, TCR-T about 30 %, oncolytic viruses about 20 %, vaccines under 10 %; each trial
//   varies around its profile. Recruiting trials have many unknown responses; some old trials
//   report non-responders only as "no response".
// - Adverse events: about 2.2 per patient for cell therapies (cytokine release syndrome,
//   neurotoxicity, cytopenias after lymphodepletion) and about 1.2 for the others (fever,
//   flu-like symptoms, injection-site reactions); CTCAE grades mostly 1-2, cytopenias mostly 3-4,
//   grade 5 rare.
// - Reviews: about 2 per trial (0-4), the first a primary report when the trial has results, with
//   0-3 expert assessments each (stance leaning favourable when the trial responded well); a few
//   review articles also cover earlier trials of the same modality.
// - A shared catalogue of 200 named products (by modality in the same proportions) and 14
//   conditioning, supportive and control drugs; products are drawn with Zipf-like popularity.
import type { CellSource, Modality, Phase, Response, Stance, TrialStatus, Vector } from '@genetrials/schema';
import { type WeightTable, weights } from './prng.js';

export type ProductModality = Exclude<Modality, 'CYTOKINE' | 'CHEMOTHERAPY'>;

export const MODALITY_MIX = weights<ProductModality>([
  ['CAR_T_CELL', 35],
  ['ONCOLYTIC_VIRUS', 15],
  ['GENE_TRANSFER', 12],
  ['TCR_T_CELL', 10],
  ['CYTOKINE_GENE_MODIFIED_CELL_VACCINE', 10],
  ['TIL', 8],
  ['OTHER', 10],
]);

/** Products in the catalogue per modality (200 in all, in the proportions of MODALITY_MIX). */
export const PRODUCTS_PER_MODALITY: Record<ProductModality, number> = {
  CAR_T_CELL: 70,
  ONCOLYTIC_VIRUS: 30,
  GENE_TRANSFER: 24,
  TCR_T_CELL: 20,
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: 20,
  TIL: 16,
  OTHER: 20,
};

export const PRODUCT_CODE: Record<ProductModality, string> = {
  CAR_T_CELL: 'GTC',
  TCR_T_CELL: 'GTR',
  TIL: 'GTL',
  ONCOLYTIC_VIRUS: 'GTO',
  GENE_TRANSFER: 'GTG',
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: 'GTV',
  OTHER: 'GTX',
};

export const VECTORS_BY_MODALITY: Record<ProductModality, WeightTable<Vector>> = {
  CAR_T_CELL: weights<Vector>([
    ['LENTIVIRUS', 55],
    ['RETROVIRUS', 35],
    ['TRANSPOSON', 6],
    ['MRNA', 4],
  ]),
  TCR_T_CELL: weights<Vector>([
    ['RETROVIRUS', 60],
    ['LENTIVIRUS', 35],
    ['OTHER', 5],
  ]),
  TIL: weights<Vector>([
    ['NONE', 85],
    ['RETROVIRUS', 10],
    ['LENTIVIRUS', 5],
  ]),
  ONCOLYTIC_VIRUS: weights<Vector>([
    ['ADENOVIRUS', 40],
    ['HERPES_SIMPLEX_VIRUS', 35],
    ['VACCINIA_VIRUS', 20],
    ['OTHER', 5],
  ]),
  GENE_TRANSFER: weights<Vector>([
    ['ADENOVIRUS', 45],
    ['PLASMID', 25],
    ['AAV', 10],
    ['RETROVIRUS', 10],
    ['LENTIVIRUS', 5],
    ['MRNA', 5],
  ]),
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: weights<Vector>([
    ['RETROVIRUS', 50],
    ['ADENOVIRUS', 25],
    ['PLASMID', 15],
    ['VACCINIA_VIRUS', 10],
  ]),
  OTHER: weights<Vector>([
    ['NONE', 40],
    ['MRNA', 30],
    ['PLASMID', 20],
    ['OTHER', 10],
  ]),
};

export const CELL_SOURCE_BY_MODALITY: Record<ProductModality, WeightTable<CellSource>> = {
  CAR_T_CELL: weights<CellSource>([
    ['AUTOLOGOUS', 85],
    ['ALLOGENEIC', 15],
  ]),
  TCR_T_CELL: weights<CellSource>([
    ['AUTOLOGOUS', 95],
    ['ALLOGENEIC', 5],
  ]),
  TIL: weights<CellSource>([['AUTOLOGOUS', 1]]),
  ONCOLYTIC_VIRUS: weights<CellSource>([['NONE', 1]]),
  GENE_TRANSFER: weights<CellSource>([['NONE', 1]]),
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: weights<CellSource>([
    ['AUTOLOGOUS', 55],
    ['ALLOGENEIC', 45],
  ]),
  OTHER: weights<CellSource>([
    ['NONE', 70],
    ['ALLOGENEIC', 20],
    ['AUTOLOGOUS', 10],
  ]),
};

/** Blood cancers respond very differently to CAR-T than solid tumours. */
export const HEME_CONDITIONS = new Set([
  'Diffuse large B-cell lymphoma',
  'Follicular lymphoma',
  'Mantle cell lymphoma',
  'B-cell acute lymphoblastic leukemia',
  'T-cell acute lymphoblastic leukemia',
  'Chronic lymphocytic leukemia',
  'Multiple myeloma',
  'Acute myeloid leukemia',
  'Hodgkin lymphoma',
  'Anaplastic large cell lymphoma',
]);

/** Target antigens with how often products use them and the conditions they are tried in. */
export interface AntigenProfile {
  antigen: string;
  weight: number;
  conditions: readonly string[];
}

export const CAR_T_ANTIGENS: readonly AntigenProfile[] = [
  {
    antigen: 'CD19',
    weight: 40,
    conditions: [
      'Diffuse large B-cell lymphoma',
      'B-cell acute lymphoblastic leukemia',
      'Follicular lymphoma',
      'Mantle cell lymphoma',
      'Chronic lymphocytic leukemia',
    ],
  },
  { antigen: 'BCMA', weight: 18, conditions: ['Multiple myeloma'] },
  {
    antigen: 'CD22',
    weight: 5,
    conditions: ['B-cell acute lymphoblastic leukemia', 'Diffuse large B-cell lymphoma'],
  },
  { antigen: 'CD20', weight: 4, conditions: ['Diffuse large B-cell lymphoma', 'Follicular lymphoma'] },
  { antigen: 'CD30', weight: 3, conditions: ['Hodgkin lymphoma', 'Anaplastic large cell lymphoma'] },
  { antigen: 'CD123', weight: 2, conditions: ['Acute myeloid leukemia'] },
  { antigen: 'CD7', weight: 2, conditions: ['T-cell acute lymphoblastic leukemia'] },
  { antigen: 'GD2', weight: 5, conditions: ['Neuroblastoma', 'Osteosarcoma', 'Glioblastoma'] },
  { antigen: 'HER2', weight: 4, conditions: ['Breast cancer', 'Gastric cancer', 'Glioblastoma'] },
  { antigen: 'Mesothelin', weight: 4, conditions: ['Mesothelioma', 'Pancreatic cancer', 'Ovarian cancer'] },
  { antigen: 'GPC3', weight: 3, conditions: ['Hepatocellular carcinoma'] },
  { antigen: 'Claudin 18.2', weight: 3, conditions: ['Gastric cancer', 'Pancreatic cancer'] },
  { antigen: 'PSMA', weight: 2, conditions: ['Prostate cancer'] },
  { antigen: 'EGFRvIII', weight: 2, conditions: ['Glioblastoma'] },
  { antigen: 'IL13Ralpha2', weight: 1, conditions: ['Glioblastoma'] },
  { antigen: 'CEA', weight: 2, conditions: ['Colorectal cancer', 'Gastric cancer'] },
];

export const TCR_ANTIGENS: readonly AntigenProfile[] = [
  {
    antigen: 'NY-ESO-1',
    weight: 30,
    conditions: ['Synovial sarcoma', 'Melanoma', 'Multiple myeloma', 'Non-small cell lung cancer'],
  },
  {
    antigen: 'MAGE-A4',
    weight: 15,
    conditions: ['Synovial sarcoma', 'Non-small cell lung cancer', 'Head and neck squamous cell carcinoma'],
  },
  { antigen: 'MART-1', weight: 12, conditions: ['Melanoma'] },
  { antigen: 'gp100', weight: 6, conditions: ['Melanoma'] },
  {
    antigen: 'HPV-16 E6',
    weight: 10,
    conditions: ['Cervical cancer', 'Head and neck squamous cell carcinoma'],
  },
  { antigen: 'KRAS G12D', weight: 8, conditions: ['Pancreatic cancer', 'Colorectal cancer'] },
  { antigen: 'PRAME', weight: 7, conditions: ['Melanoma', 'Acute myeloid leukemia'] },
  { antigen: 'AFP', weight: 5, conditions: ['Hepatocellular carcinoma'] },
  { antigen: 'WT1', weight: 7, conditions: ['Acute myeloid leukemia', 'Mesothelioma'] },
];

/** Conditions of modalities whose products have no target antigen. */
export const CONDITIONS_BY_MODALITY: Record<
  'TIL' | 'ONCOLYTIC_VIRUS' | 'GENE_TRANSFER' | 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' | 'OTHER',
  WeightTable<string>
> = {
  TIL: weights([
    ['Melanoma', 70],
    ['Cervical cancer', 10],
    ['Non-small cell lung cancer', 10],
    ['Head and neck squamous cell carcinoma', 10],
  ]),
  ONCOLYTIC_VIRUS: weights([
    ['Melanoma', 30],
    ['Glioblastoma', 15],
    ['Hepatocellular carcinoma', 12],
    ['Bladder cancer', 12],
    ['Head and neck squamous cell carcinoma', 12],
    ['Pancreatic cancer', 10],
    ['Breast cancer', 9],
  ]),
  GENE_TRANSFER: weights([
    ['Head and neck squamous cell carcinoma', 22],
    ['Glioblastoma', 20],
    ['Prostate cancer', 15],
    ['Non-small cell lung cancer', 13],
    ['Bladder cancer', 10],
    ['Pancreatic cancer', 10],
    ['Ovarian cancer', 10],
  ]),
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: weights([
    ['Melanoma', 30],
    ['Renal cell carcinoma', 20],
    ['Prostate cancer', 15],
    ['Pancreatic cancer', 12],
    ['Non-small cell lung cancer', 13],
    ['Neuroblastoma', 10],
  ]),
  OTHER: weights([
    ['Melanoma', 25],
    ['Non-small cell lung cancer', 25],
    ['Acute myeloid leukemia', 15],
    ['Colorectal cancer', 15],
    ['Glioblastoma', 10],
    ['Ovarian cancer', 10],
  ]),
};

export const TRANSGENES: Record<
  'ONCOLYTIC_VIRUS' | 'GENE_TRANSFER' | 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' | 'OTHER',
  readonly string[]
> = {
  ONCOLYTIC_VIRUS: ['GM-CSF', 'IL-12', 'none (unarmed virus)', 'CD40 ligand', 'anti-CTLA-4 antibody'],
  GENE_TRANSFER: [
    'TP53 (wild-type p53)',
    'HSV thymidine kinase (suicide gene)',
    'IL-12',
    'interferon beta',
    'cytosine deaminase (suicide gene)',
  ],
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: ['GM-CSF', 'IL-2', 'IL-12', 'IL-7', 'interferon gamma'],
  OTHER: ['tumour antigen mRNA', 'none', 'neoantigen mRNA', 'IL-15 (NK cells)'],
};

export const PHASE_MIX = weights<Phase>([
  ['PHASE_1', 45],
  ['PHASE_1_2', 22],
  ['PHASE_2', 18],
  ['EARLY_PHASE_1', 5],
  ['PHASE_3', 5],
  ['PHASE_2_3', 2],
  ['NOT_APPLICABLE', 2],
  ['PHASE_4', 1],
]);

export const PHASE_LABEL: Record<Phase, string> = {
  EARLY_PHASE_1: 'Early Phase 1',
  PHASE_1: 'Phase 1',
  PHASE_1_2: 'Phase 1/2',
  PHASE_2: 'Phase 2',
  PHASE_2_3: 'Phase 2/3',
  PHASE_3: 'Phase 3',
  PHASE_4: 'Phase 4',
  NOT_APPLICABLE: 'Pilot',
};

/** Mean patients per trial by phase (the phase mix makes the overall mean about 50). */
export const PATIENTS_BY_PHASE: Record<Phase, number> = {
  EARLY_PHASE_1: 22,
  PHASE_1: 36,
  PHASE_1_2: 52,
  PHASE_2: 68,
  PHASE_2_3: 110,
  PHASE_3: 140,
  PHASE_4: 90,
  NOT_APPLICABLE: 30,
};

export const FIRST_YEAR = 1995;
export const LAST_YEAR = 2025;

/** First year a modality's trials start and how steeply their number grows (per year). */
export const YEAR_PROFILE: Record<ProductModality, { from: number; growth: number }> = {
  CAR_T_CELL: { from: 2009, growth: 0.28 },
  TCR_T_CELL: { from: 2004, growth: 0.15 },
  TIL: { from: 1995, growth: 0.08 },
  ONCOLYTIC_VIRUS: { from: 1998, growth: 0.07 },
  GENE_TRANSFER: { from: 1995, growth: 0.0 },
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: { from: 1995, growth: -0.04 },
  OTHER: { from: 2000, growth: 0.1 },
};

export const STATUS_RECENT = weights<TrialStatus>([
  ['RECRUITING', 50],
  ['ACTIVE_NOT_RECRUITING', 18],
  ['NOT_YET_RECRUITING', 10],
  ['ENROLLING_BY_INVITATION', 5],
  ['COMPLETED', 8],
  ['TERMINATED', 3],
  ['SUSPENDED', 2],
  ['WITHDRAWN', 2],
  ['UNKNOWN', 2],
]);

export const STATUS_OLD = weights<TrialStatus>([
  ['COMPLETED', 55],
  ['TERMINATED', 15],
  ['UNKNOWN', 15],
  ['ACTIVE_NOT_RECRUITING', 7],
  ['WITHDRAWN', 3],
  ['SUSPENDED', 2],
  ['RECRUITING', 3],
]);

/** Statuses under which most responses are still unknown. */
export const ONGOING_STATUSES = new Set<TrialStatus>([
  'RECRUITING',
  'NOT_YET_RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
]);

export const COUNTRY_MIX = weights([
  ['United States', 45],
  ['China', 20],
  ['France', 4],
  ['Germany', 4],
  ['United Kingdom', 4],
  ['Japan', 3],
  ['Canada', 3],
  ['Spain', 3],
  ['Italy', 3],
  ['Netherlands', 2],
  ['Australia', 2],
  ['Israel', 2],
  ['South Korea', 2],
  ['Belgium', 1],
  ['Switzerland', 1],
  ['Sweden', 1],
]);

export const CITIES: Record<string, readonly string[]> = {
  'United States': ['Bethesda', 'Philadelphia', 'Houston', 'Seattle', 'New York', 'Boston', 'Los Angeles'],
  China: ['Beijing', 'Shanghai', 'Guangzhou', 'Wuhan', 'Hangzhou', 'Chengdu'],
  France: ['Paris', 'Lyon', 'Villejuif'],
  Germany: ['Heidelberg', 'Munich', 'Berlin'],
  'United Kingdom': ['London', 'Manchester', 'Oxford'],
  Japan: ['Tokyo', 'Osaka', 'Nagoya'],
  Canada: ['Toronto', 'Montreal', 'Vancouver'],
  Spain: ['Barcelona', 'Madrid'],
  Italy: ['Milan', 'Rome'],
  Netherlands: ['Amsterdam', 'Leiden'],
  Australia: ['Melbourne', 'Sydney'],
  Israel: ['Tel Aviv', 'Jerusalem'],
  'South Korea': ['Seoul'],
  Belgium: ['Brussels', 'Leuven'],
  Switzerland: ['Zurich', 'Basel'],
  Sweden: ['Stockholm', 'Uppsala'],
};

export const COMPANY_WORDS = {
  first: ['Aurora', 'Helix', 'Meridian', 'Northstar', 'Cedar', 'Vireo', 'Quanta', 'Lumen', 'Arbor', 'Sable'],
  second: ['Cell', 'Gene', 'Immuno', 'Viral', 'Bio', 'Onco'],
  third: ['Therapeutics', 'Biosciences', 'Medicines', 'Pharma', 'Biotherapies'],
};

export const SURNAMES = [
  'Moreau',
  'Schmidt',
  'Tanaka',
  'Rossi',
  'Garcia',
  'Chen',
  'Wang',
  'Kowalski',
  'Novak',
  'Jensen',
  'Okafor',
  'Haddad',
  'Silva',
  'Ivanova',
  'Nakamura',
  'Fischer',
  'Dubois',
  'Larsen',
  'Kim',
  'Park',
  'Cohen',
  'Levi',
  'Singh',
  'Patel',
  'Murphy',
  'Walsh',
  'Bianchi',
  'Romero',
  'Santos',
  'Andersson',
  'Berg',
  'Costa',
  'Ferreira',
  'Hoffmann',
  'Zhang',
  'Liu',
  'Huang',
  'Sato',
  'Suzuki',
  'Brown',
];

export const GIVEN_INITIALS = 'ABCDEFGHJKLMNPRSTVW';

export const JOURNALS = [
  'Journal of Clinical Oncology',
  'Blood',
  'Nature Medicine',
  'Molecular Therapy',
  'Clinical Cancer Research',
  'Journal for ImmunoTherapy of Cancer',
  'Human Gene Therapy',
  'Cancer Gene Therapy',
  'The Lancet Oncology',
  'Cancer Immunology Research',
];

export const NEWS_OUTLETS = [
  'Oncology News Weekly',
  'The Health Desk',
  'Gene Therapy Today',
  'Science Report',
];

export type OutcomeKey = Exclude<Response, 'NO_RESPONSE'>;

/** Best-response weights before per-trial variation (unknown and NO_RESPONSE are added on top). */
export const OUTCOME_PROFILES: Record<string, WeightTable<OutcomeKey>> = {
  CAR_T_CELL_HEME: outcome(45, 22, 10, 17, 6),
  CAR_T_CELL_SOLID: outcome(2, 8, 35, 48, 7),
  TCR_T_CELL_HEME: outcome(15, 25, 25, 30, 5),
  TCR_T_CELL_SOLID: outcome(6, 22, 27, 40, 5),
  TIL: outcome(12, 32, 22, 29, 5),
  ONCOLYTIC_VIRUS: outcome(6, 14, 30, 45, 5),
  GENE_TRANSFER: outcome(3, 9, 35, 48, 5),
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: outcome(2, 6, 32, 55, 5),
  OTHER: outcome(4, 11, 30, 50, 5),
};

function outcome(cr: number, pr: number, sd: number, pd: number, ne: number): WeightTable<OutcomeKey> {
  return weights<OutcomeKey>([
    ['CR', cr],
    ['PR', pr],
    ['SD', sd],
    ['PD', pd],
    ['NE', ne],
  ]);
}

/** CTCAE grade mixes: most events are grade 1-2; cytopenias after lymphodepletion are mostly 3-4. */
export const GRADES = {
  mild: weights<number>([
    [1, 62],
    [2, 31],
    [3, 6],
    [4, 1],
  ]),
  moderate: weights<number>([
    [1, 42],
    [2, 38],
    [3, 16],
    [4, 3.6],
    [5, 0.4],
  ]),
  severe: weights<number>([
    [1, 12],
    [2, 25],
    [3, 40],
    [4, 22],
    [5, 1],
  ]),
};

export interface AdverseEventProfile {
  term: string;
  weight: number;
  grades: keyof typeof GRADES;
}

const CELL_THERAPY_EVENTS: AdverseEventProfile[] = [
  { term: 'Neutropenia', weight: 18, grades: 'severe' },
  { term: 'Anemia', weight: 12, grades: 'moderate' },
  { term: 'Thrombocytopenia', weight: 10, grades: 'severe' },
  { term: 'Fever', weight: 12, grades: 'mild' },
  { term: 'Fatigue', weight: 10, grades: 'mild' },
  { term: 'Hypotension', weight: 5, grades: 'moderate' },
  { term: 'Nausea', weight: 6, grades: 'mild' },
  { term: 'Infection', weight: 5, grades: 'moderate' },
  { term: 'Headache', weight: 4, grades: 'mild' },
];

export const ADVERSE_EVENTS: Record<ProductModality, readonly AdverseEventProfile[]> = {
  CAR_T_CELL: [
    { term: 'Cytokine release syndrome', weight: 30, grades: 'moderate' },
    { term: 'Immune effector cell-associated neurotoxicity syndrome', weight: 12, grades: 'moderate' },
    { term: 'Hypogammaglobulinemia', weight: 5, grades: 'mild' },
    ...CELL_THERAPY_EVENTS,
  ],
  TCR_T_CELL: [
    { term: 'Cytokine release syndrome', weight: 15, grades: 'moderate' },
    { term: 'Rash', weight: 8, grades: 'mild' },
    { term: 'Uveitis', weight: 2, grades: 'moderate' },
    ...CELL_THERAPY_EVENTS,
  ],
  TIL: [
    { term: 'Chills', weight: 10, grades: 'mild' },
    { term: 'Capillary leak syndrome', weight: 5, grades: 'moderate' },
    { term: 'Vitiligo', weight: 4, grades: 'mild' },
    ...CELL_THERAPY_EVENTS,
  ],
  ONCOLYTIC_VIRUS: [
    { term: 'Flu-like symptoms', weight: 25, grades: 'mild' },
    { term: 'Fever', weight: 20, grades: 'mild' },
    { term: 'Injection site reaction', weight: 18, grades: 'mild' },
    { term: 'Chills', weight: 12, grades: 'mild' },
    { term: 'Fatigue', weight: 12, grades: 'mild' },
    { term: 'Nausea', weight: 8, grades: 'mild' },
    { term: 'Cellulitis', weight: 3, grades: 'moderate' },
  ],
  GENE_TRANSFER: [
    { term: 'Fever', weight: 22, grades: 'mild' },
    { term: 'Injection site pain', weight: 18, grades: 'mild' },
    { term: 'Alanine aminotransferase increased', weight: 12, grades: 'moderate' },
    { term: 'Fatigue', weight: 15, grades: 'mild' },
    { term: 'Lymphopenia', weight: 8, grades: 'moderate' },
    { term: 'Nausea', weight: 10, grades: 'mild' },
  ],
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: [
    { term: 'Injection site reaction', weight: 35, grades: 'mild' },
    { term: 'Fatigue', weight: 20, grades: 'mild' },
    { term: 'Fever', weight: 15, grades: 'mild' },
    { term: 'Pruritus', weight: 10, grades: 'mild' },
    { term: 'Eosinophilia', weight: 5, grades: 'mild' },
  ],
  OTHER: [
    { term: 'Fatigue', weight: 25, grades: 'mild' },
    { term: 'Fever', weight: 15, grades: 'mild' },
    { term: 'Diarrhea', weight: 12, grades: 'mild' },
    { term: 'Rash', weight: 10, grades: 'mild' },
    { term: 'Colitis', weight: 3, grades: 'moderate' },
  ],
};

/** Mean adverse events recorded per patient. */
export const ADVERSE_EVENTS_PER_PATIENT: Record<ProductModality, number> = {
  CAR_T_CELL: 2.4,
  TCR_T_CELL: 2.2,
  TIL: 2.4,
  ONCOLYTIC_VIRUS: 1.3,
  GENE_TRANSFER: 1.1,
  CYTOKINE_GENE_MODIFIED_CELL_VACCINE: 1.0,
  OTHER: 1.2,
};

export const METASTATIC_SITES = [
  'lung',
  'liver',
  'bone',
  'brain',
  'lymph nodes',
  'skin',
  'peritoneum',
  'adrenal',
];
export const HEME_SITES = ['bone marrow', 'central nervous system', 'spleen', 'lymph nodes'];

export const PRIOR_THERAPIES_SOLID = [
  'platinum-based chemotherapy',
  'anti-PD-1 antibody',
  'anti-CTLA-4 antibody',
  'radiotherapy',
  'surgery',
  'targeted therapy',
  'taxane chemotherapy',
];
export const PRIOR_THERAPIES_HEME = [
  'R-CHOP',
  'autologous stem cell transplant',
  'allogeneic stem cell transplant',
  'salvage chemotherapy',
  'proteasome inhibitor',
  'immunomodulatory drug',
  'anti-CD38 antibody',
  'BTK inhibitor',
];

export const STAGES_SOLID = weights([
  ['Stage IV', 70],
  ['Stage III', 20],
  ['Unresectable locally advanced', 10],
]);
export const STAGES_HEME = weights([
  ['Relapsed', 35],
  ['Refractory', 40],
  ['Relapsed and refractory', 25],
]);

export const PATIENT_NOTES = [
  'Response assessed by the investigator at the first restaging.',
  'Received the planned dose without delay.',
  'Dose reduced after the first infusion.',
  'Response confirmed at a second assessment four weeks later.',
  'Withdrew from follow-up before the final assessment.',
  'Bridging therapy given before the infusion.',
];

export const STANCE_BY_OUTCOME: Record<'good' | 'fair' | 'poor', WeightTable<Stance>> = {
  good: weights<Stance>([
    ['FAVORABLE', 65],
    ['MIXED', 28],
    ['UNFAVORABLE', 7],
  ]),
  fair: weights<Stance>([
    ['FAVORABLE', 35],
    ['MIXED', 45],
    ['UNFAVORABLE', 20],
  ]),
  poor: weights<Stance>([
    ['FAVORABLE', 12],
    ['MIXED', 40],
    ['UNFAVORABLE', 48],
  ]),
};

export const QUOTES: Record<Stance, readonly string[]> = {
  FAVORABLE: [
    'These responses are striking for patients who had run out of options.',
    'The durability of the complete responses is the most encouraging part of this work.',
    'This is a real step forward for engineered cell therapy in this disease.',
    'The safety profile looks manageable with current supportive care.',
  ],
  MIXED: [
    'The responses are real, but the numbers are small and follow-up is short.',
    'Promising, though the toxicity will need careful management in larger trials.',
    'It is an important proof of principle rather than a new standard of care.',
    'We need a randomised comparison before drawing firm conclusions.',
  ],
  UNFAVORABLE: [
    'The response rate is too low to justify the cost and the risks.',
    'Without a control arm it is impossible to tell what the therapy added.',
    'The toxicity seen here is a serious concern for further development.',
    'These results do not support moving to a larger trial.',
  ],
};

export const REVIEW_COUNT = weights<number>([
  [0, 6],
  [1, 26],
  [2, 38],
  [3, 24],
  [4, 6],
]);

export const ASSESSMENT_COUNT = weights<number>([
  [0, 25],
  [1, 30],
  [2, 25],
  [3, 20],
]);
