// Collections against the vendor document: per-user image collections, featured and
// contributors' collections, catalog collections and catalog search — good answers and
// bad ones (another user's collection, bad input, missing scope).
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import {
  dataOf,
  describeContract,
  errorText,
  field,
  idsOf,
  qs,
  useContractClient,
  vendor,
  itDocumented,
} from './harness';

describeContract('contract: collections', () => {
  // Featured collections fill ten places each from the product's 100,000 images.
  const api = useContractClient(import.meta.filename, { catalog: 'full' });
  const unique = (label: string) => `contract ${label} ${randomUUID().slice(0, 8)}`;
  let images: string[] = [];

  beforeAll(async () => {
    images = idsOf((await api.get('/v2/images/search?query=mountain&per_page=6')).body);
    expect(images).toHaveLength(6);
  });

  async function createCollection(name = unique('images')): Promise<string> {
    const { status, body } = await api.send('POST', '/v2/images/collections', { body: { name } });
    expect(status).toBe(201);
    return String(field(body, 'id'));
  }

  it('image collections: create 201, details, rename 204, list with embed, delete 204', async () => {
    const id = await createCollection();
    const renamed = unique('renamed');
    expect(
      (await api.send('POST', `/v2/images/collections/${id}`, { body: { name: renamed } })).status,
    ).toBe(204);

    const details = await api.get(
      `/v2/images/collections/${id}?${qs({ embed: ['share_code', 'share_url'] })}`,
    );
    expect(details.status).toBe(200);
    expect(field(details.body, 'name')).toBe(renamed);
    expect(field(details.body, 'total_item_count')).toBe(0);
    expect(field(details.body, 'share_code')).toEqual(expect.any(String));
    expect(field(details.body, 'share_url')).toEqual(expect.any(String));

    const list = await api.get('/v2/images/collections?per_page=150&embed=share_url');
    expect(list.status).toBe(200);
    const listed = dataOf(list.body).find((c) => c.id === id);
    expect(listed?.name).toBe(renamed);
    expect(listed?.share_url).toEqual(expect.any(String));
    expect(listed).not.toHaveProperty('share_code');

    expect((await api.send('DELETE', `/v2/images/collections/${id}`)).status).toBe(204);
    expect((await api.get(`/v2/images/collections/${id}`)).status).toBe(404);
  });

  it('image collection items: add 204, list with added_time and sort, remove 204, cover item', async () => {
    const id = await createCollection();
    const add = (ids: string[]) =>
      api.send('POST', `/v2/images/collections/${id}/items`, {
        body: { items: ids.map((itemId) => ({ id: itemId, media_type: 'image' })) },
      });
    expect((await add(images.slice(0, 3))).status).toBe(204);
    expect((await add([images[3] ?? '', images[0] ?? ''])).status).toBe(204);

    const oldest = await api.get(`/v2/images/collections/${id}/items`);
    expect(oldest.status).toBe(200);
    expect(idsOf(oldest.body)).toEqual(images.slice(0, 4));
    for (const item of dataOf(oldest.body)) expect(item.added_time).toEqual(expect.any(String));
    const newest = await api.get(
      `/v2/images/collections/${id}/items?sort=newest&per_page=2&page=1`,
    );
    expect(idsOf(newest.body)).toEqual([images[3], images[2]]);
    expect(field(newest.body, 'total_count')).toBe(4);

    const details = await api.get(`/v2/images/collections/${id}`);
    expect(field(field(details.body, 'cover_item'), 'id')).toBe(images[3]);

    const remove = await api.send(
      'DELETE',
      `/v2/images/collections/${id}/items?${qs({ item_id: [images[0] ?? '', '123456789'] })}`,
    );
    expect(remove.status).toBe(204);
    expect(idsOf((await api.get(`/v2/images/collections/${id}/items`)).body)).toEqual(
      images.slice(1, 4),
    );
    await api.send('DELETE', `/v2/images/collections/${id}`);
  });

  itDocumented(
    'image collections: bad input is 400 naming the cause; unknown collection 404',
    async () => {
      const id = await createCollection();
      const noName = await api.send('POST', '/v2/images/collections', { body: {} });
      expect(noName.status).toBe(400);
      expect(errorText(noName.body)).toContain('name');
      const long = await api.send('POST', `/v2/images/collections/${id}`, {
        body: { name: 'x'.repeat(101) },
      });
      expect(long.status).toBe(400);
      expect(errorText(long.body)).toContain('name');

      const unknown = await api.send('POST', `/v2/images/collections/${id}/items`, {
        body: { items: [{ id: images[0] }, { id: '999999999' }] },
      });
      expect(unknown.status).toBe(400);
      expect(errorText(unknown.body)).toContain('999999999');
      expect(field((await api.get(`/v2/images/collections/${id}`)).body, 'total_item_count')).toBe(
        0,
      );

      const tooMany = await api.send('POST', `/v2/images/collections/${id}/items`, {
        body: { items: Array.from({ length: 151 }, () => ({ id: images[0] })) },
      });
      expect(tooMany.status).toBe(400);
      expect(errorText(tooMany.body)).toContain('items');

      const perPage = vendor().parameter('getImageCollectionItems', 'per_page');
      const over = await api.get(
        `/v2/images/collections/${id}/items?per_page=${Number(perPage.maximum) + 1}`,
      );
      expect(over.status).toBe(400);
      expect(errorText(over.body)).toContain('per_page');

      expect((await api.get('/v2/images/collections/abc')).status).toBe(400);
      expect((await api.get('/v2/images/collections/999999999999')).status).toBe(404);
      expect((await api.send('DELETE', `/v2/images/collections/${id}/items`)).status).toBe(400);
      await api.send('DELETE', `/v2/images/collections/${id}`);
    },
  );

  it("image collections: another user's collection is 404; a read-only token 403; none 401", async () => {
    const id = await createCollection();
    const jordan = api.as('jordan');
    expect((await api.get(`/v2/images/collections/${id}`, jordan)).status).toBe(404);
    expect((await api.get(`/v2/images/collections/${id}/items`, jordan)).status).toBe(404);
    expect(
      (
        await api.send('POST', `/v2/images/collections/${id}`, {
          auth: jordan,
          body: { name: 'mine' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api.send('POST', `/v2/images/collections/${id}/items`, {
          auth: jordan,
          body: { items: [{ id: images[0] }] },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api.send('DELETE', `/v2/images/collections/${id}/items?item_id=1`, { auth: jordan }))
        .status,
    ).toBe(404);
    expect(
      (await api.send('DELETE', `/v2/images/collections/${id}`, { auth: jordan })).status,
    ).toBe(404);
    expect(idsOf((await api.get('/v2/images/collections', jordan)).body)).not.toContain(id);

    const casey = api.as('casey');
    expect((await api.get('/v2/images/collections', casey)).status).toBe(200);
    const forbidden = await api.send('POST', '/v2/images/collections', {
      auth: casey,
      body: { name: 'x' },
    });
    expect(forbidden.status).toBe(403);
    expect(errorText(forbidden.body)).toContain('collections.edit');
    expect((await api.get('/v2/images/collections', 'none')).status).toBe(401);
    await api.send('DELETE', `/v2/images/collections/${id}`);
  });

  it('featured image collections: list (type filter), details with cover and hero, items', async () => {
    const list = await api.get('/v2/images/collections/featured?embed=share_url&asset_hint=2x');
    expect(list.status).toBe(200);
    const featured = dataOf(list.body);
    expect(featured.length).toBeGreaterThan(5);
    expect(featured.map((c) => c.name)).toContain('Mountain mornings');
    const vectors = await api.get('/v2/images/collections/featured?type=vector');
    expect(dataOf(vectors.body).map((c) => c.name)).toContain('Flat illustrations');
    expect(dataOf(vectors.body).map((c) => c.name)).not.toContain('Mountain mornings');

    const id = String(featured[0]?.id);
    const details = await api.get(`/v2/images/collections/featured/${id}`);
    expect(details.status).toBe(200);
    expect(field(field(details.body, 'cover_item'), 'url')).toEqual(expect.any(String));
    const items = await api.get(`/v2/images/collections/featured/${id}/items?per_page=10`);
    expect(dataOf(items.body)).toHaveLength(10);
    expect(field(items.body, 'total_count')).toBe(field(details.body, 'total_item_count'));

    expect((await api.get('/v2/images/collections/featured/404')).status).toBe(404);
    expect((await api.get('/v2/images/collections/featured/404/items')).status).toBe(404);
    expect((await api.get('/v2/images/collections/featured?type=audio')).status).toBe(400);
  });

  it("contributors' collections: list (sorted), details, items; unknown 404", async () => {
    const contributor = String(
      api.app.sandbox.db
        .prepare(
          'SELECT contributor_id FROM images GROUP BY contributor_id ORDER BY count(*) DESC LIMIT 1',
        )
        .pluck()
        .get(),
    );
    const list = await api.get(`/v2/contributors/${contributor}/collections?sort=item_count`);
    expect(list.status).toBe(200);
    const collections = dataOf(list.body);
    expect(collections.length).toBeGreaterThan(0);
    const id = String(collections[0]?.id);
    const details = await api.get(`/v2/contributors/${contributor}/collections/${id}`);
    expect(details.status).toBe(200);
    const items = await api.get(
      `/v2/contributors/${contributor}/collections/${id}/items?per_page=5&sort=newest`,
    );
    expect(dataOf(items.body)).toHaveLength(5);
    const itemIds = idsOf(items.body).map(Number);
    expect(itemIds).toEqual([...itemIds].sort((a, b) => b - a));
    const own = await api.get(`/v2/images?${qs({ id: idsOf(items.body) })}`);
    for (const image of dataOf(own.body)) expect(field(image.contributor, 'id')).toBe(contributor);

    expect((await api.get('/v2/contributors/1/collections')).status).toBe(404);
    expect((await api.get(`/v2/contributors/${contributor}/collections/1`)).status).toBe(404);
    expect((await api.get(`/v2/contributors/${contributor}/collections/1/items`)).status).toBe(404);
    expect(
      (await api.get(`/v2/contributors/${contributor}/collections/${id}/items?per_page=51`)).status,
    ).toBe(400);
  });

  it('catalog collections: create 201, list, PATCH 200, add/remove items 200, search, delete 204', async () => {
    const name = unique('catalog');
    const created = await api.send('POST', '/v2/catalog/collections', {
      body: { name, items: [{ asset: { type: 'image', id: images[0] } }] },
    });
    expect(created.status).toBe(201);
    const id = String(field(created.body, 'id'));
    expect(field(created.body, 'total_item_count')).toBe(1);
    expect(field(created.body, 'visibility')).toBe('private');

    const added = await api.send('POST', `/v2/catalog/collections/${id}/items`, {
      body: {
        items: images.slice(0, 3).map((imageId) => ({ asset: { type: 'image', id: imageId } })),
      },
    });
    expect(added.status).toBe(200);
    expect(field(added.body, 'total_item_count')).toBe(3);

    const patched = await api.send('PATCH', `/v2/catalog/collections/${id}`, {
      body: { name: `${name} v2`, visibility: 'public', cover_asset: { id: images[1] } },
    });
    expect(patched.status).toBe(200);
    expect(field(patched.body, 'name')).toBe(`${name} v2`);
    expect(field(field(field(patched.body, 'cover_asset'), 'asset'), 'id')).toBe(images[1]);

    const list = await api.get('/v2/catalog/collections?per_page=50&sort=newest');
    expect(list.status).toBe(200);
    expect(idsOf(list.body)).toContain(id);
    expect(dataOf((await api.get('/v2/catalog/collections?shared=true')).body)).toEqual([]);

    const found = await api.get(
      `/v2/catalog/search?${qs({ collection_id: id, asset_type: 'image' })}`,
    );
    expect(found.status).toBe(200);
    expect(
      dataOf(found.body)
        .map((item) => field(item.asset, 'id'))
        .sort(),
    ).toEqual(images.slice(0, 3).sort());

    const removed = await api.send('DELETE', `/v2/catalog/collections/${id}/items`, {
      body: { items: [{ id: images[0] }, { id: '42' }] },
    });
    expect(removed.status).toBe(200);
    expect(field(removed.body, 'total_item_count')).toBe(2);

    expect((await api.send('DELETE', `/v2/catalog/collections/${id}`)).status).toBe(204);
    expect((await api.send('DELETE', `/v2/catalog/collections/${id}`)).status).toBe(404);
  });

  it('catalog collections: other types, unknown assets, bad input and other users refused', async () => {
    const created = await api.send('POST', '/v2/catalog/collections', {
      body: { name: unique('catalog bad') },
    });
    const id = String(field(created.body, 'id'));
    const video = await api.send('POST', `/v2/catalog/collections/${id}/items`, {
      body: { items: [{ asset: { type: 'video', id: '1' } }] },
    });
    // Video 1 does not exist (or, for a type without a catalog, the type is refused).
    expect(video.status).toBe(400);
    expect(errorText(video.body).toLowerCase()).toContain('video');
    const unknown = await api.send('POST', `/v2/catalog/collections/${id}/items`, {
      body: {
        items: [
          { asset: { type: 'image', id: images[0] } },
          { asset: { type: 'image', id: '999999999' } },
        ],
      },
    });
    expect(unknown.status).toBe(400);
    expect(errorText(unknown.body)).toContain('999999999');
    expect(
      (await api.send('POST', `/v2/catalog/collections/${id}/items`, { body: { items: [] } }))
        .status,
    ).toBe(400);
    expect((await api.send('POST', '/v2/catalog/collections', { body: { name: '' } })).status).toBe(
      400,
    );
    expect((await api.get('/v2/catalog/collections?per_page=51')).status).toBe(400);
    expect((await api.get('/v2/catalog/search?asset_type=font')).status).toBe(400);

    const jordan = api.as('jordan');
    expect(
      (
        await api.send('PATCH', `/v2/catalog/collections/${id}`, {
          auth: jordan,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api.send('DELETE', `/v2/catalog/collections/${id}`, { auth: jordan })).status,
    ).toBe(404);
    expect(dataOf((await api.get(`/v2/catalog/search?collection_id=${id}`, jordan)).body)).toEqual(
      [],
    );
    expect(
      (
        await api.send('POST', '/v2/catalog/collections', {
          auth: api.as('casey'),
          body: { name: 'x' },
        })
      ).status,
    ).toBe(403);
    await api.send('DELETE', `/v2/catalog/collections/${id}`);
  });
});
