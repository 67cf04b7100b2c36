import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ defaultRole: 'reader' });
});
afterAll(async () => {
  await s.close();
});

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

async function nciTrialId(): Promise<string> {
  const { body } = await s.gql<{ trials: { nodes: { id: string; title: string }[] } }>(
    '{ trials(first: 10) { nodes { id title } } }',
  );
  const trial = body.data?.trials.nodes.find((t) => t.title.includes('MART-1'));
  if (!trial) throw new Error('seed trial missing');
  return trial.id;
}

describe('seeded knowledge base', () => {
  it("computes the NCI trial's outcome: 2 of 17, ORR 11.8%, Wilson 95% CI 3.3%–34.3%", async () => {
    const { body } = await s.gql<{
      trial: {
        outcome: Record<string, unknown> & {
          objectiveResponseRate: {
            estimate: number;
            percent: number;
            ci95: { lower: number; upper: number; lowerPercent: number; upperPercent: number };
          };
        };
      };
    }>(
      `query($id: ID) { trial(id: $id) { outcome { patients evaluable responders completeResponses partialResponses stableDisease progressiveDisease noResponse
        objectiveResponseRate { estimate percent ci95 { lower upper lowerPercent upperPercent } } } } }`,
      { id: await nciTrialId() },
    );
    expect(body.errors).toBeUndefined();
    const o = body.data?.trial.outcome;
    expect(o).toMatchObject({
      patients: 17,
      evaluable: 17,
      responders: 2,
      completeResponses: 1,
      partialResponses: 1,
      noResponse: 15,
    });
    expect(o?.objectiveResponseRate.percent).toBe(11.8);
    expect(o?.objectiveResponseRate.ci95.lower).toBeCloseTo(0.033, 3);
    expect(o?.objectiveResponseRate.ci95.upper).toBeCloseTo(0.343, 3);
    // Percentages come in pairs: the estimate and its interval in the same unit.
    expect(o?.objectiveResponseRate.ci95.lowerPercent).toBe(3.3);
    expect(o?.objectiveResponseRate.ci95.upperPercent).toBe(34.3);
  });

  it('keeps both reported ages of each responder with their sources, and flags the conflict', async () => {
    const { body } = await s.gql<{
      trial: {
        patients: {
          nodes: {
            subjectCode: string;
            ageAtEnrollment: number | null;
            conflicts: {
              field: string;
              values: unknown[];
              claims: { value: unknown; source: { kind: string; title: string } }[];
            }[];
          }[];
        };
      };
    }>(
      `query($id: ID) { trial(id: $id) { patients(first: 2) { nodes { subjectCode ageAtEnrollment
        conflicts { field values claims { value source { kind title } } } } } } }`,
      { id: await nciTrialId() },
    );
    const responders = body.data?.trial.patients.nodes ?? [];
    const ages = responders.map((p) => p.conflicts.find((c) => c.field === 'ageAtEnrollment'));
    expect(ages.map((c) => c?.values)).toEqual([
      [53, 52],
      [39, 30],
    ]);
    for (const conflict of ages) {
      expect(conflict?.claims).toHaveLength(2);
      expect(new Set(conflict?.claims.map((c) => c.source.title)).size).toBe(2);
      expect(conflict?.claims.every((c) => c.source.kind === 'NEWS')).toBe(true);
    }
    // The curated value invents no precision where sources disagree.
    expect(responders.map((p) => p.ageAtEnrollment)).toEqual([null, null]);
  });

  it('finds every conflict from the root, including the investigator name spelling', async () => {
    const { body } = await s.gql<{ conflicts: { subjectType: string; field: string; values: unknown[] }[] }>(
      '{ conflicts { subjectType subjectId field values } }',
    );
    const fields = body.data?.conflicts.map((c) => `${c.subjectType}.${c.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'PATIENT.ageAtEnrollment',
        'TRIAL.principalInvestigator',
        'TRIAL.patientsWithLeukaemia',
      ]),
    );
    const patientsOnly = await s.gql<{ conflicts: { subjectType: string }[] }>(
      '{ conflicts(subjectType: PATIENT) { subjectType } }',
    );
    expect(patientsOnly.body.data?.conflicts.every((c) => c.subjectType === 'PATIENT')).toBe(true);
  });

  it("serves the experts' assessments with affiliation, quote and stance", async () => {
    const { body } = await s.gql<{
      trial: {
        reviews: {
          nodes: {
            kind: string;
            assessments: { expert: string; affiliation: string; stance: string; quote: string }[];
          }[];
        };
      };
    }>(
      `query($id: ID) { trial(id: $id) { reviews(first: 10) { nodes { kind assessments { expert affiliation stance quote } } } } }`,
      { id: await nciTrialId() },
    );
    const assessments = body.data?.trial.reviews.nodes.flatMap((r) => r.assessments) ?? [];
    expect(assessments.map((a) => a.expert).sort()).toEqual(["Edel O'Toole", 'Michel Sadelain', 'Savio Woo']);
    expect(assessments.every((a) => a.affiliation && a.quote && a.stance)).toBe(true);
    expect(body.data?.trial.reviews.nodes.map((r) => r.kind).sort()).toEqual([
      'NEWS',
      'NEWS',
      'PRIMARY_REPORT',
    ]);
  });

  it('links the 2004 review to the therapy class it covers', async () => {
    const { body } = await s.gql<{
      reviews: {
        nodes: {
          title: string;
          journal: string;
          year: number;
          doi: string;
          therapies: { nodes: { modality: string }[] };
        }[];
      };
    }>('{ reviews(first: 10) { nodes { title journal year doi therapies { nodes { modality } } } } }');
    const review = body.data?.reviews.nodes.find((r) => r.year === 2004);
    expect(review).toMatchObject({
      journal: 'Expert Opinion on Biological Therapy',
      doi: '10.1517/14712598.4.10.1595',
    });
    expect(review?.therapies.nodes).toEqual([{ modality: 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' }]);
  });

  it('records the safety history: the undisputed death as an adverse event, the disputed leukaemia count as claims only', async () => {
    const { body } = await s.gql<{
      trials: {
        nodes: {
          title: string;
          patients: { nodes: { adverseEvents: { term: string; grade: number | null }[] }[] };
        }[];
      };
    }>(
      '{ trials(first: 10) { nodes { title patients(first: 100) { nodes { adverseEvents { term grade } } } } } }',
    );
    const events = (body.data?.trials.nodes ?? []).flatMap((t) =>
      t.patients.nodes.flatMap((p) => p.adverseEvents.map((e) => ({ trial: t.title, ...e }))),
    );
    // Reports disagree (3 of 11 vs 2): no patient row records leukaemia; both counts are claims.
    expect(events.filter((e) => e.term === 'Leukaemia')).toHaveLength(0);
    expect(events.find((e) => e.term === 'Death')?.grade).toBe(5);
  });
});

describe('nested queries both ways', () => {
  it('walks trial → therapies (with link role) → trials and back through reviews', async () => {
    const { body } = await s.gql<{
      therapies: {
        nodes: {
          name: string;
          trials: { edges: { role: string; armName: string | null; node: { title: string } }[] };
          reviews: { totalCount: number };
        }[];
      };
    }>(
      '{ therapies(first: 10) { nodes { name trials { edges { role armName node { title } } } reviews { totalCount } } } }',
    );
    expect(body.errors).toBeUndefined();
    const tcr = body.data?.therapies.nodes.find((t) => t.name.includes('MART-1'));
    expect(tcr?.trials.edges).toHaveLength(1);
    expect(tcr?.trials.edges[0]?.role).toBe('EXPERIMENTAL');
    expect(tcr?.reviews.totalCount).toBe(3);
    const review = await s.gql<{
      reviews: { nodes: { trials: { nodes: { title: string }[] }; therapies: { totalCount: number } }[] };
    }>('{ reviews(first: 1) { nodes { trials { nodes { title } } therapies { totalCount } } } }');
    expect(review.body.data?.reviews.nodes[0]?.trials.nodes[0]?.title).toContain('MART-1');
  });

  it('reaches the trial from a patient and lists adverse events', async () => {
    const { body } = await s.gql<{ patients: { nodes: { trial: { title: string } }[] } }>(
      '{ patients(first: 1) { nodes { trial { title } adverseEvents { term } } } }',
    );
    expect(body.data?.patients.nodes[0]?.trial.title).toContain('MART-1');
  });
});

describe('pagination', () => {
  const page = `query($first: Int, $after: String, $last: Int, $before: String) {
    patients(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { subjectCode } } }`;
  type Page = { patients: { totalCount: number; pageInfo: PageInfo; nodes: { subjectCode: string }[] } };

  it('pages forward to the end and backward to the start without gaps or repeats', async () => {
    const all =
      (await s.gql<Page>(page, { first: 100 })).body.data?.patients.nodes.map((n) => n.subjectCode) ?? [];
    expect(all).toHaveLength(29);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Page | undefined = (await s.gql<Page>(page, { first: 4, after })).body.data;
      forward.push(...(res?.patients.nodes.map((n) => n.subjectCode) ?? []));
      if (!res?.patients.pageInfo.hasNextPage) break;
      after = res.patients.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const res: Page | undefined = (await s.gql<Page>(page, { last: 5, before })).body.data;
      backward.unshift(...(res?.patients.nodes.map((n) => n.subjectCode) ?? []));
      if (!res?.patients.pageInfo.hasPreviousPage) break;
      before = res.patients.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('rejects a page above the cap of 100 with a clear error', async () => {
    const { body } = await s.gql(page, { first: 101 });
    expect(body.errors?.[0]?.message).toMatch(/first.*at most 100/);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nested = await s.gql(
      '{ trials(first: 1) { nodes { patients(last: 1000) { nodes { subjectCode } } } } }',
    );
    expect(nested.body.errors?.[0]?.message).toMatch(/last.*at most 100/);
  });
});

describe('node and nodes', () => {
  it('round-trips every node type through node(id)', async () => {
    const { body } = await s.gql<Record<string, { nodes: { id: string }[] }>>(
      '{ trials(first: 1) { nodes { id } } therapies(first: 1) { nodes { id } } patients(first: 1) { nodes { id } } reviews(first: 1) { nodes { id } } sources(first: 1) { nodes { id } } }',
    );
    const expected = {
      trials: 'Trial',
      therapies: 'Therapy',
      patients: 'Patient',
      reviews: 'Review',
      sources: 'Source',
    };
    const ids: string[] = [];
    for (const [field, typename] of Object.entries(expected)) {
      const id = body.data?.[field]?.nodes[0]?.id;
      expect(id).toBeTruthy();
      ids.push(id as string);
      const node = await s.gql<{ node: { __typename: string; id: string } }>(
        'query($id: ID!) { node(id: $id) { __typename id } }',
        { id },
      );
      expect(node.body.data?.node).toEqual({ __typename: typename, id });
    }
    const many = await s.gql<{ nodes: { id: string }[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids,
    });
    expect(many.body.data?.nodes.map((n) => n.id)).toEqual(ids);
  });
});

describe('bad input gets clear errors, not crashes', () => {
  it('reports a malformed global id', async () => {
    const { status, body } = await s.gql('{ trial(id: "not-an-id") { title } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toBeTruthy();
    expect(body.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports an id of the wrong type', async () => {
    const { body } = await s.gql('query($id: ID) { trial(id: $id) { title } }', {
      id: encodeGlobalID('Therapy', 1),
    });
    expect(body.errors?.[0]?.message).toMatch(/Trial/);
  });

  it('validates the NCT id format and names the field', async () => {
    const { body } = await s.gql('{ trial(nctId: "NCT123") { title } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.issues?.[0]).toMatchObject({ path: 'nctId', rule: 'nct_id_format' });
  });

  it('answers null for a well-formed but unknown NCT id', async () => {
    const { body } = await s.gql('{ trial(nctId: "NCT99999999") { title } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ trial: null });
  });

  it('requires exactly one of id and nctId', async () => {
    const { body } = await s.gql('{ trial { title } }');
    expect(body.errors?.[0]?.extensions?.issues?.[0]?.rule).toBe('exactly_one_of');
  });

  it('rejects an unknown enum value with a validation error', async () => {
    const { body } = await s.gql('{ conflicts(subjectType: SPACESHIP) { field } }');
    expect(body.errors?.[0]?.message).toMatch(/SPACESHIP/);
  });
});

describe('privacy', () => {
  const seedPatientName = /origer/i;

  it('serves no patient name in any response', async () => {
    const queries = [
      '{ patients(first: 100) { nodes { subjectCode notes metastaticSites priorTherapies diseaseStage claims { field value locator } sources { title } } } }',
      '{ trials(first: 100) { nodes { title summary claims { field value locator } } } }',
      '{ reviews(first: 100) { nodes { title summary abstract assessments { quote rationale } claims { value locator } } } }',
      '{ sources(first: 100) { nodes { title claims(first: 100) { nodes { field value locator } } } } }',
      '{ conflicts { values claims { value locator } } }',
    ];
    for (const q of queries) {
      const { text, body } = await s.gql(q);
      expect(body.errors).toBeUndefined();
      expect(text).not.toMatch(seedPatientName);
    }
  });

  it('stores no patient name anywhere in the database', async () => {
    const tables = await s.db.client.execute("select name from sqlite_master where type = 'table'");
    for (const row of tables.rows) {
      const rows = await s.db.client.execute(`select * from "${String(row.name)}"`);
      expect(JSON.stringify(rows.rows)).not.toMatch(seedPatientName);
    }
  });
});

describe('HTTP surface', () => {
  it('answers /health with 200 when the database is readable', async () => {
    const res = await fetch(`${s.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', trials: 3 });
  });

  it('serves GraphiQL from installed assets with the knowledge-base query, loading nothing from a CDN', async () => {
    const res = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('NciTcrTrial');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs/);
  });

  it('the GraphiQL default query runs without errors', async () => {
    const { DEFAULT_GRAPHIQL_QUERY } = await import('../src/graphiql.js');
    const { body } = await s.gql<{ trials: { nodes: { outcome: { responders: number } }[] } }>(
      DEFAULT_GRAPHIQL_QUERY,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.trials.nodes[0]?.outcome.responders).toBe(2);
  });
});
