import { type SQL, sql } from 'drizzle-orm';
import type { trialSites } from '../../db/tables.js';
import type { SiteStatus } from '../../domain/registry-enums.js';
import { builder } from '../builder.js';
import { SiteStatusEnum } from '../types/registry-enums.js';
import { checkList, checkText, inListSql } from './common.js';

export interface SiteFilterInput {
  country?: string | null;
  city?: string | null;
  statuses?: SiteStatus[] | null;
  recruiting?: boolean | null;
}

export const SiteFilter = builder.inputRef<SiteFilterInput>('SiteFilter').implement({
  description: 'Conditions on one trial site. All given fields must hold for the same site.',
  fields: (t) => ({
    country: t.string({ description: 'Country (case-insensitive, exact), e.g. "United States".' }),
    city: t.string({ description: 'City (case-insensitive, exact).' }),
    statuses: t.field({ type: [SiteStatusEnum], description: 'Any of these site recruitment statuses.' }),
    recruiting: t.boolean({
      description: 'True: the site is RECRUITING now. False: any other (or unknown) status.',
    }),
  }),
});

/** An SQL condition over `trial_sites` (or an alias of it); undefined for no filter. */
export function siteFilterSql(
  filter: SiteFilterInput | null | undefined,
  table: typeof trialSites,
  path = 'filter',
): SQL | undefined {
  if (!filter) return undefined;
  checkText(`${path}.country`, filter.country);
  checkText(`${path}.city`, filter.city);
  checkList(`${path}.statuses`, filter.statuses);
  const parts = [
    filter.country != null ? sql`lower(${table.country}) = lower(${filter.country.trim()})` : undefined,
    filter.city != null ? sql`lower(${table.city}) = lower(${filter.city.trim()})` : undefined,
    inListSql(table.status, filter.statuses),
    filter.recruiting === true ? sql`${table.status} = 'RECRUITING'` : undefined,
    filter.recruiting === false ? sql`${table.status} is not 'RECRUITING'` : undefined,
  ].filter((p): p is SQL => p !== undefined);
  return parts.length === 0 ? undefined : sql.join(parts, sql` and `);
}
