// The several-by-id operations (GET /v2/images?id=…, and the video, audio and sound-effect
// twins): the ids asked for, each once, and which of them the catalog has.
import { missingIdsErrors } from './errors';

/** Looks up `id=1&id=2` (or `id=1,2`): the rows found, and the ids, as sent, that were not. */
export function findByIds<Row extends { id: number | string }>(
  values: readonly string[],
  findMany: (ids: number[]) => Row[],
): { rows: Row[]; missing: string[]; requested: number } {
  const ids = [...new Set(values.flatMap((value) => value.split(',')))];
  const rows = findMany(ids.filter((id) => /^[1-9]\d{0,14}$/.test(id)).map(Number));
  const found = new Set(rows.map((row) => String(row.id)));
  return { rows, missing: ids.filter((id) => !found.has(id)), requested: ids.length };
}

/**
 * The answer of a several-by-id operation: the assets found, one error naming the ids that
 * were not (`noun` names them: "Images not found: …"), and, unless `paged` is false (sound
 * effects answer without them), page 1 of as many as were asked for.
 */
export function byIdsAnswer<Row extends { id: number | string }, Asset>(
  values: readonly string[],
  findMany: (ids: number[]) => Row[],
  toAsset: (row: Row) => Asset,
  noun: string,
  paged = true,
) {
  const { rows, missing, requested } = findByIds(values, findMany);
  const found = { data: rows.map(toAsset), ...missingIdsErrors(missing, noun) };
  return paged ? { ...found, page: 1, per_page: requested, total_count: rows.length } : found;
}
