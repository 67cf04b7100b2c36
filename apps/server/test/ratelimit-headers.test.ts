import { describe, expect, it } from 'vitest';
import { startTestServer } from './harness.js';

// RateLimit-* headers (IETF draft "RateLimit header fields for HTTP") on a real server.

const QUERY = JSON.stringify({ query: '{ therapies(first: 1) { totalCount } }' });

async function post(url: string, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: QUERY,
  });
  const body = await res.text();
  const header = (name: string) => res.headers.get(name);
  return {
    status: res.status,
    body,
    limit: header('ratelimit-limit'),
    remaining: header('ratelimit-remaining'),
    reset: header('ratelimit-reset'),
    policy: header('ratelimit-policy'),
    retryAfter: header('retry-after'),
  };
}

describe('RateLimit headers', () => {
  it('every response carries the budget; the remaining count falls; 429 keeps Retry-After', async () => {
    const s = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 3 } } });
    try {
      const answers = [await post(s.url), await post(s.url), await post(s.url)];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(answers.map((a) => a.limit)).toEqual(['3', '3', '3']);
      expect(answers.map((a) => a.remaining)).toEqual(['2', '1', '0']);
      expect(answers.map((a) => a.policy)).toEqual(['3;w=60', '3;w=60', '3;w=60']);
      for (const a of answers) {
        const reset = Number(a.reset);
        expect(Number.isInteger(reset) && reset >= 1 && reset <= 60).toBe(true);
      }
      const limited = await post(s.url);
      expect(limited.status).toBe(429);
      expect(JSON.parse(limited.body).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(limited).toMatchObject({ limit: '3', remaining: '0', policy: '3;w=60' });
      expect(limited.reset).toBe(limited.retryAfter);
      // A token spends its own budget: its headers count from the top.
      const withToken = await post(s.url, s.tokens.reader);
      expect(withToken).toMatchObject({ status: 200, limit: '3', remaining: '2' });
      // Exports spend a budget of their own and say so the same way.
      const exported = await fetch(`${s.origin}/export/trials.ndjson`);
      await exported.text();
      expect(exported.status).toBe(200);
      expect(exported.headers.get('ratelimit-limit')).toBe('3');
      expect(exported.headers.get('ratelimit-remaining')).toBe('2');
    } finally {
      await s.close();
    }
  });

  it('reports the per-address ceiling when it is the budget closer to running out', async () => {
    const s = await startTestServer({
      seed: false,
      config: { hardening: { rateLimitPerMinute: 100, rateLimitIpPerMinute: 2 } },
    });
    try {
      expect(await post(s.url)).toMatchObject({ status: 200, limit: '2', remaining: '1' });
      expect(await post(s.url)).toMatchObject({ status: 200, limit: '2', remaining: '0' });
      expect(await post(s.url)).toMatchObject({ status: 429, limit: '2', remaining: '0' });
    } finally {
      await s.close();
    }
  });

  it('no RateLimit headers when rate limiting is off', async () => {
    const s = await startTestServer({ seed: false, config: { hardening: { rateLimitPerMinute: 0 } } });
    try {
      const answer = await post(s.url);
      expect(answer.status).toBe(200);
      expect([answer.limit, answer.remaining, answer.reset, answer.policy]).toEqual([null, null, null, null]);
    } finally {
      await s.close();
    }
  });
});
