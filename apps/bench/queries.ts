// The fixed query mix of the benchmark. Each query is sent to the GraphQL server as a normal
// POST /graphql and to the baseline as POST /baseline/<name> with the same variables (plus the
// plain keys a hand-written endpoint would take instead of Relay cursors).

export const QUERY_NAMES = [
  'trialDetail',
  'trialsPage',
  'filteredPage',
  'search',
  'stats',
  'nested4',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** The three servers measured side by side. */
export const CONTENDERS = ['graphql', 'dataloader', 'baseline'] as const;
export type Contender = (typeof CONTENDERS)[number];
export const CONTENDER_LABELS: Record<Contender, string> = {
  graphql: 'GeneTrials',
  dataloader: 'DataLoader',
  baseline: 'hand-written',
};

/** Queries whose latency should not grow with the number of trials (keyset pagination). */
export const PAGINATED: readonly QueryName[] = ['trialsPage', 'filteredPage'];

/**
 * The read mix of the server-processes run: every query of the mix but `stats`, whose
 * whole-database aggregates take seconds at 10k trials and already run on the read pool's worker
 * threads (so a second process adds nothing to them, and one of them would dominate the mix).
 */
export const READ_MIX: readonly QueryName[] = QUERY_NAMES.filter((name) => name !== 'stats');

/** Queries an anonymous caller may send (the response cache serves only those). */
export const ANONYMOUS: readonly QueryName[] = ['trialsPage', 'filteredPage', 'search', 'stats', 'nested4'];

export interface BenchQuery {
  name: QueryName;
  description: string;
  /** Needs a reader token (patient-level fields). */
  reader: boolean;
  document: string;
}

export const QUERIES: Record<QueryName, BenchQuery> = {
  trialDetail: {
    name: 'trialDetail',
    description:
      'one trial by id with everything nested (therapies, outcome, 50 patients with adverse events, reviews with assessments)',
    reader: true,
    document: /* GraphQL */ `
      query TrialDetail($id: ID!) {
        trial(id: $id) {
          id nctId title officialTitle phase status conditions sponsor institution country
          principalInvestigator startDate completionDate plannedEnrollment actualEnrollment summary
          therapies(first: 20) {
            edges {
              role armName dose
              node { id name modality vector targetAntigen transgene cellSource }
            }
          }
          outcome {
            patients evaluable responders completeResponses partialResponses stableDisease progressiveDisease
            objectiveResponseRate { percent ci95 { lower upper } }
          }
          patients(first: 50) {
            totalCount
            nodes {
              id subjectCode ageAtEnrollment sex diseaseStage bestResponse followUpMonths status
              adverseEvents { term grade attribution serious }
            }
          }
          reviews(first: 10) {
            totalCount
            nodes {
              id kind title journal year doi
              assessments { expert affiliation stance quote }
            }
          }
        }
      }`,
  },
  trialsPage: {
    name: 'trialsPage',
    description: 'a page of 50 trials (keyset, from the middle of the list) with therapies and outcome',
    reader: false,
    document: /* GraphQL */ `
      query TrialsPage($after: String) {
        trials(first: 50, after: $after) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage }
          nodes {
            id nctId title phase status startDate country
            therapies(first: 5) { edges { role node { id name modality vector } } }
            outcome { evaluable responders objectiveResponseRate { percent ci95 { lower upper } } }
          }
        }
      }`,
  },
  filteredPage: {
    name: 'filteredPage',
    description:
      'a filtered (CAR-T or TCR, phase 1-2, started 2015 or later), ordered (start date desc) page of 20',
    reader: false,
    document: /* GraphQL */ `
      query FilteredPage {
        trials(
          filter: {
            modalities: [CAR_T_CELL, TCR_T_CELL]
            phases: [PHASE_1, PHASE_1_2, PHASE_2]
            startYear: { min: 2015 }
          }
          orderBy: { field: START_DATE, direction: DESC }
          first: 20
        ) {
          totalCount
          pageInfo { hasNextPage }
          nodes {
            id nctId title phase status startDate country
            outcome { evaluable responders objectiveResponseRate { percent } }
          }
        }
      }`,
  },
  search: {
    name: 'search',
    description: 'full-text search "CD19 lymphoma", first 10 of trials, therapies and reviews',
    reader: false,
    document: /* GraphQL */ `
      query Search {
        search(query: "CD19 lymphoma", first: 10) {
          totalCount
          edges {
            rank matchedField snippet
            node {
              __typename
              ... on Trial { id title phase }
              ... on Therapy { id name modality }
              ... on Review { id title year }
            }
          }
        }
      }`,
  },
  stats: {
    name: 'stats',
    description:
      'stats over all trials: counts by phase, status, start year and modality, pooled outcome by modality',
    reader: false,
    document: /* GraphQL */ `
      query Stats {
        stats {
          trialCount
          byPhase { key count share }
          byStatus { key count share }
          byStartYear { key count }
          byModality { key count share }
          pooledByModality {
            modality trials
            outcome { evaluable responders objectiveResponseRate { percent ci95 { lower upper } } }
          }
        }
      }`,
  },
  nested4: {
    name: 'nested4',
    description: '4 levels: 10 CAR-T therapies -> 5 trials each -> 3 reviews each -> their assessments',
    reader: false,
    document: /* GraphQL */ `
      query Nested4 {
        therapies(first: 10, filter: { modalities: [CAR_T_CELL] }) {
          nodes {
            id name
            trials(first: 5) {
              edges {
                role
                node {
                  id title
                  reviews(first: 3) { nodes { id title year assessments { expert stance } } }
                }
              }
            }
          }
        }
      }`,
  },
};

/** Variables of each query: the GraphQL ones, and the plain keys the baseline takes instead. */
export interface QueryVariables {
  graphql: Record<string, unknown>;
  baseline: Record<string, unknown>;
}

export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}
