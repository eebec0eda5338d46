// EditorialImagesApi, ContributorsApi profiles and the ImagesApi extras of the official
// SDK, unmodified, against the sandbox over a real socket.
import EditorialApi from 'shutterstock-api/src/api/EditorialApi';
import { beforeAll, describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

describe('SDK: EditorialImagesApi against the sandbox', () => {
  const sdk = useSdk();
  let editorial: InstanceType<typeof sstk.EditorialImagesApi>;
  let ids: string[] = [];

  beforeAll(async () => {
    editorial = new sstk.EditorialImagesApi(sdk.client);
    const result = await editorial.searchEditorialImages('USA', { per_page: 3, sort: 'newest' });
    ids = list(result).map((item) => String(field(item, 'id')));
    expect(ids).toHaveLength(3);
  });

  it('searchEditorialImages with filters and the next cursor; searchEditorial (older path)', async () => {
    const first = await editorial.searchEditorialImages('GBR', {
      query: 'fans',
      category: 'Sport',
      supplier_code: ['PPA', 'SPIX', 'NWP'],
      date_start: '2010-01-01',
      per_page: 5,
    });
    expect(list(first)).toHaveLength(5);
    const next = String(field(first, 'next'));
    const second = await editorial.searchEditorialImages('GBR', {
      query: 'fans',
      category: 'Sport',
      supplier_code: ['PPA', 'SPIX', 'NWP'],
      date_start: '2010-01-01',
      per_page: 5,
      cursor: next,
    });
    expect(list(second).map((i) => field(i, 'id'))).not.toEqual(
      list(first).map((i) => field(i, 'id')),
    );
    expect(
      list(await editorial.searchEditorial('USA', { query: 'premiere' })).length,
    ).toBeGreaterThan(0);
  });

  it('getEditorialImage, getEditorialImage_0 and listEditorialImages', async () => {
    expect(field(await editorial.getEditorialImage(ids[0] ?? '', 'USA'), 'id')).toBe(ids[0]);
    expect(field(await editorial.getEditorialImage_0(ids[1] ?? '', 'USA'), 'id')).toBe(ids[1]);
    const several = await editorial.listEditorialImages(ids, 'USA');
    expect(list(several)).toHaveLength(3);
    expect(await statusOfFailure(editorial.getEditorialImage('1234567z', 'USA'))).toBe(404);
  });

  it('categories, on both paths', async () => {
    expect(list(await editorial.listEditorialImageCategories()).length).toBeGreaterThan(10);
    expect(list(await editorial.getEditorialCategories()).length).toBeGreaterThan(10);
  });

  it('live feeds: list, one, its items (and the older paths)', async () => {
    const feeds = list(await editorial.getEditorialImageLivefeedList('USA', { per_page: 3 }));
    expect(feeds).toHaveLength(3);
    const id = String(field(feeds[0], 'id'));
    const feed = await editorial.getEditorialImageLivefeed(id, 'USA');
    expect(field(feed, 'name')).toBe(field(feeds[0], 'name'));
    const items = list(await editorial.getEditorialImageLivefeedItems(id, 'USA'));
    expect(items).toHaveLength(Number(field(feed, 'total_item_count')));
    expect(list(await editorial.getEditorialLivefeedList('USA')).length).toBeGreaterThan(0);
    expect(field(await editorial.getEditorialLivefeed(id, 'USA'), 'id')).toBe(id);
    expect(list(await editorial.getEditorialLivefeedItems(id, 'USA'))).toHaveLength(items.length);
  });

  it('getUpdatedEditorialImages and getUpdatedEditorialImage', async () => {
    const args = ['addition', '2026-11-01T00:00:00Z', '2026-11-21T00:00:00Z', 'USA'] as const;
    const updated = await editorial.getUpdatedEditorialImages(...args, { per_page: 100 });
    expect(list(updated).length).toBeGreaterThan(0);
    expect(list(await editorial.getUpdatedEditorialImage(...args)).length).toBeGreaterThan(0);
  });

  it('a missing country is refused by the SDK itself; a bad one by the sandbox (400)', async () => {
    expect(await statusOfFailure(editorial.searchEditorialImages('US'))).toBe(400);
  });
});

describe('SDK: EditorialApi (the older /v2/editorial paths) against the sandbox', () => {
  const sdk = useSdk();

  it('searchEditorial, getEditorialImage, categories, live feeds and updates', async () => {
    const editorial = new EditorialApi(sdk.client);
    const found = list(await editorial.searchEditorial('USA', { query: 'royal', per_page: 2 }));
    expect(found).toHaveLength(2);
    const id = String(field(found[0], 'id'));
    expect(field(await editorial.getEditorialImage(id, 'USA'), 'id')).toBe(id);
    expect(list(await editorial.getEditorialCategories()).length).toBeGreaterThan(10);
    const feeds = list(await editorial.getEditorialLivefeedList('GBR', { per_page: 2 }));
    const feedId = String(field(feeds[0], 'id'));
    expect(field(await editorial.getEditorialLivefeed(feedId, 'GBR'), 'id')).toBe(feedId);
    expect(list(await editorial.getEditorialLivefeedItems(feedId, 'GBR')).length).toBeGreaterThan(
      0,
    );
    const updated = await editorial.getUpdatedImages(
      'edit',
      '2026-01-01T00:00:00Z',
      '2026-11-21T00:00:00Z',
      'USA',
      { per_page: 100, sort: 'oldest' },
    );
    expect(list(updated).length).toBeGreaterThan(0);
  });
});

describe('SDK: ContributorsApi profiles and ImagesApi extras', () => {
  const sdk = useSdk();
  let images: InstanceType<typeof sstk.ImagesApi>;
  let imageIds: string[] = [];
  let contributorIds: string[] = [];

  beforeAll(async () => {
    images = new sstk.ImagesApi(sdk.client);
    const result = await images.searchImages({ query: 'beach', per_page: 3 });
    imageIds = list(result).map((image) => String(field(image, 'id')));
    contributorIds = list(result).map((image) => String(field(field(image, 'contributor'), 'id')));
  });

  it('getContributor and getContributorList', async () => {
    const contributors = new sstk.ContributorsApi(sdk.client);
    const profile = await contributors.getContributor(contributorIds[0] ?? '');
    expect(field(profile, 'id')).toBe(contributorIds[0]);
    expect(field(profile, 'display_name')).toEqual(expect.any(String));
    const several = await contributors.getContributorList(contributorIds);
    expect(list(several).length).toBe(new Set(contributorIds).size);
    expect(await statusOfFailure(contributors.getContributor('1'))).toBe(404);
  });

  it('getUpdatedImages', async () => {
    const result = await images.getUpdatedImages({
      interval: '2 HOUR',
      type: ['edit'],
      per_page: 5,
    });
    expect(list(result)).toHaveLength(5);
    for (const item of list(result)) expect(field(item, 'updates')).toEqual(['edit']);
  });

  it('getImageRecommendations', async () => {
    const result = await images.getImageRecommendations(imageIds, { max_items: 8 });
    const ids = list(result).map((r) => String(field(r, 'id')));
    expect(ids).toHaveLength(8);
    expect(ids.filter((id) => imageIds.includes(id))).toEqual([]);
  });

  it('bulkSearchImages', async () => {
    const result = await images.bulkSearchImages(
      [{ query: 'cat' }, { query: 'dog', per_page: 2 }],
      {
        per_page: 4,
      },
    );
    const results = list(field(result, 'bulk_search_results'));
    expect(results).toHaveLength(2);
    expect(list(results[0])).toHaveLength(4);
    expect(list(results[1])).toHaveLength(2);
  });

  it('getImageKeywordSuggestions', async () => {
    const result = await images.getImageKeywordSuggestions({
      text: 'A tabby cat sleeps next to a cup of coffee on a rustic wooden table.',
    });
    expect(list(result, 'keywords')).toContain('tabby cat');
  });
});
