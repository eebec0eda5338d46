// Music tracks against the vendor document: search (every parameter, filters, sorts, bad
// input), a track, several tracks, genres, instruments, moods, and audio collections.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import {
  allowedValues,
  dataOf,
  describeContract,
  errorText,
  field,
  idsOf,
  qs,
  useContractClient,
  vendor,
  type QueryParams,
  itDocumented,
} from './harness';

const search = (params: QueryParams) => `/v2/audio/search?${qs(params)}`;

describeContract('contract: audio', () => {
  const api = useContractClient(import.meta.filename);
  let ids: string[] = [];

  beforeAll(async () => {
    ids = idsOf((await api.get(search({ per_page: 3, sort: 'freshness' }))).body);
    expect(ids).toHaveLength(3);
  });

  it('GET /v2/audio/search answers tracks in both views', async () => {
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(search({ query: 'piano', view, per_page: 5 }));
      expect(status).toBe(200);
      expect(dataOf(body)).toHaveLength(5);
      expect(field(body, 'search_id')).toEqual(expect.any(String));
      for (const track of dataOf(body)) expect(track.media_type).toBe('audio');
    }
  });

  it('GET /v2/audio/search filters: genre, moods, instruments, bpm and duration ranges, vocals', async () => {
    const { status, body } = await api.get(
      search({
        genre: 'Pop',
        moods: 'Happy',
        bpm_from: 90,
        bpm_to: 130,
        duration_from: 30,
        duration_to: 300,
        is_instrumental: false,
        vocal_description: 'female',
        sort: 'bpm',
        sort_order: 'asc',
        per_page: 50,
      }),
    );
    expect(status).toBe(200);
    const tracks = dataOf(body);
    expect(tracks.length).toBeGreaterThan(0);
    for (const track of tracks) {
      expect(track.genres).toContain('Pop');
      expect(track.moods).toContain('Happy');
      expect(Number(track.bpm)).toBeGreaterThanOrEqual(90);
      expect(String(track.vocal_description)).toMatch(/female/i);
    }
  });

  itDocumented(
    'GET /v2/audio/search accepts every parameter the document lists, with every value its enum allows',
    async () => {
      const samples: Record<string, string> = {
        query: 'guitar',
        artists: 'Klimenko Music',
        genre: 'Rock',
        moods: 'Calm',
        instruments: 'Piano',
        vocal_description: 'male',
        language: 'en',
      };
      const refused: string[] = [];
      for (const [name, schema] of vendor().operations.find((o) => o.operationId === 'searchTracks')
        ?.parameters ?? []) {
        const values = samples[name] ? [samples[name]] : allowedValues(schema);
        for (const value of values) {
          const { status } = await api.get(search({ [name]: value, per_page: 1 }));
          if (status !== 200) refused.push(`${name}=${value} → ${status}`);
        }
      }
      expect(refused).toEqual([]);
    },
  );

  it.each([
    { params: { bpm_from: 150, bpm_to: 80 }, names: 'bpm_to' },
    { params: { duration_from: 200, duration_to: 20 }, names: 'duration_to' },
    { params: { genre: 'Underwater Polka' }, names: 'genre' },
    { params: { moods: 'Hangry' }, names: 'moods' },
    { params: { instruments: 'Kazoo Orchestra' }, names: 'instruments' },
    { params: { vocal_description: 'robotic' }, names: 'vocal_description' },
    { params: { sort: 'loudness' }, names: 'sort' },
    { params: { sort_order: 'sideways' }, names: 'sort_order' },
    { params: { per_page: 501 }, names: 'per_page' },
    { params: { page: 0 }, names: 'page' },
    { params: { bpm: 'fast' }, names: 'bpm' },
    { params: { view: 'huge' }, names: 'view' },
    { params: { library: 'bandcamp' }, names: 'library' },
  ])('GET /v2/audio/search: $names bad → 400 naming it', async ({ params, names }) => {
    const { status, body } = await api.get(search(params));
    expect(status).toBe(400);
    expect(errorText(body)).toContain(names);
  });

  it('GET /v2/audio/{id} answers the full view by default; 400 malformed, 404 unknown', async () => {
    const { status, body } = await api.get(`/v2/audio/${ids[0]}`);
    expect(status).toBe(200);
    expect(field(body, 'id')).toBe(ids[0]);
    expect(body).toHaveProperty('album');
    expect(body).toHaveProperty('keywords');
    expect((await api.get(`/v2/audio/${ids[0]}?view=minimal`)).status).toBe(200);
    const bad = await api.get('/v2/audio/abc');
    expect(bad.status).toBe(400);
    expect(errorText(bad.body)).toContain('id');
    expect((await api.get('/v2/audio/999999999')).status).toBe(404);
  });

  it('GET /v2/audio?id=… answers several tracks; no id is 400', async () => {
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(`/v2/audio?${qs({ id: ids, view })}`);
      expect(status).toBe(200);
      expect(idsOf(body)).toEqual(ids);
    }
    const missing = await api.get(`/v2/audio?${qs({ id: [ids[0] ?? '', '999999999'] })}`);
    expect(missing.status).toBe(200);
    expect(errorText(missing.body)).toContain('999999999');
    const none = await api.get('/v2/audio');
    expect(none.status).toBe(400);
    expect(errorText(none.body)).toContain('id');
  });

  it('GET /v2/audio/genres, /instruments and /moods list the vocabularies, with basic auth too', async () => {
    const client = api.app.sandbox.apiClient();
    for (const list of ['genres', 'instruments', 'moods']) {
      const { status, body } = await api.get(`/v2/audio/${list}`);
      expect(status).toBe(200);
      expect((field(body, 'data') as unknown[]).length).toBeGreaterThan(20);
      const basic = await api.get(`/v2/audio/${list}?language=en`, {
        basic: [client.client_id, client.client_secret],
      });
      expect(basic.status).toBe(200);
    }
    expect((await api.get('/v2/audio/genres', 'none')).status).toBe(401);
  });

  it('audio collections: create, add tracks, list items, rename, remove, delete', async () => {
    const name = `contract audio ${randomUUID().slice(0, 8)}`;
    const created = await api.send('POST', '/v2/audio/collections', { body: { name } });
    expect(created.status).toBe(201);
    const id = String(field(created.body, 'id'));
    const items = { items: ids.map((itemId) => ({ id: itemId, media_type: 'audio' })) };
    expect(
      (await api.send('POST', `/v2/audio/collections/${id}/items`, { body: items })).status,
    ).toBe(204);
    const unknown = await api.send('POST', `/v2/audio/collections/${id}/items`, {
      body: { items: [{ id: '999999999' }] },
    });
    expect(unknown.status).toBe(400);
    expect(errorText(unknown.body)).toContain('items[0].id');

    const listed = await api.get(`/v2/audio/collections/${id}/items?sort=oldest`);
    expect(listed.status).toBe(200);
    expect(idsOf(listed.body)).toEqual(ids);
    for (const item of dataOf(listed.body)) expect(item.media_type).toBe('audio');

    const details = await api.get(`/v2/audio/collections/${id}?embed=share_code`);
    expect(details.status).toBe(200);
    expect(field(details.body, 'total_item_count')).toBe(3);
    const list = await api.get('/v2/audio/collections?per_page=150');
    expect(list.status).toBe(200);
    expect(idsOf(list.body)).toContain(id);
    // An audio collection is not an image collection.
    expect((await api.get(`/v2/images/collections/${id}`)).status).toBe(404);

    const renamed = await api.send('POST', `/v2/audio/collections/${id}`, {
      body: { name: `${name} renamed` },
    });
    expect(renamed.status).toBe(204);
    const removed = await api.send('DELETE', `/v2/audio/collections/${id}/items?item_id=${ids[0]}`);
    expect(removed.status).toBe(204);
    const after = await api.get(`/v2/audio/collections/${id}/items`);
    expect(idsOf(after.body)).toEqual(ids.slice(1));
    expect((await api.send('DELETE', `/v2/audio/collections/${id}`)).status).toBe(204);
    expect((await api.get(`/v2/audio/collections/${id}`)).status).toBe(404);
  });

  it('states media URLs that answer without credentials: MP3, OGG, waveform, seekable', async () => {
    const { body } = await api.get(`/v2/audio/${ids[0]}?view=minimal`);
    const assets = field(body, 'assets');
    const types: Record<string, string> = {
      preview_mp3: 'audio/mpeg',
      preview_ogg: 'audio/ogg',
      waveform: 'image/png',
    };
    for (const [name, type] of Object.entries(types)) {
      const url = String(field(field(assets, name), 'url'));
      const path = new URL(url).pathname;
      const response = await api.app.inject({ url: path });
      expect(response.statusCode, name).toBe(200);
      expect(response.headers['content-type'], name).toBe(type);
      expect(response.headers['cache-control'], name).toMatch(/max-age=31536000/);
      const head = await api.app.inject({ method: 'HEAD', url: path });
      expect(head.statusCode, name).toBe(200);
      const range = await api.app.inject({ url: path, headers: { range: 'bytes=0-9' } });
      expect(range.statusCode, name).toBe(206);
      expect(range.rawPayload).toHaveLength(10);
    }
  });

  it('catalog collections take tracks', async () => {
    const created = await api.send('POST', '/v2/catalog/collections', {
      body: {
        name: `contract catalog audio ${randomUUID().slice(0, 8)}`,
        items: ids.map((id) => ({ asset: { type: 'audio', id } })),
      },
    });
    expect(created.status).toBe(201);
    const unknown = await api.send('POST', '/v2/catalog/collections', {
      body: {
        name: 'contract unknown track',
        items: [{ asset: { type: 'audio', id: '999999999' } }],
      },
    });
    expect(unknown.status).toBe(400);
    const found = await api.get(
      `/v2/catalog/search?${qs({ collection_id: String(field(created.body, 'id')), asset_type: 'audio' })}`,
    );
    expect(found.status).toBe(200);
    expect(dataOf(found.body)).toHaveLength(3);
  });
});
