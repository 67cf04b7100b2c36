// Compiled by test/consumer.test.ts against the built package only:
// `@genetrials/sdk` resolves through package.json "exports" to dist/*.d.ts.
// The other workspace packages must stay out of a consumer's reach.

// @ts-expect-error the schema package (Pothos, drizzle) is not reachable.
import type {} from '@genetrials/schema';
import {
  createClient,
  type GeneTrialsClient,
  GeneTrialsError,
  graphql,
  type JsonValue,
  type Phase,
  type TrialDetailQuery,
  TrialsDocument,
  type TrialsQuery,
} from '@genetrials/sdk';
// @ts-expect-error the server is not reachable.
import type {} from '@genetrials/server';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

const client: GeneTrialsClient = createClient({
  url: 'http://localhost:4000/graphql',
  token: 'reader-token',
  fetch: (url, init) => fetch(url, init),
});

export async function showTrial(): Promise<string> {
  const { trial } = await client.trialDetail({ nctId: 'NCT00001234' });
  if (!trial) return 'not found';
  const rate = trial.outcome.objectiveResponseRate;
  const ci = rate ? `${rate.ci95.lower}-${rate.ci95.upper}` : 'n/a';
  const phase: Phase | null = trial.phase;
  const values: JsonValue[] = trial.conflicts.flatMap((conflict) => conflict.values);
  const arms = trial.therapies.edges.map(
    (edge) => `${edge.armName ?? '-'} ${edge.role} ${edge.node.modality}`,
  );
  const experts = trial.reviews.nodes.flatMap((review) => review.assessments.map((a) => a.stance));
  assertType<Equal<typeof trial.nctId, string | null>>();
  assertType<Equal<TrialDetailQuery['trial'], typeof trial | null>>();
  return [trial.title, phase, ci, values.length, arms.join(','), experts.join(',')].join(' ');
}

export async function pages(): Promise<number> {
  const page = await client.trials({ first: 10 });
  const next = page.trials.pageInfo.hasNextPage
    ? await client.trials({ first: 10, after: page.trials.pageInfo.endCursor })
    : page;
  const viaRequest = await client.request(TrialsDocument, { last: 5 });
  assertType<Equal<typeof viaRequest, TrialsQuery>>();
  return next.trials.totalCount + viaRequest.trials.nodes.length;
}

export async function byId(id: string): Promise<string> {
  const { node } = await client.node({ id });
  switch (node?.__typename) {
    case 'Trial':
      return node.title;
    case 'Patient':
      return node.subjectCode;
    case 'Source':
      return node.sourceKind;
    default:
      return 'other';
  }
}

export async function patientsOrCode(id: string): Promise<string | undefined> {
  // @ts-expect-error `id` is required for the TrialPatients query.
  await client.trialPatients();
  try {
    const result = await client.trialPatients({ id, first: 50 }, { signal: AbortSignal.timeout(5000) });
    return result.trial?.patients.nodes[0]?.adverseEvents[0]?.term;
  } catch (error) {
    if (error instanceof GeneTrialsError) return error.code;
    throw error;
  }
}

export async function customQuery(): Promise<void> {
  // graphql() only knows the documents this package was generated from; any
  // other string is `unknown` and cannot be sent untyped by mistake.
  const custom = graphql('query Custom { trials { totalCount } }');
  // @ts-expect-error an unknown document has no result type.
  await client.request(custom);
}
