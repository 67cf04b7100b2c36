import type { Plugin } from 'graphql-yoga';

/** What `GET /` says about the service, as JSON for `Accept: application/json`. */
export const SERVICE_DESCRIPTION = {
  name: 'GeneTrials',
  description: 'A typed GraphQL knowledge base of cancer gene therapy trials.',
  graphql: '/graphql',
  exports: ['/export/trials.ndjson', '/export/trials.csv'],
  health: '/health',
} as const;

/** A small self-contained page: no scripts, no external assets. */
export const LANDING_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GeneTrials</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1b1f24; }
code { background: #f1f3f5; padding: 0.1em 0.3em; border-radius: 3px; font-size: 0.9em; }
li { margin: 0.3rem 0; }
</style>
</head>
<body>
<h1>GeneTrials</h1>
<p>A typed GraphQL knowledge base of cancer gene therapy trials: registry records, the therapies they give,
outcomes, adverse events and what reviewers said, with sources for every claim.</p>
<ul>
<li><a href="/graphql">/graphql</a>: the GraphQL API; open it in a browser for GraphiQL with an example query.</li>
<li><a href="/export/trials.csv">/export/trials.csv</a> and <a href="/export/trials.ndjson">/export/trials.ndjson</a>:
every trial (public trial-level fields), optionally <code>?filter=</code> a TrialFilter as JSON.</li>
<li><a href="/health">/health</a>: whether the database answers.</li>
</ul>
<p>From TypeScript: <code>createClient({ url: '/graphql' }).trials({ first: 10 })</code> with <code>@genetrials/sdk</code>
(see "Using the SDK" in the README).</p>
</body>
</html>
`;

function prefersJson(accept: string | null): boolean {
  if (!accept) return false;
  const types = accept.toLowerCase();
  return types.includes('application/json') && !types.includes('text/html');
}

/** `GET /`: the landing page, or its JSON form for `Accept: application/json`. */
export function useLandingPage(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const json = prefersJson(request.headers.get('accept'));
      const body = json ? JSON.stringify(SERVICE_DESCRIPTION) : LANDING_HTML;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
            'cache-control': 'public, max-age=300',
            vary: 'Accept',
          },
        }),
      );
    },
  };
}
