import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';

/** The query GraphiQL opens with: the NCI TCR trial, its therapies, outcome and what experts said. */
export const DEFAULT_GRAPHIQL_QUERY = `# Welcome to GeneTrials. Press ▶ to run.
# The NCI trial of TCR-engineered T cells in metastatic melanoma:
# how it was given, how patients responded, and what the experts said.
query NciTcrTrial {
  trials(first: 1) {
    totalCount
    nodes {
      id
      title
      institution
      principalInvestigator
      conditions
      therapies {
        edges {
          role
          armName
          node { name modality vector transgene targetAntigen cellSource }
        }
      }
      outcome {
        patients
        evaluable
        responders
        completeResponses
        partialResponses
        objectiveResponseRate { percent ci95 { lowerPercent upperPercent } }
      }
      reviews {
        nodes {
          kind
          title
          year
          assessments { expert affiliation stance quote }
        }
      }
      conflicts { field values }
    }
  }
  conflicts { subjectType subjectId field values claims { value source { title } } }
}
`;

// The page bundles GraphiQL's scripts and styles from the installed package: nothing is
// fetched from a CDN, so it works on offline hospital and lab networks. Rendered once.
let cachedPage: string | undefined;
export function renderGeneTrialsGraphiQL(options: Parameters<typeof renderGraphiQL>[0]): string {
  cachedPage ??= renderGraphiQL(options);
  return cachedPage;
}

/**
 * Headers of the GraphiQL page: it changes only with a release, so browsers may keep it an hour
 * (compression is `useCompression`'s, which keeps the compressed page once per version).
 */
export function useGraphiQLHeaders(graphqlEndpoint = '/graphql'): Plugin {
  return {
    onResponse({ request, response }) {
      if (request.method !== 'GET' || response.status !== 200) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      response.headers.set('cache-control', 'public, max-age=3600');
    },
  };
}
