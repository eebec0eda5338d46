// Single images, several images, categories, suggestions and similar images against the
// vendor document, good and bad input.
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

describeContract('contract: images', () => {
  const api = useContractClient(import.meta.filename);
  let ids: string[] = [];

  beforeAll(async () => {
    ids = idsOf((await api.get('/v2/images/search?per_page=3&sort=newest')).body);
    expect(ids).toHaveLength(3);
  });

  it('GET /v2/images/{id} answers the full view by default', async () => {
    const { status, body } = await api.get(`/v2/images/${ids[0]}`);
    expect(status).toBe(200);
    expect(field(body, 'id')).toBe(ids[0]);
    expect(field(body, 'media_type')).toBe('image');
    expect(body).toHaveProperty('keywords');
    expect(body).toHaveProperty('categories');
    expect(body).toHaveProperty('assets');
  });

  it('GET /v2/images/{id}?view=minimal answers the same image', async () => {
    const { status, body } = await api.get(`/v2/images/${ids[0]}?view=minimal`);
    expect(status).toBe(200);
    expect(field(body, 'id')).toBe(ids[0]);
  });

  it('GET /v2/images/{id}: a malformed id is 400 naming id, an unknown one 404', async () => {
    for (const bad of ['abc', '0', '12x']) {
      const { status, body } = await api.get(`/v2/images/${bad}`);
      expect(status, bad).toBe(400);
      expect(errorText(body)).toContain('id');
    }
    const missing = await api.get('/v2/images/999999999999');
    expect(missing.status).toBe(404);
  });

  it('GET /v2/images/{id}: a bad view is 400 naming view', async () => {
    const { status, body } = await api.get(`/v2/images/${ids[0]}?view=huge`);
    expect(status).toBe(400);
    expect(errorText(body)).toContain('view');
  });

  it('GET /v2/images?id=… answers several images, in both views', async () => {
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(`/v2/images?${qs({ id: ids, view })}`);
      expect(status).toBe(200);
      expect([...idsOf(body)].sort()).toEqual([...ids].sort());
    }
  });

  itDocumented('GET /v2/images answers the minimal view by default, as documented', async () => {
    const defaultView = vendor().parameter('getImageList', 'view').default;
    const { body } = await api.get(`/v2/images?${qs({ id: ids })}`);
    const { body: explicit } = await api.get(
      `/v2/images?${qs({ id: ids, view: String(defaultView) })}`,
    );
    expect(Object.keys(dataOf(body)[0] ?? {}).sort()).toEqual(
      Object.keys(dataOf(explicit)[0] ?? {}).sort(),
    );
    expect(dataOf(body)[0]).not.toHaveProperty('keywords');
  });

  itDocumented(
    'GET /v2/images: without id 400, a malformed id 400, over the documented maximum 400',
    async () => {
      const none = await api.get('/v2/images');
      expect(none.status).toBe(400);
      expect(errorText(none.body)).toContain('id');

      const malformed = await api.get(`/v2/images?${qs({ id: [ids[0] ?? '1', 'abc'] })}`);
      expect(malformed.status).toBe(400);
      expect(errorText(malformed.body)).toContain('id');

      const maxItems = Number(vendor().parameter('getImageList', 'id').maxItems);
      const tooMany = Array.from({ length: maxItems + 1 }, (_, i) => String(i + 1));
      const over = await api.get(`/v2/images?${qs({ id: tooMany })}`);
      expect(over.status).toBe(400);
      expect(errorText(over.body)).toContain('id');
    },
  );

  it('GET /v2/images with an unknown id among known ones answers the known ones', async () => {
    const { status, body } = await api.get(
      `/v2/images?${qs({ id: [ids[0] ?? '1', '999999999999'] })}`,
    );
    expect(status).toBe(200);
    expect(idsOf(body)).toEqual([ids[0]]);
  });

  it('GET /v2/images/categories lists categories with ids and names', async () => {
    const { status, body } = await api.get('/v2/images/categories');
    expect(status).toBe(200);
    const categories = dataOf(body);
    expect(categories.length).toBeGreaterThan(10);
    expect(categories).toContainEqual({ id: '1', name: 'Animals/Wildlife' });
  });

  it('GET /v2/images/search/suggestions suggests completions, up to limit', async () => {
    const { status, body } = await api.get('/v2/images/search/suggestions?query=sun&limit=5');
    expect(status).toBe(200);
    const data = field(body, 'data');
    expect(Array.isArray(data)).toBe(true);
    const suggestions = Array.isArray(data) ? data.map(String) : [];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    for (const s of suggestions) expect(s.toLowerCase()).toContain('sun');
  });

  itDocumented(
    'GET /v2/images/search/suggestions answers at most the documented default limit',
    async () => {
      const limit = Number(vendor().parameter('getImageSuggestions', 'limit').default);
      const { body } = await api.get('/v2/images/search/suggestions?query=s');
      const data = field(body, 'data');
      expect(Array.isArray(data) && data.length > 0 && data.length <= limit).toBe(true);
    },
  );

  itDocumented(
    'GET /v2/images/search/suggestions: missing query or limit out of range is 400 naming it',
    async () => {
      const missing = await api.get('/v2/images/search/suggestions');
      expect(missing.status).toBe(400);
      expect(errorText(missing.body)).toContain('query');
      const max = Number(vendor().parameter('getImageSuggestions', 'limit').maximum);
      for (const limit of [0, max + 1]) {
        const { status, body } = await api.get(
          `/v2/images/search/suggestions?query=sun&limit=${limit}`,
        );
        expect(status, String(limit)).toBe(400);
        expect(errorText(body)).toContain('limit');
      }
    },
  );

  it('GET /v2/images/{id}/similar answers other images, paged', async () => {
    const { status, body } = await api.get(`/v2/images/${ids[0]}/similar?per_page=5&view=full`);
    expect(status).toBe(200);
    const similar = idsOf(body);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(5);
    expect(similar).not.toContain(ids[0]);
    const page2 = await api.get(`/v2/images/${ids[0]}/similar?per_page=5&page=2`);
    expect(page2.status).toBe(200);
    expect(idsOf(page2.body).filter((id) => similar.includes(id))).toEqual([]);
  });

  itDocumented(
    'GET /v2/images/{id}/similar: malformed id 400, unknown 404, bad per_page 400',
    async () => {
      expect((await api.get('/v2/images/abc/similar')).status).toBe(400);
      expect((await api.get('/v2/images/999999999999/similar')).status).toBe(404);
      const perPage = vendor().parameter('listSimilarImages', 'per_page');
      for (const bad of [Number(perPage.maximum) + 1, Number(perPage.minimum) - 1]) {
        const { status, body } = await api.get(`/v2/images/${ids[0]}/similar?per_page=${bad}`);
        expect(status, String(bad)).toBe(400);
        expect(errorText(body)).toContain('per_page');
      }
    },
  );
});
