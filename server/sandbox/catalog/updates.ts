// GET /v2/images/updated: which images were added, edited or deleted in a time window.
// Additions follow each image's added date; edits and deletions are a deterministic
// stream (an edit every 20 seconds, a deletion every 15 minutes, the image chosen by a
// hash of the time slot), so any window, "the last hour" included, has realistic updates.
import { hashString } from '../seed/random';
import { DAY_MS } from '../lib/asset-columns';
import type { CatalogColumns } from './columns';

export type UpdateType = 'addition' | 'deletion' | 'edit';

export interface ImageUpdate {
  id: string;
  /** Milliseconds since the epoch. */
  time: number;
  updates: UpdateType[];
}

const EDIT_SLOT_MS = 20_000;
const DELETION_SLOT_MS = 15 * 60_000;

/** Updates with start <= time < end, of the given types, newest or oldest first. */
export function imageUpdates(
  columns: CatalogColumns,
  window: { start: number; end: number },
  types: readonly UpdateType[],
  sort: 'newest' | 'oldest',
): ImageUpdate[] {
  const byId = new Map<string, ImageUpdate>();
  const add = (id: number, time: number, type: UpdateType) => {
    if (time < window.start || time >= window.end) return;
    const key = String(id);
    const found = byId.get(key);
    if (!found) byId.set(key, { id: key, time, updates: [type] });
    else {
      if (!found.updates.includes(type)) found.updates.push(type);
      found.time = Math.max(found.time, time);
    }
  };
  const size = columns.size;
  if (types.includes('addition')) {
    const firstDay = Math.floor(window.start / DAY_MS);
    const lastDay = Math.floor((window.end - 1) / DAY_MS);
    // Days grow with the index: find the first image added on firstDay.
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((columns.day[mid] as number) < firstDay) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < size && (columns.day[i] as number) <= lastDay; i++) {
      const id = columns.ids[i] as number;
      add(
        id,
        (columns.day[i] as number) * DAY_MS + (hashString(`added:${id}`) % DAY_MS),
        'addition',
      );
    }
  }
  if (types.includes('edit') && size > 0) {
    for (
      let slot = Math.floor(window.start / EDIT_SLOT_MS);
      slot * EDIT_SLOT_MS < window.end;
      slot++
    ) {
      const hash = hashString(`edit:${slot}`);
      add(columns.ids[hash % size] as number, slot * EDIT_SLOT_MS + (hash % EDIT_SLOT_MS), 'edit');
    }
  }
  if (types.includes('deletion') && size > 0) {
    for (
      let slot = Math.floor(window.start / DELETION_SLOT_MS);
      slot * DELETION_SLOT_MS < window.end;
      slot++
    ) {
      const hash = hashString(`deletion:${slot}`);
      // An id next to a catalog image's that is not itself in the catalog: a removed image.
      const id = (columns.ids[hash % size] as number) + 1 + (hash % 7);
      if (columns.indexOf(id) < 0)
        add(id, slot * DELETION_SLOT_MS + (hash % DELETION_SLOT_MS), 'deletion');
    }
  }
  const list = [...byId.values()];
  list.sort(
    (a, b) => (sort === 'oldest' ? a.time - b.time : b.time - a.time) || a.id.localeCompare(b.id),
  );
  return list;
}
