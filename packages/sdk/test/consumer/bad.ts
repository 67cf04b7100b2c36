// Must NOT compile: test/consumer.test.ts asserts tsc reports the misspelt field.
import { createClient } from '@genetrials/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql' });

export async function misspelt(): Promise<string | undefined> {
  const result = await client.trialDetail({ nctId: 'NCT00001234' });
  return result.trial?.titel;
}
