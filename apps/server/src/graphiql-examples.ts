import { DEFAULT_GRAPHIQL_QUERY } from './graphiql.js';

/**
 * The library of named example queries GraphiQL opens with, one tab each, covering the main tasks
 * people come for. Each runs on the curated knowledge base as it is (`apps/server/test/
 * graphiql-examples.test.ts` runs every one and checks it answers with data); `headers` says which
 * need a token.
 */
export interface GraphiQLExample {
  /** The operation name, which GraphiQL shows as the tab title. */
  name: string;
  /** What the example answers, shown as the query's first comment line. */
  task: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The least role the example needs; anonymous when absent. */
  role?: 'reader';
}

export const GRAPHIQL_EXAMPLES: readonly GraphiQLExample[] = [
  {
    name: 'NciTcrTrial',
    task: 'One trial with its therapies, outcome and what experts said',
    query: DEFAULT_GRAPHIQL_QUERY,
  },
  {
    name: 'FilterTrials',
    task: 'TCR or CAR-T trials in melanoma with a complete response, newest first, keyset paged',
    query: `query FilterTrials($after: String) {
  trials(
    filter: { modalities: [TCR_T_CELL, CAR_T_CELL], condition: "melanoma", hasCompleteResponse: true }
    orderBy: { field: START_DATE, direction: DESC }
    first: 20
    after: $after
  ) {
    totalCount
    nodes { id nctId title phase status startDate }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    name: 'SearchEverything',
    task: 'Full-text search over trials, therapies and reviews, ranked, with highlighted snippets',
    query: `query SearchEverything {
  search(query: "lymphocytes", first: 10) {
    totalCount
    edges {
      rank
      matchedField
      snippet
      node {
        __typename
        ... on Trial { title }
        ... on Therapy { name modality }
        ... on Review { title year }
      }
    }
  }
}`,
  },
  {
    name: 'ResponseRatesByModality',
    task: 'Pooled objective response rates per modality with 95 % Wilson intervals',
    query: `query ResponseRatesByModality {
  stats {
    trialCount
    pooledByModality {
      modality
      trials
      outcome {
        evaluable
        responders
        objectiveResponseRate { percent ci95 { lowerPercent upperPercent } }
      }
    }
  }
}`,
  },
  {
    name: 'TrialCounts',
    task: 'How trials spread over phases, statuses, start years and modalities',
    query: `query TrialCounts {
  stats {
    trialCount
    byPhase { label count share }
    byStatus { label count share }
    byStartYear { key label count }
    byModality { label count share }
  }
}`,
  },
  {
    name: 'TherapyConstructs',
    task: 'Engineered therapies: vector, transgene, antigen, cell source and the trials giving them',
    query: `query TherapyConstructs {
  therapies(first: 20, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    nodes {
      name
      modality
      vector
      transgene
      targetAntigen
      cellSource
      trials(first: 5) { nodes { title } }
    }
  }
}`,
  },
  {
    name: 'ExpertOpinions',
    task: 'Reviews and the experts’ judgements in them, with their stance and quote',
    query: `query ExpertOpinions {
  reviews(first: 20, orderBy: { field: YEAR, direction: DESC }) {
    nodes {
      kind
      title
      year
      journal
      assessments { expert affiliation stance quote }
      trials(first: 3) { nodes { title } }
    }
  }
}`,
  },
  {
    name: 'WhereSourcesDisagree',
    task: 'Where the sources disagree about a trial, and who said what',
    query: `query WhereSourcesDisagree {
  conflicts(subjectType: TRIAL) {
    subjectId
    field
    values
    claims { value locator source { kind title publishedOn } }
  }
}`,
  },
  {
    name: 'SourcesOfATrial',
    task: 'Every document a trial rests on, and each fact with the source that states it',
    query: `query SourcesOfATrial {
  trials(first: 1) {
    nodes {
      title
      sources { kind title publisher url }
      claims { field value locator source { title } }
    }
  }
}`,
  },
  {
    name: 'PatientsAndAdverseEvents',
    task: 'De-identified patients with best response and graded adverse events (reader token)',
    role: 'reader',
    query: `# Needs a reader token: add {"Authorization": "Bearer <token>"} in the Headers pane.
query PatientsAndAdverseEvents {
  patients(first: 20, filter: { bestResponses: [CR, PR] }) {
    totalCount
    nodes {
      subjectCode
      ageAtEnrollment
      bestResponse
      trial { title }
      adverseEvents { term grade }
    }
  }
}`,
  },
];

/** The examples as GraphiQL tabs: a comment naming the task, then the query. */
export function graphiqlTabs(): { query: string; variables?: string }[] {
  return GRAPHIQL_EXAMPLES.map((e) => ({
    query: e.query.startsWith('# Welcome') ? e.query : `# ${e.task}\n${e.query}\n`,
    ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}),
  }));
}
