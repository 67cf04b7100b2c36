import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import {
  buildSchema as buildSdl,
  type GraphQLInputType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db, migrateDb } from '../src/db/client.js';
import { adverseEvents, claims, patients } from '../src/db/tables.js';
import type { SubjectType } from '../src/domain/enums.js';
import { adverseEventInput, patientInput, ValidationError } from '../src/domain/validation.js';
import { SYSTEM_ACTORS } from '../src/write/actor.js';
import { addAdverseEvent, updateAdverseEvent } from '../src/write/adverse-event.js';
import { addClaim, syncClaims } from '../src/write/claim.js';
import { createPatient, updatePatient } from '../src/write/patient.js';
import { createReview } from '../src/write/review.js';
import { createSource } from '../src/write/source.js';
import { createTherapy } from '../src/write/therapy.js';
import { runWrite, type Write } from '../src/write/transaction.js';
import { createTrial } from '../src/write/trial.js';

// Privacy by construction, through the write-layer commands over a real SQLite file: every
// identifier variant below is rejected in every writable text/JSON field of a patient, an adverse
// event and a claim (of every subject type), with a ValidationError naming the field path and the
// rule; legitimate clinical text passes; and every string/JSON field of those write paths (as the
// zod schemas and the GraphQL input types declare them) is proved to go through the screen.

/** [text, rule, patient-only]: patient-only variants are allowed in claims about trials, therapies, reviews. */
const VARIANTS: [string, string, boolean?][] = [
  // e-mail, plain and obfuscated
  ['jane.doe@example.org', 'email'],
  ['Contact: JANE@EXAMPLE.CO.UK', 'email'],
  ['x dot y at example dot com', 'email'],
  ['x[at]y.com', 'email'],
  ['jane (at) example (dot) org', 'email'],
  ['mail jane at example.com', 'email'],
  ['jane @ example . org', 'email'],
  // phones: formatted, bare, international, national, cued
  ['(608) 555-0147', 'phone'],
  ['call 608-555-0147', 'phone'],
  ['608.555.0147', 'phone'],
  ['6085550142', 'phone'],
  ['16085550142', 'phone'],
  ['+1 608 555 0147', 'phone'],
  ['+33 6 12 34 56 78', 'phone'],
  ['+44 (0)20 7946 0958', 'phone'],
  ['+4915112345678', 'phone'],
  ['06 12 34 56 78', 'phone'],
  ['07700900123', 'phone'],
  ['tel: 5550142', 'phone'],
  // social security numbers, with and without dashes
  ['123-45-6789', 'ssn'],
  ['123 45 6789', 'ssn'],
  ['123456789', 'ssn'],
  ['SSN: 078051120', 'ssn'],
  ['social security number 078-05-1120', 'ssn'],
  // record numbers
  ['MRN 4482913', 'record_number'],
  ['MRN12345678', 'record_number'],
  ['mrn: A-99812', 'record_number'],
  ['hospital number 1234567', 'record_number'],
  ['record number 445566', 'record_number'],
  ['patient ID 99812', 'record_number'],
  ['Patient # 1234', 'record_number'],
  ['Medical record: A-99812', 'record_number'],
  ['chart no. 77881', 'record_number'],
  // IP addresses
  ['192.168.0.1', 'ip_address'],
  ['logged from 10.0.0.254', 'ip_address'],
  ['2001:db8::1', 'ip_address'],
  ['fe80:0:0:0:202:b3ff:fe1e:8329', 'ip_address'],
  // web addresses
  ['https://hospital.example/p/991', 'url', true],
  ['www.janedoe.example.com', 'url', true],
  // exact calendar dates (day, month and year)
  ['1953-03-12', 'exact_date', true],
  ['12.03.1953', 'exact_date', true],
  ['03/14/1953', 'exact_date', true],
  ['12 March 1953', 'exact_date', true],
  ['March 12, 1953', 'exact_date', true],
  ['12-Mar-1953', 'exact_date', true],
  ['19530312', 'exact_date', true],
  // birth dates (a birth cue): rejected everywhere
  ['b. 12.03.1953', 'exact_date'],
  ['born 03/14/1953', 'exact_date'],
  ['DOB 1953-03-12', 'exact_date'],
  ['D.O.B.: 12 Mar 1953', 'exact_date'],
  ['birthday 12 March 1953', 'exact_date'],
  ['date of birth: March 12, 1953', 'exact_date'],
  ['birthday 12 March', 'exact_date'],
  ['born on the 3rd of May', 'exact_date'],
  // addresses and postal codes
  ['lives at 42 Elm Street', 'street_address'],
  ['1600 Pennsylvania Avenue', 'street_address'],
  ['221B Baker St', 'street_address'],
  ['12 rue de la Paix', 'street_address'],
  ['PO Box 1234', 'street_address'],
  ['zip 53705', 'postal_code'],
  ['ZIP code 53705-1234', 'postal_code'],
  ['postcode SW1A 1AA', 'postal_code'],
  // names
  ['Mr. Smith responded well', 'person_name'],
  ['Mrs Jones relapsed', 'person_name'],
  ["Ms. O'Brien", 'person_name'],
  ['Miss Taylor', 'person_name'],
  ['Mr X', 'person_name'],
  ['seen by Dr. House', 'person_name', true],
  ['the patient, named Walter, relapsed', 'person_name', true],
  ['the patient named John', 'person_name'],
  ['patient John Smith', 'person_name', true],
  ['Patient Jane Doe relapsed', 'person_name', true],
  ['name: Walter', 'person_name', true],
  // ages over 89 written in text
  ['97 years old', 'age_over_89', true],
  ['a 93-year-old man', 'age_over_89', true],
  ['aged 95', 'age_over_89', true],
  // everything at once (the measured failure on AdverseEvent.term)
  ['Mr. X x.y@example.com 123-45-6789', 'email'],
];

/** Legitimate clinical (and trial) text that must pass every screen. */
const CLEAN = [
  'PHASE 1',
  'CD19',
  'NCT01234567',
  'Cytokine release syndrome',
  'Grade 3 cytokine release syndrome on day 4; resolved with tocilizumab.',
  'Received 1.2 x 10^9 cells; IL-2 at 720,000 IU/kg.',
  'Dose level 2 (3 x 10^6 CAR+ cells/kg)',
  'Melanoma first diagnosed in 1999.',
  'Relapsed in March 2004',
  'Lung, liver and lymph nodes',
  'Stage IV M1c',
  'ECOG 0-1',
  'CTCAE v5.0',
  'HLA-A*02:01 positive',
  'KRAS G12D',
  't(9;22) BCR-ABL1',
  'PD-1 blockade (pembrolizumab 200 mg every 3 weeks)',
  'Two prior lines: FOLFOX, then irinotecan',
  'Follow-up 18 months; no sign of disease at week 12',
  'A tumour in the armpit disappeared; disease-free 19 months after treatment.',
  'Response confirmed at a second assessment four weeks later.',
  '2 of 17 patients responded (ORR 11.8%, 95% CI 3.3-34.3%)',
  'Aged 52 at enrollment',
  'Neutropenia grade 4 lasting 7 days',
  'HER2 3+ by IHC',
];

const PROBE = 'MRN12345678';
const PROBE_RULE = 'identifier_record_number';

let dir: string;
let db: Db;
const ids = {} as {
  trial: number;
  therapy: number;
  review: number;
  source: number;
  patient: number;
  patientVersion: number;
  event: number;
  eventVersion: number;
};
const subjects = () =>
  ({
    PATIENT: ids.patient,
    ADVERSE_EVENT: ids.event,
    TRIAL: ids.trial,
    THERAPY: ids.therapy,
    REVIEW: ids.review,
  }) satisfies Record<SubjectType, number>;

const write = <T>(work: (w: Write) => Promise<T>) => runWrite(db, SYSTEM_ACTORS.seed, work);

class Rollback extends Error {}

/**
 * Runs `work` in a write that is always rolled back: the (path, rule) pairs of the ValidationError
 * it threw, or null when it was accepted.
 */
async function issuesOf(
  work: (w: Write) => Promise<unknown>,
): Promise<{ path: string; rule: string }[] | null> {
  try {
    await write(async (w) => {
      await work(w);
      throw new Rollback();
    });
  } catch (error) {
    if (error instanceof Rollback) return null;
    if (error instanceof ValidationError) return error.issues.map(({ path, rule }) => ({ path, rule }));
    throw error;
  }
  return null;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genetrials-privacy-'));
  db = createDb({ url: `file:${join(dir, 'privacy.db')}` });
  await migrateDb(db);
  await write(async (w) => {
    ids.source = (await createSource(w, { kind: 'NEWS', title: 'A report' })).id;
    ids.trial = (await createTrial(w, { title: 'A trial' })).id;
    ids.therapy = (await createTherapy(w, { name: 'A therapy', modality: 'CAR_T_CELL' })).id;
    ids.review = (
      await createReview(w, { kind: 'NEWS', title: 'A review', sourceId: null, trialIds: [], therapyIds: [] })
    ).id;
    const patient = await createPatient(w, {
      trialId: ids.trial,
      subjectCode: 'P-001',
      adverseEvents: [{ term: 'Fatigue', grade: 1 }],
    });
    ids.patient = patient.id;
    ids.patientVersion = patient.version;
    const [event] = await w.tx.select().from(adverseEvents).where(eq(adverseEvents.patientId, patient.id));
    ids.event = event?.id as number;
    ids.eventVersion = event?.version as number;
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One writable place: how to write `value` there, and the path the error must name. */
interface Target {
  name: string;
  profile: 'patient' | 'public';
  /** Writes `value` (a string); `text` is false for fields that are not plain text (subject codes). */
  run: (w: Write, value: string) => Promise<unknown>;
  path: string;
}

const patientTargets = (): Target[] => {
  const base = { trialId: ids.trial, subjectCode: 'P-new-1' };
  const patch = (field: string, value: unknown) => (w: Write) =>
    updatePatient(w, { id: ids.patient, expectedVersion: ids.patientVersion, patch: { [field]: value } });
  const eventPatch = (field: string, value: unknown) => (w: Write) =>
    updateAdverseEvent(w, { id: ids.event, expectedVersion: ids.eventVersion, patch: { [field]: value } });
  const t = (name: string, run: Target['run'], path: string): Target => ({
    name,
    profile: 'patient',
    run,
    path,
  });
  return [
    t(
      'createPatient.diseaseStage',
      (w, v) => createPatient(w, { ...base, diseaseStage: v }),
      'input.diseaseStage',
    ),
    t('createPatient.notes', (w, v) => createPatient(w, { ...base, notes: v }), 'input.notes'),
    t(
      'createPatient.metastaticSites',
      (w, v) => createPatient(w, { ...base, metastaticSites: ['Liver', v] }),
      'input.metastaticSites.1',
    ),
    t(
      'createPatient.priorTherapies',
      (w, v) => createPatient(w, { ...base, priorTherapies: [v] }),
      'input.priorTherapies.0',
    ),
    t(
      'createPatient.adverseEvents.term',
      (w, v) => createPatient(w, { ...base, adverseEvents: [{ term: v }] }),
      'input.adverseEvents.0.term',
    ),
    t(
      'createPatient.adverseEvents.description',
      (w, v) => createPatient(w, { ...base, adverseEvents: [{ term: 'Fatigue', description: v }] }),
      'input.adverseEvents.0.description',
    ),
    t('updatePatient.diseaseStage', (w, v) => patch('diseaseStage', v)(w), 'input.diseaseStage'),
    t('updatePatient.notes', (w, v) => patch('notes', v)(w), 'input.notes'),
    t('updatePatient.metastaticSites', (w, v) => patch('metastaticSites', [v])(w), 'input.metastaticSites.0'),
    t('updatePatient.priorTherapies', (w, v) => patch('priorTherapies', [v])(w), 'input.priorTherapies.0'),
    t(
      'addAdverseEvent.term',
      (w, v) => addAdverseEvent(w, { patientId: ids.patient, term: v }),
      'input.term',
    ),
    t(
      'addAdverseEvent.description',
      (w, v) => addAdverseEvent(w, { patientId: ids.patient, term: 'Fatigue', description: v }),
      'input.description',
    ),
    t('updateAdverseEvent.term', (w, v) => eventPatch('term', v)(w), 'input.term'),
    t('updateAdverseEvent.description', (w, v) => eventPatch('description', v)(w), 'input.description'),
  ];
};

const claimTargets = (): Target[] =>
  (Object.entries(subjects()) as [SubjectType, number][]).flatMap(([subjectType, subjectId]) => {
    const profile = subjectType === 'PATIENT' || subjectType === 'ADVERSE_EVENT' ? 'patient' : 'public';
    const claim = { subjectType, subjectId, sourceId: ids.source, field: 'notes', value: 'ok' };
    const t = (name: string, run: Target['run'], path: string): Target => ({
      name: `${subjectType} ${name}`,
      profile,
      run,
      path,
    });
    return [
      t('addClaim value', (w, v) => addClaim(w, { ...claim, value: v }), 'input.value'),
      t(
        'addClaim nested value',
        (w, v) => addClaim(w, { ...claim, value: { reports: [{ text: v }] } }),
        'input.value.reports.0.text',
      ),
      t(
        'addClaim object key',
        (w, v) => addClaim(w, { ...claim, value: { [v]: 1 } }),
        `input.value.${'KEY'}`,
      ),
      t('addClaim locator', (w, v) => addClaim(w, { ...claim, locator: v }), 'input.locator'),
      t(
        'syncClaims value',
        (w, v) =>
          syncClaims(w, ids.source, [{ subjectType, subjectId, field: 'notes', value: [v], locator: 'x' }]),
        'claims.0.value.0',
      ),
      t(
        'syncClaims locator',
        (w, v) =>
          syncClaims(w, ids.source, [{ subjectType, subjectId, field: 'notes', value: 'ok', locator: v }]),
        'claims.0.locator',
      ),
    ];
  });

describe('the write-layer privacy screen', () => {
  it('has at least 60 identifier variants and 20 clean strings', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(60);
    expect(CLEAN.length).toBeGreaterThanOrEqual(20);
  });

  it('rejects every identifier variant in every patient and adverse event field, naming path and rule', async () => {
    const misses: string[] = [];
    for (const target of patientTargets()) {
      for (const [text, rule] of VARIANTS) {
        const issues = await issuesOf((w) => target.run(w, text));
        const want = { path: target.path, rule: `identifier_${rule}` };
        if (!issues?.some((i) => i.path === want.path && i.rule === want.rule)) {
          misses.push(`${target.name} ${JSON.stringify(text)}: ${JSON.stringify(issues)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('rejects every identifier variant in claims of every subject type (value, nested value, key, locator)', async () => {
    const misses: string[] = [];
    for (const target of claimTargets()) {
      for (const [text, rule, patientOnly] of VARIANTS) {
        if (patientOnly && target.profile === 'public') continue;
        const issues = await issuesOf((w) => target.run(w, text));
        const path = target.path.replace('KEY', text);
        if (!issues?.some((i) => i.path === path && i.rule === `identifier_${rule}`)) {
          misses.push(`${target.name} ${JSON.stringify(text)}: ${JSON.stringify(issues)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('stored nothing from any rejected write', async () => {
    expect(await db.$count(patients)).toBe(1);
    expect(await db.$count(adverseEvents)).toBe(1);
    expect(await db.$count(claims)).toBe(0);
  });

  it('passes legitimate clinical text in every field and every claim', async () => {
    const rejected: string[] = [];
    for (const target of [...patientTargets(), ...claimTargets()]) {
      for (const text of CLEAN) {
        const issues = await issuesOf((w) => target.run(w, text));
        if (issues) rejected.push(`${target.name} ${JSON.stringify(text)}: ${JSON.stringify(issues)}`);
      }
    }
    expect(rejected).toEqual([]);
  });

  it('allows trial event dates, investigators and web addresses in trial claims, but no birth-date cue', async () => {
    const trialClaim = (value: unknown) => (w: Write) =>
      addClaim(w, {
        subjectType: 'TRIAL',
        subjectId: ids.trial,
        sourceId: ids.source,
        field: 'startDate',
        value,
      });
    for (const value of [
      '2004-03-15',
      'Dr. Steven Rosenberg',
      'https://clinicaltrials.gov/study/NCT00001234',
    ]) {
      expect(await issuesOf(trialClaim(value))).toBeNull();
    }
    expect(await issuesOf(trialClaim('Participant born 2004-03-15'))).toEqual([
      { path: 'input.value', rule: 'identifier_exact_date' },
    ]);
    expect(await issuesOf(trialClaim('Mr. Smith was enrolled'))).toEqual([
      { path: 'input.value', rule: 'identifier_person_name' },
    ]);
  });
});

describe('subject codes', () => {
  const bad: [string, string][] = [
    ['123-45-6789', 'identifier_ssn'],
    ['123456789', 'identifier_ssn'],
    ['6085550142', 'identifier_phone'],
    ['1953-03-12', 'identifier_exact_date'],
    ['19530312', 'identifier_exact_date'],
    ['12.03.1953', 'identifier_exact_date'],
    ['192.168.0.1', 'identifier_ip_address'],
    ['MRN12345678', 'identifier_record_number'],
    ['Smith', 'subject_code_name'],
    ['Jones', 'subject_code_name'],
    ['John Smith', 'subject_code_format'],
    ['+33612345678', 'subject_code_format'],
    ['jane@example.org', 'subject_code_format'],
  ];
  it.each(bad)('rejects %j (%s) on create and update', async (code, rule) => {
    expect(await issuesOf((w) => createPatient(w, { trialId: ids.trial, subjectCode: code }))).toContainEqual(
      {
        path: 'input.subjectCode',
        rule,
      },
    );
    expect(
      await issuesOf((w) =>
        updatePatient(w, {
          id: ids.patient,
          expectedVersion: ids.patientVersion,
          patch: { subjectCode: code },
        }),
      ),
    ).toContainEqual({ path: 'input.subjectCode', rule });
  });

  it.each(['NCI-MART1-01', 'NCI-MART1-R1', 'GT1999-01', 'SCID-FR-01', 'S000001-001', 'P1', 'ABC', '101-001'])(
    'accepts the study code %j',
    async (code) => {
      expect(await issuesOf((w) => createPatient(w, { trialId: ids.trial, subjectCode: code }))).toBeNull();
    },
  );
});

describe('ages over 89 are top-coded wherever an age can be stored', () => {
  it('in the patient column', async () => {
    let stored: unknown;
    await issuesOf(async (w) => {
      stored = (await createPatient(w, { trialId: ids.trial, subjectCode: 'AGE-1', ageAtEnrollment: 97 }))
        .ageAtEnrollment;
    });
    expect(stored).toBe(90);
  });

  it.each<[SubjectType, string, unknown, unknown]>([
    ['PATIENT', 'ageAtEnrollment', 97, 90],
    ['PATIENT', 'age', '97 years', '90 or older'],
    ['PATIENT', 'ageYears', { years: 97 }, { years: 90 }],
    ['PATIENT', 'ageAtEnrollment', { years: 97, months: 3 }, { years: 90, months: 3 }],
    ['PATIENT', 'ageAtEnrollment', 52, 52],
    ['PATIENT', 'ageAtEnrollment', '52 years', '52 years'],
    ['ADVERSE_EVENT', 'ageAtOnset', [88, 91], [88, 90]],
    ['TRIAL', 'participantAgeAtDeath', 101, 90],
    ['TRIAL', 'responders', [{ age: 95, response: 'CR' }], [{ age: 90, response: 'CR' }]],
    ['THERAPY', 'oldestPatientAge', '96', '90 or older'],
    ['REVIEW', 'age', 93.5, 90],
  ])('%s claim %s = %j is stored as %j', async (subjectType, field, value, stored) => {
    let read: unknown[] = [];
    const issues = await issuesOf(async (w) => {
      const row = await addClaim(w, {
        subjectType,
        subjectId: subjects()[subjectType],
        sourceId: ids.source,
        field,
        value,
      });
      const [again] = await w.tx.select().from(claims).where(eq(claims.id, row.id));
      read = [row.value, again?.value];
    });
    expect(issues).toBeNull();
    expect(read).toEqual([stored, stored]);
  });
});

// ----- Coverage: every string/JSON field of every patient, adverse event and claim write path -----

/** The keys of a zod object shape whose values accept text (a string or a list of strings). */
function textKeys(shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }>): string[] {
  return Object.entries(shape)
    .filter(([, s]) => s.safeParse(PROBE).success || s.safeParse([PROBE]).success)
    .map(([k]) => k);
}

const probeFor = (key: string, shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }>) =>
  shape[key]?.safeParse(PROBE).success ? PROBE : [PROBE];

describe('coverage: no text field of a write path skips the screen', () => {
  it('every text field of the patient and adverse event schemas is screened on create and update', async () => {
    const pShape = patientInput.shape as never as Record<
      string,
      { safeParse: (v: unknown) => { success: boolean } }
    >;
    const aShape = adverseEventInput.shape as never as Record<
      string,
      { safeParse: (v: unknown) => { success: boolean } }
    >;
    const pKeys = textKeys(pShape);
    const aKeys = textKeys(aShape);
    // The schemas as they are today: a new text field shows up here and is probed below.
    expect(pKeys).toEqual(
      expect.arrayContaining(['subjectCode', 'diseaseStage', 'metastaticSites', 'priorTherapies', 'notes']),
    );
    expect(aKeys).toEqual(expect.arrayContaining(['term', 'description']));
    const unscreened: string[] = [];
    const expectScreened = async (name: string, path: string, run: (w: Write) => Promise<unknown>) => {
      const issues = await issuesOf(run);
      if (!issues?.some((i) => i.path.startsWith(path) && i.rule === PROBE_RULE)) unscreened.push(name);
    };
    for (const key of pKeys) {
      const value = probeFor(key, pShape);
      const path = `input.${key}`;
      const base = key === 'subjectCode' ? {} : { subjectCode: 'COV-1' };
      await expectScreened(`createPatient.${key}`, path, (w) =>
        createPatient(w, { trialId: ids.trial, ...base, [key]: value }),
      );
      await expectScreened(`updatePatient.${key}`, path, (w) =>
        updatePatient(w, { id: ids.patient, expectedVersion: ids.patientVersion, patch: { [key]: value } }),
      );
    }
    for (const key of aKeys) {
      const value = probeFor(key, aShape);
      const base = key === 'term' ? {} : { term: 'Fatigue' };
      await expectScreened(`createPatient.adverseEvents.${key}`, `input.adverseEvents.0.${key}`, (w) =>
        createPatient(w, {
          trialId: ids.trial,
          subjectCode: 'COV-2',
          adverseEvents: [{ ...base, [key]: value }],
        }),
      );
      await expectScreened(`addAdverseEvent.${key}`, `input.${key}`, (w) =>
        addAdverseEvent(w, { patientId: ids.patient, ...base, [key]: value }),
      );
      await expectScreened(`updateAdverseEvent.${key}`, `input.${key}`, (w) =>
        updateAdverseEvent(w, { id: ids.event, expectedVersion: ids.eventVersion, patch: { [key]: value } }),
      );
    }
    expect(unscreened).toEqual([]);
  });

  it('every String and JSON field of the GraphQL write inputs for patients, adverse events and claims is screened', async () => {
    const sdl = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    const schema = buildSdl(sdl);
    const textFields = (typeName: string, prefix = ''): string[] => {
      const type = schema.getType(typeName);
      if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type`);
      return Object.values(type.getFields()).flatMap((f) => {
        const named = getNamedType(f.type);
        if (isInputObjectType(named)) return textFields(named.name, `${prefix}${f.name}.0.`);
        return ['String', 'JSON'].includes(named.name)
          ? [`${prefix}${f.name}${isList(f.type) ? '.0' : ''}`]
          : [];
      });
    };
    const probe = (path: string, json: boolean) => {
      const [head, ...rest] = path.split('.');
      if (rest.length === 0) return { [head as string]: json ? { nested: [PROBE] } : PROBE };
      if (rest.length === 1) return { [head as string]: [PROBE] };
      return { [head as string]: [{ term: 'Fatigue', [rest[1] as string]: PROBE }] };
    };
    const cases: [string, (w: Write, fields: Record<string, unknown>) => Promise<unknown>][] = [
      ['CreatePatientInput', (w, f) => createPatient(w, { trialId: ids.trial, subjectCode: 'COV-3', ...f })],
      [
        'UpdatePatientInput',
        (w, f) => updatePatient(w, { id: ids.patient, expectedVersion: ids.patientVersion, patch: f }),
      ],
      [
        'AddAdverseEventInput',
        (w, f) => addAdverseEvent(w, { patientId: ids.patient, term: 'Fatigue', ...f }),
      ],
      [
        'UpdateAdverseEventInput',
        (w, f) => updateAdverseEvent(w, { id: ids.event, expectedVersion: ids.eventVersion, patch: f }),
      ],
      [
        'AddClaimInput',
        (w, f) =>
          addClaim(w, {
            subjectType: 'PATIENT',
            subjectId: ids.patient,
            sourceId: ids.source,
            field: 'notes',
            value: 'ok',
            ...f,
            ...(f.field ? { field: 'mrn12345678' } : {}),
          }),
      ],
    ];
    const unscreened: string[] = [];
    let probed = 0;
    for (const [typeName, run] of cases) {
      for (const path of textFields(typeName)) {
        const json = path === 'value';
        const issues = await issuesOf((w) => run(w, probe(path, json)));
        probed++;
        const want = json ? 'input.value.nested.0' : `input.${path}`;
        if (!issues?.some((i) => i.path === want && i.rule === PROBE_RULE)) {
          unscreened.push(`${typeName}.${path}: ${JSON.stringify(issues)}`);
        }
      }
    }
    expect(probed).toBeGreaterThanOrEqual(15);
    expect(unscreened).toEqual([]);
  });
});

function isList(type: GraphQLInputType): boolean {
  return isNonNullType(type) ? isList(type.ofType) : isListType(type);
}
