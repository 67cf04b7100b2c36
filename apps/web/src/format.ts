import type { JsonValue } from '@genetrials/sdk';

/** `PHASE_1_2` → `Phase 1/2`, `TCR_T_CELL` → `TCR t cell`: a readable fallback for enum values. */
export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  const phase = /^(EARLY_)?PHASE_(\d)(?:_(\d))?$/.exec(value);
  if (phase) return `${phase[1] ? 'Early phase' : 'Phase'} ${phase[2]}${phase[3] ? `/${phase[3]}` : ''}`;
  const words = value.split('_');
  return words
    .map((word, i) => (word.length <= 3 && i === 0 ? word : word.toLowerCase()))
    .join(' ')
    .replace(/^./, (first) => first.toUpperCase());
}

/** A fraction in [0, 1] as a percentage with one decimal. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** A claim's JSON value as text. */
export function showValue(value: JsonValue | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
