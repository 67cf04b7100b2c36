import { createClient, type GeneTrialsClient, graphql, type Phase } from '@genetrials/sdk';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type Fixture, insertFixture, THERAPIES } from './fixtures.js';
import { startTestServer, type TestServer } from './harness.js';

// The built SDK's querying features against the real server over HTTP: auto-paginating
// iterators, search, stats and custom gql.tada documents.

/** A client whose requests are counted. */
function countingClient(url: string, token?: string): { client: GeneTrialsClient; requests: () => number } {
  let requests = 0;
  const client = createClient({
    url,
    ...(token ? { token } : {}),
    fetch: (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
  return { client, requests: () => requests };
}

describe('SDK querying over the fixture', () => {
  let s: TestServer;
  let fx: Fixture;
  beforeAll(async () => {
    s = await startTestServer({ seed: false });
    fx = await insertFixture(s.db);
  });
  afterAll(async () => {
    await s.close();
  });

  const filter = { phases: ['PHASE_1', 'PHASE_3'] as Phase[] };
  const orderBy = { field: 'TITLE', direction: 'DESC' } as const;

  it('iterates filtered, ordered trials 3 at a time, as one page of 100 lists them', async () => {
    const { client, requests } = countingClient(s.url);
    const paged: string[] = [];
    for await (const trial of client.paginate.trials({ filter, orderBy, pageSize: 3 })) {
      expect(filter.phases).toContain(trial.phase);
      paged.push(trial.id);
    }

    const expected = fx.trials.filter((t) => t.phase === 'PHASE_1' || t.phase === 'PHASE_3');
    expect(paged).toHaveLength(expected.length);
    expect(new Set(paged)).toEqual(new Set(expected.map((t) => encodeGlobalID('Trial', t.id))));
    expect(requests()).toBe(Math.ceil(expected.length / 3));

    const oneShot = await client.trials({ filter, orderBy, first: 100 });
    expect(oneShot.trials.totalCount).toBe(expected.length);
    expect(paged).toEqual(oneShot.trials.nodes.map((t) => t.id));
    const titles = oneShot.trials.nodes.map((t) => t.title);
    expect(titles).toEqual([...titles].sort().reverse());
  });

  it('fetches one page when the loop stops inside it, two when it stops just past it', async () => {
    const { client, requests } = countingClient(s.url);
    for await (const trial of client.paginate.trials({ filter, orderBy, pageSize: 3 })) {
      expect(trial.id).toBeTruthy();
      break;
    }
    expect(requests()).toBe(1);

    const { client: second, requests: secondRequests } = countingClient(s.url);
    const pulled: string[] = [];
    for await (const trial of second.paginate.trials({ filter, orderBy, pageSize: 3 })) {
      pulled.push(trial.id);
      if (pulled.length === 4) break;
    }
    expect(secondRequests()).toBe(2);
  });

  it('iterates therapies, reviews and patients (with a reader token) to their totals', async () => {
    const { client } = countingClient(s.url, s.tokens.reader);
    const collect = async <T>(items: AsyncIterable<T>) => {
      const all: T[] = [];
      for await (const item of items) all.push(item);
      return all;
    };
    const therapies = await collect(client.paginate.therapies({ orderBy: { field: 'NAME' }, pageSize: 2 }));
    expect(therapies.map((t) => t.name)).toEqual(THERAPIES.map((t) => t.name).sort());

    const reviews = await collect(client.paginate.reviews({ filter: { kinds: ['NEWS'] }, pageSize: 2 }));
    expect(reviews).toHaveLength(fx.reviews.filter((r) => r.kind === 'NEWS').length);

    const patients = await collect(
      client.paginate.patients({ filter: { bestResponses: ['CR'] }, orderBy: { field: 'SUBJECT_CODE' } }),
    );
    const complete = fx.trials.flatMap((t) => t.patients).filter((p) => p.response === 'CR');
    expect(patients.map((p) => p.bestResponse)).toEqual(complete.map(() => 'CR'));
  });

  it('pages a custom document through the generic helper', async () => {
    const TherapyTrials = graphql(`
      query TherapyTrials($id: ID!, $first: Int, $after: String) {
        therapy(id: $id) {
          trials(first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            edges { role node { id phase } }
          }
        }
      }
    `);
    const therapyId = fx.therapyIds[0] as number;
    const { client, requests } = countingClient(s.url);
    const edges = [];
    const trials = client.paginate(
      TherapyTrials,
      { id: encodeGlobalID('Therapy', therapyId) },
      (data) => data.therapy?.trials,
      { pageSize: 4 },
    );
    for await (const edge of trials) {
      expectTypeOf(edge.node.phase).toEqualTypeOf<Phase | null>();
      edges.push(edge);
    }
    const expected = fx.trials.filter((t) => t.therapyIdx.includes(0));
    expect(edges).toHaveLength(expected.length);
    expect(requests()).toBe(Math.ceil(expected.length / 4));
  });

  it('runs a custom gql.tada query with variables through client.request', async () => {
    const PhaseChart = graphql(`
      query PhaseChart($filter: TrialFilter) {
        stats(filter: $filter) {
          trialCount
          byPhase(includeEmpty: true) { key label count share }
        }
        trials(filter: $filter, first: 1) { totalCount }
      }
    `);
    const client = createClient({ url: s.url });
    const { stats, trials } = await client.request(PhaseChart, { filter: { condition: 'melanoma' } });
    expectTypeOf(stats.byPhase[0]?.key).toEqualTypeOf<Phase | null | undefined>();

    const melanoma = fx.trials.filter((t) => t.conditions.some((c) => /melanoma/i.test(c)));
    expect(stats.trialCount).toBe(melanoma.length);
    expect(trials.totalCount).toBe(melanoma.length);
    const phase1 = stats.byPhase.find((bucket) => bucket.key === 'PHASE_1');
    expect(phase1?.count).toBe(melanoma.filter((t) => t.phase === 'PHASE_1').length);
    expect(stats.byPhase.map((bucket) => bucket.key)).toContain('PHASE_4');
    expect(stats.byPhase.at(-1)).toMatchObject({ key: null, count: 0 });
  });
});

describe('SDK querying over the seeded knowledge base', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it('searches for melanoma: ranked hits with snippets, the NCI trial among them', async () => {
    const client = createClient({ url: s.url });
    const { search } = await client.search({ query: 'melanoma' });
    expect(search.totalCount).toBeGreaterThan(0);
    expect(search.edges).toHaveLength(Math.min(search.totalCount, 20));
    const ranks = search.edges.map((edge) => edge.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const edge of search.edges) {
      expect(edge.snippet.toLowerCase()).toContain('<mark>melanoma</mark>');
      expect(edge.matchedFields).toContain(edge.matchedField);
    }
    const trial = search.edges.find(
      (edge) => edge.node.__typename === 'Trial' && edge.node.title.includes('MART-1'),
    );
    expect(trial).toBeDefined();

    const hits = [];
    for await (const hit of client.paginate.search({ query: 'melanoma', pageSize: 1 })) hits.push(hit);
    expect(hits.map((hit) => hit.node)).toEqual(search.edges.map((edge) => edge.node));

    const { search: trialsOnly } = await client.search({ query: 'melanoma', types: ['TRIAL'] });
    expect(trialsOnly.edges.every((edge) => edge.node.__typename === 'Trial')).toBe(true);
  });

  it('reads stats: 3 trials, the MART-1 therapy pooled at 2 of 17 (ORR 11.8%)', async () => {
    const client = createClient({ url: s.url });
    const { stats } = await client.stats();
    expect(stats.trialCount).toBe(3);
    const bucketTotal = stats.byPhase.reduce((sum, bucket) => sum + bucket.count, 0);
    expect(bucketTotal).toBe(stats.trialCount);
    for (const bucket of [...stats.byPhase, ...stats.byStatus, ...stats.byCountry, ...stats.byStartYear]) {
      expect(bucket.share).toBeCloseTo(bucket.count / stats.trialCount, 12);
      expect(bucket.label).toBeTruthy();
    }
    const mart1 = stats.pooledByTherapy[0];
    expect(mart1?.therapy.name).toContain('MART-1');
    expect(mart1?.trials).toBe(1);
    expect(mart1?.outcome).toMatchObject({
      evaluable: 17,
      responders: 2,
      completeResponses: 1,
      partialResponses: 1,
    });
    expect(mart1?.outcome?.objectiveResponseRate?.percent).toBe(11.8);
    expect(mart1?.outcome?.objectiveResponseRate?.ci95.lower).toBeCloseTo(0.033, 3);
    expect(mart1?.outcome?.objectiveResponseRate?.ci95.upper).toBeCloseTo(0.343, 3);
    const tcr = stats.pooledByModality.find((pooled) => pooled.modality === 'TCR_T_CELL');
    expect(tcr?.trialIds).toEqual(mart1?.trialIds);
    expect(tcr?.label).toBeTruthy();

    const { stats: filtered } = await client.stats({ filter: { modalities: ['TCR_T_CELL'] } });
    expect(filtered.trialCount).toBe(1);
  });

  it('runs a custom gql.tada query over a union through client.request', async () => {
    const SearchTitles = graphql(`
      query SearchTitles($query: String!) {
        search(query: $query, first: 5) {
          nodes {
            __typename
            ... on Trial { title nctId }
            ... on Review { title year }
            ... on Therapy { name }
          }
        }
      }
    `);
    const client = createClient({ url: s.url });
    const { search } = await client.request(SearchTitles, { query: 'MART-1' });
    const labels = search.nodes.map((node) => (node.__typename === 'Therapy' ? node.name : node.title));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.some((label) => label.includes('MART-1'))).toBe(true);
  });
});
