// Editorial images and live feeds against the vendor document, under /v2/editorial/images
// and the older /v2/editorial paths: good answers, and bad input (country missing above all).
import { beforeAll, expect, it } from 'vitest';
import {
  dataOf,
  describeContract,
  errorText,
  field,
  idsOf,
  qs,
  useContractClient,
  type QueryParams,
} from './harness';

describeContract('contract: editorial images', () => {
  const api = useContractClient(import.meta.filename);
  let ids: string[] = [];
  let feedId = '';

  beforeAll(async () => {
    ids = idsOf(
      (await api.get('/v2/editorial/images/search?country=USA&per_page=3&sort=newest')).body,
    );
    expect(ids).toHaveLength(3);
    feedId = String(
      field(dataOf((await api.get('/v2/editorial/images/livefeeds?country=USA')).body)[0], 'id'),
    );
  });

  const searchOf = (base: string, params: QueryParams) => `${base}/search?${qs(params)}`;

  for (const base of ['/v2/editorial/images', '/v2/editorial']) {
    it(`GET ${base}/search: query, filters, sorts and cursor paging`, async () => {
      const first = await api.get(
        searchOf(base, {
          country: 'USA',
          query: 'fans',
          per_page: 5,
          category: 'Sport',
          sort: 'newest',
        }),
      );
      expect(first.status).toBe(200);
      expect(Number(field(first.body, 'total_count'))).toBeGreaterThan(5);
      const next = String(field(first.body, 'next'));
      expect(next).not.toBe('');
      expect(field(first.body, 'prev')).toBe('');
      const second = await api.get(
        searchOf(base, {
          country: 'USA',
          query: 'fans',
          per_page: 5,
          category: 'Sport',
          sort: 'newest',
          cursor: next,
        }),
      );
      expect(second.status).toBe(200);
      expect(idsOf(second.body).some((id) => idsOf(first.body).includes(id))).toBe(false);
      expect(String(field(second.body, 'prev'))).not.toBe('');
      for (const sort of ['relevant', 'oldest']) {
        const { status } = await api.get(
          searchOf(base, {
            country: 'gbr',
            supplier_code: 'NWP',
            date_start: '2015-01-01',
            date_end: '2024-12-31',
            sort,
          }),
        );
        expect(status).toBe(200);
      }
    });

    it(`GET ${base}/search: country missing, bad sort, per_page over 50, a bad cursor or category → 400`, async () => {
      const cases: [QueryParams, string][] = [
        [{ query: 'fans' }, 'country'],
        [{ country: 'US' }, 'country'],
        [{ country: 'USA', sort: 'popular' }, 'sort'],
        [{ country: 'USA', per_page: 51 }, 'per_page'],
        [{ country: 'USA', cursor: 'nonsense' }, 'cursor'],
        [{ country: 'USA', category: 'Nope' }, 'category'],
        [{ country: 'USA', date_start: '2020-13-01' }, 'date_start'],
      ];
      for (const [params, name] of cases) {
        const { status, body } = await api.get(searchOf(base, params));
        expect(status, JSON.stringify(params)).toBe(400);
        expect(errorText(body)).toContain(name);
      }
    });

    it(`GET ${base}/{id}: details, country required, unknown 404`, async () => {
      const { status, body } = await api.get(`${base}/${ids[0]}?country=USA`);
      expect(status).toBe(200);
      expect(field(body, 'id')).toBe(ids[0]);
      const missing = await api.get(`${base}/${ids[0]}`);
      expect(missing.status).toBe(400);
      expect(errorText(missing.body)).toContain('country');
      expect((await api.get(`${base}/1234567z?country=USA`)).status).toBe(404);
    });

    it(`GET ${base}/categories and ${base}/updated`, async () => {
      expect(dataOf((await api.get(`${base}/categories`)).body).length).toBeGreaterThan(10);
      const params = {
        country: 'USA',
        date_updated_start: '2026-01-01T00:00:00Z',
        date_updated_end: '2026-12-01T00:00:00Z',
        per_page: 100,
      };
      for (const type of ['addition', 'edit']) {
        const { status, body } = await api.get(`${base}/updated?${qs({ ...params, type })}`);
        expect(status).toBe(200);
        expect(dataOf(body).length).toBeGreaterThan(0);
      }
      const bad = await api.get(
        `${base}/updated?${qs({ ...params, type: 'addition', per_page: 50 })}`,
      );
      expect(bad.status).toBe(400);
      expect(errorText(bad.body)).toContain('per_page');
      const noCountry = await api.get(
        `${base}/updated?${qs({ ...params, type: 'edit', country: undefined })}`,
      );
      expect(noCountry.status).toBe(400);
      expect(errorText(noCountry.body)).toContain('country');
      const badTime = await api.get(
        `${base}/updated?${qs({ ...params, type: 'edit', date_updated_start: 'yesterday' })}`,
      );
      expect(badTime.status).toBe(400);
      expect(errorText(badTime.body)).toContain('date_updated_start');
    });

    it(`GET ${base}/livefeeds, one feed and its items; country required; unknown 404`, async () => {
      const list = await api.get(`${base}/livefeeds?country=USA&per_page=5`);
      expect(list.status).toBe(200);
      expect(dataOf(list.body)).toHaveLength(5);
      const encoded = encodeURIComponent(feedId);
      const feed = await api.get(`${base}/livefeeds/${encoded}?country=USA`);
      expect(feed.status).toBe(200);
      expect(field(feed.body, 'id')).toBe(feedId);
      const items = await api.get(`${base}/livefeeds/${encoded}/items?country=USA`);
      expect(items.status).toBe(200);
      expect(dataOf(items.body)).toHaveLength(Number(field(feed.body, 'total_item_count')));
      for (const url of [
        `${base}/livefeeds`,
        `${base}/livefeeds/${encoded}`,
        `${base}/livefeeds/${encoded}/items`,
      ]) {
        const { status, body } = await api.get(url);
        expect(status, url).toBe(400);
        expect(errorText(body)).toContain('country');
      }
      expect((await api.get(`${base}/livefeeds/nope?country=USA`)).status).toBe(404);
    });
  }
});
