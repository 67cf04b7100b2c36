import { describe, expect, it } from 'vitest';
import { classifyIntervention } from '../src/import/classify.js';
import { CONSTRUCTS, isGenericInterventionName, matchConstruct } from '../src/import/constructs.js';

describe('curated constructs', () => {
  it('has at least 20 constructs with unique ids, aliases and codes, none generic', () => {
    expect(CONSTRUCTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CONSTRUCTS.map((c) => c.id)).size).toBe(CONSTRUCTS.length);
    const names = CONSTRUCTS.flatMap((c) => [...c.aliases, ...c.productCodes].map((a) => a.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(isGenericInterventionName(name)).toBe(false);
    for (const c of CONSTRUCTS) expect(c.aliases.length + c.productCodes.length).toBeGreaterThan(0);
  });

  it('records the known facts of the approved products', () => {
    const byId = (id: string) => CONSTRUCTS.find((c) => c.id === id);
    expect(byId('tisagenlecleucel')).toMatchObject({
      modality: 'CAR_T_CELL',
      vector: 'LENTIVIRUS',
      targetAntigen: 'CD19',
      costimulatoryDomain: '4-1BB',
      cellSource: 'AUTOLOGOUS',
    });
    expect(byId('axicabtagene-ciloleucel')).toMatchObject({
      vector: 'RETROVIRUS',
      costimulatoryDomain: 'CD28',
    });
    expect(byId('idecabtagene-vicleucel')).toMatchObject({ targetAntigen: 'BCMA', productCodes: ['bb2121'] });
    expect(byId('afamitresgene-autoleucel')).toMatchObject({
      modality: 'TCR_T_CELL',
      targetAntigen: 'MAGE-A4',
    });
    expect(byId('talimogene-laherparepvec')).toMatchObject({
      modality: 'ONCOLYTIC_VIRUS',
      vector: 'HERPES_SIMPLEX_VIRUS',
      transgene: 'GM-CSF',
    });
  });
});

describe('matchConstruct', () => {
  const POSITIVE: [
    string,
    { name: string; otherNames?: string[]; description?: string },
    string,
    string,
    string,
  ][] = [
    ['INN in the name', { name: 'Tisagenlecleucel' }, 'tisagenlecleucel', 'ALIAS', 'name'],
    ['brand name, any case', { name: 'YESCARTA infusion' }, 'axicabtagene-ciloleucel', 'ALIAS', 'name'],
    ['code written with a hyphen', { name: 'CTL-019' }, 'tisagenlecleucel', 'PRODUCT_CODE', 'name'],
    ['code without its hyphen', { name: 'KTEX19' }, 'brexucabtagene-autoleucel', 'PRODUCT_CODE', 'name'],
    ['code', { name: 'bb2121' }, 'idecabtagene-vicleucel', 'PRODUCT_CODE', 'name'],
    ['second code', { name: 'LCAR-B38M CAR-T cells' }, 'ciltacabtagene-autoleucel', 'PRODUCT_CODE', 'name'],
    [
      'other name',
      { name: 'CAR-T cells', otherNames: ['Kymriah'] },
      'tisagenlecleucel',
      'ALIAS',
      'otherNames',
    ],
    ['abbreviation', { name: 'T-VEC' }, 'talimogene-laherparepvec', 'ALIAS', 'name'],
    [
      'code with a space',
      { name: 'Toca 511 and Toca FC' },
      'vocimagene-amiretrorepvec',
      'PRODUCT_CODE',
      'name',
    ],
    ['code in the name', { name: 'rAd-p53 injection' }, 'gendicine', 'PRODUCT_CODE', 'name'],
    [
      'description that opens with the code',
      { name: 'Study product', description: 'JNJ-68284528 is a BCMA-directed CAR-T. Given once.' },
      'ciltacabtagene-autoleucel',
      'PRODUCT_CODE',
      'description',
    ],
    ['same construct twice', { name: 'Lifileucel (LN-144)' }, 'lifileucel', 'PRODUCT_CODE', 'name'],
  ];
  it.each(POSITIVE)('%s', (_label, intervention, id, method, field) => {
    const match = matchConstruct(intervention);
    expect(match?.construct.id).toBe(id);
    expect(match?.method).toBe(method);
    expect(match?.evidence.field).toBe(field);
    const source =
      field === 'name'
        ? [intervention.name]
        : field === 'otherNames'
          ? intervention.otherNames
          : [intervention.description];
    expect(source?.some((t) => t?.includes(match?.evidence.text ?? '\u0000'))).toBe(true);
  });

  const NEGATIVE: [string, { name: string; otherNames?: string[]; description?: string }][] = [
    ['generic CAR-T', { name: 'CAR-T cells', description: 'Autologous anti-CD19 CAR T cells' }],
    ['placebo', { name: 'Placebo' }],
    ['chemotherapy', { name: 'Fludarabine + cyclophosphamide', description: 'lymphodepletion' }],
    ['gene therapy', { name: 'Gene therapy' }],
    ['two different products', { name: 'Axicabtagene ciloleucel or lisocabtagene maraleucel' }],
    [
      'prior therapy in the description',
      { name: 'CD19 CAR-T', description: 'For relapse after tisagenlecleucel.' },
    ],
    ['a code inside a longer token', { name: 'XCTL0199' }],
    ['the GVAX platform alone', { name: 'GVAX' }],
    ['an unrelated adenovirus-tk', { name: 'ADV-TK', description: 'adenovirus carrying HSV-tk' }],
    [
      'product name only later in the description',
      { name: 'Cells', description: 'Autologous cells. Similar to Kymriah.' },
    ],
  ];
  it.each(NEGATIVE)('%s → no construct', (_label, intervention) => {
    expect(matchConstruct(intervention)).toBeNull();
  });

  it('keeps two trials’ "CAR-T cells" apart: different classifications, no construct by name', () => {
    const a = {
      type: 'BIOLOGICAL' as const,
      name: 'CAR-T cells',
      description:
        'Autologous T cells transduced with a lentiviral vector encoding an anti-CD19 chimeric antigen receptor',
    };
    const b = {
      type: 'BIOLOGICAL' as const,
      name: 'CAR-T cells',
      description:
        'Allogeneic donor T cells transduced with a gamma-retroviral vector encoding an anti-BCMA chimeric antigen receptor',
    };
    const ca = classifyIntervention(a);
    const cb = classifyIntervention(b);
    expect([ca.targetAntigen, ca.vector, ca.cellSource]).toEqual(['CD19', 'LENTIVIRUS', 'AUTOLOGOUS']);
    expect([cb.targetAntigen, cb.vector, cb.cellSource]).toEqual(['BCMA', 'RETROVIRUS', 'ALLOGENEIC']);
    expect(ca.evidence.targetAntigen?.evidence.field).toBe('description');
    expect(isGenericInterventionName(a.name)).toBe(true);
    expect(matchConstruct(a)).toBeNull();
    expect(matchConstruct(b)).toBeNull();
  });
});

describe('isGenericInterventionName', () => {
  it.each([
    'Placebo',
    'Normal saline',
    'Standard of care',
    'Best supportive care',
    'Observation',
    'Cyclophosphamide',
    'Fludarabine and cyclophosphamide',
    'Chemotherapy',
    'CAR-T cells',
    'CAR T',
    'CAR-T cell infusion',
    'Chimeric antigen receptor T cells',
    'T cells',
    'Autologous T cells',
    'Gene therapy',
    'Vaccine',
    'Lymphodepleting chemotherapy',
  ])('%s is generic', (name) => {
    expect(isGenericInterventionName(name)).toBe(true);
  });

  it.each([
    'Tisagenlecleucel',
    'Anti-CD19 CAR-T cells',
    'KTE-C19',
    'GVAX pancreas',
    'Pembrolizumab',
    'AAV2CUhCLN2',
  ])('%s is not generic', (name) => {
    expect(isGenericInterventionName(name)).toBe(false);
  });
});
