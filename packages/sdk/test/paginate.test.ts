import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  createClient,
  DEFAULT_PAGE_SIZE,
  GeneTrialsError,
  graphql,
  type SearchQuery,
  type TrialsQuery,
} from '../src/index.js';
import { json, type RecordedRequest, startTestServer, type TestServer } from './support/graphql-server.js';

// Paging against a real HTTP server that serves `total` items for any connection,
// `first` at a time after the cursor given, and records every request it gets.

interface Body {
  operationName?: string;
  query: string;
  variables: { first?: number; after?: string | null; [name: string]: unknown };
}

const body = (request: RecordedRequest): Body => JSON.parse(request.body);

function trialNode(index: number) {
  return {
    id: `trial-${index}`,
    nctId: null,
    title: `Trial ${index}`,
    phase: 'PHASE_1',
    status: 'COMPLETED',
    outcome: { evaluable: 0, responders: 0, objectiveResponseRate: null },
  };
}

/** A page of `total` items: cursors are `c<index>`. */
function page<T>(total: number, variables: Body['variables'], item: (index: number) => T) {
  const start = variables.after ? Number(variables.after.slice(1)) + 1 : 0;
  const end = Math.min(total, start + (variables.first ?? 20));
  const items = Array.from({ length: end - start }, (_, k) => item(start + k));
  return {
    totalCount: total,
    pageInfo: {
      hasNextPage: end < total,
      hasPreviousPage: start > 0,
      startCursor: items.length ? `c${start}` : null,
      endCursor: items.length ? `c${end - 1}` : null,
    },
    items,
  };
}

function serveConnections(server: TestServer, total: number): void {
  server.reply((request) => {
    const { operationName, variables } = body(request);
    if (operationName === 'Search') {
      const { items, ...rest } = page(total, variables, (index) => ({
        cursor: `c${index}`,
        rank: -10 + index,
        matchedField: 'TITLE',
        matchedFields: ['TITLE'],
        snippet: `<mark>melanoma</mark> ${index}`,
        node: { __typename: 'Trial', ...trialNode(index) },
      }));
      return json({ data: { search: { ...rest, edges: items } } });
    }
    if (operationName === 'TrialPatientCodes') {
      if (variables.id === 'missing') return json({ data: { trial: null } });
      const { items, ...rest } = page(total, variables, (index) => ({ subjectCode: `P${index}` }));
      return json({ data: { trial: { patients: { ...rest, nodes: items } } } });
    }
    const { items, ...rest } = page(total, variables, trialNode);
    return json({ data: { trials: { ...rest, nodes: items } } });
  });
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  serveConnections(server, 5);
});

describe('client.paginate.trials', () => {
  it('fetches nothing until the first item is pulled', async () => {
    const client = createClient({ url: server.url });
    const trials = client.paginate.trials({ pageSize: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(0);

    const iterator = trials[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ id: 'trial-0' });
    expect(server.requests).toHaveLength(1);
  });

  it('fetches 2 pages to pull 3 items with a page size of 2', async () => {
    const client = createClient({ url: server.url });
    const pulled: string[] = [];
    for await (const trial of client.paginate.trials({ pageSize: 2 })) {
      pulled.push(trial.id);
      if (pulled.length === 3) break;
    }
    expect(pulled).toEqual(['trial-0', 'trial-1', 'trial-2']);
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((request) => body(request).variables)).toEqual([
      { first: 2, after: null },
      { first: 2, after: 'c1' },
    ]);
  });

  it('fetches the next page only when the consumer pulls past the current one', async () => {
    const client = createClient({ url: server.url });
    const iterator = client.paginate.trials({ pageSize: 2 })[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(server.requests).toHaveLength(1);
    await iterator.next();
    expect(server.requests).toHaveLength(2);
    await iterator.return?.();
  });

  it('fetches 1 page when the loop breaks after the first item', async () => {
    const client = createClient({ url: server.url });
    for await (const trial of client.paginate.trials({ pageSize: 2 })) {
      expect(trial.id).toBe('trial-0');
      break;
    }
    // Give a stray prefetch the chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(1);
  });

  it('yields every node in order and stops after the last page', async () => {
    const client = createClient({ url: server.url });
    const ids: string[] = [];
    for await (const trial of client.paginate.trials({ pageSize: 2 })) ids.push(trial.id);
    expect(ids).toEqual(['trial-0', 'trial-1', 'trial-2', 'trial-3', 'trial-4']);
    expect(server.requests).toHaveLength(3);
  });

  it('stops without a second request when the last page is exactly full', async () => {
    serveConnections(server, 4);
    const client = createClient({ url: server.url });
    const ids: string[] = [];
    for await (const trial of client.paginate.trials({ pageSize: 4 })) ids.push(trial.id);
    expect(ids).toHaveLength(4);
    expect(server.requests).toHaveLength(1);
  });

  it('yields nothing for an empty connection', async () => {
    serveConnections(server, 0);
    const client = createClient({ url: server.url });
    const ids: string[] = [];
    for await (const trial of client.paginate.trials()) ids.push(trial.id);
    expect(ids).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('sends filter and orderBy on every page, with a default page size of 50', async () => {
    serveConnections(server, 120);
    const client = createClient({ url: server.url, token: 'secret' });
    let count = 0;
    for await (const _ of client.paginate.trials(
      { filter: { phases: ['PHASE_1', 'PHASE_2'] }, orderBy: { field: 'TITLE', direction: 'DESC' } },
      { headers: { 'x-trace': 'paging' } },
    )) {
      count++;
    }
    expect(count).toBe(120);
    expect(DEFAULT_PAGE_SIZE).toBe(50);
    expect(server.requests.map((request) => body(request).variables)).toEqual(
      [null, 'c49', 'c99'].map((after) => ({
        filter: { phases: ['PHASE_1', 'PHASE_2'] },
        orderBy: { field: 'TITLE', direction: 'DESC' },
        first: 50,
        after,
      })),
    );
    for (const request of server.requests) {
      expect(body(request).operationName).toBe('Trials');
      expect(request.headers.authorization).toBe('Bearer secret');
      expect(request.headers['x-trace']).toBe('paging');
    }
  });

  it('starts again from the first page on every iteration', async () => {
    const client = createClient({ url: server.url });
    const trials = client.paginate.trials({ pageSize: 5 });
    const first: string[] = [];
    const second: string[] = [];
    for await (const trial of trials) first.push(trial.id);
    for await (const trial of trials) second.push(trial.id);
    expect(second).toEqual(first);
    expect(server.requests.map((request) => body(request).variables.after)).toEqual([null, null]);
  });

  it('rejects page sizes outside 1..100 before sending anything', () => {
    const client = createClient({ url: server.url });
    for (const pageSize of [0, 101, 2.5, Number.NaN]) {
      expect(() => client.paginate.trials({ pageSize })).toThrow(RangeError);
    }
    expect(() => client.paginate.trials({ pageSize: 100 })).not.toThrow();
    expect(server.requests).toHaveLength(0);
  });

  it('surfaces a failing page as a GeneTrialsError from the loop', async () => {
    const client = createClient({ url: server.url });
    server.reply((request) =>
      body(request).variables.after
        ? json({ errors: [{ message: 'Invalid cursor', extensions: { code: 'BAD_USER_INPUT' } }] })
        : json({
            data: { trials: { ...page(5, body(request).variables, trialNode), nodes: [trialNode(0)] } },
          }),
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const trial of client.paginate.trials({ pageSize: 1 })) seen.push(trial.id);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['trial-0']);
    expect(error).toBeInstanceOf(GeneTrialsError);
    expect((error as GeneTrialsError).code).toBe('BAD_USER_INPUT');
  });

  it('refuses to loop on a connection whose cursor does not advance', async () => {
    server.reply(() =>
      json({
        data: {
          trials: {
            totalCount: 9,
            pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c0', endCursor: null },
            nodes: [trialNode(0)],
          },
        },
      }),
    );
    const client = createClient({ url: server.url });
    const iterate = async () => {
      for await (const _ of client.paginate.trials()) {
        // drain
      }
    };
    await expect(iterate()).rejects.toThrow(/did not advance/);
    expect(server.requests).toHaveLength(1);
  });

  it('types the items as the Trials operation nodes', () => {
    const client = createClient({ url: server.url });
    expectTypeOf(client.paginate.trials()).toEqualTypeOf<
      AsyncIterable<TrialsQuery['trials']['nodes'][number]>
    >();
    expectTypeOf(client.paginate.search({ query: 'x' })).toEqualTypeOf<
      AsyncIterable<SearchQuery['search']['edges'][number]>
    >();
    // @ts-expect-error the search words are required.
    expect(() => client.paginate.search({})).not.toThrow();
    // @ts-expect-error paging variables belong to the paginator.
    expect(() => client.paginate.trials({ first: 5 })).not.toThrow();
  });
});

describe('client.paginate.search', () => {
  it('yields hits (edges) with their snippets, across pages', async () => {
    const client = createClient({ url: server.url });
    const hits = [];
    for await (const hit of client.paginate.search({ query: 'melanoma', types: ['TRIAL'], pageSize: 3 })) {
      hits.push(hit);
    }
    expect(hits).toHaveLength(5);
    expect(hits[4]).toMatchObject({ snippet: '<mark>melanoma</mark> 4', node: { __typename: 'Trial' } });
    expect(server.requests.map((request) => body(request).variables)).toEqual([
      { query: 'melanoma', types: ['TRIAL'], first: 3, after: null },
      { query: 'melanoma', types: ['TRIAL'], first: 3, after: 'c2' },
    ]);
  });
});

describe('client.paginate(document, variables, selectConnection)', () => {
  const TrialPatientCodes = graphql(`
    query TrialPatientCodes($id: ID!, $first: Int, $after: String) {
      trial(id: $id) {
        patients(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { subjectCode }
        }
      }
    }
  `);

  it('pages a nested connection of a custom document', async () => {
    const client = createClient({ url: server.url });
    const codes: string[] = [];
    const patients = client.paginate(TrialPatientCodes, { id: 'trial-1' }, (data) => data.trial?.patients, {
      pageSize: 4,
    });
    for await (const patient of patients) {
      expectTypeOf(patient).toEqualTypeOf<{ subjectCode: string }>();
      codes.push(patient.subjectCode);
    }
    expect(codes).toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);
    expect(server.requests.map((request) => body(request).variables)).toEqual([
      { id: 'trial-1', first: 4, after: null },
      { id: 'trial-1', first: 4, after: 'c3' },
    ]);
    expect(body(server.requests[0] as RecordedRequest).operationName).toBe('TrialPatientCodes');
  });

  it('yields nothing when the selected connection is null', async () => {
    const client = createClient({ url: server.url });
    const codes: string[] = [];
    for await (const patient of client.paginate(
      TrialPatientCodes,
      { id: 'missing' },
      (d) => d.trial?.patients,
    )) {
      codes.push(patient.subjectCode);
    }
    expect(codes).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('requires the document variables other than first and after', () => {
    const client = createClient({ url: server.url });
    // @ts-expect-error `id` is required by the document.
    client.paginate(TrialPatientCodes, {}, (data) => data.trial?.patients);
  });
});
