import { useGeneTrialsQuery } from '@genetrials/react';
import type { ExplorerTrialQuery } from '@genetrials/sdk';
import type { ReactNode } from 'react';
import { ForestPlot, type ForestRow } from './ForestPlot';
import { humanize, orDash, percent, showValue } from './format';
import { useToken } from './token';
import { ErrorNote, Section } from './ui';

type Trial = NonNullable<ExplorerTrialQuery['trial']>;
type Claim = Trial['claims'][number];

function Facts({ items }: { items: [string, ReactNode][] }): ReactNode {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SourceLink({ source, locator }: { source: Claim['source']; locator?: string | null }): ReactNode {
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer">
      {source.title}
    </a>
  ) : (
    source.title
  );
  return (
    <span className="source">
      <span className="badge">{humanize(source.kind)}</span> {title}
      {locator ? <q className="locator">{locator}</q> : null}
    </span>
  );
}

function Construct({ trial }: { trial: Trial }): ReactNode {
  const edges = trial.therapies.edges;
  if (edges.length === 0) return <p className="muted">No therapy is linked to this trial.</p>;
  return (
    <table data-testid="construct">
      <thead>
        <tr>
          <th>Therapy</th>
          <th>Role</th>
          <th>Arm</th>
          <th>Modality</th>
          <th>Vector</th>
          <th>Transgene</th>
          <th>Target antigen</th>
          <th>Cell source</th>
          <th>Dose</th>
        </tr>
      </thead>
      <tbody>
        {edges.map((edge) => (
          <tr key={`${edge.node.id}-${edge.armName ?? ''}-${edge.role}`}>
            <td>
              {edge.node.name}
              {edge.node.costimulatoryDomain ? (
                <div className="muted small">costimulation: {edge.node.costimulatoryDomain}</div>
              ) : null}
              {edge.node.manufacturer ? <div className="muted small">{edge.node.manufacturer}</div> : null}
            </td>
            <td>{humanize(edge.role)}</td>
            <td>{orDash(edge.armName)}</td>
            <td>{humanize(edge.node.modality)}</td>
            <td>{humanize(edge.node.vector)}</td>
            <td>{orDash(edge.node.transgene)}</td>
            <td>{orDash(edge.node.targetAntigen)}</td>
            <td>{humanize(edge.node.cellSource)}</td>
            <td>{orDash(edge.dose)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutcomeSection({ trial }: { trial: Trial }): ReactNode {
  const outcome = trial.outcome;
  const registry = trial.registryOutcome;
  const rows: ForestRow[] = [];
  if (outcome?.objectiveResponseRate) {
    const rate = outcome.objectiveResponseRate;
    rows.push({
      key: 'patients',
      label: 'From patient records',
      detail: `${outcome.responders}/${outcome.evaluable} evaluable patients`,
      estimate: rate.estimate,
      lower: rate.ci95.lower,
      upper: rate.ci95.upper,
      n: outcome.evaluable,
      kind: 'trial',
    });
  }
  if (registry?.objectiveResponseRate) {
    const rate = registry.objectiveResponseRate;
    rows.push({
      key: 'registry',
      label: 'As the registry record reports',
      detail: `${registry.responders}/${registry.analysed} analysed`,
      estimate: rate.estimate,
      lower: rate.ci95.lower,
      upper: rate.ci95.upper,
      n: registry.analysed,
      kind: 'registry',
    });
  }
  return (
    <Section id="outcome" title="Response">
      {trial.outcomeSuppressed ? (
        <p className="muted">Too few patients to show an outcome without identifying them.</p>
      ) : null}
      {outcome ? (
        <Facts
          items={[
            ['Patients', outcome.patients],
            ['Evaluable', outcome.evaluable],
            ['Complete responses', outcome.completeResponses],
            ['Partial responses', outcome.partialResponses],
            ['Stable disease', outcome.stableDisease],
            ['Progressive disease', outcome.progressiveDisease],
            ['No response', outcome.noResponse],
            [
              'Objective response rate',
              outcome.objectiveResponseRate
                ? `${percent(outcome.objectiveResponseRate.estimate)} (95 % CI ${percent(outcome.objectiveResponseRate.ci95.lower)}–${percent(outcome.objectiveResponseRate.ci95.upper)})`
                : null,
            ],
          ]}
        />
      ) : (
        <p className="muted">No patient-level outcome recorded.</p>
      )}
      {registry ? (
        <p className="small">
          Registry-reported: {registry.responders}/{registry.analysed} responders
          {registry.measureTitle ? ` in “${registry.measureTitle}”` : ''}.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ForestPlot sections={[{ title: 'Objective response', rows }]} title="This trial's response rates" />
      ) : null}
    </Section>
  );
}

function Patients({ trialId }: { trialId: string }): ReactNode {
  const token = useToken();
  const patients = useGeneTrialsQuery(
    'trialPatients',
    { id: trialId, first: 100 },
    { enabled: Boolean(token), retry: false },
  );
  const connection = patients.data?.trial?.patients;
  return (
    <Section id="patients" title="Patients" count={connection?.totalCount}>
      {!token ? (
        <p className="muted" data-testid="patients-locked">
          Patient-level data needs a reader token: enter one at the top of the page.
        </p>
      ) : null}
      <ErrorNote error={patients.error} />
      {token && patients.data && !connection ? (
        <p className="muted">This token may not read patient data.</p>
      ) : null}
      {connection && connection.nodes.length > 0 ? (
        <table data-testid="patients">
          <thead>
            <tr>
              <th>Subject</th>
              <th>Age</th>
              <th>Sex</th>
              <th>Best response</th>
              <th>Metastatic sites</th>
              <th>Follow-up (months)</th>
              <th>Status</th>
              <th>Adverse events</th>
            </tr>
          </thead>
          <tbody>
            {connection.nodes.map((patient) => (
              <tr key={patient.id}>
                <td>{patient.subjectCode}</td>
                <td>{orDash(patient.ageAtEnrollment)}</td>
                <td>{humanize(patient.sex)}</td>
                <td>{humanize(patient.bestResponse)}</td>
                <td>{patient.metastaticSites.join(', ') || '—'}</td>
                <td>{orDash(patient.followUpMonths)}</td>
                <td>{humanize(patient.status)}</td>
                <td>
                  {patient.adverseEvents.length === 0
                    ? '—'
                    : patient.adverseEvents
                        .map(
                          (ae) =>
                            `${ae.term}${ae.grade !== null ? ` (grade ${ae.grade})` : ''}${ae.attribution ? `, ${humanize(ae.attribution).toLowerCase()}` : ''}`,
                        )
                        .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {connection && connection.totalCount > connection.nodes.length ? (
        <p className="muted small">First {connection.nodes.length} patients shown.</p>
      ) : null}
    </Section>
  );
}

function SourcesPerFact({ claims }: { claims: Trial['claims'] }): ReactNode {
  const byField = new Map<string, Claim[]>();
  for (const claim of claims) byField.set(claim.field, [...(byField.get(claim.field) ?? []), claim]);
  return (
    <Section id="sources" title="Sources per fact" count={byField.size}>
      {byField.size === 0 ? <p className="muted">No fact of this trial cites a source.</p> : null}
      <dl className="claims">
        {[...byField].map(([field, fieldClaims]) => (
          <div key={field}>
            <dt>{humanize(field.replace(/([a-z])([A-Z])/g, '$1_$2'))}</dt>
            {fieldClaims.map((claim) => (
              <dd key={claim.id}>
                <span className="claim-value">{showValue(claim.value)}</span>
                {' — '}
                <SourceLink source={claim.source} locator={claim.locator} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </Section>
  );
}

function Conflicts({ conflicts }: { conflicts: Trial['conflicts'] }): ReactNode {
  return (
    <Section id="conflicts" title="Conflicts" count={conflicts.length}>
      {conflicts.length === 0 ? <p className="muted">The sources agree on every fact they share.</p> : null}
      {conflicts.map((conflict) => (
        <div key={conflict.field} className="conflict" data-testid="conflict">
          <h3>{humanize(conflict.field.replace(/([a-z])([A-Z])/g, '$1_$2'))}</h3>
          <div className="side-by-side">
            {conflict.claims.map((claim) => (
              <div key={claim.id} className="claim-card">
                <div className="claim-value big">{showValue(claim.value)}</div>
                <SourceLink source={claim.source} locator={claim.locator} />
              </div>
            ))}
          </div>
        </div>
      ))}
    </Section>
  );
}

function TrialBody({ trial }: { trial: Trial }): ReactNode {
  return (
    <article className="trial" data-testid="trial-page">
      <header className="trial-header">
        <h1>{trial.title}</h1>
        {trial.officialTitle && trial.officialTitle !== trial.title ? (
          <p className="muted">{trial.officialTitle}</p>
        ) : null}
        <Facts
          items={[
            [
              'Registry',
              trial.nctId ? (
                trial.registryUrl ? (
                  <a key="registry" href={trial.registryUrl} target="_blank" rel="noreferrer">
                    {trial.nctId}
                  </a>
                ) : (
                  trial.nctId
                )
              ) : null,
            ],
            ['Phase', trial.phase ? humanize(trial.phase) : null],
            ['Status', trial.status ? humanize(trial.status) : null],
            ['Study type', trial.studyType ? humanize(trial.studyType) : null],
            ['Conditions', trial.conditions.join(', ') || null],
            ['Sponsor', trial.sponsor],
            ['Institution', trial.institution],
            ['Country', trial.country],
            ['Principal investigator', trial.principalInvestigator],
            ['Start', trial.startDate],
            ['Completion', trial.completionDate],
            ['Enrollment', trial.actualEnrollment ?? trial.plannedEnrollment],
            ['Why stopped', trial.whyStopped],
          ]}
        />
        {trial.summary ? <p className="summary">{trial.summary}</p> : null}
      </header>
      <Section id="construct" title="Construct and therapies">
        <Construct trial={trial} />
      </Section>
      <OutcomeSection trial={trial} />
      <Section id="arms" title="Arms" count={trial.arms.length}>
        {trial.arms.length === 0 ? <p className="muted">No arms registered.</p> : null}
        <ul className="plain">
          {trial.arms.map((arm) => (
            <li key={arm.id}>
              <strong>{arm.label}</strong>
              {arm.type ? <span className="badge">{humanize(arm.type)}</span> : null}
              {arm.description ? <div className="small">{arm.description}</div> : null}
              {arm.interventions.length > 0 ? (
                <div className="muted small">{arm.interventions.map((i) => i.name).join(' · ')}</div>
              ) : null}
            </li>
          ))}
        </ul>
        {trial.interventions.nodes.length > 0 ? (
          <>
            <h3>Interventions</h3>
            <ul className="plain">
              {trial.interventions.nodes.map((intervention) => (
                <li key={intervention.id}>
                  {intervention.name}
                  <span className="muted small">
                    {` ${humanize(intervention.type)}${intervention.therapy ? ` → ${intervention.therapy.name}` : ''}`}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      <Section id="eligibility" title="Eligibility">
        {trial.eligibility ? (
          <>
            <Facts
              items={[
                ['Minimum age', trial.eligibility.minimumAge],
                ['Maximum age', trial.eligibility.maximumAge],
                ['Sex', trial.eligibility.sex ? humanize(trial.eligibility.sex) : null],
                [
                  'Healthy volunteers',
                  trial.eligibility.healthyVolunteers === null
                    ? null
                    : trial.eligibility.healthyVolunteers
                      ? 'Accepted'
                      : 'Not accepted',
                ],
              ]}
            />
            {trial.eligibility.criteria ? <pre className="criteria">{trial.eligibility.criteria}</pre> : null}
          </>
        ) : (
          <p className="muted">No eligibility criteria recorded.</p>
        )}
      </Section>
      <Section id="sites" title="Sites" count={trial.sites.totalCount}>
        {trial.sites.nodes.length === 0 ? <p className="muted">No sites recorded.</p> : null}
        {trial.sites.nodes.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th>Facility</th>
                <th>City</th>
                <th>Country</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {trial.sites.nodes.map((site) => (
                <tr key={site.id}>
                  <td>{orDash(site.facility)}</td>
                  <td>{[site.city, site.state].filter(Boolean).join(', ') || '—'}</td>
                  <td>{orDash(site.country)}</td>
                  <td>{humanize(site.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Section>
      <Section id="outcome-measures" title="Outcome measures" count={trial.outcomeMeasures.totalCount}>
        {trial.outcomeMeasures.nodes.length === 0 ? (
          <p className="muted">No outcome measures recorded.</p>
        ) : null}
        <ul className="plain">
          {trial.outcomeMeasures.nodes.map((measure) => (
            <li key={measure.id}>
              <span className="badge">{humanize(measure.type)}</span> {measure.title}
              <span className="muted small">
                {measure.timeFrame ? ` · ${measure.timeFrame}` : ''}
                {measure.unitOfMeasure ? ` · ${measure.unitOfMeasure}` : ''}
                {` · ${humanize(measure.source).toLowerCase()}`}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="adverse-events"
        title="Adverse events (registry)"
        count={trial.registryAdverseEvents.totalCount}
      >
        {trial.registryAdverseEvents.nodes.length === 0 ? (
          <p className="muted">The registry record reports no adverse events.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Term</th>
                <th>Organ system</th>
                <th>Seriousness</th>
                <th className="num">Affected / at risk (per group)</th>
              </tr>
            </thead>
            <tbody>
              {trial.registryAdverseEvents.nodes.map((event) => (
                <tr key={event.id}>
                  <td>{event.term}</td>
                  <td>{orDash(event.organSystem)}</td>
                  <td>{humanize(event.seriousness)}</td>
                  <td className="num">
                    {event.stats.map((s) => `${orDash(s.numAffected)}/${orDash(s.numAtRisk)}`).join(' · ') ||
                      '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Patients trialId={trial.id} />
      <Section id="reviews" title="Reviews and expert assessments" count={trial.reviews.nodes.length}>
        {trial.reviews.nodes.length === 0 ? <p className="muted">No review covers this trial.</p> : null}
        {trial.reviews.nodes.map((review) => (
          <div key={review.id} className="review" data-testid="review">
            <h3>
              {review.url ? (
                <a href={review.url} target="_blank" rel="noreferrer">
                  {review.title}
                </a>
              ) : (
                review.title
              )}
            </h3>
            <p className="muted small">
              {[humanize(review.kind), review.journal, review.year, review.authors.slice(0, 3).join(', ')]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {review.summary ? <p>{review.summary}</p> : null}
            {review.assessments.map((assessment) => (
              <blockquote
                key={assessment.id}
                className={`assessment stance-${assessment.stance.toLowerCase()}`}
              >
                <span className="badge">{humanize(assessment.stance)}</span> “{assessment.quote}”
                <footer>
                  — {assessment.expert}
                  {assessment.affiliation ? `, ${assessment.affiliation}` : ''}
                  {assessment.rationale ? <div className="muted small">{assessment.rationale}</div> : null}
                </footer>
              </blockquote>
            ))}
          </div>
        ))}
      </Section>
      <Conflicts conflicts={trial.conflicts} />
      <SourcesPerFact claims={trial.claims} />
    </article>
  );
}

export function TrialPage({ id }: { id: string }): ReactNode {
  const query = useGeneTrialsQuery('explorerTrial', { id });
  return (
    <>
      <p>
        <a href="#/">← All trials</a>
      </p>
      <ErrorNote error={query.error} />
      {query.isPending ? <p className="muted">Loading…</p> : null}
      {query.data && !query.data.trial ? <p className="error">No trial with this id.</p> : null}
      {query.data?.trial ? <TrialBody trial={query.data.trial} /> : null}
    </>
  );
}
