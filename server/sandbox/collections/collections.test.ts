// Per-user image collections over the real server and the shared test database: items kept
// once, removals of absent items, all-or-nothing adds, share codes, times, and collections
// that survive a restart of the server. Runs as sam (other test files use alex), and
// deletes what it made.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';

let app: FastifyInstance;
let images: string[] = [];

const headers = (username = 'sam') => {
  const user = app.sandbox.users().find((u) => u.username === username);
  if (!user) throw new Error(`no user ${username}`);
  return { authorization: `Bearer ${user.accessToken}` };
};
const call = async (
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
  username?: string,
) => {
  const response = await app.inject({
    method,
    url,
    headers: headers(username),
    ...(payload ? { payload } : {}),
  });
  return {
    status: response.statusCode,
    body: response.body ? (response.json() as Record<string, unknown>) : {},
  };
};
const itemIds = async (id: string, query = '') =>
  (
    (await call('GET', `/v2/images/collections/${id}/items${query}`)).body.data as { id: string }[]
  ).map((i) => i.id);
const created: string[] = [];
const create = async (name = `test ${randomUUID()}`) => {
  const id = String((await call('POST', '/v2/images/collections', { name })).body.id);
  created.push(id);
  return id;
};

beforeAll(async () => {
  app = await createTestApp();
  const search = await call('GET', '/v2/images/search?query=beach&per_page=5');
  images = (search.body.data as { id: string }[]).map((image) => image.id);
});
afterAll(async () => {
  for (const id of created) await call('DELETE', `/v2/images/collections/${id}`);
  await app.close();
});

describe('image collections', () => {
  it('keeps an item added twice once, in one request or two', async () => {
    const id = await create();
    await call('POST', `/v2/images/collections/${id}/items`, {
      items: [{ id: images[0] }, { id: images[0] }],
    });
    await call('POST', `/v2/images/collections/${id}/items`, {
      items: [{ id: images[0] }, { id: images[1] }],
    });
    expect(await itemIds(id)).toEqual([images[0], images[1]]);
  });

  it('ignores removing items that are not in the collection', async () => {
    const id = await create();
    await call('POST', `/v2/images/collections/${id}/items`, { items: [{ id: images[0] }] });
    const before = (await call('GET', `/v2/images/collections/${id}`)).body.items_updated_time;
    const removed = await call(
      'DELETE',
      `/v2/images/collections/${id}/items?item_id=${images[1]}&item_id=42`,
    );
    expect(removed.status).toBe(204);
    expect(await itemIds(id)).toEqual([images[0]]);
    expect((await call('GET', `/v2/images/collections/${id}`)).body.items_updated_time).toBe(
      before,
    );
  });

  it('applies nothing of an add naming an unknown or malformed id, and names each one', async () => {
    const id = await create();
    const response = await call('POST', `/v2/images/collections/${id}/items`, {
      items: [{ id: images[0] }, { id: '999999999' }, { id: 'abc' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', path: '$.body.items[1].id', data: '999999999' }),
      expect.objectContaining({ code: 'NOT_FOUND', path: '$.body.items[2].id', data: 'abc' }),
    ]);
    expect(await itemIds(id)).toEqual([]);
  });

  it('refuses an item of another media type, and a blank name', async () => {
    const id = await create();
    const video = await call('POST', `/v2/images/collections/${id}/items`, {
      items: [{ id: images[0], media_type: 'video' }],
    });
    expect(video.status).toBe(400);
    expect(JSON.stringify(video.body)).toContain('media_type');
    const blank = await call('POST', '/v2/images/collections', { name: '   ' });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain('name');
  });

  it('trims names; rename changes updated_time, items change items_updated_time', async () => {
    const id = await create(`  padded ${randomUUID()}  `);
    const created = (await call('GET', `/v2/images/collections/${id}`)).body;
    expect(created.name).toMatch(/^padded \S+$/);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call('POST', `/v2/images/collections/${id}`, { name: 'renamed' });
    const renamed = (await call('GET', `/v2/images/collections/${id}`)).body;
    expect(renamed.updated_time).not.toBe(created.updated_time);
    expect(renamed.items_updated_time).toBe(created.items_updated_time);
    await call('POST', `/v2/images/collections/${id}/items`, { items: [{ id: images[2] }] });
    const filled = (await call('GET', `/v2/images/collections/${id}`)).body;
    expect(filled.items_updated_time).not.toBe(created.items_updated_time);
    expect(filled.cover_item).toMatchObject({ id: images[2], media_type: 'image' });
  });

  it('lets another user read (never change) a collection with its share code', async () => {
    const id = await create();
    await call('POST', `/v2/images/collections/${id}/items`, { items: [{ id: images[0] }] });
    const code = String(
      (await call('GET', `/v2/images/collections/${id}?embed=share_code`)).body.share_code,
    );
    const shared = await call(
      'GET',
      `/v2/images/collections/${id}?share_code=${code}`,
      undefined,
      'jordan',
    );
    expect(shared.status).toBe(200);
    const items = await call(
      'GET',
      `/v2/images/collections/${id}/items?share_code=${code}`,
      undefined,
      'jordan',
    );
    expect(items.status).toBe(200);
    expect(
      (await call('GET', `/v2/images/collections/${id}?share_code=wrong`, undefined, 'jordan'))
        .status,
    ).toBe(404);
    expect(
      (await call('DELETE', `/v2/images/collections/${id}?share_code=${code}`, undefined, 'jordan'))
        .status,
    ).toBe(404);
  });

  it('gives a share_url that opens the collection page in the app, share code kept', async () => {
    const id = await create();
    const body = (
      await call('GET', `/v2/images/collections/${id}?embed=share_code&embed=share_url`)
    ).body;
    const url = new URL(String(body.share_url));
    expect(url.pathname).toBe(`/collections/${id}`);
    expect(url.searchParams.get('share_code')).toBe(body.share_code);
    expect(url.searchParams.has('type')).toBe(false);

    const video = String(
      (await call('POST', '/v2/videos/collections', { name: `shared ${randomUUID()}` })).body.id,
    );
    const videoUrl = new URL(
      String((await call('GET', `/v2/videos/collections/${video}?embed=share_url`)).body.share_url),
    );
    await call('DELETE', `/v2/videos/collections/${video}`);
    expect(videoUrl.pathname).toBe(`/collections/${video}`);
    expect(videoUrl.searchParams.get('type')).toBe('video');
    expect(videoUrl.searchParams.get('share_code')).toEqual(expect.any(String));
  });

  it('pages the list of collections, newest first', async () => {
    const first = await create();
    const second = await create();
    const page = await call('GET', '/v2/images/collections?per_page=1');
    expect(page.body.per_page).toBe(1);
    expect((page.body.data as { id: string }[]).map((c) => c.id)).toEqual([second]);
    const all = await call('GET', '/v2/images/collections?per_page=150');
    expect(Number(all.body.total_count)).toBeGreaterThanOrEqual(2);
    const ids = (all.body.data as { id: string }[]).map((c) => c.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
  });

  it('survives a restart of the server: collections, names and items', async () => {
    const name = `restart ${randomUUID()}`;
    const id = await create(name);
    await call('POST', `/v2/images/collections/${id}/items`, {
      items: images.slice(0, 3).map((i) => ({ id: i })),
    });
    await app.close();
    app = await createTestApp();
    const details = await call('GET', `/v2/images/collections/${id}`);
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ name, total_item_count: 3 });
    expect(await itemIds(id)).toEqual(images.slice(0, 3));
  });
});

describe('catalog collections refuse unknown asset types', () => {
  it('answers 400 naming the item, for a type that is a name on every object too', async () => {
    for (const type of ['constructor', '__proto__', 'toString', 'sticker']) {
      const response = await call('POST', '/v2/catalog/collections', {
        name: `types ${randomUUID()}`,
        items: [{ asset: { type: 'image', id: images[0] } }, { asset: { type, id: '1' } }],
      });
      expect(response.status, type).toBe(400);
      expect(response.body).toMatchObject({
        errors: [{ code: 'VALIDATION_ENUM_MISMATCH', path: '$.body.items[1].asset.type' }],
      });
    }
  });
});

describe('catalog search', () => {
  it('finds the user’s catalog assets by query terms, NOT terms and collection', async () => {
    const search = await call('GET', '/v2/images/search?query=mountain&per_page=3&view=full');
    const mountains = search.body.data as { id: string; description: string }[];
    const created = await call('POST', '/v2/catalog/collections', {
      name: `search ${randomUUID()}`,
      items: [...mountains, ...images.slice(0, 2).map((id) => ({ id }))].map((image) => ({
        asset: { type: 'image', id: image.id },
      })),
    });
    const collection = String(created.body.id);
    const found = await call(
      'GET',
      `/v2/catalog/search?query=mountain&collection_id=${collection}`,
    );
    const ids = (found.body.data as { asset: { id: string; name: string } }[]).map(
      (i) => i.asset.id,
    );
    expect(ids.sort()).toEqual(mountains.map((m) => m.id).sort());
    const word = mountains[0]?.description.split(' ').pop()?.toLowerCase() ?? '';
    const without = await call(
      'GET',
      `/v2/catalog/search?query=mountain%20NOT%20${word}&collection_id=${collection}`,
    );
    expect((without.body.data as { asset: { id: string } }[]).map((i) => i.asset.id)).not.toContain(
      mountains[0]?.id,
    );
    expect(
      (await call('GET', `/v2/catalog/search?collection_id=${collection}&asset_type=video`)).body
        .data,
    ).toEqual([]);
    expect((await call('DELETE', `/v2/catalog/collections/${collection}`)).status).toBe(204);
  });
});
