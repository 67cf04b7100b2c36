import { GeneTrialsProvider } from '@genetrials/react';
import { createClient } from '@genetrials/sdk';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { API_URL } from './config';
import { Explorer, type ExplorerState, INITIAL_STATE } from './Explorer';
import { TrialPage } from './TrialPage';
import { getToken, setToken, useToken } from './token';

function subscribeHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** `#/trial/<id>` opens a trial; anything else is the explorer. */
function useRoute(): { page: 'explorer' } | { page: 'trial'; id: string } {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const match = /^#\/trial\/(.+)$/.exec(hash);
  return match?.[1] ? { page: 'trial', id: decodeURIComponent(match[1]) } : { page: 'explorer' };
}

function TokenEntry(): ReactNode {
  const token = useToken();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const apply = (value: string | undefined) => {
    setToken(value);
    setDraft('');
    // What a request returns depends on the token: fetch everything again.
    void queryClient.resetQueries();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  return token ? (
    <div className="token" data-testid="token-set">
      Reader token set for this tab{' '}
      <button type="button" className="link-button" onClick={() => apply(undefined)}>
        Forget
      </button>
    </div>
  ) : (
    <form className="token" onSubmit={submit}>
      <input
        type="password"
        name="token"
        aria-label="Reader token"
        placeholder="Reader token (for patient data)"
        autoComplete="off"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" disabled={!draft.trim()}>
        Use token
      </button>
    </form>
  );
}

function Pages(): ReactNode {
  const route = useRoute();
  const [state, setState] = useState<ExplorerState>(INITIAL_STATE);
  useEffect(() => {
    if (route.page === 'trial') window.scrollTo(0, 0);
  }, [route]);
  return route.page === 'trial' ? (
    <TrialPage id={route.id} />
  ) : (
    <Explorer state={state} onChange={(next) => setState((previous) => ({ ...previous, ...next }))} />
  );
}

export function App(): ReactNode {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 } },
      }),
  );
  // The token is read before every request, so entering one needs no new client.
  const [client] = useState(() => createClient({ url: API_URL, token: getToken }));
  return (
    <QueryClientProvider client={queryClient}>
      <GeneTrialsProvider client={client}>
        <header className="top">
          <a className="brand" href="#/">
            GeneTrials <span>explorer</span>
          </a>
          <TokenEntry />
        </header>
        <main>
          <Pages />
        </main>
        <footer className="muted small bottom">
          Data from the GeneTrials API at <code>{API_URL}</code>. Rates are fractions of evaluable patients
          with 95 % Wilson intervals.
        </footer>
      </GeneTrialsProvider>
    </QueryClientProvider>
  );
}
