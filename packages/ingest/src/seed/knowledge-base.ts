/**
 * The curated knowledge base GeneTrials starts from, written from the three seed documents in
 * `data/seeds/` (see its README): two news reports of the NCI gene-engineered T-cell trial in
 * melanoma ("report A", "report B") and the PubMed record of a 2004 review. Facts only, in
 * GeneTrials' own words. No patient is named: report A names a responder, and that name is
 * deliberately left out everywhere.
 *
 * PROVENANCE RULE — one rule for every curated column of every seeded trial, therapy, patient,
 * adverse event and review (tested in packages/ingest/test/seed-provenance.test.ts):
 *
 * 1. Every fact is a claim. What a seed document states about a field is a claim citing that
 *    document (value in GeneTrials' vocabulary, e.g. "armpit" → `Axilla`; the locator points at
 *    the passage). A document that says nothing about a field makes no claim on it.
 * 2. The documents agree (one distinct value): the curated column holds that value.
 * 3. The documents disagree (two or more distinct values): the curated column is null — an empty
 *    list for list columns, no rows for a disputed count — and every reported value stays a
 *    claim. The curator does not arbitrate: no curator inference is added for that field.
 *    (So: both responders' ages, the investigator's name, the first responder's follow-up, the
 *    second responder's metastatic sites and the leukaemia cases of the SCID trial are null/empty.)
 * 4. No document states the field: the column is null, unless it is a required column (title,
 *    name, modality) or its value follows from a stated fact by definition or classification (a
 *    death is CTCAE grade 5 and serious; a DOI's resolver URL; "cleared of his cancer" → a response
 *    category). Such a value is backed by a claim citing the single "Curator inference" source
 *    (kind CURATOR_INFERENCE), whose locator starts "Rationale:" and says why.
 * 5. Outside knowledge no seed states (the primary paper's title, authors, year, volume, pages,
 *    DOI and PMID; the MART-1 antigen; the retroviral vector; the trial's country for the SCID
 *    trial; the investigator's middle initial) is never the curated value of a nullable column.
 *    Where worth keeping it is a CURATOR_INFERENCE claim with its rationale; required columns that
 *    carry it (the NCI trial's title, the therapy's name) carry a CURATOR_INFERENCE claim too.
 * 6. Narrative columns (title, name, summary, description, notes) are the curator's wording of
 *    claimed facts and name no outside-knowledge fact without a CURATOR_INFERENCE claim on the
 *    same field. Assessment quotes are verbatim from a seed document; an elision is "[...]" and
 *    an inserted word is in [brackets]. Subject codes are the project's own identifiers.
 */
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

/** The key of the one source behind every curator inference. */
export const CURATOR_SOURCE = 'curator';

/**
 * Claims about an adverse event are made on its patient (the seed writer keys patients, not
 * events), with the field `adverseEvent` + the column name: `adverseEventTerm`, `adverseEventGrade`.
 */
export const adverseEventField = (column: string): string =>
  `adverseEvent${column.charAt(0).toUpperCase()}${column.slice(1)}`;

type Subject = SeedClaim['subject'];
const trial = (key: string): Subject => ({ type: 'TRIAL', key });
const therapy = (key: string): Subject => ({ type: 'THERAPY', key });
const patient = (key: string): Subject => ({ type: 'PATIENT', key });
const review = (key: string): Subject => ({ type: 'REVIEW', key });

/** What a seed document states. */
const said = (
  subject: Subject,
  field: string,
  value: unknown,
  source: string,
  locator: string,
): SeedClaim => ({
  subject,
  field,
  value,
  source,
  locator,
});

/** A value no seed document states, with the curator's reason for it. */
const inferred = (subject: Subject, field: string, value: unknown, rationale: string): SeedClaim => ({
  subject,
  field,
  value,
  source: CURATOR_SOURCE,
  locator: `Rationale: ${rationale}`,
});

const NON_RESPONDERS = 15;
const nonResponderKey = (n: number) => `nciNonResponder${String(n).padStart(2, '0')}`;
const nonResponders: (PatientInput & { key: string })[] = Array.from({ length: NON_RESPONDERS }, (_, i) => ({
  key: nonResponderKey(i + 1),
  subjectCode: `NCI-MART1-${String(i + 1).padStart(2, '0')}`,
  bestResponse: 'NO_RESPONSE' as const,
  notes:
    'Reported only as one of the 15 patients whose cancer did not respond; no individual details published in the seed reports.',
}));

const ADVANCED_REFRACTORY = 'Metastatic (advanced, refractory to standard therapy)';

const PRIMARY_PAPER =
  'Outside knowledge, stated by no seed document: the published record of the primary report (Morgan RA, Dudley ME, et al. Science 2006;314(5796):126-9; doi 10.1126/science.1129003; PMID 16946036). The news reports name only the journal (Science). Verify against PubMed before promoting to a curated value.';

export const knowledgeBase: SeedKnowledgeBase = {
  sources: {
    science2006: {
      kind: 'JOURNAL_ARTICLE',
      title:
        'Science report of the NCI gene-engineered T-cell trial in metastatic melanoma (cited by news reports A and B; its title is not given in the seed documents)',
      publisher: 'Science',
    },
    newsA: {
      kind: 'NEWS',
      title:
        'News report A (seed document news-nci-tcr-melanoma-trial-a.txt): NCI gene therapy trial shows some success against melanoma, experts urge caution',
    },
    newsB: {
      kind: 'NEWS',
      title:
        'News report B (seed document news-nci-tcr-melanoma-trial-b.txt): gene-altered immune cells wipe out tumours in two of 17 melanoma patients',
    },
    wysocki2004: {
      kind: 'REVIEW',
      title: 'Human cancer gene therapy with cytokine gene-modified cells (PubMed record)',
      publisher: 'Expert Opinion on Biological Therapy',
      publishedOn: '2004-10',
      doi: '10.1517/14712598.4.10.1595',
    },
    [CURATOR_SOURCE]: {
      kind: 'CURATOR_INFERENCE',
      title:
        'Curator inference: values no seed document states, each claim giving its rationale in the locator',
      publisher: 'GeneTrials curators',
    },
  },

  therapies: {
    mart1Tcr: {
      name: 'Anti-MART-1 TCR-engineered autologous lymphocytes',
      modality: 'TCR_T_CELL',
      transgene: 'Genes coding for a receptor that recognises melanoma cells',
      cellSource: 'AUTOLOGOUS',
      description:
        "The patient's own T cells, given a new melanoma-recognising receptor gene by a viral vector (a virus made safe) in the laboratory and infused back. The engineered cells survived, making up about a tenth of the T cells during the first two months.",
    },
    lymphodepletion: {
      name: 'Lymphodepleting chemotherapy',
      modality: 'CHEMOTHERAPY',
      description:
        'Chemotherapy given before the cell infusion to kill most of the existing immune system, which the transferred cells replace.',
    },
    il2: {
      name: 'Interleukin-2',
      modality: 'CYTOKINE',
      description:
        'Drug given with the engineered cells; the investigator says it can cause fluid retention.',
    },
    cytokineGeneModifiedVaccine: {
      name: 'Cytokine gene-modified cell vaccines',
      modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
      description:
        'A therapy class: cells modified with cytokine genes, given to activate innate and adaptive anti-tumour immune responses while avoiding the toxicity of therapeutic doses of systemic recombinant cytokines. Studied in numerous phase I and II trials; a few randomised phase III trials had recently been initiated by 2004.',
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
        'Anti-MART-1 T-cell receptor gene-engineered lymphocytes for metastatic melanoma (US National Cancer Institute)',
      conditions: ['Metastatic melanoma'],
      institution: 'US National Cancer Institute',
      country: 'United States',
      actualEnrollment: 17,
      summary:
        'Seventeen patients with metastatic melanoma that standard treatments had failed, and an expected survival of a few months, received their own T cells engineered in the laboratory with a melanoma-recognising receptor gene, after chemotherapy that killed most of their immune system and with interleukin-2. Two patients had lasting regression of their cancer; the other fifteen did not respond. The investigator reported no side effects from the gene therapy itself and called the treatment highly experimental, and the first to show tumour regression in humans caused by gene manipulation. The reports spell his first name Stephen and Steven.',
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
          diseaseStage: ADVANCED_REFRACTORY,
          metastaticSites: ['Axilla', 'Liver'],
          bestResponse: 'PR',
          status: 'ALIVE_DISEASE_FREE',
          notes:
            'A tumour in the armpit disappeared and a liver tumour shrank enough to be removed surgically; disease-free 19 months after treatment in one report, nearly two years after treatment began in the other, so follow-up is left unset. Recorded as a partial response because the regression was completed by surgery. Melanoma first diagnosed in 1999. The reports give his age as 53 and as 52.',
        },
        {
          key: 'responderLung',
          subjectCode: 'NCI-MART1-R2',
          sex: 'MALE',
          diseaseStage: ADVANCED_REFRACTORY,
          bestResponse: 'CR',
          followUpMonths: 18,
          status: 'ALIVE_DISEASE_FREE',
          notes:
            'Cleared of cancer that had spread to the lungs, liver and lymph nodes in one report; in the other a lung tumour receded (so metastatic sites are left unset). No sign of disease 18 months later. The reports give his age as 39 and as 30.',
        },
        ...nonResponders,
      ],
    },
    scidGeneTherapy: {
      title: 'Gene therapy for severe combined immunodeficiency ("bubble boys")',
      conditions: ['Severe combined immunodeficiency'],
      actualEnrollment: 11,
      summary:
        'A gene therapy trial in children with severe combined immunodeficiency, the first success of gene therapy. It was stopped when patients treated in it developed leukaemia: three of eleven patients according to one report, two French boys according to the other, so no patient is recorded with leukaemia and both counts are kept as claims.',
      therapies: [{ therapy: 'scidGeneTransfer', role: 'EXPERIMENTAL' }],
      patients: Array.from({ length: 11 }, (_, i) => ({
        subjectCode: `SCID-FR-${String(i + 1).padStart(2, '0')}`,
        notes:
          'Enrolled; no individual details in the seed reports. Three (report A) or two (report B) of the patients later developed leukaemia.',
      })),
    },
    gt1999Death: {
      title: 'Gene therapy experiment in which an 18-year-old participant died (1999)',
      startDate: '1999',
      summary:
        'A 1999 gene therapy experiment in which an 18-year-old participant died, remembered as one of the safety setbacks of the field. The seed reports give no further details of the disease, vector or institution.',
      therapies: [],
      patients: [
        {
          key: 'gt1999Participant',
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
      title:
        'Science report of the NCI gene-engineered T-cell trial in metastatic melanoma (title not stated in the seed documents)',
      authors: [],
      authorsComplete: false,
      journal: 'Science',
      summary:
        'Primary report of the NCI trial, as the news reports describe it: 17 patients with metastatic melanoma received their own T cells engineered with a melanoma-recognising receptor gene; two had lasting regression of their cancer, and the engineered cells persisted in the blood.',
      source: 'science2006',
      trials: ['nciMart1'],
      therapies: ['mart1Tcr'],
    },
    newsA: {
      kind: 'NEWS',
      title:
        'News report A: gene therapy trial at the US National Cancer Institute shows some success against melanoma',
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
      title: 'News report B: gene-altered immune cells wipe out tumours in two of 17 melanoma patients',
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
            'This certainly is a significant technical advance that is going to fuel more interest ... and more enthusiasm, I hope, among researchers [...] it is undeniable the response here is rather disappointing.',
          stance: 'MIXED',
          rationale:
            'Calls it a significant technical advance while judging the response rate rather disappointing.',
        },
        {
          expert: 'Savio Woo',
          affiliation:
            'Mount Sinai School of Medicine; past president of the American Society of Gene Therapy',
          quote:
            '[They] need to do it in more patients and get better response rates, and when that happens we can all pop the champagne.',
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
    // ── The NCI trial ────────────────────────────────────────────────────────────────────────
    inferred(
      trial('nciMart1'),
      'title',
      'Anti-MART-1 T-cell receptor gene-engineered lymphocytes for metastatic melanoma (US National Cancer Institute)',
      'Title written by the curator. "Anti-MART-1 T-cell receptor" is outside knowledge of the published trial (Morgan et al., Science 2006): the seed reports say only that the T cells were given genes for a new receptor designed to recognise melanoma cells. Kept in the title because the trial is known by it; the targetAntigen column stays null.',
    ),
    said(
      trial('nciMart1'),
      'conditions',
      ['Metastatic melanoma'],
      'newsA',
      'Paragraph 3: "17 terminal skin cancer patients" with "a melanoma"; paragraph 4: cancer "had spread to the lungs, liver and lymph nodes"',
    ),
    said(
      trial('nciMart1'),
      'conditions',
      ['Metastatic melanoma'],
      'newsB',
      '"infused 17 patients suffering from metastatic melanoma"',
    ),
    said(
      trial('nciMart1'),
      'institution',
      'US National Cancer Institute',
      'newsA',
      'Opening: "gene therapy trials at the US National Cancer Institute, Bethesda"',
    ),
    said(
      trial('nciMart1'),
      'institution',
      'US National Cancer Institute',
      'newsB',
      '"dr steven rosenberg of the us national cancer institute ( nci ) and colleagues"',
    ),
    said(
      trial('nciMart1'),
      'institutionCity',
      'Bethesda',
      'newsA',
      'Opening: "US National Cancer Institute, Bethesda"',
    ),
    said(
      trial('nciMart1'),
      'country',
      'United States',
      'newsA',
      'Opening: "the US National Cancer Institute"',
    ),
    said(trial('nciMart1'), 'country', 'United States', 'newsB', 'Opening: "us researchers report"'),
    // The two reports spell the investigator's first name differently: the column stays null.
    said(
      trial('nciMart1'),
      'principalInvestigator',
      'Stephen Rosenberg',
      'newsA',
      'Paragraph 2: "Dr Stephen Rosenberg, who lead the research team"',
    ),
    said(
      trial('nciMart1'),
      'principalInvestigator',
      'Steven Rosenberg',
      'newsB',
      '"dr steven rosenberg of the us national cancer institute ( nci ) and colleagues"',
    ),
    said(
      trial('nciMart1'),
      'investigatorRole',
      'Chief of surgery at the NCI',
      'newsB',
      '"says rosenberg who is chief of surgery at the nci"',
    ),
    said(
      trial('nciMart1'),
      'actualEnrollment',
      17,
      'newsA',
      'Paragraph 3: "The team treated 17 terminal skin cancer patients"',
    ),
    said(trial('nciMart1'), 'actualEnrollment', 17, 'newsB', 'Opening: "two out of 17 patients"'),
    said(trial('nciMart1'), 'responders', 2, 'newsA', 'Paragraph 3: "Of the 17 subjects only 2 were cured"'),
    said(
      trial('nciMart1'),
      'responders',
      2,
      'newsB',
      'Opening: "two out of 17 patients ... have had their tumours wiped out"',
    ),
    said(
      trial('nciMart1'),
      'nonResponders',
      15,
      'newsA',
      'Paragraph 3: "The remaining 15 patients were not affected by the treatment"',
    ),
    said(
      trial('nciMart1'),
      'nonResponders',
      15,
      'newsB',
      '"the cancers in the remaining 15 patients did not respond"',
    ),
    said(
      trial('nciMart1'),
      'expectedSurvivalWithoutTreatment',
      'up to 6 months',
      'newsA',
      'Paragraph 3: "only expected to live for up to 6 months"',
    ),
    said(
      trial('nciMart1'),
      'expectedSurvivalWithoutTreatment',
      '3 to 6 months',
      'newsB',
      '"expected to live just three to six months, he says"',
    ),
    said(
      trial('nciMart1'),
      'adverseEvents',
      'No side effects from the gene therapy (investigator); interleukin-2 can cause fluid retention',
      'newsB',
      '"rosenberg says there are no side effects from the melanoma gene therapy"',
    ),
    said(
      trial('nciMart1'),
      'engineeredCellPersistence',
      'About 10% of T cells during the first 2 months',
      'newsA',
      'Paragraph 6: "making up 10% of the subject\'s T cell count during the first 2 months"',
    ),

    // ── Its therapies ───────────────────────────────────────────────────────────────────────
    inferred(
      therapy('mart1Tcr'),
      'name',
      'Anti-MART-1 TCR-engineered autologous lymphocytes',
      'Name written by the curator. "Anti-MART-1 TCR" is outside knowledge of the published trial (Morgan et al., Science 2006); the seed reports say "genes that code for receptors designed to recognise melanoma cells".',
    ),
    inferred(
      therapy('mart1Tcr'),
      'modality',
      'TCR_T_CELL',
      'Required column. The seeds say T cells were modified "to contain a new receptor" (report A) coded by genes "designed to recognise melanoma cells" (report B); that the receptor is a T-cell receptor is the curator\'s classification, consistent with the published trial.',
    ),
    inferred(
      therapy('mart1Tcr'),
      'targetAntigen',
      'MART-1',
      'Outside knowledge: the published trial targeted the MART-1 melanoma antigen. No seed document names an antigen, so the curated column is null.',
    ),
    inferred(
      therapy('mart1Tcr'),
      'vector',
      'RETROVIRUS',
      'Outside knowledge: the published trial used a retroviral vector. Report A says only "a viral vector, i.e. a virus made safe", so the curated column is null.',
    ),
    said(
      therapy('mart1Tcr'),
      'vectorDescription',
      'A viral vector: a virus made safe to insert the receptor in the cell',
      'newsA',
      'Paragraph 5: "The new receptor is inserted with the use of a viral vector"',
    ),
    said(
      therapy('mart1Tcr'),
      'transgene',
      'Genes coding for a receptor that recognises melanoma cells',
      'newsB',
      '"modified with genes that code for receptors designed to recognise melanoma cells"',
    ),
    said(
      therapy('mart1Tcr'),
      'cellSource',
      'AUTOLOGOUS',
      'newsA',
      'Paragraph 6: "T Cells were removed from each patient and modified in the laboratory"',
    ),
    said(
      therapy('mart1Tcr'),
      'cellSource',
      'AUTOLOGOUS',
      'newsB',
      '"with their own white blood cells that had been removed and genetically engineered"',
    ),
    said(
      therapy('lymphodepletion'),
      'modality',
      'CHEMOTHERAPY',
      'newsA',
      'Paragraph 6: "Patients underwent chemotherapy to kill most of their current immune system"',
    ),
    inferred(
      therapy('il2'),
      'modality',
      'CYTOKINE',
      'Required column. Report B names "the drug interleukin-2"; interleukin-2 is a cytokine by definition.',
    ),
    said(
      therapy('il2'),
      'sideEffects',
      'Can cause fluid retention',
      'newsB',
      '"administered with the drug interleukin - 2 , which can cause fluid retention , he says"',
    ),

    // ── The responders (ages disagree, so they stay null) ─────────────────────────────────
    said(
      patient('responderAxilla'),
      'sex',
      'MALE',
      'newsA',
      'Paragraph 4: first successful patient, "He has been fighting cancer"',
    ),
    said(
      patient('responderAxilla'),
      'sex',
      'MALE',
      'newsB',
      '"a 52 - year - old man had a tumour in his armpit disappear"',
    ),
    said(
      patient('responderAxilla'),
      'ageAtEnrollment',
      53,
      'newsA',
      'Paragraph 4: the first successful patient, aged 53',
    ),
    said(patient('responderAxilla'), 'ageAtEnrollment', 52, 'newsB', '"a 52 - year - old man"'),
    said(
      patient('responderAxilla'),
      'diseaseStage',
      ADVANCED_REFRACTORY,
      'newsB',
      '"metastatic melanoma"; "advanced skin cancer that was not helped by standard therapies"',
    ),
    said(
      patient('responderAxilla'),
      'metastaticSites',
      ['Axilla', 'Liver'],
      'newsB',
      '"a tumour in his armpit disappear and another on his liver shrunk enough to be surgically removed"',
    ),
    said(
      patient('responderAxilla'),
      'followUpMonths',
      19,
      'newsB',
      '"he remained disease - free 19 months after treatment"',
    ),
    said(
      patient('responderAxilla'),
      'followUpMonths',
      'nearly 24',
      'newsA',
      'Paragraph 4: free of the disease "nearly 2 years after treatment began"',
    ),
    said(
      patient('responderAxilla'),
      'status',
      'ALIVE_DISEASE_FREE',
      'newsA',
      'Paragraph 4: "Doctors confirmed he was free of the disease last week"',
    ),
    said(
      patient('responderAxilla'),
      'status',
      'ALIVE_DISEASE_FREE',
      'newsB',
      '"he remained disease - free 19 months after treatment"',
    ),
    inferred(
      patient('responderAxilla'),
      'bestResponse',
      'PR',
      'Neither report uses response categories. Report B: the armpit tumour disappeared and the liver tumour "shrunk enough to be surgically removed"; report A: it shrank "to the extent it could be removed surgically". Regression completed by surgery is classified as a partial response to the therapy.',
    ),
    said(patient('responderLung'), 'sex', 'MALE', 'newsA', 'Paragraph 4: "A second man (39)"'),
    said(patient('responderLung'), 'sex', 'MALE', 'newsB', '"another patient , a 30 - year - old man"'),
    said(patient('responderLung'), 'ageAtEnrollment', 39, 'newsA', 'Paragraph 4: "A second man (39)"'),
    said(
      patient('responderLung'),
      'ageAtEnrollment',
      30,
      'newsB',
      '"another patient , a 30 - year - old man"',
    ),
    said(
      patient('responderLung'),
      'diseaseStage',
      ADVANCED_REFRACTORY,
      'newsB',
      '"metastatic melanoma"; "advanced skin cancer that was not helped by standard therapies"',
    ),
    said(
      patient('responderLung'),
      'metastaticSites',
      ['Lung', 'Liver', 'Lymph nodes'],
      'newsA',
      'Paragraph 4: "his cancer which had spread to the lungs, liver and lymph nodes"',
    ),
    said(patient('responderLung'), 'metastaticSites', ['Lung'], 'newsB', '"had a lung tumour recede"'),
    said(
      patient('responderLung'),
      'followUpMonths',
      18,
      'newsB',
      '"showed no signs of disease 18 months later"',
    ),
    said(
      patient('responderLung'),
      'status',
      'ALIVE_DISEASE_FREE',
      'newsA',
      'Paragraph 4: "was cleared of his cancer"',
    ),
    said(
      patient('responderLung'),
      'status',
      'ALIVE_DISEASE_FREE',
      'newsB',
      '"showed no signs of disease 18 months later"',
    ),
    inferred(
      patient('responderLung'),
      'bestResponse',
      'CR',
      'Neither report uses response categories. Report A: "cleared of his cancer"; report B: a lung tumour receded and he "showed no signs of disease 18 months later", with no surgery mentioned. Classified as a complete response.',
    ),
    ...Array.from({ length: NON_RESPONDERS }, (_, i) => [
      said(
        patient(nonResponderKey(i + 1)),
        'bestResponse',
        'NO_RESPONSE',
        'newsA',
        'Paragraph 3: "The remaining 15 patients were not affected by the treatment"',
      ),
      said(
        patient(nonResponderKey(i + 1)),
        'bestResponse',
        'NO_RESPONSE',
        'newsB',
        '"the cancers in the remaining 15 patients did not respond"',
      ),
    ]).flat(),

    // ── Safety history ──────────────────────────────────────────────────────────────────────
    said(
      trial('scidGeneTherapy'),
      'conditions',
      ['Severe combined immunodeficiency'],
      'newsA',
      'Closing paragraph: "so called bubble boys (patients with severe combined immunodeficiency)"',
    ),
    said(
      trial('scidGeneTherapy'),
      'conditions',
      ['Severe combined immunodeficiency'],
      'newsB',
      '"two french bubble boys with a rare immune disorder"',
    ),
    said(
      trial('scidGeneTherapy'),
      'actualEnrollment',
      11,
      'newsA',
      'Closing paragraph: "three of eleven patients in one trial"',
    ),
    // The reports disagree on how many developed leukaemia: no patient row records it.
    said(
      trial('scidGeneTherapy'),
      'patientsWithLeukaemia',
      3,
      'newsA',
      'Closing paragraph: "three of eleven patients in one trial had developed leukemia"',
    ),
    said(
      trial('scidGeneTherapy'),
      'patientsWithLeukaemia',
      2,
      'newsB',
      '"one experiment cured two french bubble boys ... but later gave them leukaemia"',
    ),
    inferred(
      trial('scidGeneTherapy'),
      'country',
      'France',
      'Report B calls the two patients "french bubble boys"; that the trial ran in France is the curator\'s reading, so the curated column is null.',
    ),
    inferred(
      trial('scidGeneTherapy'),
      'reportIdentity',
      'Report A\'s "one trial" with three of eleven leukaemia cases and report B\'s experiment on two French "bubble boys" are recorded as one trial',
      'Both reports describe a SCID ("bubble boy") gene therapy trial halted by leukaemia cases and neither names it; the curator treats them as the same trial.',
    ),
    said(
      trial('gt1999Death'),
      'startDate',
      '1999',
      'newsB',
      '"an 18 - year - old died in a 1999 gene therapy experiment"',
    ),
    said(
      trial('gt1999Death'),
      'participantAgeAtDeath',
      18,
      'newsB',
      '"an 18 - year - old died in a 1999 gene therapy experiment"',
    ),
    said(
      patient('gt1999Participant'),
      'ageAtEnrollment',
      18,
      'newsB',
      '"an 18 - year - old died in a 1999 gene therapy experiment"',
    ),
    said(
      patient('gt1999Participant'),
      'status',
      'DECEASED',
      'newsB',
      '"an 18 - year - old died in a 1999 gene therapy experiment"',
    ),
    said(
      patient('gt1999Participant'),
      adverseEventField('term'),
      'Death',
      'newsB',
      '"an 18 - year - old died in a 1999 gene therapy experiment"',
    ),
    inferred(
      patient('gt1999Participant'),
      adverseEventField('grade'),
      5,
      'By definition: CTCAE grade 5 is death related to an adverse event.',
    ),
    inferred(
      patient('gt1999Participant'),
      adverseEventField('serious'),
      true,
      'By definition: an adverse event that results in death is serious (ICH E2A).',
    ),
    said(
      therapy('scidGeneTransfer'),
      'indication',
      'Severe combined immunodeficiency',
      'newsA',
      'Closing paragraph: gene therapy\'s "first successful application in so called bubble boys"',
    ),
    inferred(
      therapy('scidGeneTransfer'),
      'modality',
      'GENE_TRANSFER',
      'Required column. The reports call it gene therapy and name neither gene nor vector; GENE_TRANSFER is the generic class.',
    ),

    // ── The primary report: the news reports name only the journal ───────────────────────────
    said(
      review('science2006'),
      'journal',
      'Science',
      'newsA',
      'Opening: "published online yesterday by the scientific journal Science"',
    ),
    said(
      review('science2006'),
      'journal',
      'Science',
      'newsB',
      '"online ahead of print publication in the journal science"',
    ),
    inferred(
      review('science2006'),
      'title',
      'Science report of the NCI gene-engineered T-cell trial in metastatic melanoma (title not stated in the seed documents)',
      "Required column. The seeds do not give the paper's title, so the curator describes it; the published title is kept as the publishedTitle claim.",
    ),
    inferred(
      review('science2006'),
      'publishedTitle',
      'Cancer regression in patients after transfer of genetically engineered lymphocytes',
      PRIMARY_PAPER,
    ),
    inferred(
      review('science2006'),
      'authors',
      ['Richard A. Morgan', 'Mark E. Dudley'],
      `${PRIMARY_PAPER} First two authors only.`,
    ),
    inferred(review('science2006'), 'year', 2006, PRIMARY_PAPER),
    inferred(review('science2006'), 'volume', '314', PRIMARY_PAPER),
    inferred(review('science2006'), 'issue', '5796', PRIMARY_PAPER),
    inferred(review('science2006'), 'pages', '126-129', PRIMARY_PAPER),
    inferred(review('science2006'), 'doi', '10.1126/science.1129003', PRIMARY_PAPER),
    inferred(review('science2006'), 'pmid', '16946036', PRIMARY_PAPER),
    inferred(
      review('newsA'),
      'title',
      'News report A: gene therapy trial at the US National Cancer Institute shows some success against melanoma',
      'Required column. The seed text of report A carries no headline; the curator describes it from its opening paragraph.',
    ),
    inferred(
      review('newsB'),
      'title',
      'News report B: gene-altered immune cells wipe out tumours in two of 17 melanoma patients',
      'Required column. The seed text of report B carries no headline; the curator describes it from its opening sentences.',
    ),

    // ── The review's bibliographic record (the PubMed page) ───────────────────────────────────
    said(
      review('wysocki2004'),
      'title',
      'Human cancer gene therapy with cytokine gene-modified cells',
      'wysocki2004',
      'Title line',
    ),
    said(
      review('wysocki2004'),
      'authors',
      ['Piotr J. Wysocki'],
      'wysocki2004',
      'Author line: "Piotr J Wysocki et al."',
    ),
    said(
      review('wysocki2004'),
      'journal',
      'Expert Opinion on Biological Therapy',
      'wysocki2004',
      'Citation line: "Expert Opin Biol Ther" (NLM abbreviation)',
    ),
    said(review('wysocki2004'), 'year', 2004, 'wysocki2004', 'Citation line: "2004 Oct;4(10):1595-607"'),
    said(review('wysocki2004'), 'volume', '4', 'wysocki2004', 'Citation line: "2004 Oct;4(10):1595-607"'),
    said(review('wysocki2004'), 'issue', '10', 'wysocki2004', 'Citation line: "2004 Oct;4(10):1595-607"'),
    said(review('wysocki2004'), 'pages', '1595-1607', 'wysocki2004', 'Citation line: "1595-607"'),
    said(
      review('wysocki2004'),
      'doi',
      '10.1517/14712598.4.10.1595',
      'wysocki2004',
      'Citation line: "doi: 10.1517/14712598.4.10.1595"',
    ),
    inferred(
      review('wysocki2004'),
      'url',
      'https://doi.org/10.1517/14712598.4.10.1595',
      'By definition: the doi.org resolver address of the DOI on the citation line.',
    ),
    inferred(
      therapy('cytokineGeneModifiedVaccine'),
      'modality',
      'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
      'Required column. The review covers "therapies based on cytokine gene-modified cells" ("cancer immunogene therapy"); the curator files the class under this modality.',
    ),
    said(
      therapy('cytokineGeneModifiedVaccine'),
      'clinicalDevelopment',
      'Numerous phase I and II trials; a few randomised phase III trials recently initiated',
      'wysocki2004',
      'Abstract: "numerous Phase I and II clinical trials ... a few prospective, randomised, Phase III clinical trials have been initiated"',
    ),
  ],
};
