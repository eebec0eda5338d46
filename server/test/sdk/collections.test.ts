// The official SDK's collection operations, unmodified, against the sandbox over a real
// socket: ImagesApi collections, CatalogApi, and ContributorsApi collections. (The SDK has
// no featured-collection operations.)
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

describe('SDK: collections against the sandbox', () => {
  const sdk = useSdk();
  let images: InstanceType<typeof sstk.ImagesApi>;
  let ids: string[] = [];

  beforeAll(async () => {
    images = new sstk.ImagesApi(sdk.client);
    const result = await images.searchImages({ query: 'forest', per_page: 3 });
    ids = list(result).map((image) => String(field(image, 'id')));
    expect(ids).toHaveLength(3);
  });

  it('ImagesApi: create, rename, add, list items, remove, details, list, delete', async () => {
    const name = `sdk ${randomUUID()}`;
    const created = await images.createImageCollection({ name });
    const id = String(field(created, 'id'));
    expect(id).toMatch(/^\d+$/);

    await images.renameImageCollection(id, { name: `${name} renamed` });
    await images.addImageCollectionItems(id, { items: ids.map((itemId) => ({ id: itemId })) });
    const items = await images.getImageCollectionItems(id, { per_page: 10, sort: 'newest' });
    expect(list(items).map((item) => field(item, 'id'))).toEqual([...ids].reverse());

    await images.deleteImageCollectionItems(id, { item_id: [ids[0], ids[1]] });
    const details = await images.getImageCollection(id, { embed: ['share_code', 'share_url'] });
    expect(field(details, 'name')).toBe(`${name} renamed`);
    expect(field(details, 'total_item_count')).toBe(1);
    expect(field(details, 'share_code')).toEqual(expect.any(String));

    const all = await images.getImageCollectionList({ per_page: 150, embed: ['share_url'] });
    expect(list(all).map((c) => field(c, 'id'))).toContain(id);

    await images.deleteImageCollection(id);
    expect(await statusOfFailure(images.getImageCollection(id))).toBe(404);
    expect(
      await statusOfFailure(
        images.addImageCollectionItems('999999999999', { items: [{ id: ids[0] }] }),
      ),
    ).toBe(404);
  });

  it('CatalogApi: create, add, update, search, remove, list, delete', async () => {
    const catalog = new sstk.CatalogApi(sdk.client);
    const created = await catalog.createCollection({
      name: `sdk catalog ${randomUUID()}`,
      items: [{ asset: { type: 'image', id: ids[0] } }],
    });
    const id = String(field(created, 'id'));
    const added = await catalog.addToCollection(id, {
      items: ids.slice(1).map((imageId) => ({ asset: { type: 'image', id: imageId } })),
    });
    expect(field(added, 'total_item_count')).toBe(3);
    const updated = await catalog.updateCollection(id, { visibility: 'public' });
    expect(field(updated, 'visibility')).toBe('public');

    const found = await catalog.searchCatalog({ collection_id: [id], asset_type: ['image'] });
    expect(
      list(found)
        .map((item) => field(field(item, 'asset'), 'id'))
        .sort(),
    ).toEqual([...ids].sort());

    const removed = await catalog.deleteFromCollection(id, { items: [{ id: ids[0] }] });
    expect(field(removed, 'total_item_count')).toBe(2);
    const collections = await catalog.getCollections({ per_page: 50 });
    expect(list(collections).map((c) => field(c, 'id'))).toContain(id);
    await catalog.deleteCollection(id);
    expect(await statusOfFailure(catalog.deleteCollection(id))).toBe(404);
  });

  it("ContributorsApi: a contributor's collections, details and items", async () => {
    const image = await images.getImage(ids[0] ?? '');
    const contributorId = String(field(field(image, 'contributor'), 'id'));
    const contributors = new sstk.ContributorsApi(sdk.client);
    const collections = list(await contributors.getContributorCollectionsList(contributorId));
    if (collections.length === 0) return; // a contributor with too few images has none
    const id = String(field(collections[0], 'id'));
    const details = await contributors.getContributorCollections(contributorId, id);
    expect(field(details, 'id')).toBe(id);
    const items = await contributors.getContributorCollectionItems(contributorId, id, {
      per_page: 5,
    });
    expect(list(items).length).toBeGreaterThan(0);
  });
});
