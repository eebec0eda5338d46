// AudioApi and SoundEffectsApi of the official SDK, unmodified, against the sandbox over a
// real socket: search, details, lists, vocabularies and audio collections.
import { beforeAll, describe, expect, it } from 'vitest';
import { field, list, sstk, statusOfFailure, useSdk } from './client';

describe('SDK: AudioApi against the sandbox', () => {
  const sdk = useSdk();
  let audio: InstanceType<typeof sstk.AudioApi>;
  let ids: string[] = [];

  beforeAll(async () => {
    audio = new sstk.AudioApi(sdk.client);
    const result = await audio.searchTracks({ per_page: 3, sort: 'freshness' });
    ids = list(result).map((track) => String(field(track, 'id')));
    expect(ids).toHaveLength(3);
  });

  it('searchTracks with a query, filters (arrays too), sort and paging', async () => {
    const result = await audio.searchTracks({
      query: 'guitar',
      genre: ['Rock'],
      moods: ['Confident'],
      bpm_from: 100,
      bpm_to: 160,
      is_instrumental: true,
      sort: 'bpm',
      sort_order: 'asc',
      page: 1,
      per_page: 20,
      view: 'full',
    });
    const tracks = list(result);
    expect(tracks.length).toBeGreaterThan(0);
    let previous = 0;
    for (const track of tracks) {
      expect(list(track, 'genres')).toContain('Rock');
      expect(list(track, 'moods')).toContain('Confident');
      expect(field(track, 'is_instrumental')).toBe(true);
      const bpm = Number(field(track, 'bpm'));
      expect(bpm).toBeGreaterThanOrEqual(Math.max(100, previous));
      previous = bpm;
    }
  });

  it('searchTracks: an upside-down bpm range is a 400', async () => {
    expect(await statusOfFailure(audio.searchTracks({ bpm_from: 150, bpm_to: 90 }))).toBe(400);
  });

  it('getTrack and getTrackList', async () => {
    const track = await audio.getTrack(Number(ids[0]));
    expect(field(track, 'id')).toBe(ids[0]);
    expect(field(field(field(track, 'assets'), 'preview_mp3'), 'url')).toMatch(/preview\.mp3$/);
    const several = await audio.getTrackList(ids, { view: 'minimal' });
    expect(list(several).map((t) => String(field(t, 'id')))).toEqual(ids);
    expect(await statusOfFailure(audio.getTrack(999999999))).toBe(404);
  });

  it('listGenres, listInstruments and listMoods', async () => {
    expect(list(await audio.listGenres())).toContain('Dance/Electronic');
    expect(list(await audio.listInstruments())).toContain('Piano');
    expect(list(await audio.listMoods())).toContain('Uplifting');
  });

  it('track collections: create, rename, add, list, remove, delete', async () => {
    const created = await audio.createTrackCollection({ name: 'SDK playlist' });
    const id = String(field(created, 'id'));
    await audio.renameTrackCollection(id, { name: 'SDK playlist renamed' });
    await audio.addTrackCollectionItems(id, { items: ids.map((track) => ({ id: track })) });
    const collection = await audio.getTrackCollection(id, { embed: ['share_code'] });
    expect(field(collection, 'name')).toBe('SDK playlist renamed');
    expect(field(collection, 'total_item_count')).toBe(3);
    const collections = list(await audio.getTrackCollectionList({ per_page: 150 }));
    expect(collections.map((c) => String(field(c, 'id')))).toContain(id);
    const items = list(await audio.getTrackCollectionItems(id, { sort: 'oldest' }));
    expect(items.map((item) => String(field(item, 'id')))).toEqual(ids);
    await audio.deleteTrackCollectionItems(id, { item_id: [ids[0]] });
    expect(list(await audio.getTrackCollectionItems(id))).toHaveLength(2);
    await audio.deleteTrackCollection(id);
    expect(await statusOfFailure(audio.getTrackCollection(id))).toBe(404);
  });
});

describe('SDK: SoundEffectsApi against the sandbox', () => {
  const sdk = useSdk();
  let effects: InstanceType<typeof sstk.SoundEffectsApi>;

  beforeAll(() => {
    effects = new sstk.SoundEffectsApi(sdk.client);
  });

  it('searchSFX, getSfxDetails and getSfxListDetails', async () => {
    const result = await effects.searchSFX({
      query: 'rain',
      duration_from: 5,
      sort: 'popular',
      per_page: 5,
      view: 'full',
    });
    const found = list(result);
    expect(found.length).toBeGreaterThan(0);
    for (const effect of found) expect(Number(field(effect, 'duration'))).toBeGreaterThanOrEqual(5);
    const ids = found.map((effect) => String(field(effect, 'id')));
    const one = await effects.getSfxDetails(Number(ids[0]), { view: 'full' });
    expect(field(one, 'id')).toBe(ids[0]);
    const several = await effects.getSfxListDetails(ids);
    expect(list(several).map((e) => String(field(e, 'id')))).toEqual(ids);
    expect(await statusOfFailure(effects.getSfxDetails(999999999))).toBe(404);
  });
});
