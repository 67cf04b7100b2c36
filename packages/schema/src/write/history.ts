import type { Db } from '../db/client.js';
import { changes } from '../db/tables.js';
import type { ChangeAction, EntityType } from '../domain/enums.js';
import { type Actor, actorRole } from './actor.js';

// The change history. This module is the only code that inserts into `changes`: every writer
// reaches it through a Write's `record`, so each row names its actor the same way.

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface ChangeEntry {
  entityType: EntityType;
  entityId: number;
  action: ChangeAction;
  before: object | null;
  after: object | null;
}

export async function recordChanges(tx: Tx, actor: Actor, at: string, entries: readonly ChangeEntry[]) {
  if (entries.length === 0) return;
  const actorFields = {
    actorTokenId: actor.kind === 'token' ? actor.tokenId : null,
    actorName: actor.name,
    actorRole: actorRole(actor),
    at,
  };
  // 10 parameters a row; SQLite allows 32766 in one statement.
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.insert(changes).values(
      entries.slice(i, i + 1000).map((e) => ({
        entityType: e.entityType,
        entityId: e.entityId,
        action: e.action,
        before: e.before as Record<string, unknown> | null,
        after: e.after as Record<string, unknown> | null,
        ...actorFields,
      })),
    );
  }
}
