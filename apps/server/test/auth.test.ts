import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, parseLifetime, revokeToken } from '../src/auth.js';
import { startTestServer, type TestServer } from './harness.js';

let s: TestServer;
let patientId: string;
beforeAll(async () => {
  s = await startTestServer();
  const { body } = await s.gql<{ patients: { nodes: { id: string }[] } }>(
    '{ patients(first: 1) { nodes { id } } }',
    {},
    { role: 'reader' },
  );
  patientId = body.data?.patients.nodes[0]?.id as string;
});
afterAll(async () => {
  await s.close();
});

const patientPaths: [string, string][] = [
  ['Query.patient', 'query($id: ID!) { patient(id: $id) { subjectCode } }'],
  ['Query.patients', '{ patients(first: 5) { totalCount nodes { subjectCode } } }'],
  ['Trial.patients', '{ trials(first: 1) { nodes { title patients(first: 5) { nodes { subjectCode } } } } }'],
  [
    'node(id) → Patient',
    'query($id: ID!) { node(id: $id) { ... on Patient { subjectCode ageAtEnrollment } } }',
  ],
  ['nodes(ids) → Patient', 'query($id: ID!) { nodes(ids: [$id]) { ... on Patient { subjectCode } } }'],
  ['conflicts(subjectType: PATIENT)', '{ conflicts(subjectType: PATIENT) { field values } }'],
];

describe('anonymous users never see patient-level data', () => {
  for (const [name, query] of patientPaths) {
    it(`${name} is FORBIDDEN without a token`, async () => {
      const { body, text } = await s.gql(query, { id: patientId }, { anonymous: true });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(text).not.toMatch(/NCI-MART1|SCID-FR|GT1999/);
    });
    for (const role of ['reader', 'curator', 'admin'] as const) {
      it(`${name} is allowed for ${role}`, async () => {
        const { body, text } = await s.gql(query, { id: patientId }, { role });
        expect(body.errors).toBeUndefined();
        if (!name.startsWith('conflicts')) expect(text).toMatch(/NCI-MART1/);
      });
    }
  }

  it('still serves trials, outcomes, reviews and stats anonymously', async () => {
    const { body } = await s.gql<{
      trials: { nodes: { outcome: { responders: number } }[] };
      stats: { patientCount: number };
    }>(
      '{ trials(first: 1) { nodes { title outcome { responders } reviews { totalCount } } } stats { patientCount } }',
      {},
      { anonymous: true },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.trials.nodes[0]?.outcome.responders).toBe(2);
    expect(body.data?.stats.patientCount).toBe(29);
  });

  it('hides claims about patients from anonymous root conflicts and source claims', async () => {
    const anon = await s.gql<{
      conflicts: { subjectType: string }[];
      sources: { nodes: { claims: { nodes: { subjectType: string }[] } }[] };
    }>(
      '{ conflicts { subjectType } sources(first: 10) { nodes { claims(first: 100) { nodes { subjectType } } } } }',
      {},
      { anonymous: true },
    );
    expect(anon.body.errors).toBeUndefined();
    const types = [
      ...(anon.body.data?.conflicts.map((c) => c.subjectType) ?? []),
      ...(anon.body.data?.sources.nodes.flatMap((n) => n.claims.nodes.map((c) => c.subjectType)) ?? []),
    ];
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain('PATIENT');
    const reader = await s.gql<{ conflicts: { subjectType: string }[] }>(
      '{ conflicts { subjectType } }',
      {},
      { role: 'reader' },
    );
    expect(reader.body.data?.conflicts.map((c) => c.subjectType)).toContain('PATIENT');
  });

  it('search never returns patients', async () => {
    const { body, text } = await s.gql(
      '{ search(query: "melanoma") { nodes { __typename } } }',
      {},
      { anonymous: true },
    );
    expect(body.errors).toBeUndefined();
    expect(text).not.toContain('Patient');
  });
});

describe('tokens', () => {
  it('rejects an unknown token with UNAUTHENTICATED and HTTP 401', async () => {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer gt_not-a-real-token' },
      body: JSON.stringify({ query: '{ trials { totalCount } }' }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a malformed Authorization header', async () => {
    const { status, body } = await s.gql('{ trials { totalCount } }', {}, { token: 'two words' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops accepting a token once it is revoked', async () => {
    const created = await createToken(s.db, { name: 'to revoke', role: 'reader' });
    expect(
      (await s.gql('{ patients { totalCount } }', {}, { token: created.token })).body.errors,
    ).toBeUndefined();
    const revoked = await revokeToken(s.db, created.id);
    expect(revoked.status).toBe('revoked');
    const after = await s.gql('{ patients { totalCount } }', {}, { token: created.token });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revoking a revoked token changes nothing and reports the first revocation time', async () => {
    const created = await createToken(s.db, { name: 'revoke twice', role: 'reader' });
    const first = await revokeToken(s.db, created.id);
    if (first.status !== 'revoked') throw new Error(`unexpected ${first.status}`);
    // Make the stored time recognisable, so an overwrite would show.
    const original = '2020-01-02T03:04:05.000Z';
    await s.db.client.execute({
      sql: 'update api_tokens set revoked_at = ? where id = ?',
      args: [original, created.id],
    });
    expect(await revokeToken(s.db, created.id)).toEqual({ status: 'already-revoked', revokedAt: original });
    const stored = await s.db.client.execute({
      sql: 'select revoked_at from api_tokens where id = ?',
      args: [created.id],
    });
    expect(stored.rows[0]?.revoked_at).toBe(original);
    expect(await revokeToken(s.db, 999_999)).toEqual({ status: 'not-found' });
  });

  it('accepts a token until it expires, then answers UNAUTHENTICATED saying it expired', async () => {
    const created = await createToken(s.db, {
      name: 'expiring',
      role: 'reader',
      expiresInMs: parseLifetime('12h'),
    });
    const expected = Date.now() + 12 * 3_600_000;
    expect(Math.abs(Date.parse(created.expiresAt as string) - expected)).toBeLessThan(60_000);
    const before = await s.gql('{ patients { totalCount } }', {}, { token: created.token });
    expect(before.body.errors).toBeUndefined();
    // Move the expiry into the past instead of waiting for it.
    const past = new Date(Date.now() - 1000).toISOString();
    await s.db.client.execute({
      sql: 'update api_tokens set expires_at = ? where id = ?',
      args: [past, created.id],
    });
    const after = await s.gql(
      '{ patients { totalCount nodes { subjectCode } } }',
      {},
      { token: created.token },
    );
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.body.errors?.[0]?.message).toContain(`API token expired at ${past}`);
    expect(after.body.data ?? null).toBeNull();
    expect(after.text).not.toMatch(/NCI-MART1/);
  });

  it('tokens without an expiry do not expire', async () => {
    const created = await createToken(s.db, { name: 'forever', role: 'reader' });
    expect(created.expiresAt).toBeNull();
    const stored = await s.db.client.execute({
      sql: 'select expires_at from api_tokens where id = ?',
      args: [created.id],
    });
    expect(stored.rows[0]?.expires_at).toBeNull();
  });

  it('parses lifetimes in hours, days and weeks, and refuses anything else', () => {
    expect(parseLifetime('12h')).toBe(12 * 3_600_000);
    expect(parseLifetime('30d')).toBe(30 * 86_400_000);
    expect(parseLifetime('8w')).toBe(8 * 7 * 86_400_000);
    expect(parseLifetime('1830d')).toBe(1830 * 86_400_000);
    for (const bad of ['', '30', 'd', '0d', '-1d', '1.5d', '1y', '30 days', '10m', '1831d', '300w', 'abc']) {
      expect(() => parseLifetime(bad), bad).toThrow(/12h, 30d or 8w/);
    }
  });

  it('stores only a hash of each token', async () => {
    const created = await createToken(s.db, { name: 'hash check', role: 'admin' });
    const rows = await s.db.client.execute('select * from api_tokens');
    expect(JSON.stringify(rows.rows)).not.toContain(created.token);
  });

  it('a forged id of another type is not a way around the check', async () => {
    const { body } = await s.gql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: encodeGlobalID('Patient', 1) },
      { anonymous: true },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
