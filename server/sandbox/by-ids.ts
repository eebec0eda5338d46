// The several-by-id operations (GET /v2/images?id=…, and the video, audio and sound-effect
// twins): the ids asked for, each once, and which of them the catalog has.

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
