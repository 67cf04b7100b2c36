import { hasRole, type Viewer } from '../../domain/roles.js';
import { type Outcome, type Rate, type ResponseCounts, summarizeOutcome } from '../../domain/statistics.js';
import { builder } from '../builder.js';

// Units: every fraction in [0, 1] is named plainly (estimate, lower, upper); every percentage
// says so in its name (percent, lowerPercent, upperPercent), rounded to one decimal from the
// same fraction, so a chart or table never mixes the two.
export const IntervalRef = builder.objectRef<{ lower: number; upper: number }>('Interval').implement({
  description:
    'A confidence interval of a proportion. `lower`/`upper` are fractions in [0, 1]; ' +
    '`lowerPercent`/`upperPercent` are the same bounds as percentages (one decimal).',
  fields: (t) => ({
    lower: t.exposeFloat('lower'),
    upper: t.exposeFloat('upper'),
    lowerPercent: t.float({
      description: 'Lower bound as a percentage in [0, 100], one decimal (pairs with `Rate.percent`).',
      resolve: (i) => round1(i.lower * 100),
    }),
    upperPercent: t.float({
      description: 'Upper bound as a percentage in [0, 100], one decimal (pairs with `Rate.percent`).',
      resolve: (i) => round1(i.upper * 100),
    }),
  }),
});

export const RateRef = builder.objectRef<Rate>('Rate').implement({
  description:
    'A proportion with its 95% Wilson score interval. Fractions: `estimate` with `ci95 { lower upper }`; ' +
    'percentages: `percent` with `ci95 { lowerPercent upperPercent }`.',
  fields: (t) => ({
    estimate: t.exposeFloat('estimate', { description: 'Proportion as a fraction in [0, 1].' }),
    percent: t.float({
      description:
        'The estimate as a percentage in [0, 100], one decimal; its interval in the same unit is ' +
        '`ci95 { lowerPercent upperPercent }`.',
      resolve: (r) => round1(r.estimate * 100),
    }),
    ci95: t.field({ type: IntervalRef, resolve: (r) => r.ci95 }),
  }),
});

/** A percentage rounded to one decimal, as every percent field shows it. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export const OutcomeRef = builder.objectRef<Outcome>('Outcome').implement({
  description:
    'Response summary. Evaluable: patients with a known best response (CR, PR, SD, PD or NO_RESPONSE). ' +
    'Responders: CR + PR. Rates are over evaluable patients with a 95% Wilson interval.',
  fields: (t) => ({
    patients: t.exposeInt('patients', { description: 'Patients recorded, evaluable or not.' }),
    evaluable: t.exposeInt('evaluable'),
    responders: t.exposeInt('responders'),
    completeResponses: t.exposeInt('completeResponses'),
    partialResponses: t.exposeInt('partialResponses'),
    stableDisease: t.exposeInt('stableDisease'),
    progressiveDisease: t.exposeInt('progressiveDisease'),
    noResponse: t.exposeInt('noResponse', { description: 'Reported only as not responding.' }),
    notEvaluable: t.exposeInt('notEvaluable'),
    unknown: t.exposeInt('unknown', { description: 'Patients whose best response is not known.' }),
    objectiveResponseRate: t.field({
      type: RateRef,
      nullable: true,
      description: 'Responders / evaluable; null when no patient is evaluable.',
      resolve: (o) => o.objectiveResponseRate,
    }),
    completeResponseRate: t.field({ type: RateRef, nullable: true, resolve: (o) => o.completeResponseRate }),
  }),
});

// ----- Small-cell protection -----

/**
 * Patient-derived cells of public aggregates are suppressed for callers without a reader token
 * when the population they are computed over has 1 to SMALL_CELL_THRESHOLD - 1 patients.
 */
export const SMALL_CELL_THRESHOLD = 5;

export const SMALL_CELL_RULE =
  `For callers without a reader token, a patient-derived figure computed over 1 to ${SMALL_CELL_THRESHOLD - 1} ` +
  'patients is suppressed: it is null and `suppressed` is true. Populations of 0 or of ' +
  `${SMALL_CELL_THRESHOLD} or more patients are shown exactly, and reader tokens always see exact figures.`;

/** True when a population of `patients` is a small cell that `viewer` may not see. */
export function isSmallCell(patients: number, viewer: Viewer): boolean {
  return patients > 0 && patients < SMALL_CELL_THRESHOLD && !hasRole(viewer.role, 'reader');
}

/** Parses the JSON counts an SQL aggregate returned into an outcome. */
export function outcomeFromJson(json: unknown): Outcome {
  const raw = (typeof json === 'string' ? JSON.parse(json) : (json ?? {})) as Partial<
    Record<keyof ResponseCounts, number | null>
  >;
  const n = (k: keyof ResponseCounts) => Number(raw[k] ?? 0);
  return summarizeOutcome({
    CR: n('CR'),
    PR: n('PR'),
    SD: n('SD'),
    PD: n('PD'),
    NO_RESPONSE: n('NO_RESPONSE'),
    NE: n('NE'),
    unknown: n('unknown'),
  });
}
