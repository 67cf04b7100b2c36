// Type-level checks: `tsc --noEmit` (the package's typecheck) fails if any
// `@ts-expect-error` below stops being an error. Never executed.
import {
  type OperationResult,
  useGeneTrialsMutation,
  useGeneTrialsQuery,
  useInfiniteConnection,
  useInfiniteTrials,
} from '../src/index.js';

export function TypeChecks() {
  const trials = useGeneTrialsQuery('trials', { first: 10, filter: { phases: ['PHASE_1'] } });
  const title: string | undefined = trials.data?.trials.nodes[0]?.title;
  const code: string | undefined = trials.error?.code;

  // @ts-expect-error: `frist` is not a variable of the Trials operation
  useGeneTrialsQuery('trials', { frist: 10 });
  // @ts-expect-error: `titel` is not a field the Trials operation selects
  trials.data?.trials.nodes[0]?.titel;
  // @ts-expect-error: trialPatients needs its `id`
  useGeneTrialsQuery('trialPatients');
  // @ts-expect-error: a mutation is not a query
  useGeneTrialsQuery('createTrial', { input: { title: 'x' } });
  // @ts-expect-error: a query is not a mutation
  useGeneTrialsMutation('trials');

  const create = useGeneTrialsMutation('createTrial');
  // @ts-expect-error: createTrial takes `input`
  create.mutate({ trial: { title: 'x' } });

  const pages = useInfiniteTrials({ first: 1 });
  const first: string | undefined = pages.items[0]?.title;
  // @ts-expect-error: the hook owns `after`
  useInfiniteTrials({ after: 'cursor' });
  // @ts-expect-error: stats has no connection to page
  useInfiniteConnection('stats', {}, (data: OperationResult<'stats'>) => data.stats);
  const hits = useInfiniteConnection('search', { query: 'CAR' }, (data) => data.search);
  const rank: number | undefined = hits.items[0]?.rank;

  return [title, code, first, rank];
}
