// A tiny seeded pseudo-random number generator (sfc32, seeded through splitmix32) and the
// sampling helpers the synthetic generator needs. Same seed, same sequence, on every platform:
// only 32-bit integer arithmetic, no Math.random.

/** splitmix32: spreads a small seed over four well-mixed 32-bit state words. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, with probability proportional to its weight. */
  weighted<K extends string | number>(weights: WeightTable<K>): K;
  /** Normal(mean, sd) by Box-Muller. */
  normal(mean: number, sd: number): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** `count` distinct elements in random order (all of them when count >= length). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Keys with relative weights; prepared once (cumulative sums) and reused for every draw. */
export interface WeightTable<K> {
  readonly keys: readonly K[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weights<K extends string | number>(table: readonly (readonly [K, number])[]): WeightTable<K> {
  let total = 0;
  const cumulative: number[] = [];
  for (const [, w] of table) {
    if (!(w >= 0)) throw new RangeError('weights must be non-negative');
    total += w;
    cumulative.push(total);
  }
  if (total <= 0) throw new RangeError('weights must not all be zero');
  return { keys: table.map(([k]) => k), cumulative, total };
}

/** Seeded sfc32 (Small Fast Counting generator, PractRand-clean), any integer seed. */
export function createRng(seed: number): Rng {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs, as the reference implementation recommends.
  for (let i = 0; i < 12; i++) u32();

  const next = () => u32() / 4294967296;
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <K extends string | number>(table: WeightTable<K>) => {
      const x = next() * table.total;
      const { cumulative, keys } = table;
      // Tables are short (under 30 keys): a linear scan beats a binary search here.
      for (let i = 0; i < cumulative.length; i++) if (x < (cumulative[i] as number)) return keys[i] as K;
      return keys[keys.length - 1] as K;
    },
    normal: (mean, sd) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    exponential: (mean) => -mean * Math.log(1 - next()),
    sample: <T>(items: readonly T[], count: number) => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        const tmp = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      return copy.slice(0, n);
    },
  };
  return rng;
}
