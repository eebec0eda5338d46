// GET /v2/images/search against the vendor document: every filter, sort, paging, views,
// spellcheck, and bad input. Every response is validated by the client before it is used.
import { expect, it } from 'vitest';
import {
  allowedValues,
  contract,
  dataOf,
  describeContract,
  errorText,
  field,
  idsOf,
  qs,
  useContractClient,
  vendor,
  type Json,
  type QueryParams,
  itDocumented,
} from './harness';

const search = (params: QueryParams) => `/v2/images/search?${qs(params)}`;
const text = (image: Json) =>
  `${String(image.description ?? '')} ${JSON.stringify(image.keywords ?? [])}`.toLowerCase();
const categoryIds = (image: Json) =>
  Array.isArray(image.categories) ? image.categories.map((c) => String(field(c, 'id'))) : [];
const aspectOf = (image: Json) => Number(image.aspect);
const originalOf = (image: Json) => {
  const huge = field(image.assets, 'huge_jpg');
  return { width: Number(field(huge, 'width')), height: Number(field(huge, 'height')) };
};

describeContract('contract: GET /v2/images/search', () => {
  const api = useContractClient(import.meta.filename);

  async function results(params: QueryParams): Promise<{ body: unknown; images: Json[] }> {
    const { status, body } = await api.get(search({ view: 'full', per_page: 50, ...params }));
    expect(status, JSON.stringify(body)).toBe(200);
    return { body, images: dataOf(body) };
  }

  itDocumented('answers without parameters with the documented shape and defaults', async () => {
    const { status, body } = await api.get('/v2/images/search');
    expect(status).toBe(200);
    const perPageDefault = vendor().parameter('searchImages', 'per_page').default;
    expect(dataOf(body)).toHaveLength(Number(perPageDefault));
    expect(field(body, 'page')).toBe(1);
    expect(Number(field(body, 'total_count'))).toBeGreaterThan(0);
  });

  it('matches the query in descriptions or keywords', async () => {
    const { images } = await results({ query: 'beach', sort: 'relevance' });
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(text(image)).toContain('beach');
  });

  it('finds nothing for a word the catalog does not have, with a valid empty body', async () => {
    const { body, images } = await results({ query: 'zzqxjvv', spellcheck_query: false });
    expect(images).toEqual([]);
    expect(field(body, 'total_count')).toBe(0);
  });

  it('corrects a misspelled query, says so in spellcheck_info, and finds the corrected term', async () => {
    const { body, images } = await results({ query: 'mountian' });
    expect(JSON.stringify(field(body, 'spellcheck_info'))).toContain('mountain');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(text(image)).toContain('mountain');
  });

  it('leaves a well-spelled query alone, and spellcheck_query=false keeps the literal query', async () => {
    const wellSpelled = await results({ query: 'mountain' });
    expect(JSON.stringify(field(wellSpelled.body, 'spellcheck_info'))).not.toContain('mountain');
    const literal = await results({ query: 'mountian', spellcheck_query: false });
    expect(literal.images).toEqual([]);
  });

  const filters: { name: string; params: QueryParams; check: (image: Json) => void }[] = [
    {
      name: 'image_type=photo',
      params: { image_type: 'photo' },
      check: (i) => expect(i.image_type).toBe('photo'),
    },
    {
      name: 'image_type=illustration&image_type=vector',
      params: { image_type: ['illustration', 'vector'] },
      check: (i) => expect(['illustration', 'vector']).toContain(i.image_type),
    },
    {
      name: 'orientation=horizontal',
      params: { orientation: 'horizontal' },
      check: (i) => expect(aspectOf(i)).toBeGreaterThan(1),
    },
    {
      name: 'orientation=vertical',
      params: { orientation: 'vertical' },
      check: (i) => expect(aspectOf(i)).toBeLessThan(1),
    },
    {
      name: 'category by id',
      params: { category: '1' },
      check: (i) => expect(categoryIds(i)).toContain('1'),
    },
    {
      name: 'category by name',
      params: { category: 'Nature' },
      check: (i) => expect(categoryIds(i)).toContain('12'),
    },
    {
      name: 'license=editorial',
      params: { license: 'editorial' },
      check: (i) => expect(i.is_editorial).toBe(true),
    },
    {
      name: 'license=commercial',
      params: { license: 'commercial' },
      check: (i) => expect(i.is_editorial).not.toBe(true),
    },
    {
      name: 'people_model_released=true',
      params: { people_model_released: true },
      check: (i) => expect(i.has_model_release).toBe(true),
    },
    {
      name: 'aspect_ratio_min/max',
      params: { aspect_ratio_min: 1.2, aspect_ratio_max: 1.6 },
      check: (i) => {
        expect(aspectOf(i)).toBeGreaterThanOrEqual(1.19);
        expect(aspectOf(i)).toBeLessThanOrEqual(1.61);
      },
    },
    {
      name: 'added_date_start/end',
      params: { added_date_start: '2020-01-01', added_date_end: '2021-01-01' },
      check: (i) => {
        expect(String(i.added_date) >= '2020-01-01').toBe(true);
        expect(String(i.added_date) < '2021-01-01').toBe(true);
      },
    },
    {
      name: 'width_from/to (the original, huge_jpg)',
      params: { width_from: 3000, width_to: 5000 },
      check: (i) => {
        expect(originalOf(i).width).toBeGreaterThanOrEqual(3000);
        expect(originalOf(i).width).toBeLessThanOrEqual(5000);
      },
    },
    {
      name: 'height_from/to (the original, huge_jpg)',
      params: { height_from: 3000, height_to: 5000 },
      check: (i) => {
        expect(originalOf(i).height).toBeGreaterThanOrEqual(3000);
        expect(originalOf(i).height).toBeLessThanOrEqual(5000);
      },
    },
    {
      name: 'safe=false',
      params: { safe: false },
      check: (i) => expect(i.media_type).toBe('image'),
    },
  ];

  it.each(filters)('filters by $name', async ({ params, check }) => {
    const { images } = await results(params);
    expect(images.length).toBeGreaterThan(0);
    images.forEach(check);
  });

  it('filters by contributor and by added_date (values taken from a real image)', async () => {
    const [sample] = (await results({ per_page: 1 })).images;
    const contributor = String(field(sample?.contributor, 'id'));
    const byContributor = await results({ contributor });
    expect(byContributor.images.length).toBeGreaterThan(0);
    for (const image of byContributor.images)
      expect(field(image.contributor, 'id')).toBe(contributor);

    const addedDate = String(sample?.added_date);
    const byDate = await results({ added_date: addedDate });
    expect(byDate.images.length).toBeGreaterThan(0);
    for (const image of byDate.images) expect(image.added_date).toBe(addedDate);
  });

  it.each([
    { name: 'color (hex)', params: { color: '1E90FF' } },
    { name: 'color=grayscale', params: { color: 'grayscale' } },
    { name: 'people_number', params: { people_number: 1 } },
    { name: 'people_age', params: { people_age: '30s' } },
    { name: 'people_gender', params: { people_gender: 'female' } },
    { name: 'people_ethnicity', params: { people_ethnicity: ['caucasian', 'east_asian'] } },
    { name: 'keyword_safe_search=false', params: { keyword_safe_search: false } },
    { name: 'language=fr', params: { language: 'fr', query: 'chat' } },
  ])('accepts $name and narrows the catalog', async ({ params }) => {
    const all = Number(field((await results({})).body, 'total_count'));
    const { body } = await results(params);
    const count = Number(field(body, 'total_count'));
    expect(count).toBeGreaterThanOrEqual(0);
    expect(count).toBeLessThanOrEqual(all);
  });

  it('filters people attributes to fewer images than the whole catalog', async () => {
    const all = Number(field((await results({})).body, 'total_count'));
    const { body } = await results({ people_number: 2, people_gender: 'both' });
    expect(Number(field(body, 'total_count'))).toBeLessThan(all);
  });

  itDocumented('sorts by every documented sort order', async () => {
    const sorts = vendor().parameter('searchImages', 'sort').enum;
    expect(Array.isArray(sorts)).toBe(true);
    for (const sort of Array.isArray(sorts) ? sorts.map(String) : []) {
      const { images } = await results({ query: 'city', sort });
      expect(images.length, sort).toBeGreaterThan(0);
    }
  });

  it('sorts newest first by added_date', async () => {
    const dates = (await results({ sort: 'newest' })).images.map((i) => String(i.added_date));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages through results without overlap', async () => {
    const first = await api.get(search({ query: 'city', per_page: 5, page: 1 }));
    const second = await api.get(search({ query: 'city', per_page: 5, page: 2 }));
    expect(idsOf(first.body)).toHaveLength(5);
    expect(idsOf(second.body)).toHaveLength(5);
    expect(idsOf(first.body).filter((id) => idsOf(second.body).includes(id))).toEqual([]);
    expect(field(second.body, 'page')).toBe(2);
    expect(field(second.body, 'per_page')).toBe(5);
    expect(field(second.body, 'total_count')).toBe(field(first.body, 'total_count'));
  });

  itDocumented('accepts per_page at the documented maximum and minimum', async () => {
    const schema = vendor().parameter('searchImages', 'per_page');
    const max = await api.get(search({ per_page: Number(schema.maximum) }));
    expect(max.status).toBe(200);
    expect(dataOf(max.body)).toHaveLength(Number(schema.maximum));
    const min = await api.get(search({ per_page: Number(schema.minimum) }));
    expect(min.status).toBe(200);
  });

  it('answers view=minimal with less detail than view=full for the same images', async () => {
    const minimal = await api.get(search({ query: 'forest', per_page: 3, view: 'minimal' }));
    const full = await api.get(search({ query: 'forest', per_page: 3, view: 'full' }));
    expect(idsOf(minimal.body)).toEqual(idsOf(full.body));
    const [m] = dataOf(minimal.body);
    const [f] = dataOf(full.body);
    expect(Object.keys(m ?? {}).every((key) => key in (f ?? {}))).toBe(true);
    expect(f).toHaveProperty('keywords');
    expect(f).toHaveProperty('categories');
    expect(m).not.toHaveProperty('keywords');
  });

  itDocumented(
    'accepts every parameter the document lists, with every value its enum allows',
    async () => {
      const formats = {
        date: '2020-01-01',
        'country-code-2': 'US',
        'negated-country-code-2': 'NOT US',
        ipv4: '8.8.8.8',
      };
      // Free-form parameters whose valid values are catalog facts.
      const samples: Record<string, string> = {
        category: '1',
        color: '1E90FF',
        query: 'cat',
        contributor: '1',
      };
      const refused: string[] = [];
      for (const [name, schema] of vendor().operations.find((o) => o.operationId === 'searchImages')
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

  // One over the document's maximum; without the document, far over any limit.
  const overLimit = (param: string) =>
    contract ? Number(vendor().parameter('searchImages', param).maximum) + 1 : 1_000_000;
  it.each([
    { param: 'per_page', value: () => overLimit('per_page') },
    { param: 'page', value: () => 0 },
    { param: 'people_number', value: () => overLimit('people_number') },
    { param: 'sort', value: () => 'sideways' },
    { param: 'view', value: () => 'huge' },
    { param: 'orientation', value: () => 'diagonal' },
    { param: 'image_type', value: () => 'hologram' },
    { param: 'license', value: () => 'forever' },
    { param: 'people_age', value: () => 'ancient' },
    { param: 'people_gender', value: () => 'robot' },
    { param: 'language', value: () => 'klingon' },
    { param: 'added_date', value: () => 'yesterday' },
    { param: 'safe', value: () => 'maybe' },
    { param: 'aspect_ratio_min', value: () => 0 },
    { param: 'width_from', value: () => 'wide' },
    { param: 'color', value: () => 'not-a-colour' },
    { param: 'category', value: () => 'Underwater Basket Weaving' },
    { param: 'color', value: () => 'not-a-colour' },
    { param: 'category', value: () => 'Underwater Basket Weaving' },
  ])('rejects a bad $param with 400 naming it', async ({ param, value }) => {
    const { status, body } = await api.get(search({ [param]: value() }));
    expect(status, JSON.stringify(body)).toBe(400);
    expect(errorText(body)).toContain(param);
  });
});
