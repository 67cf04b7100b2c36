import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCtgov } from '@genetrials/ingest';
import { tables } from '@genetrials/schema';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

// A registry record naming a curated construct by product code, imported for real: the explained
// match links it; a curator's unlink survives the next import; a curator's link shows in Trial.therapies.

const dir = mkdtempSync(join(tmpdir(), 'genetrials-construct-import-'));
let s: TestServer;

function record(lastUpdate: string) {
  return {
    protocolSection: {
      identificationModule: { nctId: 'NCT09100001', briefTitle: 'CTL019 in relapsed B-cell ALL' },
      statusModule: { overallStatus: 'RECRUITING', lastUpdatePostDateStruct: { date: lastUpdate } },
      designModule: { studyType: 'INTERVENTIONAL', phases: ['PHASE2'] },
      armsInterventionsModule: {
        armGroups: [
          {
            label: 'CAR T',
            type: 'EXPERIMENTAL',
            interventionNames: ['Biological: CD19-directed CAR T cells'],
          },
        ],
        interventions: [
          {
            type: 'BIOLOGICAL',
            name: 'CD19-directed CAR T cells',
            otherNames: ['CTL019'],
            description:
              'Autologous T cells transduced with a lentiviral vector to express an anti-CD19 CAR.',
            armGroupLabels: ['CAR T'],
          },
        ],
      },
    },
  };
}

function writeRecord(lastUpdate: string): string {
  const folder = join(dir, lastUpdate);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'NCT09100001.json'), JSON.stringify(record(lastUpdate)));
  return folder;
}

const TRIAL = `query { trial(nctId: "NCT09100001") {
  therapies { edges { armName role node { name } } }
  interventions(first: 5) { nodes { id version name therapy { name } match { method evidence } } }
} }`;

interface TrialView {
  trial: {
    therapies: { edges: { armName: string | null; role: string; node: { name: string } }[] };
    interventions: {
      nodes: {
        id: string;
        version: number;
        therapy: { name: string } | null;
        match: { method: string; evidence: string } | null;
      }[];
    };
  };
}

async function view() {
  const { body } = await s.gql<TrialView>(TRIAL);
  expect(body.errors).toBeUndefined();
  return body.data?.trial as TrialView['trial'];
}

beforeAll(async () => {
  s = await startTestServer({ seed: false, defaultRole: 'curator' });
});
afterAll(async () => {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('constructs matched on import, then curated', () => {
  it('links an intervention naming a product code, with the evidence, and lists the therapy on the trial', async () => {
    const report = await importCtgov(s.db, [writeRecord('2024-01-01')]);
    expect(report.totals).toMatchObject({ created: 1, failed: 0 });
    const trial = await view();
    expect(trial.interventions.nodes[0]?.therapy?.name).toBe('tisagenlecleucel');
    expect(trial.interventions.nodes[0]?.match?.method).toBe('PRODUCT_CODE');
    expect(trial.interventions.nodes[0]?.match?.evidence).toContain('CTL019');
    expect(trial.therapies.edges).toEqual([
      { armName: 'CAR T', role: 'EXPERIMENTAL', node: { name: 'tisagenlecleucel' } },
    ]);
  });

  it("keeps a curator's unlink through the next import of a newer version", async () => {
    const before = (await view()).interventions.nodes[0];
    if (!before) throw new Error('no intervention');
    const { body } = await s.gql<{ r: { __typename: string } }>(
      `mutation($input: UnlinkInterventionFromTherapyInput!) { r: unlinkInterventionFromTherapy(input: $input) { __typename } }`,
      { input: { interventionId: before.id, expectedVersion: before.version } },
    );
    expect(body.data?.r.__typename).toBe('UnlinkInterventionFromTherapySuccess');
    expect((await view()).therapies.edges).toEqual([]);

    const report = await importCtgov(s.db, [writeRecord('2024-06-01')]);
    expect(report.totals).toMatchObject({ failed: 0 });
    const after = await view();
    expect(after.interventions.nodes[0]?.therapy).toBeNull();
    expect(after.interventions.nodes[0]?.match?.method).toBe('CURATOR');
    expect(after.therapies.edges).toEqual([]);
  });

  it("adds the therapy to Trial.therapies when a curator links it, in the intervention's arms", async () => {
    const [other] = await s.db
      .insert(tables.therapies)
      .values({ name: 'A curated CD19 CAR', modality: 'CAR_T_CELL' })
      .returning();
    const intervention = (await view()).interventions.nodes[0];
    if (!other || !intervention) throw new Error('fixture missing');
    const { body } = await s.gql<{ r: { __typename: string } }>(
      `mutation($input: LinkInterventionToTherapyInput!) { r: linkInterventionToTherapy(input: $input) { __typename } }`,
      {
        input: {
          interventionId: intervention.id,
          therapyId: encodeGlobalID('Therapy', other.id),
          expectedVersion: intervention.version,
          evidence: 'The sponsor confirms this is the curated CD19 construct.',
        },
      },
    );
    expect(body.data?.r.__typename).toBe('LinkInterventionToTherapySuccess');
    expect((await view()).therapies.edges).toEqual([
      { armName: 'CAR T', role: 'EXPERIMENTAL', node: { name: 'A curated CD19 CAR' } },
    ]);
    // A later import leaves the curator's link and its trial link alone.
    await importCtgov(s.db, [writeRecord('2024-09-01')]);
    const after = await view();
    expect(after.interventions.nodes[0]?.therapy?.name).toBe('A curated CD19 CAR');
    const links = await s.db
      .select()
      .from(tables.trialTherapies)
      .where(eq(tables.trialTherapies.therapyId, other.id));
    expect(links).toHaveLength(1);
  });
});
