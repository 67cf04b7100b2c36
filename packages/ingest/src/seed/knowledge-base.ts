// The curated knowledge base GeneTrials starts from, written from the source documents in
// the project's seed folder: two news reports of the NCI Surgery Branch TCR trial and the
// PubMed record of a 2004 review. Facts only, in GeneTrials' own words. No patient is named:
// one report names a responder, and that name is deliberately left out everywhere.
import type {
  PatientInput,
  ReviewInput,
  SourceInput,
  SubjectType,
  TherapyInput,
  TrialInput,
} from '@genetrials/schema';

export interface SeedClaim {
  subject: { type: SubjectType; key: string };
  field: string;
  value: unknown;
  source: string;
  locator: string;
}

export interface SeedKnowledgeBase {
  sources: Record<string, SourceInput>;
  therapies: Record<string, TherapyInput>;
  trials: Record<
    string,
    TrialInput & {
      therapies: {
        therapy: string;
        role: 'EXPERIMENTAL' | 'CONDITIONING' | 'SUPPORTIVE' | 'CONTROL';
        armName?: string;
        dose?: string;
      }[];
      patients: (PatientInput & { key?: string })[];
    }
  >;
  reviews: Record<string, ReviewInput & { source?: string; trials: string[]; therapies: string[] }>;
  claims: SeedClaim[];
}

const nonResponders = (from: number, to: number): PatientInput[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    subjectCode: `NCI-MART1-${String(from + i).padStart(2, '0')}`,
    bestResponse: 'NO_RESPONSE' as const,
    notes:
      'Reported only as one of the 15 patients whose cancer did not respond; no individual details published in the seed reports.',
  }));

export const knowledgeBase: SeedKnowledgeBase = {
  sources: {
    science2006: {
      kind: 'JOURNAL_ARTICLE',
      title: 'Cancer regression in patients after transfer of genetically engineered lymphocytes',
      publisher: 'Science',
      publishedOn: '2006',
      doi: '10.1126/science.1129003',
    },
    newsA: {
      kind: 'NEWS',
      title:
        'News report A: NCI gene therapy trial shows some success against melanoma, experts urge caution',
      publishedOn: '2006',
    },
    newsB: {
      kind: 'NEWS',
      title: 'News report B: gene-altered immune cells wipe out tumours in two of 17 melanoma patients',
      publishedOn: '2006',
    },
    wysocki2004: {
      kind: 'REVIEW',
      title: 'Human cancer gene therapy with cytokine gene-modified cells (PubMed record)',
      publisher: 'Expert Opinion on Biological Therapy',
      publishedOn: '2004-10',
      doi: '10.1517/14712598.4.10.1595',
    },
  },

  therapies: {
    mart1Tcr: {
      name: 'Anti-MART-1 TCR-engineered autologous lymphocytes',
      modality: 'TCR_T_CELL',
      transgene: 'T-cell receptor (alpha and beta chains) recognising the MART-1 melanoma antigen',
      targetAntigen: 'MART-1',
      vector: 'RETROVIRUS',
      cellSource: 'AUTOLOGOUS',
      description:
        "The patient's own blood lymphocytes, given a melanoma-recognising T-cell receptor gene by a disabled retroviral vector in the laboratory and infused back. The engineered cells persisted, making up about a tenth of circulating T cells over the first two months.",
    },
    lymphodepletion: {
      name: 'Lymphodepleting chemotherapy',
      modality: 'CHEMOTHERAPY',
      vector: 'NONE',
      cellSource: 'NONE',
      description:
        'Chemotherapy given before the cell infusion to deplete most of the existing immune cells, making room for the transferred cells.',
    },
    il2: {
      name: 'Interleukin-2',
      modality: 'CYTOKINE',
      vector: 'NONE',
      cellSource: 'NONE',
      description: 'Cytokine given with the engineered cells to support them; it can cause fluid retention.',
    },
    cytokineGeneModifiedVaccine: {
      name: 'Cytokine gene-modified cell vaccines',
      modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
      description:
        'A therapy class: tumour or other cells given cytokine genes so that they stimulate innate and adaptive anti-tumour immunity at the site of vaccination, avoiding the toxicity of systemic cytokine doses. Studied in many phase I and II trials and a few randomised phase III trials.',
    },
    scidGeneTransfer: {
      name: 'Gene transfer for severe combined immunodeficiency',
      modality: 'GENE_TRANSFER',
      description:
        'Gene therapy for children with severe combined immunodeficiency ("bubble boys"); the seed reports name neither the gene nor the vector.',
    },
  },

  trials: {
    nciMart1: {
      title:
        'Anti-MART-1 T-cell receptor gene-engineered lymphocytes for metastatic melanoma (NCI Surgery Branch)',
      conditions: ['Metastatic melanoma'],
      sponsor: 'US National Cancer Institute',
      institution: 'National Cancer Institute Surgery Branch, Bethesda, Maryland',
      country: 'United States',
      principalInvestigator: 'Steven A. Rosenberg',
      actualEnrollment: 17,
      summary:
        'Seventeen patients with metastatic melanoma that standard treatments had failed, and an expected survival of three to six months, received their own T cells engineered with an anti-MART-1 T-cell receptor gene by retroviral vector, after lymphodepleting chemotherapy and with interleukin-2. Two patients had lasting regression of their cancer; the other fifteen did not respond. The investigators reported no side effects from the gene therapy itself, and described the treatment as highly experimental. The report was the first to show tumour regression in humans caused by gene manipulation.',
      therapies: [
        { therapy: 'mart1Tcr', role: 'EXPERIMENTAL', armName: 'Engineered T-cell transfer' },
        { therapy: 'lymphodepletion', role: 'CONDITIONING', armName: 'Engineered T-cell transfer' },
        { therapy: 'il2', role: 'SUPPORTIVE', armName: 'Engineered T-cell transfer' },
      ],
      patients: [
        {
          key: 'responderAxilla',
          subjectCode: 'NCI-MART1-R1',
          sex: 'MALE',
          diseaseStage: 'Metastatic (advanced, refractory to standard therapy)',
          metastaticSites: ['Axilla', 'Liver'],
          bestResponse: 'PR',
          followUpMonths: 19,
          status: 'ALIVE_DISEASE_FREE',
          notes:
            'A tumour in the armpit disappeared and a liver tumour shrank enough to be removed surgically; disease-free about 19 months after treatment (one report: nearly two years). Recorded as a partial response because the regression was completed by surgery. Melanoma first diagnosed in 1999. The reports give his age as 53 and as 52.',
        },
        {
          key: 'responderLung',
          subjectCode: 'NCI-MART1-R2',
          sex: 'MALE',
          diseaseStage: 'Metastatic (advanced, refractory to standard therapy)',
          metastaticSites: ['Lung', 'Liver', 'Lymph nodes'],
          bestResponse: 'CR',
          followUpMonths: 18,
          status: 'ALIVE_DISEASE_FREE',
          notes:
            'Cancer that had spread to the lungs, liver and lymph nodes cleared (one report mentions only a lung tumour receding); no sign of disease 18 months later. The reports give his age as 39 and as 30.',
        },
        ...nonResponders(1, 15),
      ],
    },
    scidGeneTherapy: {
      title: 'Gene therapy for severe combined immunodeficiency ("bubble boys"), France',
      conditions: ['Severe combined immunodeficiency'],
      country: 'France',
      actualEnrollment: 11,
      summary:
        'A gene therapy trial in children with severe combined immunodeficiency, hailed as the first success of gene therapy. It was stopped when children treated in it developed leukaemia: three of eleven patients according to one report, two boys according to the other.',
      therapies: [{ therapy: 'scidGeneTransfer', role: 'EXPERIMENTAL' }],
      patients: [
        ...[1, 2, 3].map((n) => ({
          subjectCode: `SCID-FR-L${n}`,
          sex: 'MALE' as const,
          status: 'UNKNOWN' as const,
          notes: 'Immune deficiency initially corrected; later developed leukaemia.',
          adverseEvents: [
            {
              term: 'Leukaemia',
              attribution: 'PROBABLE' as const,
              serious: true,
              description:
                'Leukaemia after gene therapy; led to the trial being stopped. CTCAE grade not reported.',
            },
          ],
        })),
        ...Array.from({ length: 8 }, (_, i) => ({
          subjectCode: `SCID-FR-${String(i + 1).padStart(2, '0')}`,
          notes: 'Enrolled; no individual details in the seed reports.',
        })),
      ],
    },
    gt1999Death: {
      title: 'Gene therapy experiment in which an 18-year-old participant died (1999)',
      startDate: '1999',
      summary:
        'A 1999 gene therapy experiment in which an 18-year-old participant died, remembered as one of the safety setbacks of the field. The seed reports give no further details of the disease, vector or institution.',
      therapies: [],
      patients: [
        {
          subjectCode: 'GT1999-01',
          ageAtEnrollment: 18,
          status: 'DECEASED',
          notes: 'Died during a gene therapy experiment in 1999.',
          adverseEvents: [
            {
              term: 'Death',
              grade: 5,
              serious: true,
              description: 'Death during a gene therapy experiment; the seed reports do not state the cause.',
            },
          ],
        },
      ],
    },
  },

  reviews: {
    science2006: {
      kind: 'PRIMARY_REPORT',
      title: 'Cancer regression in patients after transfer of genetically engineered lymphocytes',
      authors: ['Richard A. Morgan', 'Mark E. Dudley'],
      authorsComplete: false,
      journal: 'Science',
      year: 2006,
      volume: '314',
      issue: '5796',
      pages: '126-129',
      doi: '10.1126/science.1129003',
      pmid: '16946036',
      url: 'https://doi.org/10.1126/science.1129003',
      summary:
        'Primary report of the NCI trial: 17 patients with metastatic melanoma received autologous lymphocytes engineered with an anti-MART-1 TCR; two had sustained objective regression of metastatic melanoma, with the engineered cells persisting in the blood.',
      source: 'science2006',
      trials: ['nciMart1'],
      therapies: ['mart1Tcr'],
    },
    newsA: {
      kind: 'NEWS',
      title: 'Gene therapy trial at the US National Cancer Institute shows some success against melanoma',
      year: 2006,
      summary:
        'News report of the Science paper: 2 of 17 terminal melanoma patients cleared of disease after receiving gene-modified T cells; experts call it a technical advance but say far more work is needed. Recalls that gene therapy trials for "bubble boys" were stopped after three of eleven patients in one trial developed leukaemia.',
      source: 'newsA',
      trials: ['nciMart1', 'scidGeneTherapy'],
      therapies: ['mart1Tcr'],
      assessments: [
        {
          expert: "Edel O'Toole",
          affiliation: 'Consultant dermatologist; spokesperson of the British Skin Foundation',
          quote:
            'I think that the success of this approach in two patients shows promise, however 15 patients did not respond to the treatment suggesting that further work is needed to optimise this approach for all patients, which could take many years.',
          stance: 'MIXED',
          rationale:
            'Sees promise in the two responses but stresses the 15 non-responders and years of further work.',
        },
      ],
    },
    newsB: {
      kind: 'NEWS',
      title: 'Gene-altered immune cells wipe out tumours in two of 17 melanoma patients',
      year: 2006,
      summary:
        'News report of the Science paper: tumours eliminated in two men out of 17 treated, hailed as evidence that gene therapy can treat cancer, while other gene therapy researchers call the response rate disappointing. Recalls the French "bubble boys" who later developed leukaemia and an 18-year-old who died in a 1999 gene therapy experiment.',
      source: 'newsB',
      trials: ['nciMart1', 'scidGeneTherapy', 'gt1999Death'],
      therapies: ['mart1Tcr', 'il2'],
      assessments: [
        {
          expert: 'Michel Sadelain',
          affiliation:
            'Director, Somatic Cell Engineering Laboratory, Memorial Sloan-Kettering Cancer Center',
          quote:
            'This certainly is a significant technical advance that is going to fuel more interest and more enthusiasm, I hope, among researchers. [But it is] undeniable the response here is rather disappointing.',
          stance: 'MIXED',
          rationale:
            'Calls it a significant technical advance while judging the response rate rather disappointing.',
        },
        {
          expert: 'Savio Woo',
          affiliation:
            'Mount Sinai School of Medicine; past president of the American Society of Gene Therapy',
          quote:
            'They need to do it in more patients and get better response rates, and when that happens we can all pop the champagne.',
          stance: 'UNFAVORABLE',
          rationale:
            'Holds that the evidence is not yet enough: more patients and better response rates are needed first.',
        },
      ],
    },
    wysocki2004: {
      kind: 'REVIEW_ARTICLE',
      title: 'Human cancer gene therapy with cytokine gene-modified cells',
      authors: ['Piotr J. Wysocki'],
      authorsComplete: false,
      journal: 'Expert Opinion on Biological Therapy',
      year: 2004,
      volume: '4',
      issue: '10',
      pages: '1595-1607',
      doi: '10.1517/14712598.4.10.1595',
      url: 'https://doi.org/10.1517/14712598.4.10.1595',
      summary:
        'Reviews clinical trials of cancer immunogene therapy with cytokine gene-modified cells. Systemic recombinant cytokines proved too toxic at therapeutic doses and of low efficacy, whereas cells carrying cytokine genes improved clinical outcomes and induced strong anti-tumour immunity in early phase I and II studies; randomised phase III trials had recently begun to settle their efficacy.',
      source: 'wysocki2004',
      trials: [],
      therapies: ['cytokineGeneModifiedVaccine'],
    },
  },

  claims: [
    // Who ran the trial: the two reports spell the investigator's first name differently.
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'principalInvestigator',
      value: 'Stephen Rosenberg',
      source: 'newsA',
      locator: 'Paragraph 2: the leader of the research team',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'principalInvestigator',
      value: 'Steven Rosenberg',
      source: 'newsB',
      locator: 'Paragraph 1: NCI investigator and colleagues',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'actualEnrollment',
      value: 17,
      source: 'newsA',
      locator: 'Paragraph 3: 17 terminal skin cancer patients treated',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'actualEnrollment',
      value: 17,
      source: 'newsB',
      locator: 'Opening: two out of 17 patients',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'responders',
      value: 2,
      source: 'newsA',
      locator: 'Paragraph 3: only 2 of 17 cured',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'responders',
      value: 2,
      source: 'newsB',
      locator: 'Opening: tumours wiped out in two of 17',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'nonResponders',
      value: 15,
      source: 'newsB',
      locator: 'Cancers in the remaining 15 patients did not respond',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'expectedSurvivalWithoutTreatment',
      value: 'up to 6 months',
      source: 'newsA',
      locator: 'Paragraph 3',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'expectedSurvivalWithoutTreatment',
      value: '3 to 6 months',
      source: 'newsB',
      locator: 'Quote of the investigator on prognosis',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'adverseEvents',
      value: 'No side effects from the gene therapy (investigator); interleukin-2 can cause fluid retention',
      source: 'newsB',
      locator: 'Closing paragraphs',
    },
    {
      subject: { type: 'TRIAL', key: 'nciMart1' },
      field: 'engineeredCellPersistence',
      value: 'About 10% of circulating T cells during the first 2 months',
      source: 'newsA',
      locator: 'Paragraph on the modified cells surviving after injection',
    },
    // The responders: ages disagree between the reports; follow-up is described differently.
    {
      subject: { type: 'PATIENT', key: 'responderAxilla' },
      field: 'ageAtEnrollment',
      value: 53,
      source: 'newsA',
      locator: 'Paragraph 4: first successful patient',
    },
    {
      subject: { type: 'PATIENT', key: 'responderAxilla' },
      field: 'ageAtEnrollment',
      value: 52,
      source: 'newsB',
      locator: 'Case of the armpit and liver tumours',
    },
    {
      subject: { type: 'PATIENT', key: 'responderAxilla' },
      field: 'followUpMonths',
      value: 19,
      source: 'newsB',
      locator: 'Disease-free 19 months after treatment',
    },
    {
      subject: { type: 'PATIENT', key: 'responderAxilla' },
      field: 'followUpMonths',
      value: 'nearly 24',
      source: 'newsA',
      locator: 'Free of disease nearly 2 years after treatment began',
    },
    {
      subject: { type: 'PATIENT', key: 'responderAxilla' },
      field: 'metastaticSites',
      value: ['Axilla', 'Liver'],
      source: 'newsB',
      locator: 'Armpit tumour disappeared; liver tumour shrank and was removed',
    },
    {
      subject: { type: 'PATIENT', key: 'responderLung' },
      field: 'ageAtEnrollment',
      value: 39,
      source: 'newsA',
      locator: 'Paragraph 4: a second man',
    },
    {
      subject: { type: 'PATIENT', key: 'responderLung' },
      field: 'ageAtEnrollment',
      value: 30,
      source: 'newsB',
      locator: 'Case of the lung tumour',
    },
    {
      subject: { type: 'PATIENT', key: 'responderLung' },
      field: 'metastaticSites',
      value: ['Lung', 'Liver', 'Lymph nodes'],
      source: 'newsA',
      locator: 'Cancer that had spread to the lungs, liver and lymph nodes',
    },
    {
      subject: { type: 'PATIENT', key: 'responderLung' },
      field: 'metastaticSites',
      value: ['Lung'],
      source: 'newsB',
      locator: 'A lung tumour receded',
    },
    {
      subject: { type: 'PATIENT', key: 'responderLung' },
      field: 'followUpMonths',
      value: 18,
      source: 'newsB',
      locator: 'No signs of disease 18 months later',
    },
    // Safety history.
    {
      subject: { type: 'TRIAL', key: 'scidGeneTherapy' },
      field: 'patientsWithLeukaemia',
      value: 3,
      source: 'newsA',
      locator: 'Closing paragraph: three of eleven patients in one trial',
    },
    {
      subject: { type: 'TRIAL', key: 'scidGeneTherapy' },
      field: 'patientsWithLeukaemia',
      value: 2,
      source: 'newsB',
      locator: 'Two French bubble boys later developed leukaemia',
    },
    {
      subject: { type: 'TRIAL', key: 'scidGeneTherapy' },
      field: 'actualEnrollment',
      value: 11,
      source: 'newsA',
      locator: 'Closing paragraph',
    },
    {
      subject: { type: 'TRIAL', key: 'gt1999Death' },
      field: 'participantAgeAtDeath',
      value: 18,
      source: 'newsB',
      locator: 'Safety problems paragraph',
    },
    // The review's bibliographic record.
    {
      subject: { type: 'REVIEW', key: 'wysocki2004' },
      field: 'journal',
      value: 'Expert Opin Biol Ther',
      source: 'wysocki2004',
      locator: 'Citation line',
    },
    {
      subject: { type: 'REVIEW', key: 'wysocki2004' },
      field: 'pages',
      value: '1595-607',
      source: 'wysocki2004',
      locator: 'Citation line',
    },
  ],
};
