import { createClient, GeneTrialsError, TrialsDocument } from '@genetrials/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// The built SDK against the real server over HTTP: what a frontend or script would do.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('SDK against the server', () => {
  it('fetches the NCI trial in full through a typed method', async () => {
    const client = createClient({ url: s.url });
    const page = await client.trials({ first: 1 });
    const id = page.trials.nodes[0]?.id;
    expect(id).toBeTruthy();
    const { trial } = await client.trialDetail({ id });
    expect(trial?.title).toContain('MART-1');
    expect(trial?.outcome?.responders).toBe(2);
    expect(trial?.outcome?.objectiveResponseRate?.percent).toBe(11.8);
    expect(trial?.therapies.edges.map((e) => e.role)).toEqual(['EXPERIMENTAL', 'CONDITIONING', 'SUPPORTIVE']);
    expect(trial?.reviews.nodes.flatMap((r) => r.assessments.map((a) => a.stance)).sort()).toEqual([
      'MIXED',
      'MIXED',
      'UNFAVORABLE',
    ]);
  });

  it('pages patients with cursors through the SDK', async () => {
    const client = createClient({ url: s.url, token: s.tokens.reader });
    const trialId = (await client.trials({ first: 1 })).trials.nodes[0]?.id as string;
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const { trial } = await client.trialPatients({ id: trialId, first: 5, after });
      // Patients are null without a reader token; this client has one.
      const patients = trial?.patients;
      if (!patients) throw new Error('expected a trial with readable patients');
      seen.push(...patients.nodes.map((p) => p.subjectCode));
      after = patients.pageInfo.hasNextPage ? patients.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toHaveLength(17);
    expect(new Set(seen).size).toBe(17);
  });

  it('runs a shipped document through the generic request method', async () => {
    const client = createClient({ url: s.url });
    const result = await client.request(TrialsDocument, { last: 1 });
    expect(result.trials.totalCount).toBe(3);
    expect(result.trials.nodes).toHaveLength(1);
  });

  it('surfaces validation errors as a typed GeneTrialsError with the code', async () => {
    const client = createClient({ url: s.url });
    const error = await client.trialDetail({ nctId: 'NCT123' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneTrialsError);
    expect((error as GeneTrialsError).code).toBe('BAD_USER_INPUT');
    expect((error as GeneTrialsError).message).toMatch(/nctId/);
  });
});
