import type { GeneTrialsError } from '@genetrials/sdk';
import type { ReactNode } from 'react';

/** The hash route of a trial's page. */
export function trialHref(id: string): string {
  return `#/trial/${encodeURIComponent(id)}`;
}

/** A failed request, with the server's error code when it gave one. */
export function ErrorNote({ error }: { error: GeneTrialsError | Error | null | undefined }): ReactNode {
  if (!error) return null;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return (
    <p className="error" role="alert">
      {code ? <strong>{code}: </strong> : null}
      {error.message}
    </p>
  );
}

/** A section of the trial page, skipped when it has nothing to show. */
export function Section(props: {
  id: string;
  title: string;
  count?: number | undefined;
  children: ReactNode;
}): ReactNode {
  return (
    <section className="panel" id={props.id} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>
        {props.title}
        {props.count !== undefined ? <span className="muted count">{props.count}</span> : null}
      </h2>
      {props.children}
    </section>
  );
}
