/**
 * Keyset batches by id for the streamed exports (NDJSON, CSV, FHIR): `read(after, limit)` returns
 * up to `limit` rows with id > `after` in id order; the batches end at the first short one. One
 * batch is in memory at a time, however large the table.
 */
export async function* keysetBatches<T extends { id: number }>(
  read: (after: number, limit: number) => Promise<T[]>,
  batchSize: number,
): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const batch = await read(after, batchSize);
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    after = (batch[batch.length - 1] as T).id;
  }
}

/** Rows grouped by a key, in their order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
