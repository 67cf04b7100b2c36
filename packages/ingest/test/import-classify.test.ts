import { describe, expect, it } from 'vitest';
import {
  type CtgovInterventionType,
  classifyIntervention,
  isChemotherapyName,
  isResponseOutcomeTitle,
  therapyRole,
} from '../src/import/classify.js';
import { mapCountry, mapPhase, mapStatus } from '../src/import/ctgov-map.js';
import { phaseTokens, statusToken } from '../src/import/ctgov-record.js';
import { unwrapTextblock } from '../src/import/ctgov-xml.js';
import { cleanText, toPartialDate, unescapeMarkdown } from '../src/import/text.js';

type Row = [
  CtgovInterventionType,
  string,
  string | null,
  {
    modality: string;
    vector?: string | null;
    targetAntigen?: string | null;
    transgene?: string | null;
    cellSource?: string | null;
  },
];

// type, name, description → expected classification (omitted keys are not checked).
const TABLE: Row[] = [
  [
    'BIOLOGICAL',
    'Anti-CD19 CAR T cells',
    'Autologous T cells transduced with a lentiviral vector encoding a CD19-specific chimeric antigen receptor',
    {
      modality: 'CAR_T_CELL',
      vector: 'LENTIVIRUS',
      targetAntigen: 'CD19',
      transgene: 'anti-CD19 CAR',
      cellSource: 'AUTOLOGOUS',
    },
  ],
  [
    'GENETIC',
    'Tisagenlecleucel',
    'CTL019: chimeric antigen receptor T cells',
    { modality: 'CAR_T_CELL', vector: null, targetAntigen: null, transgene: null, cellSource: null },
  ],
  ['BIOLOGICAL', 'BCMA CAR-T', null, { modality: 'CAR_T_CELL', targetAntigen: 'BCMA' }],
  ['BIOLOGICAL', 'CAR-NK cells', 'NK cells expressing a chimeric antigen receptor', { modality: 'OTHER' }],
  [
    'BIOLOGICAL',
    'Anti-MART-1 TCR-engineered lymphocytes',
    'Autologous peripheral blood lymphocytes transduced with a retroviral vector encoding a T cell receptor recognising MART-1',
    {
      modality: 'TCR_T_CELL',
      vector: 'RETROVIRUS',
      targetAntigen: 'MART-1',
      transgene: 'anti-MART-1 TCR',
      cellSource: 'AUTOLOGOUS',
    },
  ],
  [
    'BIOLOGICAL',
    'NY-ESO-1 TCR',
    'gene-modified T cells; antigen NY-ESO-1 or MAGE-A4',
    { modality: 'TCR_T_CELL', targetAntigen: null, transgene: null },
  ],
  [
    'PROCEDURE',
    'TCR alpha/beta depleted haploidentical transplant',
    'T cell receptor alpha/beta depleted graft',
    { modality: 'OTHER', vector: null },
  ],
  [
    'BIOLOGICAL',
    'Tumor infiltrating lymphocytes',
    'Young TIL expanded ex vivo from autologous tumour',
    { modality: 'TIL', cellSource: 'AUTOLOGOUS', vector: null },
  ],
  [
    'BIOLOGICAL',
    'Talimogene laherparepvec',
    'An oncolytic herpes simplex virus type 1 encoding GM-CSF',
    { modality: 'ONCOLYTIC_VIRUS', vector: 'HERPES_SIMPLEX_VIRUS', cellSource: 'NONE' },
  ],
  [
    'BIOLOGICAL',
    'GVAX pancreas',
    'Allogeneic pancreatic tumor cell lines transfected to secrete GM-CSF',
    {
      modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
      transgene: 'GM-CSF',
      cellSource: 'ALLOGENEIC',
    },
  ],
  [
    'BIOLOGICAL',
    'IL-2 gene-modified tumour cell vaccine',
    'Autologous tumour cells transduced with a retroviral vector to secrete IL-2',
    {
      modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
      transgene: 'IL-2',
      vector: 'RETROVIRUS',
      cellSource: 'AUTOLOGOUS',
    },
  ],
  [
    'GENETIC',
    'hMaxi-K',
    'Naked plasmid DNA carrying the hSlo cDNA, injected intracavernosally',
    { modality: 'GENE_TRANSFER', vector: 'PLASMID' },
  ],
  [
    'BIOLOGICAL',
    'AAV2CUhCLN2 (3x10^12 particle units)',
    'gene transfer; one-time administration via neuro surgery procedure',
    { modality: 'GENE_TRANSFER', vector: 'AAV' },
  ],
  [
    'GENETIC',
    'Gene panel sequencing',
    'Next-generation sequencing of tumour DNA',
    { modality: 'OTHER', vector: null },
  ],
  [
    'DRUG',
    'Aldesleukin',
    'High-dose interleukin-2, 720,000 IU/kg',
    { modality: 'CYTOKINE', vector: 'NONE', cellSource: 'NONE' },
  ],
  ['BIOLOGICAL', 'Interferon alfa-2b', null, { modality: 'CYTOKINE' }],
  ['DRUG', 'Tocilizumab (anti-IL-6 receptor)', null, { modality: 'OTHER' }],
  [
    'BIOLOGICAL',
    'Spike-GM-CSF protein vaccine',
    'COVID-19 vaccine: spike fused to GM-CSF',
    { modality: 'OTHER' },
  ],
  [
    'DIAGNOSTIC_TEST',
    'Interferon gamma release assay',
    null,
    { modality: 'OTHER', vector: null, cellSource: null },
  ],
  ['DRUG', 'Cyclophosphamide', '60 mg/kg on days -7 and -6', { modality: 'CHEMOTHERAPY', vector: 'NONE' }],
  ['DRUG', 'Cisplatin 75mg/m2', null, { modality: 'CHEMOTHERAPY' }],
  ['DRUG', 'Paclitaxel + Carboplatin', null, { modality: 'CHEMOTHERAPY' }],
  ['DRUG', 'TY-9591 80mg QD+pemetrexed+Cisplatin', null, { modality: 'OTHER' }],
  ['DRUG', 'Pembrolizumab + pemetrexed', null, { modality: 'OTHER' }],
  ['DRUG', 'Placebo', 'Placebo matching cyclophosphamide', { modality: 'OTHER', vector: null }],
  ['DRUG', 'Sildenafil', 'Antiretroviral-naive men', { modality: 'OTHER', vector: null }],
  [
    'BIOLOGICAL',
    'ChAdOx1 nCoV-19',
    'A recombinant chimpanzee adenovirus vector vaccine',
    { modality: 'OTHER', vector: 'ADENOVIRUS' },
  ],
  [
    'BIOLOGICAL',
    'Valacyclovir for HSV',
    'Treatment of herpes simplex virus infection',
    { modality: 'OTHER', vector: null },
  ],
  [
    'BIOLOGICAL',
    'Autologous mesenchymal stem cells',
    'Intracavernous injection',
    { modality: 'OTHER', cellSource: 'AUTOLOGOUS', vector: null },
  ],
  [
    'DEVICE',
    'Cell isolation system',
    'Injection of autologous adipose derived cells',
    { modality: 'OTHER', cellSource: null },
  ],
  ['BEHAVIORAL', 'CAR driving lessons', 'Lessons for T cell … never mind', { modality: 'OTHER' }],
];

describe('intervention classifier', () => {
  it.each(TABLE)('%s %s', (type, name, description, expected) => {
    const result = classifyIntervention({ type, name, description });
    for (const [key, value] of Object.entries(expected)) {
      expect({ [key]: result[key as keyof typeof result] }).toEqual({ [key]: value });
    }
  });

  it('is deterministic', () => {
    const input = { type: 'BIOLOGICAL' as const, name: 'CD19 CAR-T', description: 'lentiviral' };
    expect(classifyIntervention(input)).toEqual(classifyIntervention(input));
  });

  it('reads chemotherapy names part by part', () => {
    expect(isChemotherapyName('Vinorelbine, cisplatin')).toBe(true);
    expect(isChemotherapyName('Kanglaite Injection+Chemotherapy')).toBe(false);
    expect(isChemotherapyName('Chemotherapy')).toBe(true);
  });

  it('maps arm types to roles, with conditioning and support in cell-transfer arms', () => {
    const base = { modality: 'OTHER' as const, interventionName: 'X', armHasCellProduct: false };
    expect(therapyRole({ ...base, armType: 'EXPERIMENTAL' })).toBe('EXPERIMENTAL');
    expect(therapyRole({ ...base, armType: 'ACTIVE_COMPARATOR' })).toBe('CONTROL');
    expect(therapyRole({ ...base, armType: 'PLACEBO_COMPARATOR' })).toBe('CONTROL');
    expect(therapyRole({ ...base, armType: 'SHAM_COMPARATOR' })).toBe('CONTROL');
    expect(therapyRole({ ...base, armType: 'NO_INTERVENTION' })).toBe('CONTROL');
    expect(therapyRole({ ...base, armType: 'OTHER' })).toBe('EXPERIMENTAL');
    expect(therapyRole({ ...base, armType: null })).toBe('EXPERIMENTAL');
    expect(therapyRole({ ...base, armType: 'EXPERIMENTAL', interventionName: 'Placebo' })).toBe('CONTROL');
    const cellArm = { ...base, armType: 'EXPERIMENTAL' as const, armHasCellProduct: true };
    expect(therapyRole({ ...cellArm, modality: 'CHEMOTHERAPY' })).toBe('CONDITIONING');
    expect(therapyRole({ ...cellArm, modality: 'CYTOKINE' })).toBe('SUPPORTIVE');
    expect(therapyRole({ ...cellArm, modality: 'TCR_T_CELL' })).toBe('EXPERIMENTAL');
  });

  it('recognises response outcome titles but not time to or duration of response', () => {
    expect(isResponseOutcomeTitle('Objective Response Rate (ORR)')).toBe(true);
    expect(isResponseOutcomeTitle('Overall Response Rate (ORR) to Osimertinib')).toBe(true);
    expect(isResponseOutcomeTitle('Objective Response')).toBe(true);
    expect(isResponseOutcomeTitle('Time to Objective Response (TTR) for Part 2')).toBe(false);
    expect(isResponseOutcomeTitle('Duration of Response')).toBe(false);
    expect(isResponseOutcomeTitle('Progression-free survival')).toBe(false);
  });
});

describe('registry vocabularies', () => {
  it('maps phases', () => {
    expect(mapPhase(['PHASE1', 'PHASE2'], 'x')).toBe('PHASE_1_2');
    expect(mapPhase(['PHASE2', 'PHASE3'], 'x')).toBe('PHASE_2_3');
    expect(mapPhase(['EARLY_PHASE1'], 'x')).toBe('EARLY_PHASE_1');
    expect(mapPhase(['NA'], 'x')).toBe('NOT_APPLICABLE');
    expect(mapPhase([], 'x')).toBeNull();
    expect(() => mapPhase(['PHASE1', 'PHASE3'], 'x')).toThrow(/unknown phase/);
    expect(() => mapPhase(['PHASE5'], 'x')).toThrow(/unknown phase "PHASE5"/);
    expect(phaseTokens(['Phase 1/Phase 2'])).toEqual(['PHASE1', 'PHASE2']);
    expect(phaseTokens(['N/A'])).toEqual(['NA']);
    expect(phaseTokens(['Not Applicable'])).toEqual(['NA']);
    expect(phaseTokens(['Early Phase 1'])).toEqual(['EARLY_PHASE1']);
  });

  it('maps statuses and rejects unknown ones', () => {
    expect(mapStatus('ACTIVE_NOT_RECRUITING', 'x')).toBe('ACTIVE_NOT_RECRUITING');
    expect(statusToken('Active, not recruiting')).toBe('ACTIVE_NOT_RECRUITING');
    expect(statusToken('Unknown status')).toBe('UNKNOWN');
    expect(() => mapStatus('PAUSED', 'protocolSection.statusModule.overallStatus')).toThrow(
      'unknown overall status "PAUSED" (protocolSection.statusModule.overallStatus)',
    );
  });

  it('picks the country: the only one, the most frequent, or none on a tie', () => {
    expect(mapCountry(['France', 'France'])).toEqual({ country: 'France', all: ['France'] });
    expect(mapCountry(['Spain', 'France', 'France', null])).toEqual({
      country: 'France',
      all: ['France', 'Spain'],
    });
    expect(mapCountry(['Spain', 'France'])).toEqual({ country: null, all: ['France', 'Spain'] });
    expect(mapCountry([])).toEqual({ country: null, all: [] });
  });

  it('cleans registry text and dates', () => {
    expect(unescapeMarkdown('age \\>= 18 and \\<65, \\*not\\* 1\\.5')).toBe('age >= 18 and <65, *not* 1.5');
    expect(cleanText('  a\\>b  \n\n\n  c ')).toBe('a>b\n\nc');
    expect(toPartialDate('2006-11')).toBe('2006-11');
    expect(toPartialDate('May 11, 2018')).toBe('2018-05-11');
    expect(toPartialDate('June 2004')).toBe('2004-06');
    expect(toPartialDate('March 03, 2021')).toBe('2021-03-03');
    expect(toPartialDate('sometime')).toBe('sometime');
    expect(unwrapTextblock('  one line\n  continues\n\n  - item\n  - item 2')).toBe(
      'one line continues\n\n- item\n- item 2',
    );
  });
});
