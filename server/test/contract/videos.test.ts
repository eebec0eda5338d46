// Videos and editorial videos against the vendor document: search with every documented
// filter value, details, lists, similar, suggestions, updated, categories, featured video
// collections, and bad input. Every response is validated before it is used.
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

const SAMPLES: Record<string, string> = { date: '2020-01-01' };

describeContract('contract: videos', () => {
  const api = useContractClient(import.meta.filename);
  let ids: string[] = [];

  beforeAll(async () => {
    ids = idsOf((await api.get('/v2/videos/search?per_page=3&sort=newest')).body);
    expect(ids).toHaveLength(3);
  });

  itDocumented('GET /v2/videos/search answers the documented defaults', async () => {
    const { status, body } = await api.get('/v2/videos/search');
    expect(status).toBe(200);
    expect(dataOf(body)).toHaveLength(
      Number(vendor().parameter('searchVideos', 'per_page').default),
    );
    expect(field(body, 'page')).toBe(1);
    expect(typeof field(body, 'search_id')).toBe('string');
  });

  itDocumented(
    'GET /v2/videos/search takes every documented value of every enumerated parameter',
    async () => {
      const operation = vendor().operations.find((o) => o.operationId === 'searchVideos');
      expect(operation).toBeDefined();
      for (const [name, schema] of operation?.parameters ?? []) {
        if (['page', 'per_page', 'contributor', 'model', 'contributor_country'].includes(name))
          continue;
        for (const value of allowedValues(schema, SAMPLES)) {
          const params: QueryParams = {
            [name]: name === 'category' ? '1' : value,
            per_page: 3,
            view: 'full',
          };
          const { status, body } = await api.get(`/v2/videos/search?${qs(params)}`);
          expect(status, `${name}=${value}: ${JSON.stringify(body).slice(0, 200)}`).toBe(200);
        }
      }
    },
  );

  it('GET /v2/videos/search with filters combined, in both views, and paging', async () => {
    const params = {
      query: 'city',
      resolution: 'high_definition',
      aspect_ratio: '16_9',
      duration_from: 5,
      duration_to: 40,
      fps_from: 23,
      fps_to: 31,
      sort: 'relevance',
      per_page: 10,
      page: 2,
    };
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(`/v2/videos/search?${qs({ ...params, view })}`);
      expect(status).toBe(200);
      expect(field(body, 'page')).toBe(2);
      for (const video of dataOf(body)) expect(field(video, 'aspect_ratio')).toBe('16:9');
    }
  });

  itDocumented('GET /v2/videos/search: bad input is 400 naming the parameter', async () => {
    const max = Number(vendor().parameter('searchVideos', 'per_page').maximum);
    for (const [params, name] of [
      [{ per_page: max + 1 }, 'per_page'],
      [{ page: 0 }, 'page'],
      [{ resolution: 'huge' }, 'resolution'],
      [{ aspect_ratio: '11' }, 'aspect_ratio'],
      [{ people_age: 'ancient' }, 'people_age'],
      [{ duration_from: 40, duration_to: 10 }, 'duration_from'],
      [{ category: 'Not a category' }, 'category'],
      [{ added_date_start: '2020-13-45' }, 'added_date_start'],
    ] as const) {
      const { status, body } = await api.get(`/v2/videos/search?${qs(params)}`);
      expect(status, name).toBe(400);
      expect(errorText(body)).toContain(name);
    }
  });

  it('GET /v2/videos/search works with basic auth (the API client)', async () => {
    const client = api.app.sandbox.apiClient();
    const { status } = await api.get('/v2/videos/search?per_page=1', {
      basic: [client.client_id, client.client_secret],
    });
    expect(status).toBe(200);
    expect((await api.get('/v2/videos/search', 'none')).status).toBe(401);
  });

  it('GET /v2/videos/{id} in both views; malformed 400, unknown 404', async () => {
    const full = await api.get(`/v2/videos/${ids[0]}`);
    expect(full.status).toBe(200);
    expect(field(full.body, 'media_type')).toBe('video');
    expect(full.body).toHaveProperty('keywords');
    const minimal = await api.get(`/v2/videos/${ids[0]}?view=minimal`);
    expect(minimal.body).not.toHaveProperty('keywords');
    expect((await api.get('/v2/videos/abc')).status).toBe(400);
    expect((await api.get('/v2/videos/999999999999')).status).toBe(404);
    expect((await api.get(`/v2/videos/${ids[0]}?view=huge`)).status).toBe(400);
  });

  itDocumented('GET /v2/videos?id=… answers several videos; too many or none is 400', async () => {
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(`/v2/videos?${qs({ id: ids, view })}`);
      expect(status).toBe(200);
      expect([...idsOf(body)].sort()).toEqual([...ids].sort());
    }
    const partial = await api.get(`/v2/videos?${qs({ id: [ids[0] ?? '1', '999999999999'] })}`);
    expect(partial.status).toBe(200);
    expect(idsOf(partial.body)).toEqual([ids[0]]);
    expect((await api.get('/v2/videos')).status).toBe(400);
    const maxItems = Number(vendor().parameter('getVideoList', 'id').maxItems);
    const over = await api.get(
      `/v2/videos?${qs({ id: Array.from({ length: maxItems + 1 }, (_, i) => String(i + 1)) })}`,
    );
    expect(over.status).toBe(400);
    expect(errorText(over.body)).toContain('id');
  });

  itDocumented('GET /v2/videos/{id}/similar, paged; unknown 404, bad per_page 400', async () => {
    const { status, body } = await api.get(`/v2/videos/${ids[0]}/similar?per_page=5&view=full`);
    expect(status).toBe(200);
    expect(idsOf(body)).not.toContain(ids[0]);
    expect((await api.get('/v2/videos/999999999999/similar')).status).toBe(404);
    const max = Number(vendor().parameter('findSimilarVideos', 'per_page').maximum);
    expect((await api.get(`/v2/videos/${ids[0]}/similar?per_page=${max + 1}`)).status).toBe(400);
  });

  itDocumented('GET /v2/videos/search/suggestions; missing query or bad limit 400', async () => {
    const { status, body } = await api.get('/v2/videos/search/suggestions?query=ci&limit=5');
    expect(status).toBe(200);
    const data = field(body, 'data');
    expect(Array.isArray(data) && data.length > 0 && data.length <= 5).toBe(true);
    expect((await api.get('/v2/videos/search/suggestions')).status).toBe(400);
    const max = Number(vendor().parameter('getVideoSuggestions', 'limit').maximum);
    expect((await api.get(`/v2/videos/search/suggestions?query=ci&limit=${max + 1}`)).status).toBe(
      400,
    );
  });

  it('GET /v2/videos/updated by interval or dates, sorted; bad interval 400', async () => {
    for (const params of [
      {},
      { interval: '6 HOUR', sort: 'oldest' },
      { start_date: '2026-01-01', end_date: '2026-01-02' },
    ]) {
      const { status, body } = await api.get(`/v2/videos/updated?${qs(params)}`);
      expect(status).toBe(200);
      expect(dataOf(body).length).toBeGreaterThan(0);
    }
    const bad = await api.get('/v2/videos/updated?interval=forever');
    expect(bad.status).toBe(400);
    expect(errorText(bad.body)).toContain('interval');
  });

  it('GET /v2/videos/categories lists ids and names', async () => {
    const { status, body } = await api.get('/v2/videos/categories');
    expect(status).toBe(200);
    expect(dataOf(body)).toContainEqual({ id: '1', name: 'Animals/Wildlife' });
  });

  it('GET /v2/videos/collections/featured, one, its items; unknown 404', async () => {
    const list = await api.get('/v2/videos/collections/featured?embed=share_url');
    expect(list.status).toBe(200);
    const [first] = idsOf(list.body);
    expect(first).toBeDefined();
    expect((await api.get(`/v2/videos/collections/featured/${first}`)).status).toBe(200);
    const items = await api.get(`/v2/videos/collections/featured/${first}/items?per_page=5`);
    expect(items.status).toBe(200);
    expect(dataOf(items.body).every((item) => item.media_type === 'video')).toBe(true);
    expect((await api.get('/v2/videos/collections/featured/123')).status).toBe(404);
    expect((await api.get('/v2/videos/collections/featured/123/items')).status).toBe(404);
  });
});

describeContract('contract: editorial videos', () => {
  const api = useContractClient(import.meta.filename);

  itDocumented(
    'GET /v2/editorial/videos/search with every documented filter and cursor paging',
    async () => {
      const first = await api.get('/v2/editorial/videos/search?country=USA&per_page=5');
      expect(first.status).toBe(200);
      expect(dataOf(first.body)).toHaveLength(5);
      const next = String(field(first.body, 'next'));
      const second = await api.get(
        `/v2/editorial/videos/search?country=USA&per_page=5&cursor=${next}`,
      );
      expect(second.status).toBe(200);
      const operation = vendor().operations.find((o) => o.operationId === 'searchEditorialVideos');
      for (const [name, schema] of operation?.parameters ?? []) {
        if (['country', 'cursor', 'per_page'].includes(name)) continue;
        const values =
          name === 'category'
            ? ['Sport']
            : name === 'supplier_code'
              ? ['SHT']
              : allowedValues(schema, SAMPLES);
        for (const value of values) {
          const { status, body } = await api.get(
            `/v2/editorial/videos/search?${qs({ country: 'gbr', [name]: value })}`,
          );
          expect(status, `${name}=${value}: ${JSON.stringify(body).slice(0, 200)}`).toBe(200);
        }
      }
    },
  );

  itDocumented('GET /v2/editorial/videos/search: country required, bad values 400', async () => {
    for (const [params, name] of [
      [{}, 'country'],
      [{ country: 'United States' }, 'country'],
      [
        {
          country: 'USA',
          per_page: Number(vendor().parameter('searchEditorialVideos', 'per_page').maximum) + 1,
        },
        'per_page',
      ],
      [{ country: 'USA', sort: 'popular' }, 'sort'],
      [{ country: 'USA', cursor: '%%%' }, 'cursor'],
    ] as const) {
      const { status, body } = await api.get(`/v2/editorial/videos/search?${qs(params)}`);
      expect(status, name).toBe(400);
      expect(errorText(body)).toContain(name);
    }
  });

  it('GET /v2/editorial/videos/{id} with country; without 400, unknown 404', async () => {
    const [id] = idsOf((await api.get('/v2/editorial/videos/search?country=USA&per_page=1')).body);
    const { status, body } = await api.get(`/v2/editorial/videos/${id}?country=USA`);
    expect(status).toBe(200);
    expect(field(body, 'id')).toBe(id);
    expect((await api.get(`/v2/editorial/videos/${id}`)).status).toBe(400);
    expect((await api.get('/v2/editorial/videos/1z?country=USA')).status).toBe(404);
  });

  it('GET /v2/editorial/videos/categories lists names', async () => {
    const { status, body } = await api.get('/v2/editorial/videos/categories');
    expect(status).toBe(200);
    expect(dataOf(body).map((c) => c.name)).toContain('News');
  });
});

describeContract('contract: video collections', () => {
  const api = useContractClient(import.meta.filename);
  let videos: string[] = [];

  beforeAll(async () => {
    videos = idsOf((await api.get('/v2/videos/search?query=ocean&per_page=4')).body);
    expect(videos).toHaveLength(4);
  });

  it('create 201, rename 204, details, list, add/list/remove items, delete 204', async () => {
    const created = await api.send('POST', '/v2/videos/collections', {
      body: { name: 'Contract reel' },
    });
    expect(created.status).toBe(201);
    const id = String(field(created.body, 'id'));
    expect(
      (
        await api.send('POST', `/v2/videos/collections/${id}`, {
          body: { name: 'Contract reel 2' },
        })
      ).status,
    ).toBe(204);
    const added = await api.send('POST', `/v2/videos/collections/${id}/items`, {
      body: { items: videos.map((video) => ({ id: video })) },
    });
    expect(added.status).toBe(204);
    const details = await api.get(
      `/v2/videos/collections/${id}?${qs({ embed: ['share_code', 'share_url'] })}`,
    );
    expect(details.status).toBe(200);
    expect(field(details.body, 'total_item_count')).toBe(4);
    expect(field(field(details.body, 'cover_item'), 'media_type')).toBe('video');
    const items = await api.get(`/v2/videos/collections/${id}/items?sort=newest`);
    expect(items.status).toBe(200);
    expect([...idsOf(items.body)].sort()).toEqual([...videos].sort());
    const list = await api.get('/v2/videos/collections?per_page=150');
    expect(idsOf(list.body)).toContain(id);
    expect(idsOf((await api.get('/v2/images/collections?per_page=150')).body)).not.toContain(id);
    const removed = await api.send(
      'DELETE',
      `/v2/videos/collections/${id}/items?${qs({ item_id: [videos[0] ?? ''] })}`,
    );
    expect(removed.status).toBe(204);
    expect(idsOf((await api.get(`/v2/videos/collections/${id}/items`)).body)).toHaveLength(3);
    expect((await api.send('DELETE', `/v2/videos/collections/${id}`)).status).toBe(204);
    expect((await api.get(`/v2/videos/collections/${id}`)).status).toBe(404);
  });

  it('refuses unknown videos (400 naming the item) and image ids; unknown collection 404', async () => {
    const created = await api.send('POST', '/v2/videos/collections', {
      body: { name: 'Contract bad items' },
    });
    const id = String(field(created.body, 'id'));
    const bad = await api.send('POST', `/v2/videos/collections/${id}/items`, {
      body: { items: [{ id: videos[0] }, { id: '999999999999' }] },
    });
    expect(bad.status).toBe(400);
    expect(errorText(bad.body)).toContain('items[1]');
    expect(idsOf((await api.get(`/v2/videos/collections/${id}/items`)).body)).toEqual([]);
    expect((await api.get('/v2/videos/collections/999999999')).status).toBe(404);
    await api.send('DELETE', `/v2/videos/collections/${id}`);
  });

  it('catalog collections take video assets', async () => {
    const created = await api.send('POST', '/v2/catalog/collections', {
      body: { name: 'Contract catalog reel', items: [{ asset: { type: 'video', id: videos[1] } }] },
    });
    expect(created.status).toBe(201);
  });
});
