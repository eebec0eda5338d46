import type { Collection, CollectionItem } from '@/api/types';
import { makeImage, type Route } from './fixtures';

export interface StubCollection {
  id: string;
  name: string;
  items: string[];
}

/**
 * Answers the image collection endpoints from a small in-memory list, the way the API
 * does (for component tests: only fetch is stubbed). `refuse` can turn any request down.
 */
export function collectionsRoute(
  collections: StubCollection[],
  refuse?: (method: string, path: string) => { status: number; body: unknown } | undefined,
): Route & { state: StubCollection[] } {
  let nextId = 9000;
  const time = '2026-11-20T10:00:00.000Z';
  const toCollection = (c: StubCollection): Collection => ({
    id: c.id,
    name: c.name,
    total_item_count: c.items.length,
    created_time: time,
    updated_time: time,
    items_updated_time: time,
    ...(c.items.length ? { cover_item: { id: c.items.at(-1)!, media_type: 'image' } } : {}),
  });
  const route = ((url, { method, body }) => {
    const path = url.pathname.replace(/^\/api/, '');
    const refused = refuse?.(method, path);
    if (refused) return refused;
    if (path === '/v2/images') {
      const ids = url.searchParams.getAll('id');
      return { body: { data: ids.map((id) => makeImage(Number(id) - 1000)) } };
    }
    if (path === '/v2/images/collections' && method === 'GET')
      return {
        body: {
          data: collections.map(toCollection),
          page: 1,
          per_page: 150,
          total_count: collections.length,
        },
      };
    if (path === '/v2/images/collections' && method === 'POST') {
      const id = String(++nextId);
      collections.unshift({ id, name: (body as { name: string }).name, items: [] });
      return { status: 201, body: { id } };
    }
    const match = /^\/v2\/images\/collections\/([^/]+)(\/items)?$/.exec(path);
    const found = match && collections.find((c) => c.id === match[1]);
    if (!match || !found) {
      return {
        status: 404,
        body: {
          message: `Collection ${match?.[1]} not found`,
          errors: [
            { code: 'NOT_FOUND', message: `Collection ${match?.[1]} not found`, path: '$.path.id' },
          ],
        },
      };
    }
    if (!match[2]) {
      if (method === 'GET') return { body: toCollection(found) };
      if (method === 'POST') {
        found.name = (body as { name: string }).name;
        return { status: 204 };
      }
      if (method === 'DELETE') {
        collections.splice(collections.indexOf(found), 1);
        return { status: 204 };
      }
    }
    if (method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 100);
      const ordered =
        url.searchParams.get('sort') === 'newest' ? [...found.items].reverse() : found.items;
      const data: CollectionItem[] = ordered
        .slice((page - 1) * perPage, page * perPage)
        .map((id) => ({ id, media_type: 'image', added_time: time }));
      return { body: { data, page, per_page: perPage, total_count: found.items.length } };
    }
    if (method === 'POST') {
      for (const item of (body as { items: CollectionItem[] }).items)
        if (!found.items.includes(item.id)) found.items.push(item.id);
      return { status: 204 };
    }
    if (method === 'DELETE') {
      const remove = new Set(url.searchParams.getAll('item_id'));
      found.items = found.items.filter((id) => !remove.has(id));
      return { status: 204 };
    }
    return undefined;
  }) as Route & { state: StubCollection[] };
  route.state = collections;
  return route;
}
