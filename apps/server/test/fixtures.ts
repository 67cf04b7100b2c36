import { type Db, tables } from '@genetrials/schema';

// A controlled data set for filter, ordering and statistics tests. Attributes cycle so that
// every filter value matches several rows and sort keys tie often.

export const PHASES = ['PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_3'] as const;
export const STATUSES = ['COMPLETED', 'RECRUITING', 'TERMINATED'] as const;
export const COUNTRIES = ['United States', 'France', 'China', null] as const;
export const CONDITIONS = [
  ['Metastatic melanoma'],
  ['Non-small cell lung cancer'],
  ['Melanoma', 'Uveal melanoma'],
  [],
];
export const RESPONSES = ['CR', 'PR', 'SD', 'PD', 'NO_RESPONSE', 'NE', null] as const;

export const THERAPIES = [
  {
    name: 'CD19 CAR T',
    modality: 'CAR_T_CELL',
    vector: 'LENTIVIRUS',
    targetAntigen: 'CD19',
    cellSource: 'AUTOLOGOUS',
  },
  {
    name: 'NY-ESO-1 TCR T',
    modality: 'TCR_T_CELL',
    vector: 'RETROVIRUS',
    targetAntigen: 'NY-ESO-1',
    cellSource: 'AUTOLOGOUS',
  },
  {
    name: 'GM-CSF tumour vaccine',
    modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE',
    vector: 'RETROVIRUS',
    targetAntigen: null,
    cellSource: 'ALLOGENEIC',
  },
  {
    name: 'T-VEC',
    modality: 'ONCOLYTIC_VIRUS',
    vector: 'HERPES_SIMPLEX_VIRUS',
    targetAntigen: null,
    cellSource: 'NONE',
  },
  {
    name: 'Cyclophosphamide',
    modality: 'CHEMOTHERAPY',
    vector: 'NONE',
    targetAntigen: null,
    cellSource: 'NONE',
  },
] as const;

export interface FixtureTrial {
  id: number;
  title: string;
  nctId: string | null;
  phase: (typeof PHASES)[number];
  status: (typeof STATUSES)[number];
  country: string | null;
  conditions: string[];
  sponsor: string;
  startYear: number | null;
  startDate: string | null;
  enrollment: number | null;
  therapyIdx: number[];
  patients: {
    id: number;
    response: (typeof RESPONSES)[number];
    age: number | null;
    sex: 'MALE' | 'FEMALE';
    grades: number[];
  }[];
}

export interface Fixture {
  trials: FixtureTrial[];
  therapyIds: number[];
  reviews: {
    id: number;
    kind: 'NEWS' | 'REVIEW_ARTICLE' | 'PRIMARY_REPORT';
    year: number | null;
    journal: string | null;
    stances: string[];
    trialIds: number[];
    therapyIds: number[];
  }[];
}

export async function insertFixture(db: Db, trialCount = 40): Promise<Fixture> {
  const fixture: Fixture = { trials: [], therapyIds: [], reviews: [] };
  await db.transaction(async (tx) => {
    for (const t of THERAPIES) {
      const [row] = await tx
        .insert(tables.therapies)
        .values({ ...t })
        .returning({ id: tables.therapies.id });
      fixture.therapyIds.push(row?.id as number);
    }
    for (let i = 0; i < trialCount; i++) {
      const startYear = i % 5 === 4 ? null : 2000 + (i % 7) * 3;
      const trial = {
        title: `Trial ${String.fromCharCode(65 + (i % 6))} ${i % 3}`,
        nctId: i % 4 === 3 ? null : `NCT${String(10000000 + i)}`,
        phase: PHASES[i % 4] as FixtureTrial['phase'],
        status: STATUSES[i % 3] as FixtureTrial['status'],
        country: COUNTRIES[i % 4] ?? null,
        conditions: CONDITIONS[i % 4] as string[],
        sponsor: i % 2 ? 'National Cancer Institute' : 'Acme Biotherapeutics',
        startYear,
        startDate: startYear === null ? null : `${startYear}-0${1 + (i % 9)}`,
        enrollment: i % 6 === 5 ? null : 10 + (i % 4) * 5,
      };
      const [row] = await tx
        .insert(tables.trials)
        .values({ ...trial, actualEnrollment: trial.enrollment })
        .returning({ id: tables.trials.id });
      const id = row?.id as number;
      const therapyIdx = [i % 5, (i + 2) % 5].filter((v, k, a) => a.indexOf(v) === k);
      for (const [k, idx] of therapyIdx.entries()) {
        await tx.insert(tables.trialTherapies).values({
          trialId: id,
          therapyId: fixture.therapyIds[idx] as number,
          role: k === 0 ? 'EXPERIMENTAL' : 'CONDITIONING',
          armName: 'Arm A',
        });
      }
      const patients: FixtureTrial['patients'] = [];
      for (let p = 0; p < 3 + (i % 4); p++) {
        const response = i % 10 === 9 ? null : (RESPONSES[(i + p) % RESPONSES.length] ?? null);
        const age = (i + p) % 5 === 0 ? null : 20 + ((i * 7 + p * 11) % 60);
        const sex = (i + p) % 2 ? ('MALE' as const) : ('FEMALE' as const);
        const [prow] = await tx
          .insert(tables.patients)
          .values({
            trialId: id,
            subjectCode: `T${i}-P${p}`,
            bestResponse: response,
            ageAtEnrollment: age,
            sex,
          })
          .returning({ id: tables.patients.id });
        const grades = (i + p) % 3 === 0 ? [1 + ((i + p) % 5)] : [];
        for (const grade of grades) {
          await tx
            .insert(tables.adverseEvents)
            .values({ patientId: prow?.id as number, term: 'Cytokine release syndrome', grade });
        }
        patients.push({ id: prow?.id as number, response, age, sex, grades });
      }
      fixture.trials.push({ id, ...trial, therapyIdx, patients });
    }
    for (let r = 0; r < 12; r++) {
      const kind = (['NEWS', 'REVIEW_ARTICLE', 'PRIMARY_REPORT'] as const)[r % 3] as 'NEWS';
      const review = {
        kind,
        title: `Review ${r % 4}`,
        year: r % 5 === 0 ? null : 2000 + r,
        journal: r % 2 ? 'Journal of Gene Medicine' : null,
      };
      const [row] = await tx.insert(tables.reviews).values(review).returning({ id: tables.reviews.id });
      const id = row?.id as number;
      const stances = r % 4 === 0 ? [] : [(['FAVORABLE', 'MIXED', 'UNFAVORABLE'] as const)[r % 3] as 'MIXED'];
      for (const stance of stances)
        await tx
          .insert(tables.assessments)
          .values({ reviewId: id, expert: `Expert ${r}`, quote: 'Quote', stance });
      const trialIds = [fixture.trials[r]?.id as number, fixture.trials[r + 1]?.id as number];
      for (const trialId of trialIds) await tx.insert(tables.reviewTrials).values({ reviewId: id, trialId });
      const therapyIds = [fixture.therapyIds[r % 5] as number];
      for (const therapyId of therapyIds)
        await tx.insert(tables.reviewTherapies).values({ reviewId: id, therapyId });
      fixture.reviews.push({ id, ...review, stances, trialIds, therapyIds });
    }
  });
  return fixture;
}
