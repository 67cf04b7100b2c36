// Builds synthetic trials, one at a time, from a seeded PRNG: pure and deterministic (the same
// seed yields the same catalogue and the same sequence of trials). The records have the shapes
// of the API's input types (trialInput, therapyInput, patientInput, reviewInput), so tests can run
// them through the same validation. The distributions are documented in synthetic-distributions.ts.
import type {
  Attribution,
  CellSource,
  Modality,
  PatientStatus,
  Phase,
  Response,
  ReviewKind,
  Sex,
  Stance,
  TherapyRole,
  TrialStatus,
  Vector,
} from '@genetrials/schema';
import { createRng, type Rng, type WeightTable, weights } from './prng.js';
import {
  ADVERSE_EVENTS,
  ADVERSE_EVENTS_PER_PATIENT,
  type AdverseEventProfile,
  type AntigenProfile,
  ASSESSMENT_COUNT,
  CAR_T_ANTIGENS,
  CELL_SOURCE_BY_MODALITY,
  CITIES,
  COMPANY_WORDS,
  CONDITIONS_BY_MODALITY,
  COUNTRY_MIX,
  FIRST_YEAR,
  GIVEN_INITIALS,
  GRADES,
  HEME_CONDITIONS,
  HEME_SITES,
  JOURNALS,
  LAST_YEAR,
  METASTATIC_SITES,
  MODALITY_MIX,
  NEWS_OUTLETS,
  ONGOING_STATUSES,
  OUTCOME_PROFILES,
  PATIENT_NOTES,
  PATIENTS_BY_PHASE,
  PHASE_LABEL,
  PHASE_MIX,
  PRIOR_THERAPIES_HEME,
  PRIOR_THERAPIES_SOLID,
  PRODUCT_CODE,
  PRODUCTS_PER_MODALITY,
  type ProductModality,
  QUOTES,
  REVIEW_COUNT,
  STAGES_HEME,
  STAGES_SOLID,
  STANCE_BY_OUTCOME,
  STATUS_OLD,
  STATUS_RECENT,
  SURNAMES,
  TCR_ANTIGENS,
  TRANSGENES,
  VECTORS_BY_MODALITY,
  YEAR_PROFILE,
} from './synthetic-distributions.js';

export interface SyntheticTherapy {
  name: string;
  modality: Modality;
  transgene: string | null;
  targetAntigen: string | null;
  vector: Vector | null;
  cellSource: CellSource | null;
  description: string | null;
}

export interface SyntheticTrialFields {
  nctId: string | null;
  title: string;
  officialTitle: string | null;
  phase: Phase;
  status: TrialStatus;
  conditions: string[];
  sponsor: string;
  institution: string;
  country: string;
  principalInvestigator: string | null;
  startDate: string | null;
  completionDate: string | null;
  plannedEnrollment: number | null;
  actualEnrollment: number | null;
  summary: string;
}

export interface SyntheticLink {
  /** Index into the catalogue. */
  therapy: number;
  role: TherapyRole;
  armName: string;
  dose: string | null;
}

export interface SyntheticAdverseEvent {
  term: string;
  grade: number | null;
  attribution: Attribution | null;
  serious: boolean | null;
  description: string | null;
}

export interface SyntheticPatient {
  subjectCode: string;
  ageAtEnrollment: number | null;
  sex: Sex;
  diseaseStage: string | null;
  metastaticSites: string[];
  priorTherapies: string[];
  bestResponse: Response | null;
  responseDurationMonths: number | null;
  followUpMonths: number | null;
  status: PatientStatus;
  notes: string | null;
  adverseEvents: SyntheticAdverseEvent[];
}

export interface SyntheticAssessment {
  expert: string;
  affiliation: string | null;
  quote: string;
  stance: Stance;
  rationale: string | null;
}

export interface SyntheticReview {
  kind: ReviewKind;
  title: string;
  authors: string[];
  authorsComplete: boolean;
  journal: string | null;
  year: number | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  abstract: string | null;
  summary: string | null;
  assessments: SyntheticAssessment[];
  /** Indexes (0-based) of earlier trials the review also discusses. */
  otherTrials: number[];
  /** Indexes into the catalogue. */
  therapies: number[];
}

export interface SyntheticTrial {
  /** 0-based position in the generated sequence. */
  index: number;
  trial: SyntheticTrialFields;
  links: SyntheticLink[];
  patients: SyntheticPatient[];
  reviews: SyntheticReview[];
}

export interface SyntheticGenerator {
  /** The shared therapy catalogue: 200 products, then the conditioning, supportive and control drugs. */
  catalogue: SyntheticTherapy[];
  /** The next trial of the sequence. */
  next(): SyntheticTrial;
}

interface Product {
  index: number;
  modality: ProductModality;
  antigen: AntigenProfile | null;
  code: string;
}

interface Drug {
  key: string;
  therapy: SyntheticTherapy;
  dose: string;
}

const DRUGS: Drug[] = [
  drug(
    'cyclophosphamide',
    'Cyclophosphamide',
    'CHEMOTHERAPY',
    'Alkylating agent given for lymphodepletion.',
    '60 mg/kg daily for 2 days',
  ),
  drug(
    'fludarabine',
    'Fludarabine',
    'CHEMOTHERAPY',
    'Purine analogue given for lymphodepletion.',
    '25 mg/m2 daily for 5 days',
  ),
  drug(
    'bendamustine',
    'Bendamustine',
    'CHEMOTHERAPY',
    'Alkylating agent used as an alternative lymphodepleting regimen.',
    '90 mg/m2 daily for 2 days',
  ),
  drug(
    'il2',
    'Aldesleukin (interleukin-2)',
    'CYTOKINE',
    'Recombinant interleukin-2 given after the cell infusion to support the transferred T cells.',
    '720,000 IU/kg every 8 hours, up to 15 doses',
  ),
  drug(
    'tocilizumab',
    'Tocilizumab',
    'OTHER',
    'Anti-IL-6 receptor antibody for cytokine release syndrome.',
    '8 mg/kg as needed',
  ),
  drug(
    'dexamethasone',
    'Dexamethasone',
    'OTHER',
    'Corticosteroid for neurotoxicity.',
    '10 mg every 6 hours as needed',
  ),
  drug(
    'filgrastim',
    'Filgrastim',
    'CYTOKINE',
    'Granulocyte colony-stimulating factor supporting neutrophil recovery.',
    '5 mcg/kg daily',
  ),
  drug(
    'mesna',
    'Mesna',
    'OTHER',
    'Uroprotective agent given with high-dose cyclophosphamide.',
    'per institutional guidelines',
  ),
  drug('pembrolizumab', 'Pembrolizumab', 'OTHER', 'Anti-PD-1 antibody.', '200 mg every 3 weeks'),
  drug('nivolumab', 'Nivolumab', 'OTHER', 'Anti-PD-1 antibody.', '240 mg every 2 weeks'),
  drug(
    'dacarbazine',
    'Dacarbazine',
    'CHEMOTHERAPY',
    'Alkylating agent; a standard comparator in melanoma.',
    '1000 mg/m2 every 3 weeks',
  ),
  drug(
    'investigatorChoice',
    "Investigator's choice chemotherapy",
    'CHEMOTHERAPY',
    'Standard chemotherapy chosen by the investigator.',
    'per label',
  ),
  drug(
    'standardOfCare',
    'Standard-of-care systemic therapy',
    'OTHER',
    'The standard treatment of the indication.',
    'per label',
  ),
  drug(
    'gmcsf',
    'Sargramostim (GM-CSF)',
    'CYTOKINE',
    'Granulocyte-macrophage colony-stimulating factor given with vaccines.',
    '250 mcg/m2 daily for 14 days',
  ),
];

function drug(key: string, name: string, modality: Modality, description: string, dose: string): Drug {
  return {
    key,
    dose,
    therapy: {
      name,
      modality,
      transgene: null,
      targetAntigen: null,
      vector: 'NONE',
      cellSource: 'NONE',
      description,
    },
  };
}

const CELL_MODALITIES = new Set<ProductModality>(['CAR_T_CELL', 'TCR_T_CELL', 'TIL']);

const CONTROL_BY_SOLID = ['investigatorChoice', 'standardOfCare', 'pembrolizumab'] as const;

/** Zipf-like popularity: the k-th product of a modality is drawn with weight 1 / k^0.8. */
function zipf(n: number): WeightTable<number> {
  return weights(Array.from({ length: n }, (_, k) => [k, 1 / (k + 1) ** 0.8] as const));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

/** Poisson draw by inversion (means here are small). */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit && k < 50) {
    k++;
    p *= rng.next();
  }
  return k;
}

function personName(rng: Rng): string {
  return `${rng.pick([...GIVEN_INITIALS])}. ${rng.pick(SURNAMES)}`;
}

function authorName(rng: Rng): string {
  return `${rng.pick(SURNAMES)} ${rng.pick([...GIVEN_INITIALS])}`;
}

function partialDate(rng: Rng, year: number): string | null {
  const shape = rng.next();
  const month = rng.int(1, 12);
  if (shape < 0.5) return `${year}-${pad(month, 2)}`;
  if (shape < 0.9) return `${year}-${pad(month, 2)}-${pad(rng.int(1, 28), 2)}`;
  if (shape < 0.95) return String(year);
  return null;
}

/** Start year from a modality's first year and growth rate, within FIRST_YEAR..LAST_YEAR. */
function yearTable(modality: ProductModality): WeightTable<number> {
  const { from, growth } = YEAR_PROFILE[modality];
  const rows: [number, number][] = [];
  for (let y = Math.max(from, FIRST_YEAR); y <= LAST_YEAR; y++) rows.push([y, Math.exp(growth * (y - from))]);
  return weights(rows);
}

const YEAR_TABLES = Object.fromEntries(
  (Object.keys(YEAR_PROFILE) as ProductModality[]).map((m) => [m, yearTable(m)]),
) as Record<ProductModality, WeightTable<number>>;

function sexFor(rng: Rng, condition: string): Sex {
  if (condition === 'Prostate cancer') return 'MALE';
  if (condition === 'Ovarian cancer' || condition === 'Cervical cancer') return 'FEMALE';
  if (condition === 'Breast cancer') return rng.chance(0.99) ? 'FEMALE' : 'MALE';
  const x = rng.next();
  return x < 0.48 ? 'FEMALE' : x < 0.96 ? 'MALE' : 'UNKNOWN';
}

function stanceBucket(orr: number): 'good' | 'fair' | 'poor' {
  return orr >= 0.4 ? 'good' : orr >= 0.15 ? 'fair' : 'poor';
}

/** A generator of `seed`'s catalogue and trial sequence. */
export function createSyntheticGenerator(seed: number): SyntheticGenerator {
  const rng = createRng(seed);

  // ----- catalogue -----
  const catalogue: SyntheticTherapy[] = [];
  const products: Record<ProductModality, Product[]> = {
    CAR_T_CELL: [],
    TCR_T_CELL: [],
    TIL: [],
    ONCOLYTIC_VIRUS: [],
    GENE_TRANSFER: [],
    CYTOKINE_GENE_MODIFIED_CELL_VACCINE: [],
    OTHER: [],
  };
  const carAntigens = weights(CAR_T_ANTIGENS.map((a, i) => [i, a.weight] as const));
  const tcrAntigens = weights(TCR_ANTIGENS.map((a, i) => [i, a.weight] as const));
  for (const modality of Object.keys(PRODUCTS_PER_MODALITY) as ProductModality[]) {
    for (let k = 1; k <= PRODUCTS_PER_MODALITY[modality]; k++) {
      const code = `${PRODUCT_CODE[modality]}-${pad(k * 7 + rng.int(0, 6), 3)}`;
      const vector = rng.weighted(VECTORS_BY_MODALITY[modality]);
      const cellSource = rng.weighted(CELL_SOURCE_BY_MODALITY[modality]);
      let antigen: AntigenProfile | null = null;
      let name: string;
      let transgene: string | null;
      let description: string;
      const via = vector === 'NONE' ? 'without genetic modification' : `by ${vectorWords(vector)}`;
      const source = cellSource === 'ALLOGENEIC' ? 'donor' : "patient's own";
      switch (modality) {
        case 'CAR_T_CELL':
          antigen = CAR_T_ANTIGENS[rng.weighted(carAntigens)] as AntigenProfile;
          name = `${code} anti-${antigen.antigen} CAR T cells`;
          transgene = `chimeric antigen receptor against ${antigen.antigen} (${rng.pick(['4-1BB', 'CD28'])} costimulation)`;
          description = `The ${source} T cells given a chimeric antigen receptor against ${antigen.antigen} ${via}, expanded and infused.`;
          break;
        case 'TCR_T_CELL':
          antigen = TCR_ANTIGENS[rng.weighted(tcrAntigens)] as AntigenProfile;
          name = `${code} ${antigen.antigen} TCR T cells`;
          transgene = `T-cell receptor (alpha and beta chains) recognising ${antigen.antigen}`;
          description = `The ${source} T cells given a T-cell receptor recognising ${antigen.antigen} ${via}.`;
          break;
        case 'TIL':
          name = `${code} tumour-infiltrating lymphocytes`;
          transgene = vector === 'NONE' ? null : rng.pick(['IL-12', 'neomycin resistance marker gene']);
          description = `Lymphocytes grown out of the patient's resected tumour, expanded and reinfused ${via}.`;
          break;
        case 'ONCOLYTIC_VIRUS':
          transgene = rng.pick(TRANSGENES.ONCOLYTIC_VIRUS);
          name = `${code} oncolytic ${vectorShort(vector)}`;
          description = `A replicating ${vectorWords(vector)} that kills tumour cells and carries ${transgene}.`;
          break;
        case 'GENE_TRANSFER':
          transgene = rng.pick(TRANSGENES.GENE_TRANSFER);
          name = `${code} ${transgene.split(' (')[0]} gene transfer`;
          description = `Delivers ${transgene} into tumour cells ${via}.`;
          break;
        case 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE':
          transgene = rng.pick(TRANSGENES.CYTOKINE_GENE_MODIFIED_CELL_VACCINE);
          name = `${code} ${transgene}-secreting tumour cell vaccine`;
          description = `Irradiated ${cellSource === 'ALLOGENEIC' ? 'allogeneic' : 'autologous'} tumour cells given the ${transgene} gene ${via}, injected as a vaccine.`;
          break;
        default:
          transgene = rng.pick(TRANSGENES.OTHER);
          name = `${code} ${vector === 'MRNA' ? 'mRNA cancer vaccine' : rng.pick(['NK cell product', 'combination immunotherapy', 'dendritic cell vaccine'])}`;
          description = 'An investigational immunotherapy outside the main gene therapy classes.';
      }
      const index = catalogue.length;
      catalogue.push({
        name,
        modality,
        transgene: transgene === 'none' || transgene === 'none (unarmed virus)' ? null : transgene,
        targetAntigen: antigen?.antigen ?? null,
        vector: rng.chance(0.03) ? null : vector,
        cellSource,
        description,
      });
      products[modality].push({ index, modality, antigen, code });
    }
  }
  const drugIndex = new Map<string, number>();
  for (const d of DRUGS) {
    drugIndex.set(d.key, catalogue.length);
    catalogue.push(d.therapy);
  }
  const drugDose = new Map(DRUGS.map((d) => [d.key, d.dose]));
  const popularity = Object.fromEntries(
    (Object.keys(products) as ProductModality[]).map((m) => [m, zipf(products[m].length)]),
  ) as Record<ProductModality, WeightTable<number>>;
  const sponsors = Array.from(
    { length: 40 },
    () =>
      `${rng.pick(COMPANY_WORDS.first)} ${rng.pick(COMPANY_WORDS.second)} ${rng.pick(COMPANY_WORDS.third)}`,
  );
  /** The latest earlier trial indexes per modality (up to 400), for review articles that cover several trials. */
  const earlier: Record<ProductModality, number[]> = {
    CAR_T_CELL: [],
    TCR_T_CELL: [],
    TIL: [],
    ONCOLYTIC_VIRUS: [],
    GENE_TRANSFER: [],
    CYTOKINE_GENE_MODIFIED_CELL_VACCINE: [],
    OTHER: [],
  };
  let reviewNumber = 0;
  let trialIndex = 0;

  function next(): SyntheticTrial {
    const index = trialIndex++;
    const modality = rng.weighted(MODALITY_MIX);
    const product = products[modality][rng.weighted(popularity[modality])] as Product;
    const therapy = catalogue[product.index] as SyntheticTherapy;
    const phase = rng.weighted(PHASE_MIX);
    const year = rng.weighted(YEAR_TABLES[modality]);
    const status = rng.weighted(year >= 2021 ? STATUS_RECENT : STATUS_OLD);
    const country = rng.weighted(COUNTRY_MIX);
    const city = rng.pick(CITIES[country] ?? ['the capital']);

    const conditionPool = product.antigen
      ? product.antigen.conditions
      : [rng.weighted(CONDITIONS_BY_MODALITY[modality as keyof typeof CONDITIONS_BY_MODALITY])];
    const primary = rng.pick(conditionPool);
    const conditions = [primary];
    if (conditionPool.length > 1 && rng.chance(0.3)) {
      for (const c of rng.sample(conditionPool, 2)) if (!conditions.includes(c)) conditions.push(c);
    }
    const heme = HEME_CONDITIONS.has(primary);
    const stage = heme ? 'Relapsed or refractory' : rng.chance(0.7) ? 'Advanced or metastatic' : 'Recurrent';

    const startDate = partialDate(rng, year);
    const finished = status === 'COMPLETED' || status === 'TERMINATED' || status === 'UNKNOWN';
    const completionYear = Math.min(LAST_YEAR + 2, year + rng.int(1, 6));
    const completionDate =
      finished || rng.chance(0.5) ? (partialDate(rng, completionYear) ?? String(completionYear)) : null;

    // ----- patients -----
    const meanPatients = PATIENTS_BY_PHASE[phase];
    const patientCount =
      status === 'WITHDRAWN'
        ? 0
        : clamp(Math.round(rng.normal(meanPatients, meanPatients * 0.3)), 3, Math.round(meanPatients * 2.5));
    const profileKey =
      modality === 'CAR_T_CELL' || modality === 'TCR_T_CELL'
        ? `${modality}_${heme ? 'HEME' : 'SOLID'}`
        : modality;
    const baseProfile = OUTCOME_PROFILES[profileKey] as WeightTable<'CR' | 'PR' | 'SD' | 'PD' | 'NE'>;
    // Each trial varies around its profile: responders scaled by a log-normal factor.
    const factor = Math.exp(rng.normal(0, 0.35));
    const [cr, pr, sd, pd, ne] = baseProfile.keys.map((_, i) => {
      const prev = i === 0 ? 0 : (baseProfile.cumulative[i - 1] as number);
      return (baseProfile.cumulative[i] as number) - prev;
    }) as [number, number, number, number, number];
    const trialProfile = weights<'CR' | 'PR' | 'SD' | 'PD' | 'NE'>([
      ['CR', cr * factor],
      ['PR', pr * factor],
      ['SD', sd],
      ['PD', pd],
      ['NE', ne],
    ]);
    const unknownShare = ONGOING_STATUSES.has(status) ? 0.35 : 0.03;
    const onlyNoResponse = year < 2005 && rng.chance(0.3);
    const events = ADVERSE_EVENTS[modality];
    const eventTable = weights(events.map((e, i) => [i, e.weight] as const));
    const eventsPerPatient = ADVERSE_EVENTS_PER_PATIENT[modality];
    const trialCode = `S${pad(index + 1, 6)}`;
    const patients: SyntheticPatient[] = [];
    let responders = 0;
    let evaluable = 0;
    for (let p = 0; p < patientCount; p++) {
      const sex = sexFor(rng, primary);
      // 2 % aged 90 or older (top-coded), then 2 % of the rest unknown.
      const topCoded = rng.chance(0.02);
      const ageUnknown = !topCoded && rng.chance(0.02);
      const age = topCoded ? 90 : ageUnknown ? null : clamp(Math.round(rng.normal(58, 12)), 18, 85);
      let best: Response | null = rng.chance(unknownShare) ? null : rng.weighted(trialProfile);
      if (onlyNoResponse && (best === 'SD' || best === 'PD')) best = 'NO_RESPONSE';
      if (best !== null && best !== 'NE') evaluable++;
      if (best === 'CR' || best === 'PR') responders++;
      const followUp = round1(rng.next() * 48 + 1);
      const responseDuration =
        best === 'CR' || best === 'PR'
          ? round1(Math.min(followUp, rng.exponential(best === 'CR' ? 24 : 10)))
          : null;
      const adverseEvents: SyntheticAdverseEvent[] = [];
      const eventCount = poisson(rng, eventsPerPatient);
      let fatal = false;
      const seenTerms = new Set<string>();
      for (let e = 0; e < eventCount; e++) {
        const profile = events[rng.weighted(eventTable)] as AdverseEventProfile;
        if (seenTerms.has(profile.term)) continue;
        seenTerms.add(profile.term);
        const grade = rng.chance(0.01) ? null : rng.weighted(GRADES[profile.grades]);
        if (grade === 5) fatal = true;
        adverseEvents.push({
          term: profile.term,
          grade,
          attribution: rng.chance(0.05) ? null : attributionFor(rng, profile.grades),
          serious: grade == null ? null : grade >= 3 ? rng.chance(0.7) : rng.chance(0.04),
          description: grade === 5 ? 'Fatal event; see the trial report.' : null,
        });
      }
      let status: PatientStatus;
      if (fatal) status = 'DECEASED';
      else if (best === 'CR') status = rng.chance(0.75) ? 'ALIVE_DISEASE_FREE' : 'ALIVE';
      else if (best === 'PR' || best === 'SD') status = rng.chance(0.8) ? 'ALIVE_WITH_DISEASE' : 'DECEASED';
      else if (best === 'PD') status = rng.chance(0.45) ? 'DECEASED' : 'ALIVE_WITH_DISEASE';
      else status = 'UNKNOWN';
      patients.push({
        subjectCode: `${trialCode}-${pad(p + 1, 3)}`,
        ageAtEnrollment: age,
        sex,
        diseaseStage: rng.chance(0.85) ? rng.weighted(heme ? STAGES_HEME : STAGES_SOLID) : null,
        metastaticSites: heme
          ? rng.chance(0.2)
            ? rng.sample(HEME_SITES, 1)
            : []
          : rng.sample(METASTATIC_SITES, rng.int(0, 3)),
        priorTherapies: rng.sample(heme ? PRIOR_THERAPIES_HEME : PRIOR_THERAPIES_SOLID, rng.int(1, 4)),
        bestResponse: best,
        responseDurationMonths: responseDuration,
        followUpMonths: best === null && rng.chance(0.5) ? null : followUp,
        status,
        notes: rng.chance(0.15) ? rng.pick(PATIENT_NOTES) : null,
        adverseEvents,
      });
    }
    const orr = evaluable > 0 ? responders / evaluable : 0;

    // ----- therapies given -----
    const links: SyntheticLink[] = [];
    const productDose = doseFor(rng, modality);
    const doseArms =
      (phase === 'PHASE_1' || phase === 'EARLY_PHASE_1') && rng.chance(0.3) ? rng.int(2, 3) : 1;
    const randomised = (phase === 'PHASE_3' && rng.chance(0.7)) || (phase === 'PHASE_2' && rng.chance(0.2));
    for (let arm = 1; arm <= doseArms; arm++) {
      const armName = doseArms > 1 ? `Dose level ${arm}` : randomised ? 'Arm A (experimental)' : 'Arm A';
      links.push({
        therapy: product.index,
        role: 'EXPERIMENTAL',
        armName,
        dose: doseArms > 1 ? `${productDose}, level ${arm}` : productDose,
      });
    }
    const mainArm = doseArms > 1 ? 'All dose levels' : randomised ? 'Arm A (experimental)' : 'Arm A';
    const give = (key: string, role: TherapyRole, armName = mainArm) =>
      links.push({ therapy: drugIndex.get(key) as number, role, armName, dose: drugDose.get(key) ?? null });
    if (CELL_MODALITIES.has(modality)) {
      if (rng.chance(0.9)) give('cyclophosphamide', 'CONDITIONING');
      if (rng.chance(0.8)) give('fludarabine', 'CONDITIONING');
      else if (rng.chance(0.3)) give('bendamustine', 'CONDITIONING');
      if (modality === 'TIL' ? rng.chance(0.9) : modality === 'TCR_T_CELL' ? rng.chance(0.5) : false)
        give('il2', 'SUPPORTIVE');
      if (modality === 'CAR_T_CELL' && rng.chance(0.3)) give('tocilizumab', 'SUPPORTIVE');
      if (modality === 'CAR_T_CELL' && rng.chance(0.1)) give('dexamethasone', 'SUPPORTIVE');
      if (rng.chance(0.15)) give('mesna', 'SUPPORTIVE');
    } else if (modality === 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' && rng.chance(0.25)) {
      give('gmcsf', 'SUPPORTIVE');
    } else if ((modality === 'ONCOLYTIC_VIRUS' || modality === 'OTHER') && rng.chance(0.25)) {
      give(rng.chance(0.5) ? 'pembrolizumab' : 'nivolumab', 'EXPERIMENTAL');
    }
    if (rng.chance(0.05)) give('filgrastim', 'SUPPORTIVE');
    if (randomised) {
      const control =
        primary === 'Melanoma' && rng.chance(0.5)
          ? 'dacarbazine'
          : heme
            ? 'standardOfCare'
            : rng.pick(CONTROL_BY_SOLID);
      give(control, 'CONTROL', 'Arm B (control)');
    }

    // ----- the trial itself -----
    const phaseLabel = PHASE_LABEL[phase];
    const conditionText = conditions.join(' or ');
    const target = product.antigen ? ` targeting ${product.antigen.antigen}` : '';
    const planned = Math.max(patientCount, Math.round(patientCount * (0.9 + rng.next() * 0.6)));
    const trial: SyntheticTrialFields = {
      nctId: year < 2000 && rng.chance(0.5) ? null : rng.chance(0.04) ? null : `NCT9${pad(index + 1, 7)}`,
      title: `${phaseLabel} study of ${therapy.name} in ${stage.toLowerCase()} ${conditionText.toLowerCase()}`,
      officialTitle: rng.chance(0.6)
        ? `A ${phaseLabel}, ${randomised ? 'Randomised, Open-Label' : 'Single-Arm, Open-Label'} Study of the Safety and Efficacy of ${therapy.name}${target} in Patients With ${stage} ${conditionText}`
        : null,
      phase,
      status,
      conditions,
      sponsor: rng.chance(0.45) ? rng.pick(sponsors) : `University Cancer Centre ${city}`,
      institution: `${rng.pick(['University Hospital', 'Cancer Institute', 'Medical Center'])} ${city}`,
      country,
      principalInvestigator: rng.chance(0.85) ? personName(rng) : null,
      startDate,
      completionDate: startDate && completionDate && completionDate < startDate ? null : completionDate,
      plannedEnrollment: rng.chance(0.9) ? planned : null,
      actualEnrollment: ONGOING_STATUSES.has(status) ? null : patientCount,
      summary: `This ${phaseLabel.toLowerCase()} trial tests ${therapy.name}${target} in patients with ${stage.toLowerCase()} ${conditionText.toLowerCase()}. ${therapy.description ?? ''} The main aims are safety${phase === 'PHASE_1' || phase === 'EARLY_PHASE_1' ? ' and the recommended dose' : ' and the objective response rate'}.`,
    };

    // ----- reviews -----
    const reviews: SyntheticReview[] = [];
    const reviewCount = rng.weighted(REVIEW_COUNT);
    const hasResults = !ONGOING_STATUSES.has(status) && evaluable > 0;
    for (let r = 0; r < reviewCount; r++) {
      const n = ++reviewNumber;
      const kind: ReviewKind =
        r === 0 && hasResults
          ? 'PRIMARY_REPORT'
          : rng.weighted(
              weights<ReviewKind>([
                ['REVIEW_ARTICLE', 40],
                ['NEWS', 25],
                ['COMMENTARY', 20],
                ['PRIMARY_REPORT', hasResults ? 15 : 0],
              ]),
            );
      const reviewYear = Math.min(LAST_YEAR, year + rng.int(kind === 'NEWS' ? 0 : 1, 6));
      const journal = kind === 'NEWS' ? rng.pick(NEWS_OUTLETS) : rng.pick(JOURNALS);
      const scholarly = kind !== 'NEWS';
      const orrPercent = Math.round(orr * 100);
      const title =
        kind === 'PRIMARY_REPORT' && r > 0
          ? `Long-term follow-up of ${therapy.name} in ${conditionText.toLowerCase()}`
          : kind === 'PRIMARY_REPORT'
            ? `${therapy.name} in ${conditionText.toLowerCase()}: results of a ${phaseLabel.toLowerCase()} trial`
            : kind === 'REVIEW_ARTICLE'
              ? `${modalityWords(modality)} for ${primary.toLowerCase()}: a review of the clinical evidence`
              : kind === 'NEWS'
                ? `Engineered therapy shrinks tumours in ${responders} of ${patientCount} ${primary.toLowerCase()} patients`
                : `Commentary: what the ${therapy.name} trial tells us`;
      const assessmentCount = rng.weighted(ASSESSMENT_COUNT);
      const assessments: SyntheticAssessment[] = [];
      for (let a = 0; a < assessmentCount; a++) {
        const stance = rng.weighted(STANCE_BY_OUTCOME[stanceBucket(orr)]);
        assessments.push({
          expert: personName(rng),
          affiliation: rng.chance(0.8)
            ? `${rng.pick(['University Hospital', 'Cancer Institute', 'Medical Center'])} ${rng.pick(CITIES[rng.weighted(COUNTRY_MIX)] ?? ['Geneva'])}`
            : null,
          quote: rng.pick(QUOTES[stance]),
          stance,
          rationale: rng.chance(0.5)
            ? `Classified ${stance.toLowerCase()} from the tone of the quoted remarks.`
            : null,
        });
      }
      const otherTrials =
        kind === 'REVIEW_ARTICLE' && earlier[modality].length > 0 && rng.chance(0.25)
          ? rng.sample(earlier[modality].slice(-200), rng.int(1, 3))
          : [];
      const therapies = [product.index];
      if (kind === 'REVIEW_ARTICLE' && rng.chance(0.2)) {
        const otherProduct = products[modality][rng.weighted(popularity[modality])] as Product;
        if (otherProduct.index !== product.index) therapies.push(otherProduct.index);
      }
      reviews.push({
        kind,
        title,
        authors: Array.from({ length: scholarly ? rng.int(2, 8) : 1 }, () => authorName(rng)),
        authorsComplete: rng.chance(0.7),
        journal,
        year: reviewYear,
        volume: scholarly ? String(rng.int(1, 140)) : null,
        issue: scholarly && rng.chance(0.8) ? String(rng.int(1, 24)) : null,
        pages: scholarly ? `${rng.int(1, 3000)}-${rng.int(3001, 3020)}` : null,
        doi: scholarly && rng.chance(0.8) ? `10.5555/gts.${n}` : null,
        pmid: scholarly && rng.chance(0.6) ? String(900000000 + n) : null,
        url: rng.chance(0.3) ? `https://example.org/gts/${n}` : null,
        abstract:
          kind === 'PRIMARY_REPORT' || (kind === 'REVIEW_ARTICLE' && rng.chance(0.5))
            ? `We report ${patientCount} patients with ${conditionText.toLowerCase()} treated with ${therapy.name}. ${responders} of ${evaluable} evaluable patients had an objective response (${orrPercent}%). The most common adverse events were ${events[0]?.term.toLowerCase()} and ${events[1]?.term.toLowerCase()}.`
            : null,
        summary: `Reports on ${therapy.name}${target} in ${primary.toLowerCase()}: ${orrPercent}% objective responses among evaluable patients.`,
        assessments,
        otherTrials: otherTrials.filter((t) => t !== index),
        therapies,
      });
    }
    // Only the latest 200 are ever sampled: keep the list that long, so memory stays flat.
    const recent = earlier[modality];
    recent.push(index);
    if (recent.length > 400) recent.splice(0, recent.length - 200);
    return { index, trial, links, patients, reviews };
  }

  return { catalogue, next };
}

function attributionFor(rng: Rng, grades: keyof typeof GRADES): Attribution {
  return rng.weighted(
    grades === 'mild' ? ATTRIBUTION_MILD : grades === 'severe' ? ATTRIBUTION_SEVERE : ATTRIBUTION_MODERATE,
  );
}

const ATTRIBUTION_MILD = weights<Attribution>([
  ['UNRELATED', 15],
  ['UNLIKELY', 20],
  ['POSSIBLE', 35],
  ['PROBABLE', 22],
  ['DEFINITE', 8],
]);
const ATTRIBUTION_MODERATE = weights<Attribution>([
  ['UNRELATED', 5],
  ['UNLIKELY', 10],
  ['POSSIBLE', 30],
  ['PROBABLE', 35],
  ['DEFINITE', 20],
]);
const ATTRIBUTION_SEVERE = weights<Attribution>([
  ['UNRELATED', 3],
  ['UNLIKELY', 7],
  ['POSSIBLE', 25],
  ['PROBABLE', 45],
  ['DEFINITE', 20],
]);

function vectorWords(vector: Vector): string {
  switch (vector) {
    case 'RETROVIRUS':
      return 'a gamma-retroviral vector';
    case 'LENTIVIRUS':
      return 'a lentiviral vector';
    case 'ADENOVIRUS':
      return 'an adenoviral vector';
    case 'AAV':
      return 'an adeno-associated virus vector';
    case 'HERPES_SIMPLEX_VIRUS':
      return 'herpes simplex virus type 1';
    case 'VACCINIA_VIRUS':
      return 'vaccinia virus';
    case 'PLASMID':
      return 'plasmid DNA';
    case 'TRANSPOSON':
      return 'a Sleeping Beauty transposon';
    case 'MRNA':
      return 'mRNA electroporation';
    default:
      return 'a viral vector';
  }
}

function vectorShort(vector: Vector): string {
  switch (vector) {
    case 'ADENOVIRUS':
      return 'adenovirus';
    case 'HERPES_SIMPLEX_VIRUS':
      return 'HSV-1';
    case 'VACCINIA_VIRUS':
      return 'vaccinia virus';
    default:
      return 'reovirus';
  }
}

function modalityWords(modality: ProductModality): string {
  switch (modality) {
    case 'CAR_T_CELL':
      return 'CAR T-cell therapy';
    case 'TCR_T_CELL':
      return 'TCR-engineered T cells';
    case 'TIL':
      return 'Tumour-infiltrating lymphocyte therapy';
    case 'ONCOLYTIC_VIRUS':
      return 'Oncolytic virotherapy';
    case 'GENE_TRANSFER':
      return 'Gene transfer';
    case 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE':
      return 'Cytokine gene-modified cell vaccines';
    default:
      return 'Novel immunotherapies';
  }
}

function doseFor(rng: Rng, modality: ProductModality): string {
  switch (modality) {
    case 'CAR_T_CELL':
      return `${rng.pick(['1', '2', '5'])} x 10^6 CAR-positive T cells/kg, single infusion`;
    case 'TCR_T_CELL':
      return `${rng.pick(['1', '5'])} x 10^${rng.pick(['9', '10'])} TCR-positive T cells, single infusion`;
    case 'TIL':
      return 'up to 1.5 x 10^11 cells, single infusion';
    case 'ONCOLYTIC_VIRUS':
      return `10^${rng.int(6, 8)} PFU/mL intratumoral, every 2 weeks`;
    case 'GENE_TRANSFER':
      return `${rng.pick(['1', '3'])} x 10^${rng.int(10, 12)} viral particles intratumoral`;
    case 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE':
      return `${rng.pick(['1', '2.5', '5'])} x 10^7 cells intradermal, ${rng.int(3, 6)} doses`;
    default:
      return 'per protocol';
  }
}
