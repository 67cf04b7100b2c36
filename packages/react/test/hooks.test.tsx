import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type GeneTrialsClient } from '@genetrials/sdk';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GeneTrialsProvider,
  useGeneTrialsMutation,
  useGeneTrialsQuery,
  useInfiniteConnection,
  useInfiniteTrials,
} from '../src/index.js';

// React's act() warns unless the environment says it is a test one.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dir = mkdtempSync(join(tmpdir(), 'genetrials-react-'));
let server: ChildProcess | undefined;
let client: GeneTrialsClient;

beforeAll(async () => {
  const cli = join(import.meta.dirname, '../../../apps/server/src/cli.ts');
  const child = spawn('node', ['--import', 'tsx', cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: `file:${join(dir, 'react.db')}`, LOG_LEVEL: 'info' },
  });
  server = child;
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"([^"]+)"/);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  // Node's own fetch: jsdom does not replace it.
  client = createClient({ url });
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
});

function render(ui: ReactNode): HTMLElement {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  container = document.createElement('div');
  document.body.append(container);
  const mounted = createRoot(container);
  root = mounted;
  act(() => {
    mounted.render(
      <QueryClientProvider client={queryClient}>
        <GeneTrialsProvider client={client}>{ui}</GeneTrialsProvider>
      </QueryClientProvider>,
    );
  });
  return container;
}

/** Lets the real requests settle, re-rendering inside act, until `check` passes. */
async function waitFor(check: () => void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

function TrialList() {
  const trials = useGeneTrialsQuery('trials', { first: 10 });
  if (trials.isPending) return <p>loading</p>;
  if (trials.isError) return <p>error {trials.error.code}</p>;
  return (
    <ul>
      {trials.data.trials.nodes.map((trial) => (
        <li key={trial.id}>{trial.title}</li>
      ))}
    </ul>
  );
}

type PagerResult = ReturnType<typeof useInfiniteTrials>;

/** The latest hook results the components below rendered, for the tests to drive and inspect. */
const seen: {
  pager?: PagerResult;
  search?: { items: readonly { node: unknown }[] };
  create?: ReturnType<typeof useGeneTrialsMutation<'createTrial'>>;
} = {};

function Pager() {
  const pages = useInfiniteTrials({ first: 1 });
  seen.pager = pages;
  return (
    <ol>
      {pages.items.map((trial) => (
        <li key={trial.id}>{trial.title}</li>
      ))}
    </ol>
  );
}

function Search({ word }: { word: string }) {
  const hits = useInfiniteConnection('search', { query: word, first: 1 }, (data) => data.search);
  seen.search = hits;
  return <p>{hits.items.length}</p>;
}

function TooMany() {
  const trials = useGeneTrialsQuery('trials', { first: 1000 });
  return <p>{trials.isError ? `error ${trials.error.code}` : 'waiting'}</p>;
}

function Create() {
  const create = useGeneTrialsMutation('createTrial');
  seen.create = create;
  return <p>{create.status}</p>;
}

describe('@genetrials/react against a real genetrials serve', () => {
  it('renders a trials list from useGeneTrialsQuery', async () => {
    const { trials } = await client.trials({ first: 10 });
    expect(trials.nodes.length).toBeGreaterThan(0);
    const view = render(<TrialList />);
    expect(view.textContent).toBe('loading');
    await waitFor(() =>
      expect(view.textContent).toContain(
        'Anti-MART-1 T-cell receptor gene-engineered lymphocytes for metastatic melanoma',
      ),
    );
    await waitFor(() => expect(view.querySelectorAll('li')).toHaveLength(trials.totalCount));
    expect([...view.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      trials.nodes.map((trial) => trial.title),
    );
  });

  it('pages with useInfiniteTrials: page 2 with first: 1 accumulates', async () => {
    const { trials: all } = await client.trials({ first: 10 });
    const titles = all.nodes.map((trial) => trial.title);
    const view = render(<Pager />);
    const latest = (): PagerResult | undefined => seen.pager;
    await waitFor(() => expect(view.querySelectorAll('li')).toHaveLength(1));
    expect(latest()?.hasNextPage).toBe(true);
    expect(latest()?.data?.pages).toHaveLength(1);
    await act(async () => {
      await latest()?.fetchNextPage();
    });
    await waitFor(() => expect(view.querySelectorAll('li')).toHaveLength(2));
    expect(latest()?.data?.pages).toHaveLength(2);
    expect(latest()?.data?.pageParams).toEqual([null, latest()?.data?.pages[0]?.trials.pageInfo.endCursor]);
    expect([...view.querySelectorAll('li')].map((li) => li.textContent)).toEqual(titles.slice(0, 2));
    // Page to the end: every seeded trial, then no next page.
    while (latest()?.hasNextPage) {
      await act(async () => {
        await latest()?.fetchNextPage();
      });
    }
    await waitFor(() => expect(view.querySelectorAll('li')).toHaveLength(titles.length));
    expect([...view.querySelectorAll('li')].map((li) => li.textContent)).toEqual(titles);
  });

  it('pages any connection with useInfiniteConnection (search edges)', async () => {
    const { trials } = await client.trials({ first: 1 });
    const word = trials.nodes[0]?.title.split(/\W+/).find((part) => part.length > 4) ?? 'CAR';
    const view = render(<Search word={word} />);
    await waitFor(() => expect(view.textContent).toBe('1'));
    expect(seen.search?.items[0]?.node).toHaveProperty('id');
  });

  it('puts the typed GeneTrialsError on error.code (first: 1000 → BAD_USER_INPUT)', async () => {
    const view = render(<TooMany />);
    await waitFor(() => expect(view.textContent).toBe('error BAD_USER_INPUT'));
  });

  it('runs a mutation with useGeneTrialsMutation (no token: a typed ForbiddenError payload)', async () => {
    const view = render(<Create />);
    const latest = () => seen.create;
    expect(view.textContent).toBe('idle');
    await act(async () => {
      await latest()?.mutateAsync({ input: { title: 'React hooks trial' } });
    });
    await waitFor(() => expect(view.textContent).toBe('success'));
    expect(latest()?.data?.createTrial).toMatchObject({
      __typename: 'ForbiddenError',
      requiredRole: 'CURATOR',
    });
  });

  it('keeps the name-based query/mutation split in step with the documents', async () => {
    const sdk = await import('@genetrials/sdk');
    const kinds = Object.entries(sdk)
      .filter(([name, document]) => name.endsWith('Document') && document instanceof String)
      .map(([name, document]) => {
        // The shipped documents are strings: the operation's keyword comes first.
        const operation = /^\s*(query|mutation|subscription)\b/.exec(String(document))?.[1];
        const method = name.slice(0, 1).toLowerCase() + name.slice(1, -'Document'.length);
        return [method, operation] as const;
      });
    expect(kinds.length).toBeGreaterThan(10);
    const verb = /^(add|create|delete|update|link|unlink|merge|split)[A-Z]/;
    for (const [method, operation] of kinds) {
      expect({ method, mutation: verb.test(method) }).toEqual({ method, mutation: operation === 'mutation' });
    }
  });
});
