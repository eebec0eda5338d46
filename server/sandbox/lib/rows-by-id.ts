// Several catalog rows by id in one query, as the several-by-id operations, searches and
// collections ask for them.
import type { Db } from '../db';

/**
 * Rows of several ids, in the order given; unknown ids are left out. `select` is the
 * store's SELECT, `idColumn` its id column (with the table alias it uses).
 */
export function rowsByIds<Row extends { id: number }>(
  db: Db,
  select: string,
  idColumn: string,
  ids: number[],
): Row[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare<number[], Row>(`${select} WHERE ${idColumn} IN (${ids.map(() => '?').join(',')})`)
    .all(...ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
}
