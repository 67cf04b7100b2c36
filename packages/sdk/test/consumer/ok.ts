// Compiled by test/consumer.test.ts against the built package only:
// `@genetrials/sdk` resolves through package.json "exports" to dist/*.d.ts.
// The other workspace packages must stay out of a consumer's reach.

// @ts-expect-error the schema package (Pothos, drizzle) is not reachable.
import type {} from '@genetrials/schema';
import {
  createClient,
  type FragmentOf,
  type GeneTrialsClient,
  GeneTrialsError,
  graphql,
  type JsonValue,
  type Phase,
  type ResultOf,
  readFragment,
  type StatsQuery,
  type TrialDetailQuery,
  type TrialStatus,
  TrialsDocument,
  type TrialsQuery,
  type VariablesOf,
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
  const rate = trial.outcome?.objectiveResponseRate;
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
    return result.trial?.patients?.nodes[0]?.adverseEvents[0]?.term;
  } catch (error) {
    if (error instanceof GeneTrialsError) return error.code;
    throw error;
  }
}

export async function customQuery(): Promise<string | undefined> {
  // graphql() types any document from the schema, with no codegen here.
  const custom = graphql('query { trials(first: 2) { nodes { title phase } } }');
  const result = await client.request(custom);
  const phase = result.trials.nodes[0]?.phase;
  // The Phase union (undefined only under noUncheckedIndexedAccess).
  assertType<Equal<Exclude<typeof phase, undefined>, Phase | null>>();
  assertType<
    Equal<ResultOf<typeof custom>, { trials: { nodes: { title: string; phase: Phase | null }[] } }>
  >();
  return result.trials.nodes[0]?.title;
}

export async function customQueryWithVariables(): Promise<number> {
  const Filtered = graphql(`
    query Filtered($filter: TrialFilter, $first: Int!) {
      trials(filter: $filter, first: $first) {
        totalCount
        nodes { id createdAt claims { value } }
      }
    }
  `);
  assertType<Equal<VariablesOf<typeof Filtered>['first'], number>>();
  // @ts-expect-error `$first: Int!` is required.
  await client.request(Filtered);
  // @ts-expect-error not a Phase.
  await client.request(Filtered, { first: 1, filter: { phases: ['PHASE_9'] } });
  const { trials } = await client.request(Filtered, { first: 10, filter: { phases: ['PHASE_1'] } });
  const node = trials.nodes[0];
  if (node) {
    // Scalars: DateTime is an ISO string, JSON a JsonValue.
    assertType<Equal<typeof node.createdAt, string>>();
    assertType<Equal<(typeof node.claims)[number]['value'], JsonValue>>();
  }
  return trials.totalCount;
}

const TrialCard = graphql('fragment TrialCard on Trial { id title status }');

export async function customQueryWithFragment(): Promise<string[]> {
  const Cards = graphql('query Cards { trials(first: 5) { nodes { ...TrialCard nctId } } }', [TrialCard]);
  const { trials } = await client.request(Cards);
  return trials.nodes.map((node) => {
    const card: FragmentOf<typeof TrialCard> = readFragment(TrialCard, node);
    assertType<Equal<typeof card.status, TrialStatus | null>>();
    return `${node.nctId ?? '-'} ${card.title} ${node.title}`;
  });
}

export async function paginated(): Promise<string[]> {
  const titles: string[] = [];
  for await (const trial of client.paginate.trials({
    filter: { phases: ['PHASE_1', 'PHASE_2'] },
    orderBy: { field: 'START_DATE', direction: 'DESC' },
    pageSize: 25,
  })) {
    assertType<Equal<typeof trial, TrialsQuery['trials']['nodes'][number]>>();
    titles.push(trial.title);
    if (titles.length === 10) break;
  }
  for await (const hit of client.paginate.search({ query: 'melanoma', types: ['TRIAL', 'REVIEW'] })) {
    const label = hit.node.__typename === 'Therapy' ? hit.node.name : hit.node.title;
    titles.push(`${label}: ${hit.snippet}`);
  }
  const Codes = graphql(`
    query Codes($id: ID!, $first: Int, $after: String) {
      trial(id: $id) { patients(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { subjectCode } } }
    }
  `);
  for await (const patient of client.paginate(
    Codes,
    { id: 'VHJpYWw6MQ==' },
    (data) => data.trial?.patients,
  )) {
    titles.push(patient.subjectCode);
  }
  const stats: StatsQuery = await client.stats({ filter: { modalities: ['TCR_T_CELL'] } });
  titles.push(String(stats.stats.pooledByTherapy[0]?.outcome?.objectiveResponseRate?.percent));
  return titles;
}
