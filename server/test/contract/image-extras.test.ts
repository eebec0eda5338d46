// Contributors' profiles and the image extras (updated, recommendations, bulk search,
// keywords from text) against the vendor document, good and bad input.
import { beforeAll, expect, it } from 'vitest';
import {
  dataOf,
  describeContract,
  errorText,
  field,
  idsOf,
  qs,
  useContractClient,
} from './harness';

describeContract('contract: contributors and image extras', () => {
  const api = useContractClient(import.meta.filename);
  let ids: string[] = [];
  let contributors: string[] = [];

  beforeAll(async () => {
    const { body } = await api.get('/v2/images/search?query=dog&per_page=3');
    ids = idsOf(body);
    contributors = dataOf(body).map((image) => String(field(image.contributor, 'id')));
  });

  it('GET /v2/contributors/{id}: a profile; unknown 404', async () => {
    const { status, body } = await api.get(`/v2/contributors/${contributors[0]}`);
    expect(status).toBe(200);
    expect(field(body, 'id')).toBe(contributors[0]);
    expect(field(body, 'display_name')).toEqual(expect.any(String));
    expect((await api.get('/v2/contributors/1')).status).toBe(404);
  });

  it('GET /v2/contributors?id=…: several; unknown ones named in errors; id required', async () => {
    const { status, body } = await api.get(
      `/v2/contributors?${qs({ id: [...contributors, '1'] })}`,
    );
    expect(status).toBe(200);
    expect(idsOf(body).sort()).toEqual([...new Set(contributors)].sort());
    expect(errorText(body)).toContain('1');
    const none = await api.get('/v2/contributors');
    expect(none.status).toBe(400);
    expect(errorText(none.body)).toContain('id');
  });

  it('GET /v2/images/updated: interval, dates, types, sort; bad input 400', async () => {
    expect((await api.get('/v2/images/updated')).status).toBe(200);
    const { status, body } = await api.get(
      `/v2/images/updated?${qs({ start_date: '2026-10-01', end_date: '2026-10-03', type: ['addition', 'edit'], sort: 'oldest', per_page: 50 })}`,
    );
    expect(status).toBe(200);
    expect(dataOf(body)).toHaveLength(50);
    for (const [params, name] of [
      [{ interval: 'forever' }, 'interval'],
      [{ interval: '1 HOUR', start_date: '2026-10-01' }, 'interval'],
      [{ start_date: '2026-10-01', end_date: '2026-10-09' }, 'end_date'],
      [{ type: 'removal' }, 'type'],
      [{ per_page: 2001 }, 'per_page'],
    ] as const) {
      const bad = await api.get(`/v2/images/updated?${qs(params)}`);
      expect(bad.status, JSON.stringify(params)).toBe(400);
      expect(errorText(bad.body)).toContain(name);
    }
  });

  it('GET /v2/images/recommendations: related images, never the inputs; id required', async () => {
    const { status, body } = await api.get(
      `/v2/images/recommendations?${qs({ id: ids, max_items: 10 })}`,
    );
    expect(status).toBe(200);
    const recommended = idsOf(body);
    expect(recommended).toHaveLength(10);
    expect(recommended.some((id) => ids.includes(id))).toBe(false);
    for (const url of [
      '/v2/images/recommendations',
      `/v2/images/recommendations?id=${ids[0]}&max_items=501`,
    ]) {
      const bad = await api.get(url);
      expect(bad.status).toBe(400);
    }
  });

  it('POST /v2/bulk_search/images: one result per search; over 5 searches or per_page over 20 → 400', async () => {
    const { status, body } = await api.send('POST', '/v2/bulk_search/images?per_page=5', {
      body: [
        { query: 'cat', license: ['editorial'] },
        { query: 'dog', orientation: 'horizontal' },
      ],
    });
    expect(status).toBe(200);
    const results = field(body, 'results');
    expect(Array.isArray(results) && results.length).toBe(2);
    const tooMany = await api.send('POST', '/v2/bulk_search/images', {
      body: Array.from({ length: 6 }, () => ({ query: 'cat' })),
    });
    expect(tooMany.status).toBe(400);
    const tooBig = await api.send('POST', '/v2/bulk_search/images?per_page=21', {
      body: [{ query: 'cat' }],
    });
    expect(tooBig.status).toBe(400);
    expect(errorText(tooBig.body)).toContain('per_page');
  });

  it('POST /v2/images/search/suggestions: keywords from a text; no text → 400', async () => {
    const { status, body } = await api.send('POST', '/v2/images/search/suggestions', {
      body: { text: 'A golden retriever runs along the sandy beach at sunset.' },
    });
    expect(status).toBe(200);
    expect(field(body, 'keywords')).toContain('golden retriever');
    for (const bad of [{}, { text: '' }]) {
      const response = await api.send('POST', '/v2/images/search/suggestions', { body: bad });
      expect(response.status).toBe(400);
      expect(errorText(response.body)).toContain('text');
    }
  });
});
