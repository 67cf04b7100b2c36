import { builder } from '../builder.js';
import { SiteStatusEnum } from './registry-enums.js';

export const Site = builder.drizzleNode('trialSites', {
  name: 'Site',
  select: {},
  description: 'A facility where a trial enrolls participants (a registry "location").',
  id: { column: (s) => s.id },
  fields: (t) => ({
    facility: t.exposeString('facility', { nullable: true, description: 'Hospital or institute name.' }),
    city: t.exposeString('city', { nullable: true }),
    state: t.exposeString('state', { nullable: true, description: 'State, province or region.' }),
    zip: t.exposeString('zip', { nullable: true, description: 'Postal code.' }),
    country: t.exposeString('country', { nullable: true }),
    status: t.expose('status', {
      type: SiteStatusEnum,
      nullable: true,
      description: 'Recruitment status of this site (may differ from the trial overall).',
    }),
    latitude: t.exposeFloat('latitude', {
      nullable: true,
      description: 'Degrees north, -90 to 90 (geocoded by the registry).',
    }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'Degrees east, -180 to 180.' }),
    position: t.exposeInt('position', { description: 'Order in the registry record, from 0.' }),
    trial: t.relation('trial'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
  }),
});
