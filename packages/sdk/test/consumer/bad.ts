// Must NOT compile: test/consumer.test.ts asserts tsc reports each misspelt field.
import { createClient, graphql } from '@genetrials/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql' });

export async function misspelt(): Promise<string | undefined> {
  const result = await client.trialDetail({ nctId: 'NCT00001234' });
  return result.trial?.titel;
}

// gql.tada types a field the schema lacks as `unknown`; request() rejects such a document.
const Misspelt = graphql('query { trials(first: 2) { nodes { titel phase } } }');

export async function misspeltCustom(): Promise<unknown> {
  return client.request(Misspelt);
}
