// VideosApi and EditorialVideoApi of the official SDK, unmodified, against the sandbox
// over a real socket: search, details, lists, similar, suggestions, updated, categories,
// video collections, editorial video search and details.
import { beforeAll, describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

describe('SDK: VideosApi and EditorialVideoApi against the sandbox', () => {
  const sdk = useSdk();
  let videos: InstanceType<typeof sstk.VideosApi>;
  let editorial: InstanceType<typeof sstk.EditorialVideoApi>;
  let ids: string[] = [];

  beforeAll(async () => {
    videos = new sstk.VideosApi(sdk.client);
    editorial = new sstk.EditorialVideoApi(sdk.client);
    const result = await videos.searchVideos({ query: 'city', per_page: 3, sort: 'newest' });
    ids = list(result).map((video) => String(field(video, 'id')));
    expect(ids).toHaveLength(3);
  });

  it('searchVideos with filters (arrays too), sort, paging and view', async () => {
    const result = await videos.searchVideos({
      query: 'nature',
      resolution: '4k',
      aspect_ratio: '16_9',
      duration_from: 5,
      duration_to: 30,
      fps_from: 23,
      fps_to: 31,
      license: ['commercial'],
      people_ethnicity: ['caucasian', 'east_asian'],
      sort: 'popular',
      page: 1,
      per_page: 10,
      view: 'full',
    });
    expect(field(result, 'per_page')).toBe(10);
    for (const video of list(result)) {
      expect(field(video, 'aspect_ratio')).toBe('16:9');
      expect(Number(field(video, 'duration'))).toBeLessThan(31);
      expect(field(field(video, 'assets'), '4k')).toBeDefined();
    }
    const byCategory = await videos.searchVideos({
      category: 'Nature',
      added_date_start: '2018-01-01',
      view: 'full',
    });
    expect(list(byCategory).length).toBeGreaterThan(0);
    for (const video of list(byCategory))
      expect(list(video, 'categories').map((c) => field(c, 'name'))).toContain('Nature');
  });

  it('getVideo, getVideoList, findSimilarVideos', async () => {
    const video = await videos.getVideo(ids[0] ?? '', { view: 'full' });
    expect(field(video, 'id')).toBe(ids[0]);
    expect(field(field(video, 'assets'), 'preview_mp4')).toBeDefined();
    const several = await videos.getVideoList(ids, { view: 'minimal' });
    expect(list(several).map((v) => field(v, 'id'))).toEqual(ids);
    const similar = await videos.findSimilarVideos(ids[0] ?? '', { per_page: 5 });
    expect(list(similar).length).toBeGreaterThan(0);
    expect(await statusOfFailure(videos.getVideo('999999999999'))).toBe(404);
  });

  it('listVideoCategories, getVideoSuggestions, getUpdatedVideos', async () => {
    const categories = list(await videos.listVideoCategories());
    expect(categories.map((c) => field(c, 'name'))).toContain('Animals/Wildlife');
    const suggestions = list(await videos.getVideoSuggestions('sun', { limit: 5 }));
    expect(suggestions.length).toBeGreaterThan(0);
    const updated = await videos.getUpdatedVideos({
      interval: '1 DAY',
      sort: 'oldest',
      per_page: 10,
    });
    expect(list(updated)).toHaveLength(10);
    expect(await statusOfFailure(videos.getUpdatedVideos({ interval: 'whenever' }))).toBe(400);
  });

  it('video collections: create, rename, add, items, remove, delete', async () => {
    const created = await videos.createVideoCollection({ name: 'SDK reel' });
    const id = String(field(created, 'id'));
    await videos.renameVideoCollection(id, { name: 'SDK reel renamed' });
    await videos.addVideoCollectionItems(id, { items: ids.map((video) => ({ id: video })) });
    const collection = await videos.getVideoCollection(id, { embed: ['share_code'] });
    expect(field(collection, 'name')).toBe('SDK reel renamed');
    expect(field(collection, 'total_item_count')).toBe(3);
    const items = await videos.getVideoCollectionItems(id, { sort: 'oldest' });
    expect(list(items).map((item) => field(item, 'media_type'))).toEqual([
      'video',
      'video',
      'video',
    ]);
    expect(
      list(await videos.getVideoCollectionList({ per_page: 150 })).map((c) => field(c, 'id')),
    ).toContain(id);
    await videos.deleteVideoCollectionItems(id, { item_id: [ids[0]] });
    expect(list(await videos.getVideoCollectionItems(id))).toHaveLength(2);
    await videos.deleteVideoCollection(id);
    expect(await statusOfFailure(videos.getVideoCollection(id))).toBe(404);
  });

  it('searchEditorialVideos (country required), getEditorialVideo, listEditorialVideoCategories', async () => {
    const result = await editorial.searchEditorialVideos('USA', {
      query: 'festival',
      sort: 'newest',
      supplier_code: ['SHT', 'EVN'],
      date_start: '2015-01-01',
      per_page: 5,
    });
    expect(list(result).length).toBeGreaterThan(0);
    const next = String(field(result, 'next'));
    const page2 = await editorial.searchEditorialVideos('USA', {
      query: 'festival',
      sort: 'newest',
      per_page: 5,
      cursor: next,
    });
    expect(list(page2)[0]).not.toEqual(list(result)[0]);
    const id = String(field(list(result)[0], 'id'));
    const video = await editorial.getEditorialVideo(id, 'USA');
    expect(field(video, 'id')).toBe(id);
    expect(
      list(await editorial.listEditorialVideoCategories()).map((c) => field(c, 'name')),
    ).toContain('Sport');
    expect(await statusOfFailure(editorial.searchEditorialVideos('US'))).toBe(400);
  });

  it('basic auth (the API client) works for search', async () => {
    const client = sdk.app.sandbox.apiClient();
    const basic = new sstk.VideosApi(
      sdk.newClient({ basic: [client.client_id, client.client_secret] }),
    );
    expect(list(await basic.searchVideos({ per_page: 2 }))).toHaveLength(2);
    expect(await statusOfFailure(new sstk.VideosApi(sdk.newClient()).searchVideos({}))).toBe(401);
  });
});
