// ImagesApi of the official SDK, unmodified, against the sandbox over a real socket.
import { beforeAll, describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

describe('SDK: ImagesApi against the sandbox', () => {
  const sdk = useSdk();
  let images: InstanceType<typeof sstk.ImagesApi>;
  let ids: string[] = [];

  beforeAll(async () => {
    images = new sstk.ImagesApi(sdk.client);
    const result = await images.searchImages({ query: 'city', per_page: 3, sort: 'newest' });
    ids = list(result).map((image) => String(field(image, 'id')));
    expect(ids).toHaveLength(3);
  });

  it('searchImages with a query, filters (arrays too), sort, paging and view', async () => {
    const result = await images.searchImages({
      query: 'beach',
      image_type: ['photo', 'illustration'],
      orientation: 'horizontal',
      sort: 'popular',
      page: 2,
      per_page: 10,
      view: 'full',
      safe: true,
    });
    expect(field(result, 'page')).toBe(2);
    expect(field(result, 'per_page')).toBe(10);
    const data = list(result);
    expect(data.length).toBeGreaterThan(0);
    for (const image of data) {
      expect(['photo', 'illustration']).toContain(field(image, 'image_type'));
      expect(Number(field(image, 'aspect'))).toBeGreaterThan(1);
      expect(field(image, 'description')).toEqual(expect.any(String));
    }
  });

  it('searchImages with category, people and date filters', async () => {
    const result = await images.searchImages({
      category: '13',
      people_number: 1,
      added_date_start: '2015-01-01',
      view: 'full',
    });
    expect(list(result).length).toBeGreaterThan(0);
    for (const image of list(result)) {
      const categories = list(image, 'categories').map((c) => String(field(c, 'id')));
      expect(categories).toContain('13');
    }
  });

  it('getImage', async () => {
    const image = await images.getImage(ids[0] ?? '', { view: 'full' });
    expect(field(image, 'id')).toBe(ids[0]);
    expect(field(field(image, 'assets'), 'preview')).toBeDefined();
  });

  it('getImageList', async () => {
    const result = await images.getImageList(ids, { view: 'minimal' });
    expect(
      list(result)
        .map((image) => String(field(image, 'id')))
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('listImageCategories', async () => {
    const result = await images.listImageCategories();
    expect(list(result).length).toBeGreaterThan(10);
    expect(list(result).map((c) => field(c, 'name'))).toContain('Animals/Wildlife');
  });

  it('getImageSuggestions', async () => {
    const result = await images.getImageSuggestions('sun', { limit: 5 });
    const data = list(result);
    expect(data.length).toBeGreaterThan(0);
    expect(data.length).toBeLessThanOrEqual(5);
  });

  it('listSimilarImages', async () => {
    const result = await images.listSimilarImages(ids[0] ?? '', { per_page: 5 });
    const similar = list(result).map((image) => String(field(image, 'id')));
    expect(similar.length).toBeGreaterThan(0);
    expect(similar).not.toContain(ids[0]);
  });

  it('surfaces the sandbox errors as the SDK does: 400, 404, 401', async () => {
    expect(await statusOfFailure(images.searchImages({ per_page: 100_000 }))).toBe(400);
    expect(await statusOfFailure(images.getImage('999999999999'))).toBe(404);
    const anonymous = new sstk.ImagesApi(sdk.newClient());
    expect(await statusOfFailure(anonymous.searchImages({ query: 'cat' }))).toBe(401);
  });
});
