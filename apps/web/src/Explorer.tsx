import { useGeneTrialsQuery } from '@genetrials/react';
import type {
  ExplorerChartsQuery,
  ExplorerFacetsQuery,
  Modality,
  Phase,
  TrialFilter,
  TrialStatus,
  Vector,
} from '@genetrials/sdk';
import { keepPreviousData } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FOREST_TRIALS, PAGE_SIZE } from './config';
import { ForestPlot, type ForestRow, type ForestSection } from './ForestPlot';
import { humanize, percent } from './format';
import { ErrorNote, trialHref } from './ui';
import { YearChart } from './YearChart';

/** What the explorer page shows: kept above the router so a trial page's "back" returns to it. */
export interface ExplorerState {
  query: string;
  phase: Phase | '';
  status: TrialStatus | '';
  modality: Modality | '';
  vector: Vector | '';
  antigen: string;
  country: string;
  /** The `after` cursor of every page up to the shown one (null: the first page). */
  cursors: (string | null)[];
}

export const INITIAL_STATE: ExplorerState = {
  query: '',
  phase: '',
  status: '',
  modality: '',
  vector: '',
  antigen: '',
  country: '',
  cursors: [null],
};

/** The GraphQL filter for the chosen values; undefined when none is chosen. */
export function toFilter(state: ExplorerState): TrialFilter | undefined {
  const filter: TrialFilter = {};
  if (state.phase) filter.phases = [state.phase];
  if (state.status) filter.statuses = [state.status];
  if (state.modality) filter.modalities = [state.modality];
  if (state.vector) filter.vectors = [state.vector];
  if (state.antigen.trim()) filter.targetAntigen = state.antigen.trim();
  if (state.country) filter.country = state.country;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

type Bucket = { key: string | null; label: string; count: number };

function FacetSelect<T extends string>(props: {
  label: string;
  name: string;
  value: T | '';
  buckets: readonly Bucket[] | undefined;
  onChange: (value: T | '') => void;
}): ReactNode {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T | '')}
      >
        <option value="">Any</option>
        {(props.buckets ?? [])
          .filter((bucket): bucket is Bucket & { key: string } => bucket.key !== null)
          .map((bucket) => (
            <option key={bucket.key} value={bucket.key} disabled={bucket.count === 0}>
              {`${bucket.label} (${bucket.count})`}
            </option>
          ))}
      </select>
    </label>
  );
}

function Filters({
  state,
  facets,
  onChange,
}: {
  state: ExplorerState;
  facets: ExplorerFacetsQuery['stats'] | undefined;
  onChange: (next: Partial<ExplorerState>) => void;
}): ReactNode {
  const [antigen, setAntigen] = useState(state.antigen);
  const set = (next: Partial<ExplorerState>) => onChange({ ...next, cursors: [null] });
  return (
    <fieldset className="filters" aria-label="Filters">
      <FacetSelect<Phase>
        label="Phase"
        name="phase"
        value={state.phase}
        buckets={facets?.byPhase}
        onChange={(phase) => set({ phase })}
      />
      <FacetSelect<TrialStatus>
        label="Status"
        name="status"
        value={state.status}
        buckets={facets?.byStatus}
        onChange={(status) => set({ status })}
      />
      <FacetSelect<Modality>
        label="Modality"
        name="modality"
        value={state.modality}
        buckets={facets?.byModality}
        onChange={(modality) => set({ modality })}
      />
      <FacetSelect<Vector>
        label="Vector"
        name="vector"
        value={state.vector}
        buckets={facets?.byVector}
        onChange={(vector) => set({ vector })}
      />
      <FacetSelect<string>
        label="Country"
        name="country"
        value={state.country}
        buckets={facets?.byCountry}
        onChange={(country) => set({ country })}
      />
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          set({ antigen });
        }}
      >
        <label htmlFor="antigen">Target antigen</label>
        <input
          id="antigen"
          name="antigen"
          placeholder="e.g. CD19 (Enter)"
          value={antigen}
          onChange={(event) => setAntigen(event.target.value)}
          onBlur={() => antigen !== state.antigen && set({ antigen })}
        />
      </form>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setAntigen('');
          onChange({ ...INITIAL_STATE, query: state.query });
        }}
      >
        Clear filters
      </button>
    </fieldset>
  );
}

function Pager(props: {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy: boolean;
}): ReactNode {
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={props.onPrevious} disabled={props.page === 0 || props.busy}>
        ← Previous
      </button>
      <span data-testid="page-number">Page {props.page + 1}</span>
      <button type="button" onClick={props.onNext} disabled={!props.hasNext || props.busy}>
        Next →
      </button>
    </nav>
  );
}

/** A therapy given in several arms is listed once. */
function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function rateCell(rate: { estimate: number; ci95: { lower: number; upper: number } } | null | undefined) {
  if (!rate) return <span className="muted">—</span>;
  return (
    <span title={`95 % CI ${percent(rate.ci95.lower)}–${percent(rate.ci95.upper)}`}>
      {percent(rate.estimate)}
      <span className="muted small">{` [${(rate.ci95.lower * 100).toFixed(0)}–${(rate.ci95.upper * 100).toFixed(0)}]`}</span>
    </span>
  );
}

function TrialsTable({
  filter,
  state,
  onChange,
}: {
  filter: TrialFilter | undefined;
  state: ExplorerState;
  onChange: (next: Partial<ExplorerState>) => void;
}): ReactNode {
  const page = state.cursors.length - 1;
  const after = state.cursors[page] ?? null;
  const trials = useGeneTrialsQuery(
    'explorerTrials',
    { filter, first: PAGE_SIZE, after },
    { placeholderData: keepPreviousData },
  );
  const data = trials.data?.trials;
  return (
    <section className="panel" aria-labelledby="trials-heading">
      <header className="panel-header">
        <h2 id="trials-heading">Trials</h2>
        <span className="muted" data-testid="total-count">
          {data ? `${data.totalCount} trial${data.totalCount === 1 ? '' : 's'}` : 'Loading…'}
        </span>
      </header>
      <ErrorNote error={trials.error} />
      <table className="trials" data-testid="trials-table" aria-busy={trials.isFetching}>
        <thead>
          <tr>
            <th>Trial</th>
            <th>Phase</th>
            <th>Status</th>
            <th>Country</th>
            <th>Start</th>
            <th>Experimental therapy</th>
            <th className="num">Response rate</th>
          </tr>
        </thead>
        <tbody>
          {data?.nodes.map((trial) => (
            <tr key={trial.id} data-testid="trial-row" data-phase={trial.phase ?? ''}>
              <td>
                <a href={trialHref(trial.id)}>{trial.title}</a>
                {trial.nctId ? <div className="muted small">{trial.nctId}</div> : null}
              </td>
              <td>{humanize(trial.phase)}</td>
              <td>{humanize(trial.status)}</td>
              <td>{trial.country ?? '—'}</td>
              <td>{trial.startDate ?? '—'}</td>
              <td>
                {trial.therapies.nodes.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  uniqueById(trial.therapies.nodes).map((therapy) => (
                    <div key={therapy.id}>
                      {therapy.name}
                      <span className="muted small">
                        {` · ${humanize(therapy.modality)}${therapy.vector && therapy.vector !== 'NONE' ? ` · ${humanize(therapy.vector)}` : ''}${therapy.targetAntigen ? ` · ${therapy.targetAntigen}` : ''}`}
                      </span>
                    </div>
                  ))
                )}
              </td>
              <td className="num">{rateCell(trial.outcome?.objectiveResponseRate)}</td>
            </tr>
          ))}
          {data && data.nodes.length === 0 ? (
            <tr>
              <td colSpan={7} className="muted">
                No trial matches these filters.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager
        page={page}
        hasNext={Boolean(data?.pageInfo.hasNextPage)}
        busy={trials.isFetching}
        onPrevious={() => onChange({ cursors: state.cursors.slice(0, -1) })}
        onNext={() => {
          const end = data?.pageInfo.endCursor;
          if (end) onChange({ cursors: [...state.cursors, end] });
        }}
      />
    </section>
  );
}

function SearchResults({
  state,
  onChange,
}: {
  state: ExplorerState;
  onChange: (next: Partial<ExplorerState>) => void;
}): ReactNode {
  const page = state.cursors.length - 1;
  const after = state.cursors[page] ?? null;
  const search = useGeneTrialsQuery(
    'search',
    { query: state.query, types: ['TRIAL'], first: PAGE_SIZE, after },
    { placeholderData: keepPreviousData },
  );
  const data = search.data?.search;
  return (
    <section className="panel" aria-labelledby="search-heading">
      <header className="panel-header">
        <h2 id="search-heading">Trials matching “{state.query}”</h2>
        <span className="muted" data-testid="total-count">
          {data ? `${data.totalCount} trial${data.totalCount === 1 ? '' : 's'}` : 'Searching…'}
        </span>
      </header>
      <p className="muted small">
        Search covers every trial; the filters apply to the table and the charts. Clear the search to filter.
      </p>
      <ErrorNote error={search.error} />
      <ol className="search-results" data-testid="search-results">
        {data?.edges.map((edge) =>
          edge.node.__typename === 'Trial' ? (
            <li key={edge.node.id} data-testid="search-hit">
              <a href={trialHref(edge.node.id)}>{edge.node.title}</a>
              <span className="muted small">
                {` ${edge.node.nctId ?? ''} · ${humanize(edge.node.phase)} · matched ${humanize(edge.matchedField)}`}
              </span>
              <div className="snippet">{edge.snippet}</div>
            </li>
          ) : null,
        )}
      </ol>
      {data && data.edges.length === 0 ? <p className="muted">No trial matches this search.</p> : null}
      <Pager
        page={page}
        hasNext={Boolean(data?.pageInfo.hasNextPage)}
        busy={search.isFetching}
        onPrevious={() => onChange({ cursors: state.cursors.slice(0, -1) })}
        onNext={() => {
          const end = data?.pageInfo.endCursor;
          if (end) onChange({ cursors: [...state.cursors, end] });
        }}
      />
    </section>
  );
}

type Pooled = {
  label: string;
  key: string;
  trials: number;
  outcome: ExplorerChartsQuery['stats']['pooledByModality'][number]['outcome'];
};

function pooledRows(items: Pooled[], limit: number): ForestRow[] {
  const rows: ForestRow[] = [];
  for (const item of items) {
    const rate = item.outcome?.objectiveResponseRate;
    if (!rate || !item.outcome) continue;
    rows.push({
      key: item.key,
      label: item.label,
      detail: `${item.outcome.responders}/${item.outcome.evaluable} patients · ${item.trials} trial${item.trials === 1 ? '' : 's'}`,
      estimate: rate.estimate,
      lower: rate.ci95.lower,
      upper: rate.ci95.upper,
      n: item.outcome.evaluable,
      kind: 'pooled',
    });
  }
  return rows.sort((a, b) => b.n - a.n).slice(0, limit);
}

function Charts({ filter }: { filter: TrialFilter | undefined }): ReactNode {
  const charts = useGeneTrialsQuery(
    'explorerCharts',
    { filter, outcomeFilter: { ...filter, hasOutcomeData: true }, first: FOREST_TRIALS },
    { placeholderData: keepPreviousData },
  );
  const data = charts.data;
  if (!data) return <ErrorNote error={charts.error} />;
  const trialRows: ForestRow[] = data.trials.nodes.flatMap((trial) => {
    const rate = trial.outcome?.objectiveResponseRate;
    if (!rate || !trial.outcome) return [];
    return [
      {
        key: trial.id,
        label: trial.title,
        detail: `${trial.nctId ? `${trial.nctId} · ` : ''}${trial.outcome.responders}/${trial.outcome.evaluable} responders`,
        estimate: rate.estimate,
        lower: rate.ci95.lower,
        upper: rate.ci95.upper,
        n: trial.outcome.evaluable,
        kind: 'trial' as const,
        onSelect: () => {
          window.location.hash = trialHref(trial.id);
        },
      },
    ];
  });
  const stats = data.stats;
  const registry = stats.pooledRegistryReported;
  const sections: ForestSection[] = [
    {
      title:
        data.trials.totalCount > trialRows.length
          ? `Trials (highest ${trialRows.length} of ${data.trials.totalCount} with patient outcomes)`
          : 'Trials',
      rows: trialRows,
    },
    {
      title: 'Pooled by modality',
      rows: pooledRows(
        stats.pooledByModality.map((p) => ({ ...p, key: p.modality })),
        20,
      ),
    },
    {
      title: 'Pooled by therapy (largest 10)',
      rows: pooledRows(
        stats.pooledByTherapy.map((p) => ({ ...p, key: p.therapy.id, label: p.therapy.name })),
        10,
      ),
    },
    {
      title: 'Registry-reported counts, pooled',
      rows:
        registry?.objectiveResponseRate && registry.analysed > 0
          ? [
              {
                key: 'registry',
                label: 'As registry records report them',
                detail: `${registry.responders}/${registry.analysed} analysed · ${registry.trials} trial${registry.trials === 1 ? '' : 's'}`,
                estimate: registry.objectiveResponseRate.estimate,
                lower: registry.objectiveResponseRate.ci95.lower,
                upper: registry.objectiveResponseRate.ci95.upper,
                n: registry.analysed,
                kind: 'registry',
              },
            ]
          : [],
    },
  ];
  const known = stats.byStartYear.filter((b): b is typeof b & { key: number } => b.key !== null);
  const unknown = stats.byStartYear.find((b) => b.key === null)?.count ?? 0;
  return (
    <section className="panel charts" aria-labelledby="charts-heading">
      <header className="panel-header">
        <h2 id="charts-heading">Response rates</h2>
        <span className="muted">{`${stats.trialCount} trials match the filters`}</span>
      </header>
      <ErrorNote error={charts.error} />
      {trialRows.length === 0 && sections.every((s) => s.rows.length === 0) ? (
        <p className="muted">No patient outcomes among these trials.</p>
      ) : (
        <ForestPlot sections={sections} title="Forest plot of objective response rates with 95 % CIs" />
      )}
      <p className="muted small">
        Patient-level rates are responders (complete + partial) over evaluable patients, with 95 % Wilson
        intervals; pooled rows sum the patients of the trials giving that modality or therapy. Registry counts
        are never added to patient-level ones.
      </p>
      <h3>Trials by start year</h3>
      <YearChart counts={known.map((b) => ({ year: b.key, count: b.count }))} unknown={unknown} />
    </section>
  );
}

export function Explorer({
  state,
  onChange,
}: {
  state: ExplorerState;
  onChange: (next: Partial<ExplorerState>) => void;
}): ReactNode {
  const facets = useGeneTrialsQuery('explorerFacets', undefined, { staleTime: 60_000 });
  const [draft, setDraft] = useState(state.query);
  const filter = toFilter(state);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ query: draft.trim(), cursors: [null] });
  };
  return (
    <>
      <search>
        <form className="search" onSubmit={submit}>
          <input
            type="search"
            name="q"
            aria-label="Search trials"
            placeholder="Search trials: title, condition, summary…"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">Search</button>
          {state.query ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDraft('');
                onChange({ query: '', cursors: [null] });
              }}
            >
              Show all trials
            </button>
          ) : null}
        </form>
      </search>
      <ErrorNote error={facets.error} />
      <Filters state={state} facets={facets.data?.stats} onChange={onChange} />
      {state.query ? (
        <SearchResults state={state} onChange={onChange} />
      ) : (
        <TrialsTable filter={filter} state={state} onChange={onChange} />
      )}
      <Charts filter={filter} />
    </>
  );
}
