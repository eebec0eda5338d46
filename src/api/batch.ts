// Several-by-id lookups, batched: every caller asks for one id, and the ids asked for within
// a few milliseconds of each other (a page of cards or rows rendering) go out as one
// `GET {path}?id=…&id=…`. Caching stays TanStack Query's, per id; the batcher keeps none.
import { create, keyResolver, windowedFiniteBatchScheduler } from '@yornaath/batshit';
import { apiGet } from './client';

/** How long lookups are gathered before one request asks for all of them. */
const WINDOW_MS = 10;

export interface ByIdBatcher<T> {
  /** The resource with this id, or null when the API does not know it. */
  fetch(id: string): Promise<T | null>;
}

export function byIdBatcher<T extends { id: string }>(
  path: string,
  { maxIds, view }: { maxIds: number; view?: string },
): ByIdBatcher<T> {
  const batcher = create({
    fetcher: async (ids: string[], signal: AbortSignal) =>
      (await apiGet<{ data?: T[] }>(path, { id: ids, ...(view ? { view } : {}) }, signal)).data ??
      [],
    resolver: keyResolver('id'),
    scheduler: windowedFiniteBatchScheduler({ windowMs: WINDOW_MS, maxBatchSize: maxIds }),
  });
  return { fetch: async (id) => (await batcher.fetch(id)) ?? null };
}
