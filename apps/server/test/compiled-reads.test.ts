import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedKnowledgeBase, seedSynthetic } from '@genetrials/ingest';
import { createDb, type Db, migrateDb } from '@genetrials/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.js';
import { createToken } from '../src/auth.js';

// Compiled reads must answer exactly as the executor does: every document below runs on two apps
// over the same database, one with compiled reads (the default) and one without, and the two
// response bodies must be the same bytes. The statement log tells which documents were compiled.

let dir: string;
let db: Db;
let statements: string[];
let compiled: App;
let executed: App;
let readerToken: string;

const COMPILED = /^select json_object\(/;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-compiled-'));
  statements = [];
  db = createDb({ url: `file:${join(dir, 'test.db')}`, onQuery: (sql) => statements.push(sql) });
  await migrateDb(db);
  await seedSynthetic(db, { trials: 150, seed: 11 });
  await seedKnowledgeBase(db);
  readerToken = (await createToken(db, { name: 'reader', role: 'reader' })).token;
  compiled = createApp({ db, config: { production: true, graphiql: false } });
  executed = createApp({ db, config: { production: true, graphiql: false, compiledReads: false } });
}, 120_000);

afterAll(() => {
  db?.client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function post(app: App, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

/** Runs a document both ways; returns whether the compiled app answered with one compiled statement. */
async function both(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const expected = await post(executed, query, variables, token);
  statements.length = 0;
  const actual = await post(compiled, query, variables, token);
  const wasCompiled = statements.length === 1 && COMPILED.test(statements[0] ?? '');
  expect(actual.text, `${query} ${JSON.stringify(variables)}`).toBe(expected.text);
  expect(actual.status).toBe(expected.status);
  return {
    wasCompiled,
    body: JSON.parse(expected.text) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

async function trialIds(): Promise<string[]> {
  const { body } = await both('{ trials(first: 100) { nodes { id } } }');
  return (body.data as { trials: { nodes: { id: string }[] } }).trials.nodes.map((n) => n.id);
}

const DETAIL = /* GraphQL */ `
  query TrialDetail($id: ID!) {
    trial(id: $id) {
      id nctId title officialTitle phase status conditions sponsor institution country
      principalInvestigator startDate completionDate plannedEnrollment actualEnrollment summary
      registryUrl acronym keywords version __typename
      therapies(first: 20) {
        edges { role armName dose linkId linkVersion cursor node { id name modality vector targetAntigen transgene cellSource productCodes aliases } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
      outcome {
        patients evaluable responders completeResponses partialResponses stableDisease progressiveDisease noResponse notEvaluable unknown
        objectiveResponseRate { estimate percent ci95 { lower upper lowerPercent upperPercent } }
        completeResponseRate { percent }
      }
      patients(first: 50) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id subjectCode ageAtEnrollment ageLabel sex diseaseStage metastaticSites priorTherapies bestResponse
          responseDurationMonths followUpMonths status notes
          adverseEvents { id term grade attribution serious description }
        }
      }
      reviews(first: 10) {
        totalCount
        edges { cursor node { id kind title authors authorsComplete journal year doi pmid assessments { id expert affiliation stance quote rationale } } }
      }
    }
  }`;

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: TrialFilter, $orderBy: TrialOrder) {
    trials(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id nctId title phase status startDate country } }
      nodes { id outcome { evaluable responders objectiveResponseRate { percent ci95 { lower upper } } } }
    }
  }`;

describe('compiled reads', () => {
  it('answer a trial with everything nested exactly as the executor, for readers and anonymous callers', async () => {
    const ids = await trialIds();
    expect(ids.length).toBeGreaterThan(50);
    let compiledCount = 0;
    for (const id of ids.slice(0, 40)) {
      // With a reader token the whole document compiles; anonymously `patients` is refused, so the
      // executor answers (with its FORBIDDEN error) and the bytes still match.
      const reader = await both(DETAIL, { id }, readerToken);
      expect(reader.body.errors).toBeUndefined();
      if (reader.wasCompiled) compiledCount += 1;
      const anonymous = await both(DETAIL, { id });
      expect(anonymous.wasCompiled).toBe(false);
    }
    expect(compiledCount).toBe(40);
  });

  it('hides small-cell outcomes from anonymous callers as the executor does', async () => {
    const ids = await trialIds();
    const query =
      '{ trials(first: 100, orderBy: { field: CREATED, direction: DESC }) { nodes { id outcome { patients evaluable objectiveResponseRate { percent } } } } }';
    const anonymous = await both(query);
    expect(anonymous.wasCompiled).toBe(true);
    const nodes = (anonymous.body.data as { trials: { nodes: { outcome: unknown }[] } }).trials.nodes;
    // The seeded and synthetic trials include some with 1-4 patients: their outcome is null.
    expect(nodes.some((n) => n.outcome === null)).toBe(true);
    expect((await both(query, {}, readerToken)).wasCompiled).toBe(true);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('page through trials in every order, both directions, with filters, exactly as the executor', async () => {
    const orders = ['CREATED', 'START_DATE', 'ENROLLMENT', 'RESPONSE_RATE', 'TITLE', 'NCT_ID'];
    const filters = [
      undefined,
      { phases: ['PHASE_1', 'PHASE_1_2', 'PHASE_2'] },
      { modalities: ['CAR_T_CELL', 'TCR_T_CELL'], startYear: { min: 2015 } },
      { statuses: ['RECRUITING'], hasResults: false },
    ];
    let pages = 0;
    for (const field of orders) {
      for (const direction of ['ASC', 'DESC']) {
        for (const filter of filters) {
          let after: string | null = null;
          for (let i = 0; i < 3; i++) {
            const variables = { first: 25, after, filter, orderBy: { field, direction } };
            const { wasCompiled, body } = await both(PAGE, variables);
            if (body.errors) break;
            expect(wasCompiled, JSON.stringify(variables)).toBe(true);
            pages += 1;
            const connection = body.data?.trials as { pageInfo: { hasNextPage: boolean; endCursor: string } };
            if (!connection.pageInfo.hasNextPage) break;
            after = connection.pageInfo.endCursor;
          }
        }
      }
    }
    expect(pages).toBeGreaterThan(60);
  });

  it('answer nested connections, aliases, fragments and __typename exactly as the executor', async () => {
    const documents = [
      `query Nested4 { therapies(first: 10, filter: { modalities: [CAR_T_CELL] }) { nodes { id name
        trials(first: 5) { edges { role node { id title reviews(first: 3) { nodes { id title year assessments { expert stance } } } } } } } } }`,
      `{ a: trials(first: 3) { totalCount nodes { ...Row } } b: trials(first: 2, orderBy: { field: TITLE, direction: DESC }) { edges { node { ...Row t: title } } } __typename }
       fragment Row on Trial { id title ... on Trial { phase } __typename }`,
      '{ trials(first: 0) { totalCount pageInfo { hasNextPage startCursor endCursor } nodes { id } } }',
      '{ trials { pageInfo { hasNextPage } nodes { id } } }',
      '{ therapies(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name modality vector cellSource description costimulatoryDomain manufacturer } } } }',
      '{ trials(first: 30) { nodes { id therapies(first: 2) { pageInfo { hasNextPage endCursor } edges { node { name } } } reviews { totalCount } } } }',
      '{ trials(first: 40) { nodes { id therapies(roles: [EXPERIMENTAL]) { nodes { name } } t2: therapies(roles: []) { nodes { id } } } } }',
      '{ therapies(first: 5) { nodes { trials(first: 3, roles: [EXPERIMENTAL, CONDITIONING]) { edges { role dose node { id } } } } } }',
    ];
    for (const query of documents) expect((await both(query)).wasCompiled, query).toBe(true);
  });

  it('leave to the executor what they cannot plan, with the same answers and errors', async () => {
    const documents = [
      // Unknown to the compiler: other fields, directives, backward paging, bad input.
      '{ trials(first: 2) { nodes { id sites { totalCount } } } }',
      '{ trials(first: 2) { nodes { id @include(if: true) } } }',
      '{ trials(last: 2) { nodes { id } } }',
      '{ trials(first: 101) { nodes { id } } }',
      '{ trials(first: 2, after: "bm90IGEgY3Vyc29y") { nodes { id } } }',
      '{ trial(id: "VGhlcmFweTox") { id } }',
      '{ trial(nctId: "NCT00000000") { id } }',
      '{ trial(id: "VHJpYWw6OTk5OTk5") { id title } }',
      '{ trials(first: 2, filter: { startYear: { min: 2030, max: 2010 } }) { nodes { id } } }',
      '{ stats { trialCount } }',
    ];
    for (const query of documents) {
      const { wasCompiled } = await both(query);
      if (query.includes('VHJpYWw6OTk5OTk5')) expect(wasCompiled).toBe(true);
    }
  });

  it("answer the SDK's persisted documents exactly as the executor (those it can compile)", async () => {
    const require = createRequire(import.meta.url);
    const manifest = JSON.parse(
      readFileSync(require.resolve('@genetrials/sdk/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const ids = await trialIds();
    let compiledDocuments = 0;
    for (const document of Object.values(manifest)) {
      if (/^\s*mutation/.test(document)) continue;
      for (const variables of [{}, { id: ids[3], first: 5 }]) {
        const { wasCompiled } = await both(document, variables, readerToken);
        if (wasCompiled) compiledDocuments += 1;
      }
    }
    // Trials and Therapies, and the explorer's page of trials, at least.
    expect(compiledDocuments).toBeGreaterThanOrEqual(6);
  });
});
