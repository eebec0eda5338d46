// Sound effects against the vendor document: search (every parameter, filters, bad input),
// one sound effect and several.
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

const search = (params: QueryParams) => `/v2/sfx/search?${qs(params)}`;

describeContract('contract: sound effects', () => {
  const api = useContractClient(import.meta.filename);
  let ids: string[] = [];

  beforeAll(async () => {
    ids = idsOf((await api.get(search({ per_page: 3, sort: 'newest' }))).body);
    expect(ids).toHaveLength(3);
  });

  it('GET /v2/sfx/search answers sound effects in both views, filtered', async () => {
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(
        search({ query: 'impact', duration_from: 1, duration_to: 4, view, per_page: 10 }),
      );
      expect(status).toBe(200);
      const effects = dataOf(body);
      expect(effects.length).toBeGreaterThan(0);
      for (const effect of effects) {
        expect(effect.media_type).toBe('sfx');
        expect(Number(effect.duration)).toBeLessThanOrEqual(4);
      }
    }
  });

  itDocumented(
    'GET /v2/sfx/search accepts every parameter the document lists, with every value its enum allows',
    async () => {
      const samples: Record<string, string> = { query: 'rain' };
      const formats = { date: '2024-01-01' };
      const refused: string[] = [];
      for (const [name, schema] of vendor().operations.find((o) => o.operationId === 'searchSFX')
        ?.parameters ?? []) {
        const values = samples[name] ? [samples[name]] : allowedValues(schema, formats);
        for (const value of values) {
          const { status } = await api.get(search({ [name]: value, per_page: 1 }));
          if (status !== 200) refused.push(`${name}=${value} → ${status}`);
        }
      }
      expect(refused).toEqual([]);
    },
  );

  it.each([
    { params: { duration_from: 10, duration_to: 2 }, names: 'duration_to' },
    { params: { added_date_start: 'last week' }, names: 'added_date_start' },
    { params: { sort: 'loudest' }, names: 'sort' },
    { params: { per_page: 0 }, names: 'per_page' },
    { params: { view: 'huge' }, names: 'view' },
    { params: { safe: 'maybe' }, names: 'safe' },
  ])('GET /v2/sfx/search: $names bad → 400 naming it', async ({ params, names }) => {
    const { status, body } = await api.get(search(params));
    expect(status).toBe(400);
    expect(errorText(body)).toContain(names);
  });

  it('GET /v2/sfx/{id} answers one sound effect; 400 malformed, 404 unknown', async () => {
    for (const view of ['minimal', 'full']) {
      const { status, body } = await api.get(`/v2/sfx/${ids[0]}?view=${view}`);
      expect(status).toBe(200);
      expect(field(body, 'id')).toBe(ids[0]);
    }
    const bad = await api.get('/v2/sfx/abc');
    expect(bad.status).toBe(400);
    expect(errorText(bad.body)).toContain('id');
    expect((await api.get('/v2/sfx/999999999')).status).toBe(404);
  });

  it('GET /v2/sfx?id=… answers several sound effects; no id is 400', async () => {
    const { status, body } = await api.get(`/v2/sfx?${qs({ id: ids, view: 'full' })}`);
    expect(status).toBe(200);
    expect(idsOf(body)).toEqual(ids);
    const none = await api.get('/v2/sfx');
    expect(none.status).toBe(400);
    expect(errorText(none.body)).toContain('id');
  });
});
