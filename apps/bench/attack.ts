// The "No request stalls others" scenario: while clients send expensive statistics requests, how
// long does `/health` take and how far is the server's event loop delayed? Two attacks, each for
// `seconds` with 4 concurrent senders: 15 aliases of the pooled stats (refused before execution by
// the aggregate budget) and the heaviest document the budget lets through (2 aliases, run in the
// read pool's workers, the surplus answered TIMEOUT). Event-loop delay comes from the server
// process (monitorEventLoopDelay in child.ts, over IPC).
import type { ChildProcess } from 'node:child_process';

const POOLED = 'stats { pooledByTherapy { trials } pooledByModality { trials } }';
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${POOLED}`).join(' ')} }`;

export const ATTACKS = {
  aliasAttack: {
    description: '15 aliases of stats { pooledByTherapy pooledByModality } (1.3 KB, anonymous)',
    query: aliased(15),
  },
  heaviestAllowed: {
    description: '2 aliases of the same: the most the aggregate budget lets through',
    query: aliased(2),
  },
} as const;
export type AttackName = keyof typeof ATTACKS;

export interface AttackScenario {
  name: AttackName;
  description: string;
  requests: number;
  /** Requests by outcome: `data` or the first error code. */
  outcomes: Record<string, number>;
  attackLatencyMs: { p50: number; max: number };
  health: { samples: number; failures: number; p50Ms: number; p99Ms: number; maxMs: number };
  /** The server's event-loop delay during the attack (null when the server does not report it). */
  eventLoopDelayMs: { p99: number; max: number } | null;
}

export interface AttackReport {
  /** /health must answer within this many ms under attack. */
  healthLimitMs: number;
  seconds: number;
  senders: number;
  scenarios: AttackScenario[];
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Asks the server process for its event-loop delay since the last ask (and resets it). */
function eventLoopDelay(child: ChildProcess): Promise<{ p99: number; max: number } | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      resolve(null);
    }, 5_000);
    const onMessage = (message: { eventLoopDelay?: { p99: number; max: number } }) => {
      if (!message.eventLoopDelay) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message.eventLoopDelay);
    };
    child.on('message', onMessage);
    child.send({ type: 'eventLoopDelay' });
  });
}

async function attackOnce(origin: string, query: string): Promise<string> {
  try {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? (body.errors ? 'ERROR' : 'data');
  } catch {
    return 'NETWORK_ERROR';
  }
}

export async function runAttacks(
  server: { process: ChildProcess; origin: string },
  seconds: number,
  senders = 4,
): Promise<AttackReport> {
  const scenarios: AttackScenario[] = [];
  for (const name of Object.keys(ATTACKS) as AttackName[]) {
    const { description, query } = ATTACKS[name];
    await eventLoopDelay(server.process); // reset
    const end = Date.now() + seconds * 1000;
    const outcomes: Record<string, number> = {};
    const attackLatencies: number[] = [];
    const sender = async () => {
      while (Date.now() < end) {
        const started = performance.now();
        const outcome = await attackOnce(server.origin, query);
        attackLatencies.push(performance.now() - started);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    };
    const health: number[] = [];
    let failures = 0;
    const prober = async () => {
      while (Date.now() < end) {
        const started = performance.now();
        const ok = await fetch(`${server.origin}/health`).then(
          (res) => res.ok,
          () => false,
        );
        health.push(performance.now() - started);
        if (!ok) failures++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await Promise.all([...Array.from({ length: senders }, sender), prober()]);
    const delay = await eventLoopDelay(server.process);
    scenarios.push({
      name,
      description,
      requests: attackLatencies.length,
      outcomes,
      attackLatencyMs: {
        p50: round2(percentile(attackLatencies, 50)),
        max: round2(Math.max(0, ...attackLatencies)),
      },
      health: {
        samples: health.length,
        failures,
        p50Ms: round2(percentile(health, 50)),
        p99Ms: round2(percentile(health, 99)),
        maxMs: round2(Math.max(0, ...health)),
      },
      eventLoopDelayMs: delay,
    });
    // Let interrupted or queued statements drain before the next scenario.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return { healthLimitMs: 100, seconds, senders, scenarios };
}
