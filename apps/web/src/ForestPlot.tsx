import type { ReactNode } from 'react';
import { percent } from './format';

/** One row of a forest plot: a response rate with its 95 % interval (fractions in [0, 1]). */
export interface ForestRow {
  key: string;
  label: string;
  /** Shown under the label, e.g. "7/17 patients". */
  detail: string;
  estimate: number;
  lower: number;
  upper: number;
  /** Patients the rate is over; sizes a trial's square. */
  n: number;
  /** A trial (square) or a pooled estimate (diamond). */
  kind: 'trial' | 'pooled' | 'registry';
  /** Opens the trial when the row is clicked. */
  onSelect?: () => void;
}

export interface ForestSection {
  title: string;
  rows: ForestRow[];
}

const LABEL_WIDTH = 300;
const PLOT_WIDTH = 420;
const RIGHT_WIDTH = 140;
const ROW_HEIGHT = 26;
const SECTION_HEIGHT = 24;
const AXIS_HEIGHT = 34;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

const x = (fraction: number) => LABEL_WIDTH + Math.max(0, Math.min(1, fraction)) * PLOT_WIDTH;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Objective response rates with 95 % Wilson intervals on a shared 0–100 % axis:
 * a whisker per interval, a square per trial (area by patients), a diamond per
 * pooled estimate. Plain SVG, no chart library.
 */
export function ForestPlot({ sections, title }: { sections: ForestSection[]; title: string }): ReactNode {
  const maxN = Math.max(1, ...sections.flatMap((section) => section.rows.map((row) => row.n)));
  let y = 8;
  const parts: ReactNode[] = [];
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    parts.push(
      <text key={`section-${section.title}`} className="forest-section" x={8} y={y + 16}>
        {section.title}
      </text>,
    );
    y += SECTION_HEIGHT;
    for (const row of section.rows) {
      const mid = y + ROW_HEIGHT / 2;
      const size = row.kind === 'trial' ? 5 + 6 * Math.sqrt(row.n / maxN) : 7;
      const cx = x(row.estimate);
      parts.push(
        // biome-ignore lint/a11y/noStaticElementInteractions: the trial's row in the table is the keyboard path; the plot is a shortcut.
        <g
          key={`${section.title}-${row.key}`}
          className={`forest-row forest-${row.kind}${row.onSelect ? ' clickable' : ''}`}
          data-testid="forest-row"
          data-kind={row.kind}
          data-key={row.key}
          data-estimate={row.estimate}
          data-lower={row.lower}
          data-upper={row.upper}
          onClick={row.onSelect}
        >
          <title>{`${row.label}: ${percent(row.estimate)} (95 % CI ${percent(row.lower)}–${percent(row.upper)}), ${row.detail}`}</title>
          <text className="forest-label" x={8} y={mid - 1}>
            {truncate(row.label, 44)}
          </text>
          <text className="forest-detail" x={8} y={mid + 10}>
            {row.detail}
          </text>
          <line className="ci" x1={x(row.lower)} x2={x(row.upper)} y1={mid} y2={mid} />
          <line className="ci-cap" x1={x(row.lower)} x2={x(row.lower)} y1={mid - 4} y2={mid + 4} />
          <line className="ci-cap" x1={x(row.upper)} x2={x(row.upper)} y1={mid - 4} y2={mid + 4} />
          {row.kind === 'trial' ? (
            <rect className="point" x={cx - size / 2} y={mid - size / 2} width={size} height={size} />
          ) : (
            <polygon
              className="point"
              points={`${cx - size},${mid} ${cx},${mid - size / 1.4} ${cx + size},${mid} ${cx},${mid + size / 1.4}`}
            />
          )}
          <text className="forest-value" x={LABEL_WIDTH + PLOT_WIDTH + 12} y={mid + 4}>
            {`${(row.estimate * 100).toFixed(0)} % [${(row.lower * 100).toFixed(0)}–${(row.upper * 100).toFixed(0)}]`}
          </text>
        </g>,
      );
      y += ROW_HEIGHT;
    }
  }
  const plotBottom = y + 4;
  const height = plotBottom + AXIS_HEIGHT;
  const width = LABEL_WIDTH + PLOT_WIDTH + RIGHT_WIDTH;
  return (
    <svg
      className="forest-plot"
      data-testid="forest-plot"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width }}
    >
      {TICKS.map((tick) => (
        <g key={tick} className="axis">
          <line className="gridline" x1={x(tick)} x2={x(tick)} y1={4} y2={plotBottom} />
          <text x={x(tick)} y={plotBottom + 16} textAnchor="middle">
            {`${tick * 100} %`}
          </text>
        </g>
      ))}
      <text className="axis-title" x={x(0.5)} y={plotBottom + 30} textAnchor="middle">
        Objective response rate (95 % CI)
      </text>
      {parts}
    </svg>
  );
}
