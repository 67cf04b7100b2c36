// One load run with autocannon. Latency percentiles come from autocannon's per-response timings
// (process.hrtime, sub-millisecond), because its own histogram rounds to whole milliseconds;
// autocannon's rounded p50/p99 are reported alongside.
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  /** Seconds; or, with `amount`, the run ends after that many requests instead. */
  duration: number;
  amount?: number;
  /** Several requests sent in turn by each connection (full URLs on the origin of `url`), instead of `body`. */
  requests?: { url: string; body: string; headers?: Record<string, string> }[];
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Successful (2xx) requests per second. */
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** autocannon's own histogram (whole milliseconds). */
  autocannonMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: options.body,
        ...(options.requests
          ? {
              requests: options.requests.map((r) => ({
                method: 'POST' as const,
                path: new URL(r.url).pathname,
                body: r.body,
                headers: { 'content-type': 'application/json', ...r.headers },
              })),
            }
          : {}),
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
        pipelining: 1,
        timeout: 120,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const sorted = Float64Array.from(times).sort();
        const ok = times.length;
        const mean = ok > 0 ? sorted.reduce((a, b) => a + b, 0) / ok : Number.NaN;
        resolve({
          connections: options.connections,
          seconds: result.duration,
          requests: result.requests.total,
          rps: Math.round((ok / result.duration) * 10) / 10,
          latencyMs: {
            p50: round3(percentile(sorted, 50)),
            p90: round3(percentile(sorted, 90)),
            p99: round3(percentile(sorted, 99)),
            mean: round3(mean),
            max: round3(sorted[sorted.length - 1] ?? Number.NaN),
          },
          autocannonMs: { p50: result.latency.p50, p99: result.latency.p99 },
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          bytesPerResponse: ok > 0 ? Math.round(bytes / ok) : 0,
        });
      },
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) {
        times.push(responseTime);
        bytes += resBytes;
      }
    });
  });
}
