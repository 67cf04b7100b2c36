import { drizzleConnectionHelpers } from '@pothos/plugin-drizzle';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import type { therapies, trials } from '../../db/tables.js';
import { builder } from '../builder.js';
import { pageCap } from '../errors.js';
import { TherapyFilter, therapyFilterSql } from '../filters/therapy-filter.js';
import { TrialFilter, trialFilterSql } from '../filters/trial-filter.js';
import { TherapyRoleEnum } from './enums.js';
import { Therapy } from './therapy.js';
import { Trial } from './trial.js';

// Trial ↔ therapy connections page over the link rows, so every edge can say in which arm,
// in what role and at what dose the trial gives the therapy.

export const TrialTherapyLink = builder.drizzleNode('trialTherapies', {
  name: 'TrialTherapyLink',
  select: {},
  description: 'How a trial uses a therapy: in which arm, in what role, at what dose.',
  id: { column: (l) => l.id },
  fields: (t) => ({
    armName: t.exposeString('armName', { nullable: true }),
    role: t.expose('role', { type: TherapyRoleEnum }),
    dose: t.exposeString('dose', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    trial: t.relation('trial'),
    therapy: t.relation('therapy'),
  }),
});

const therapyLinkArgs = builder.args((t) => ({
  filter: t.field({ type: TherapyFilter, description: 'Only therapies matching this filter.' }),
  roles: t.field({ type: [TherapyRoleEnum], description: 'Only links with any of these roles.' }),
}));

const trialLinkArgs = builder.args((t) => ({
  filter: t.field({ type: TrialFilter, description: 'Only trials matching this filter.' }),
  roles: t.field({ type: [TherapyRoleEnum], description: 'Only links with any of these roles.' }),
}));

const trialToTherapies = drizzleConnectionHelpers(builder, 'trialTherapies', {
  maxSize: pageCap,
  args: () => therapyLinkArgs,
  query: (args) => ({
    where: {
      ...(args.roles ? { role: { in: args.roles } } : {}),
      ...(args.filter
        ? { therapy: { RAW: (table: typeof therapies) => therapyFilterSql(args.filter, table) ?? sql`1` } }
        : {}),
    },
    orderBy: { id: 'asc' },
  }),
  select: (nodeSelection) => ({
    columns: { id: true, version: true, armName: true, role: true, dose: true },
    with: { therapy: nodeSelection() },
  }),
  resolveNode: (link) => link.therapy,
});

const therapyToTrials = drizzleConnectionHelpers(builder, 'trialTherapies', {
  maxSize: pageCap,
  args: () => trialLinkArgs,
  query: (args) => ({
    where: {
      ...(args.roles ? { role: { in: args.roles } } : {}),
      ...(args.filter
        ? { trial: { RAW: (table: typeof trials) => trialFilterSql(args.filter, table) ?? sql`1` } }
        : {}),
    },
    orderBy: { id: 'asc' },
  }),
  select: (nodeSelection) => ({
    columns: { id: true, version: true, armName: true, role: true, dose: true },
    with: { trial: nodeSelection() },
  }),
  resolveNode: (link) => link.trial,
});

builder.drizzleObjectField(Trial, 'therapies', (t) =>
  t.connection(
    {
      type: Therapy,
      description: 'Therapies the trial gives; each edge says in which arm, in what role, at what dose.',
      args: trialToTherapies.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        with: { therapyLinks: trialToTherapies.getQuery(args, ctx, nestedSelection) },
      }),
      resolve: (trial, args, ctx) => trialToTherapies.resolve(trial.therapyLinks, args, ctx, trial),
    },
    { name: 'TrialTherapyConnection' },
    {
      name: 'TrialTherapyEdge',
      fields: (edge) => ({
        armName: edge.string({ nullable: true, resolve: (link) => link.armName }),
        role: edge.field({ type: TherapyRoleEnum, resolve: (link) => link.role }),
        dose: edge.string({ nullable: true, resolve: (link) => link.dose }),
        linkId: edge.id({
          description: 'Global ID of the TrialTherapyLink this edge stands for (to update or unlink it).',
          resolve: (link) => encodeGlobalID('TrialTherapyLink', link.id),
        }),
        linkVersion: edge.int({ description: 'Version of that link.', resolve: (link) => link.version }),
      }),
    },
  ),
);

builder.drizzleObjectField(Therapy, 'trials', (t) =>
  t.connection(
    {
      type: Trial,
      description: 'Trials that give this therapy; each edge says in which arm, in what role, at what dose.',
      args: therapyToTrials.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        with: { trialLinks: therapyToTrials.getQuery(args, ctx, nestedSelection) },
      }),
      resolve: (therapy, args, ctx) => therapyToTrials.resolve(therapy.trialLinks, args, ctx, therapy),
    },
    { name: 'TherapyTrialConnection' },
    {
      name: 'TherapyTrialEdge',
      fields: (edge) => ({
        armName: edge.string({ nullable: true, resolve: (link) => link.armName }),
        role: edge.field({ type: TherapyRoleEnum, resolve: (link) => link.role }),
        dose: edge.string({ nullable: true, resolve: (link) => link.dose }),
        linkId: edge.id({
          description: 'Global ID of the TrialTherapyLink this edge stands for (to update or unlink it).',
          resolve: (link) => encodeGlobalID('TrialTherapyLink', link.id),
        }),
        linkVersion: edge.int({ description: 'Version of that link.', resolve: (link) => link.version }),
      }),
    },
  ),
);
