import type { ReactNode } from 'react';

export interface YearCount {
  year: number;
  count: number;
}

const HEIGHT = 160;
const BOTTOM = 28;
const LEFT = 36;

/** Trials per start year as bars; years without trials between the first and last show as gaps. */
export function YearChart({ counts, unknown }: { counts: YearCount[]; unknown: number }): ReactNode {
  if (counts.length === 0) return <p className="muted">No start years among these trials.</p>;
  const first = Math.min(...counts.map((c) => c.year));
  const last = Math.max(...counts.map((c) => c.year));
  const byYear = new Map(counts.map((c) => [c.year, c.count]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const max = Math.max(...counts.map((c) => c.count));
  const barWidth = Math.max(6, Math.min(28, 760 / years.length));
  const width = LEFT + years.length * barWidth + 8;
  const plot = HEIGHT - BOTTOM;
  const labelEvery = Math.ceil(years.length / 12);
  return (
    <figure className="year-chart">
      <svg
        data-testid="year-chart"
        role="img"
        aria-label="Trials by start year"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <line className="gridline" x1={LEFT} x2={width} y1={plot} y2={plot} />
        <text x={LEFT - 6} y={12} textAnchor="end">
          {max}
        </text>
        <text x={LEFT - 6} y={plot} textAnchor="end">
          0
        </text>
        {years.map((year, i) => {
          const count = byYear.get(year) ?? 0;
          const h = (count / max) * (plot - 8);
          return (
            <g key={year} data-testid="year-bar" data-year={year} data-count={count}>
              <title>{`${year}: ${count} trial${count === 1 ? '' : 's'}`}</title>
              <rect
                className="bar"
                x={LEFT + i * barWidth + 1}
                y={plot - h}
                width={barWidth - 2}
                height={h}
              />
              {i % labelEvery === 0 ? (
                <text x={LEFT + i * barWidth + barWidth / 2} y={plot + 16} textAnchor="middle">
                  {year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Trials by start year{unknown > 0 ? ` · ${unknown} without a start year` : ''}
      </figcaption>
    </figure>
  );
}
