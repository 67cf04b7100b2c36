import { describe, expect, it } from 'vitest';
import {
  type CtgovInterventionType,
  classifyIntervention,
  detectTargetAntigen,
  detectTransgene,
  EVIDENCE_MAX_CHARS,
  type Evidence,
  type InterventionText,
} from '../src/import/classify.js';

/** Every evidence snippet must be a substring of the field it names, and short. */
function expectEvidenceIn(input: InterventionText, evidence: Evidence | null | undefined): void {
  if (!evidence) return;
  expect(evidence.text.length).toBeGreaterThan(0);
  expect(evidence.text.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
  const texts =
    evidence.field === 'name'
      ? [input.name]
      : evidence.field === 'otherNames'
        ? [...(input.otherNames ?? [])]
        : evidence.field === 'description'
          ? [input.description ?? '']
          : [input.type];
  expect(texts.some((t) => t.includes(evidence.text))).toBe(true);
}

function classifyChecked(input: InterventionText) {
  const result = classifyIntervention(input);
  const e = result.evidence;
  for (const item of [e.modality, e.vector, e.transgene, e.targetAntigen, e.cellSource]) {
    expectEvidenceIn(input, item?.evidence);
  }
  // The plain values are the evidence's values.
  expect(result.vector).toBe(e.vector?.value ?? null);
  expect(result.transgene).toBe(e.transgene?.value ?? null);
  expect(result.targetAntigen).toBe(e.targetAntigen?.value ?? null);
  expect(result.cellSource).toBe(e.cellSource?.value ?? null);
  expect(result.modality).toBe(e.modality.value);
  return result;
}

// type, name, description, other names → target antigen (null: none / not a target).
const ANTIGENS: [CtgovInterventionType, string, string | null, string[], string | null][] = [
  ['BIOLOGICAL', 'Anti-CD19 CAR T cells', null, [], 'CD19'],
  ['BIOLOGICAL', 'anti CD22 CAR-T cells', null, [], 'CD22'],
  ['BIOLOGICAL', 'BCMA-directed CAR T cells', null, [], 'BCMA'],
  ['BIOLOGICAL', 'HER2-specific CAR T cells', null, [], 'HER2'],
  ['BIOLOGICAL', 'GD2-CAR T cells', 'autologous T cells with a GD2 chimeric antigen receptor', [], 'GD2'],
  ['BIOLOGICAL', 'CAR-GPC3 T cells', null, [], 'GPC3'],
  ['BIOLOGICAL', 'CLDN18.2-targeted CAR T cells', null, [], 'Claudin 18.2'],
  ['BIOLOGICAL', 'B7-H3 CAR-T', null, [], 'B7-H3'],
  ['BIOLOGICAL', 'IL13Rα2-specific CAR T cells', null, [], 'IL13Rα2'],
  ['BIOLOGICAL', 'Mesothelin-directed CAR T cells', null, [], 'mesothelin'],
  ['BIOLOGICAL', 'EGFRvIII CAR T cells', null, [], 'EGFRvIII'],
  ['BIOLOGICAL', 'PSMA-targeted CAR-T', null, [], 'PSMA'],
  ['BIOLOGICAL', 'gucy2c cart cells', 'Patients were injected with CART cells', [], 'GUCY2C'],
  ['BIOLOGICAL', 'Study product', 'T cells transduced with a CAR targeting DLL3', ['DLL3 CAR-T'], 'DLL3'],
  [
    'BIOLOGICAL',
    'NY-ESO-1 TCR T cells',
    'autologous T cells transduced with a lentiviral vector',
    [],
    'NY-ESO-1',
  ],
  [
    'BIOLOGICAL',
    'TCR-transduced lymphocytes',
    'Autologous lymphocytes engineered with a retroviral vector to express a TCR against MART-1',
    [],
    'MART-1',
  ],
  ['BIOLOGICAL', 'MAGE-A4 TCR-T', 'engineered T cells, lentiviral', [], 'MAGE-A4'],
  ['BIOLOGICAL', 'CD19/CD22 bispecific CAR-T', null, [], 'CD19/CD22'],
  // The cells' target, not the beads or the antibody given with them.
  [
    'BIOLOGICAL',
    'CD19 CAR-T',
    'T cells activated with anti-CD3/anti-CD28 beads and given with an anti-PD-1 antibody',
    [],
    'CD19',
  ],
  // Negatives.
  ['BIOLOGICAL', 'CAR-T cells', 'showed anti-tumor activity and anti-cancer effects', [], null],
  ['DRUG', 'Pembrolizumab', 'anti-PD-1 monoclonal antibody', ['anti-PD-1 antibody'], null],
  [
    'BIOLOGICAL',
    'Trastuzumab',
    'Given IV',
    ['Anti-HER2/c-erbB2 Monoclonal Antibody', 'HER2 Monoclonal Antibody'],
    null,
  ],
  ['DRUG', 'BMS-986315', 'Specified dose on specified days', ['Anti-NKG2A'], null],
  ['BIOLOGICAL', 'KTE-X19 CAR T cells', 'autologous', [], null],
  ['BIOLOGICAL', 'CTL019 CAR T cells', null, [], null],
  ['BIOLOGICAL', 'DLBCL CAR-T', null, [], null],
  ['BIOLOGICAL', 'NY-ESO-1 TCR', 'gene-modified T cells; antigen NY-ESO-1 or MAGE-A4', [], null],
  ['BIOLOGICAL', 'CD19 CAR-T', 'for patients who relapsed after BCMA CAR-T', [], null],
  ['BIOLOGICAL', 'EBV-specific T cells', 'donor-derived virus-specific T cells', [], null],
];

describe('open-pattern target antigens', () => {
  it.each(ANTIGENS)('%s %s → %s', (type, name, description, otherNames, expected) => {
    const input = { type, name, description, otherNames };
    const result = classifyChecked(input);
    expect(result.targetAntigen).toBe(expected);
    if (expected) {
      expect(result.evidence.targetAntigen?.evidence.text.length).toBeGreaterThan(0);
      expect(result.transgene).toMatch(
        new RegExp(`^anti-${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (CAR|TCR)$`),
      );
    }
  });

  it('reads the pattern on its own, and never an antibody or a word', () => {
    expect(detectTargetAntigen('CAR T cells targeting ROR1')).toBe('ROR1');
    expect(detectTargetAntigen('anti-tumor activity')).toBeNull();
    expect(detectTargetAntigen('an anti-PD-1 monoclonal antibody')).toBeNull();
    expect(detectTargetAntigen('anti-VEGF therapy')).toBeNull();
    expect(detectTargetAntigen('HLA-A*02:01-restricted TCR')).toBeNull();
    // Found in real records: a brand name before "CARE", and a checkpoint antibody's target.
    expect(detectTargetAntigen('FERTI CARE personal vibrator')).toBeNull();
    expect(detectTargetAntigen('an anti-PD-1 and anti-CTLA-4 combination')).toBeNull();
    expect(detectTargetAntigen('Anti-c-ERB-2')).toBe('HER2');
  });
});

describe('named transgenes', () => {
  const TRANSGENES: [CtgovInterventionType, string, string | null, string | null][] = [
    ['BIOLOGICAL', 'AAV2CUhCLN2 (3x10^12 particle units)', 'gene transfer; one-time administration', 'hCLN2'],
    ['GENETIC', 'rAd-p53', 'recombinant adenovirus carrying the human wild-type p53 gene', 'p53'],
    [
      'GENETIC',
      'Ad-IL-12',
      'adenoviral vector encoding human IL-12, injected into tumors expressing HER2',
      'IL-12',
    ],
    [
      'BIOLOGICAL',
      'Talimogene laherparepvec',
      'An oncolytic herpes simplex virus type 1 encoding GM-CSF',
      'GM-CSF',
    ],
    [
      'GENETIC',
      'Adenovirus-mediated suicide gene therapy',
      'adenoviral vector carrying the HSV-tk gene, then valacyclovir',
      'HSV-tk',
    ],
    ['GENETIC', 'LOAd703', 'oncolytic adenovirus expressing CD40L', 'CD40L'],
    [
      'BIOLOGICAL',
      'GVAX pancreas',
      'Allogeneic pancreatic tumor cell lines transfected to secrete GM-CSF',
      'GM-CSF',
    ],
    [
      'BIOLOGICAL',
      'TCR-T',
      'Autologous T cells transduced with a retroviral vector encoding a TCR against MART-1',
      'anti-MART-1 TCR',
    ],
    // Not named, or not a gene: null.
    ['GENETIC', 'Gene transfer', 'plasmid vector encoding a therapeutic gene', null],
    ['GENETIC', 'Oncolytic adenovirus', 'oncolytic adenovirus; patients with tumors expressing EGFR', null],
    ['DRUG', 'Sildenafil', 'tablets expressing nothing', null],
  ];
  it.each(TRANSGENES)('%s %s → %s', (type, name, description, expected) => {
    const result = classifyChecked({ type, name, description });
    expect(result.transgene).toBe(expected);
  });

  it('names the transgene from a vector phrase', () => {
    expect(detectTransgene('a plasmid encoding interleukin-12')).toBe('IL-12');
    expect(detectTransgene('vaccinia virus expressing GM-CSF and IL-2')).toBeNull();
  });
});

describe('evidence', () => {
  it('cites vector and cell source from the description', () => {
    const input = {
      type: 'BIOLOGICAL' as const,
      name: 'Anti-CD19 CAR T cells',
      description:
        'Autologous T cells transduced with a lentiviral vector encoding a CD19-specific chimeric antigen receptor',
    };
    const r = classifyChecked(input);
    expect(r.evidence.vector).toEqual({
      value: 'LENTIVIRUS',
      evidence: { field: 'description', text: expect.stringContaining('lentiviral') },
    });
    expect(r.evidence.cellSource?.evidence).toEqual({
      field: 'description',
      text: expect.stringContaining('Autologous'),
    });
    expect(r.evidence.targetAntigen?.evidence).toEqual({ field: 'name', text: 'Anti-CD19 CAR T cells' });
    expect(r.evidence.modality.evidence?.text).toMatch(/CAR/);
  });

  it('cuts long texts to a snippet of at most 120 characters around the words', () => {
    const filler = 'The study product is manufactured at a central facility under GMP. '.repeat(6);
    const input = {
      type: 'GENETIC' as const,
      name: 'Gene transfer product',
      description: `${filler}It is a gene therapy with an adeno-associated virus vector encoding hCLN2 given once. ${filler}`,
    };
    const r = classifyChecked(input);
    expect(r.vector).toBe('AAV');
    expect(r.transgene).toBe('hCLN2');
    expect(r.evidence.transgene?.evidence.text).toContain('encoding hCLN2');
    expect(r.evidence.transgene?.evidence.text.length).toBeLessThanOrEqual(120);
  });

  it('cites the intervention type when the type decides', () => {
    const r = classifyChecked({ type: 'PROCEDURE', name: 'Leukapheresis' });
    expect(r.evidence.modality).toEqual({ value: 'OTHER', evidence: { field: 'type', text: 'PROCEDURE' } });
  });

  it('cites other names', () => {
    const input = { type: 'BIOLOGICAL' as const, name: 'Study drug', otherNames: ['HER2 CAR-T cells'] };
    const r = classifyChecked(input);
    expect(r.targetAntigen).toBe('HER2');
    expect(r.evidence.targetAntigen?.evidence.field).toBe('otherNames');
  });
});
