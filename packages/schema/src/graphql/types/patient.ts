import { patients } from '../../db/tables.js';
import { ageLabel, topCodeAge } from '../../domain/privacy.js';
import { distinctBy } from '../../domain/provenance.js';
import { builder } from '../builder.js';
import { pageCap } from '../errors.js';
import { rawWhere } from '../filters/common.js';
import {
  PatientFilter,
  PatientOrder,
  patientFilterSql,
  patientOrderQuery,
} from '../filters/patient-filter.js';
import { AttributionEnum, PatientStatusEnum, ResponseEnum, SexEnum } from './enums.js';
import { Conflict, conflictsOf, Source } from './provenance.js';

export const AdverseEvent = builder.drizzleNode('adverseEvents', {
  name: 'AdverseEvent',
  select: {},
  id: { column: (a) => a.id },
  description:
    'An adverse event a patient had, graded by CTCAE where the report gives a grade. Needs a reader token.',
  authScopes: { reader: true },
  runScopesOnType: true,
  fields: (t) => ({
    term: t.exposeString('term'),
    grade: t.exposeInt('grade', { nullable: true, description: 'CTCAE grade 1-5; null when not reported.' }),
    attribution: t.expose('attribution', { type: AttributionEnum, nullable: true }),
    serious: t.exposeBoolean('serious', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    version: t.exposeInt('version'),
    patient: t.relation('patient'),
  }),
});

export const Patient = builder.drizzleNode('patients', {
  name: 'Patient',
  select: {},
  description:
    'A de-identified trial subject. No names, contact data or exact dates of birth are kept. Needs a reader token.',
  authScopes: { reader: true },
  runScopesOnType: true,
  id: { column: (p) => p.id },
  fields: (t) => ({
    subjectCode: t.exposeString('subjectCode', { description: 'Study-assigned code, never a name.' }),
    ageAtEnrollment: t.int({
      nullable: true,
      description:
        'Age in years; 90 stands for "90 or older" (HIPAA Safe Harbor). Null when unknown or when sources disagree (see `conflicts`).',
      select: { columns: { ageAtEnrollment: true } },
      resolve: (p) => topCodeAge(p.ageAtEnrollment),
    }),
    ageLabel: t.string({
      nullable: true,
      description: 'The age as it should be shown: a number, or "90 or older".',
      select: { columns: { ageAtEnrollment: true } },
      resolve: (p) => ageLabel(p.ageAtEnrollment),
    }),
    sex: t.expose('sex', { type: SexEnum }),
    diseaseStage: t.exposeString('diseaseStage', { nullable: true }),
    metastaticSites: t.exposeStringList('metastaticSites'),
    priorTherapies: t.exposeStringList('priorTherapies'),
    bestResponse: t.expose('bestResponse', { type: ResponseEnum, nullable: true }),
    responseDurationMonths: t.exposeFloat('responseDurationMonths', { nullable: true }),
    followUpMonths: t.exposeFloat('followUpMonths', { nullable: true }),
    status: t.expose('status', { type: PatientStatusEnum }),
    notes: t.exposeString('notes', { nullable: true, description: 'What the reports say of this patient.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    trial: t.relation('trial'),
    adverseEvents: t.relation('adverseEvents', { query: { orderBy: { id: 'asc' } } }),
    claims: t.relation('claims', { query: { orderBy: { id: 'asc' } } }),
    sources: t.field({
      type: [Source],
      select: { with: { claims: { with: { source: true }, orderBy: { id: 'asc' } } } },
      resolve: (patient) =>
        distinctBy(
          patient.claims.map((c) => c.source),
          (s) => s.id,
        ),
    }),
    conflicts: t.field({
      type: [Conflict],
      description: 'Fields on which the sources disagree (e.g. two reported ages).',
      select: { columns: { id: true }, with: { claims: { orderBy: { id: 'asc' } } } },
      resolve: (patient) => conflictsOf('PATIENT', patient.id, patient.claims),
    }),
  }),
});

builder.queryFields((t) => ({
  patient: t.drizzleField({
    type: Patient,
    nullable: true,
    authScopes: { reader: true },
    args: { id: t.arg.globalID({ required: true, for: Patient }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.patients.findFirst(query({ where: { id: Number(args.id.id) } })),
  }),
  patients: t.drizzleConnection(
    {
      type: 'patients',
      description: 'Patients matching the filter, across all trials. Needs a reader token.',
      authScopes: { reader: true },
      nullable: true,
      args: { filter: t.arg({ type: PatientFilter }), orderBy: t.arg({ type: PatientOrder }) },
      maxSize: pageCap,
      totalCount: (_parent, args, ctx) => ctx.db.$count(patients, patientFilterSql(args.filter, patients)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.patients.findMany(
          query({
            ...rawWhere((table: typeof patients) => patientFilterSql(args.filter, table)),
            ...patientOrderQuery(args.orderBy),
          }),
        ),
    },
    { name: 'PatientConnection' },
  ),
}));
