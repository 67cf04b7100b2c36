import { builder } from '../builder.js';
import { ArmTypeEnum } from './registry-enums.js';

export const Arm = builder.drizzleNode('arms', {
  name: 'Arm',
  select: {},
  description: 'An arm (arm group) of a trial as its registry record lists it.',
  id: { column: (a) => a.id },
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Arm label, unique within the trial.' }),
    type: t.expose('type', {
      type: ArmTypeEnum,
      nullable: true,
      description: 'Role of the arm in the design.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the arm receives, as registered.',
    }),
    position: t.exposeInt('position', { description: 'Order in the registry record, from 0.' }),
    interventions: t.relation('interventions', {
      description: 'Interventions this arm gives, in record order.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
    trial: t.relation('trial'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
  }),
});
