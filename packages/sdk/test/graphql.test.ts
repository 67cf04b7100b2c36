import { readFileSync } from 'node:fs';
import { buildSchema, print, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { renderIntrospection } from '../codegen/introspection.js';
import {
  createClient,
  graphql,
  type JsonValue,
  type Phase,
  type ResultOf,
  readFragment,
  type UnknownFieldPaths,
  type VariablesOf,
} from '../src/index.js';
import { json, startTestServer, type TestServer } from './support/graphql-server.js';

const sdl = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
const schema = buildSchema(sdl);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const TrialCard = graphql('fragment TrialCard on Trial { id title phase }');
const Phase1Trials = graphql(
  `
    query Phase1Trials($first: Int!) {
      trials(first: $first, filter: { phases: [PHASE_1] }) {
        totalCount
        nodes { ...TrialCard createdAt claims { value } }
      }
    }
  `,
  [TrialCard],
);

describe('graphql() for custom documents', () => {
  it('types results and variables from the schema', () => {
    type Result = ResultOf<typeof Phase1Trials>;
    type Node = Result['trials']['nodes'][number];
    expectTypeOf<Node['phase']>().toEqualTypeOf<Phase | null>();
    expectTypeOf<Node['createdAt']>().toEqualTypeOf<string>();
    expectTypeOf<Node['claims'][number]['value']>().toEqualTypeOf<JsonValue>();
    expectTypeOf<VariablesOf<typeof Phase1Trials>>().toEqualTypeOf<{ first: number }>();
    expectTypeOf<UnknownFieldPaths<Result>>().toEqualTypeOf<never>();

    const Misspelt = graphql('query { trials { nodes { titel phase } } }');
    expectTypeOf<UnknownFieldPaths<ResultOf<typeof Misspelt>>>().toEqualTypeOf<'trials.nodes.titel'>();
  });

  it('builds a document that validates against schema.graphql, fragments included', () => {
    expect(validate(schema, Phase1Trials as never).map((error) => error.message)).toEqual([]);
    const printed = print(Phase1Trials as never);
    expect(printed).toMatch(/^query Phase1Trials\(\$first: Int!\)/);
    expect(printed).toContain('fragment TrialCard on Trial');
  });

  it('runs through client.request with its operation name and variables', async () => {
    const node = {
      id: 'VHJpYWw6MQ==',
      title: 'T cells',
      phase: 'PHASE_1',
      createdAt: '2026-01-01T00:00:00.000Z',
      claims: [{ value: { age: 53 } }],
    };
    server.reply(json({ data: { trials: { totalCount: 1, nodes: [node] } } }));
    const client = createClient({ url: server.url });

    const { trials } = await client.request(Phase1Trials, { first: 1 });

    const card = readFragment(TrialCard, trials.nodes[0]);
    expect(card?.phase).toBe('PHASE_1');
    const body = JSON.parse(server.requests.at(-1)?.body ?? '{}');
    expect(body).toEqual({
      query: print(Phase1Trials as never),
      variables: { first: 1 },
      operationName: 'Phase1Trials',
    });
  });
});

describe('codegen/introspection.ts', () => {
  it('fails on a custom scalar without a TypeScript type, as strictScalars does', () => {
    expect(() => renderIntrospection(schema, { scalars: { DateTime: 'string' } })).toThrow(
      /scalar "JSON" has no TypeScript type/,
    );
  });

  it('maps the custom scalars and leaves descriptions and arguments out', () => {
    const output = renderIntrospection(schema, {
      scalars: { DateTime: 'string', JSON: '../json.js#JsonValue' },
    });
    expect(output).toContain("import type { JsonValue } from '../json.js';");
    expect(output).toMatch(/export interface Scalars \{\n {2}DateTime: string;\n {2}JSON: JsonValue;\n\}/);
    expect(output).not.toContain('"description":');
    expect(output).not.toContain('"args"');
    expect(output).toContain('{"kind":"UNION","name":"SearchResult","possibleTypes":[');
  });
});
