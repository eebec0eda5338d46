// Video search as a client relies on it: every filter really filters (checked against
// the database, attributes the response does not show included), sorts hold, pages add
// up, bad input is the vendor's 400 naming the parameter.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';

interface SearchVideo {
  id: string;
  description: string;
  duration: number;
  aspect_ratio: string;
  keywords?: string[];
  categories?: { id: string; name: string }[];
  added_date?: string;
  is_editorial?: boolean;
  contributor: { id: string };
  assets: Record<string, { fps?: number; width?: number; height?: number; url?: string }>;
}

interface SearchBody {
  data: SearchVideo[];
  total_count: number;
  page: number;
  per_page: number;
  search_id: string;
}

interface Row {
  id: number;
  fps: number;
  duration: number;
  resolution: string;
  aspect_ratio: string;
  people_number: number;
  people_age: string | null;
  people_gender: string | null;
  people_ethnicity: string;
  people_model_released: number;
  popularity: number;
  added_date: string;
  is_editorial: number;
  contributor_id: number;
  models: string;
}

let app: FastifyInstance;
let token = '';

beforeAll(async () => {
  app = await createTestApp();
  token = app.sandbox.defaultUser().accessToken;
});
afterAll(async () => {
  await app.close();
});

async function get(url: string) {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json<unknown>() };
}

async function search(params: string): Promise<SearchBody> {
  const { status, body } = await get(`/v2/videos/search?${params}`);
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
  return body as SearchBody;
}

function rowsOf(body: SearchBody): Row[] {
  const db = app.sandbox.videos.db;
  return body.data.map(
    (video) => db.prepare('SELECT * FROM videos WHERE id = ?').get(Number(video.id)) as Row,
  );
}

describe('GET /v2/videos/search', () => {
  it('has a catalog of at least 20,000 videos, mostly commercial', async () => {
    const all = await search('license=commercial&license=editorial&safe=false&per_page=1');
    expect(all.total_count).toBeGreaterThanOrEqual(20_000);
    const commercial = await search('per_page=1');
    expect(commercial.total_count).toBeGreaterThan(all.total_count * 0.9);
  });

  it('matches the query in captions or keywords, with NOT excluding a term', async () => {
    const dogs = await search('query=dog&view=full&per_page=50');
    expect(dogs.total_count).toBeGreaterThan(20);
    for (const video of dogs.data)
      expect(`${video.description} ${video.keywords?.join(' ')}`.toLowerCase()).toMatch(/dog/);
    const notPuppy = await search('query=dog NOT puppy&view=full&per_page=100');
    expect(notPuppy.total_count).toBeLessThan(dogs.total_count);
    for (const video of notPuppy.data) expect(video.keywords).not.toContain('puppy');
  });

  it('filters duration (exact and range), fps (exact and range), resolution and aspect_ratio', async () => {
    for (const row of rowsOf(await search('duration_from=20&duration_to=30&per_page=100')))
      expect(row.duration >= 20 && row.duration < 31).toBe(true);
    for (const row of rowsOf(await search('duration=12&per_page=100')))
      expect(Math.floor(row.duration)).toBe(12);
    for (const row of rowsOf(await search('fps=29.97&per_page=100'))) expect(row.fps).toBe(29.97);
    const fast = rowsOf(await search('fps_from=50&fps_to=60&per_page=200'));
    expect(fast.length).toBeGreaterThan(0);
    for (const row of fast) expect(row.fps >= 50 && row.fps <= 60).toBe(true);
    for (const [filter, resolution] of [
      ['4k', '4k'],
      ['high_definition', 'hd'],
      ['standard_definition', 'sd'],
    ]) {
      const rows = rowsOf(await search(`resolution=${filter}&per_page=100`));
      expect(rows.length, filter).toBeGreaterThan(0);
      for (const row of rows) expect(row.resolution).toBe(resolution);
    }
    const standard = await search('aspect_ratio=16_9&per_page=100');
    for (const video of standard.data) expect(video.aspect_ratio).toBe('16:9');
    for (const video of (await search('aspect_ratio=4_3&per_page=100')).data)
      expect(video.aspect_ratio).toBe('4:3');
    const other = await search('aspect_ratio=nonstandard&per_page=200');
    expect(new Set(other.data.map((video) => video.aspect_ratio)).size).toBeGreaterThan(1);
    for (const video of other.data) expect(['4:3', '16:9']).not.toContain(video.aspect_ratio);
  });

  it('filters category (id or name), contributor (id or name), people_* and model releases', async () => {
    const byId = await search('category=1&view=full&per_page=50');
    const byName = await search('category=Animals/Wildlife&view=full&per_page=50');
    expect(byName.total_count).toBe(byId.total_count);
    for (const video of byId.data) expect(video.categories?.map((c) => c.id)).toContain('1');

    const contributor = byId.data[0]?.contributor.id ?? '';
    const name = app.sandbox.videos.db
      .prepare('SELECT name FROM contributors WHERE id = ?')
      .pluck()
      .get(Number(contributor));
    const mine = await search(`contributor=${contributor}&per_page=100`);
    expect(mine.total_count).toBeGreaterThan(0);
    for (const video of mine.data) expect(video.contributor.id).toBe(contributor);
    expect(
      (await search(`contributor=${encodeURIComponent(String(name))}&per_page=1`)).total_count,
    ).toBe(mine.total_count);

    for (const row of rowsOf(await search('people_number=2&people_gender=female&per_page=100'))) {
      expect(row.people_number).toBe(2);
      expect(row.people_gender).toBe('female');
    }
    for (const row of rowsOf(
      await search('people_age=30s&people_ethnicity=south_asian&per_page=100'),
    )) {
      expect(row.people_age).toBe('30s');
      expect(row.people_ethnicity.split(',')).toContain('south_asian');
    }
    const released = rowsOf(await search('people_model_released=true&per_page=100'));
    for (const row of released) expect(row.people_model_released).toBe(1);
    const model = released.find((row) => row.models)?.models.split(',')[0] ?? '';
    const withModel = rowsOf(await search(`model=${model}`));
    expect(withModel.length).toBeGreaterThan(0);
    for (const row of withModel) expect(row.models.split(',')).toContain(model);
  });

  it('filters added_date, added_date_start (inclusive) and added_date_end (exclusive)', async () => {
    const range = await search(
      'added_date_start=2020-01-01&added_date_end=2021-01-01&view=full&per_page=100',
    );
    expect(range.total_count).toBeGreaterThan(0);
    for (const video of range.data)
      expect(video.added_date! >= '2020-01-01' && video.added_date! < '2021-01-01').toBe(true);
    const day = range.data[0]?.added_date ?? '';
    for (const video of (await search(`added_date=${day}&view=full`)).data)
      expect(video.added_date).toBe(day);
  });

  it('license=editorial shows editorial footage only; commercial is the default', async () => {
    const editorial = await search('license=editorial&view=full&per_page=50');
    expect(editorial.total_count).toBeGreaterThan(0);
    for (const video of editorial.data) expect(video.is_editorial).toBe(true);
    for (const video of (await search('view=full&per_page=50')).data)
      expect(video.is_editorial).toBe(false);
  });

  it('sorts by popularity (default), newest and relevance; random shuffles', async () => {
    const popular = rowsOf(await search('per_page=50'));
    for (let i = 1; i < popular.length; i++)
      expect(popular[i - 1]!.popularity).toBeGreaterThanOrEqual(popular[i]!.popularity);
    const newest = rowsOf(await search('sort=newest&per_page=50'));
    for (let i = 1; i < newest.length; i++)
      expect(newest[i - 1]!.id).toBeGreaterThan(newest[i]!.id);
    const relevance = await search('query=aerial&sort=relevance&per_page=20');
    expect(relevance.data[0]?.description.toLowerCase()).toContain('aerial');
    const random = await search('sort=random&per_page=10');
    expect(random.total_count).toBe((await search('per_page=1')).total_count);
  });

  it('pages add up, per_page=0 counts only', async () => {
    const first = await search('query=city&per_page=10');
    const second = await search('query=city&per_page=10&page=2');
    const both = await search('query=city&per_page=20');
    expect([...first.data, ...second.data].map((v) => v.id)).toEqual(both.data.map((v) => v.id));
    const none = await search('query=city&per_page=0');
    expect(none.data).toEqual([]);
    expect(none.total_count).toBe(first.total_count);
  });

  it('answers bad input with a 400 naming the parameter', async () => {
    for (const [params, name] of [
      ['duration_from=30&duration_to=10', 'duration_from'],
      ['fps_from=60&fps_to=24', 'fps_from'],
      ['resolution=8k', 'resolution'],
      ['aspect_ratio=32', 'aspect_ratio'],
      ['category=Nonsense', 'category'],
      ['people_number=9', 'people_number'],
      ['per_page=501', 'per_page'],
      ['added_date=yesterday', 'added_date'],
      ['sort=best', 'sort'],
      ['license=enhanced', 'license'],
      ['fps=abc', 'fps'],
    ]) {
      const { status, body } = await get(`/v2/videos/search?${params}`);
      expect(status, params).toBe(400);
      expect(JSON.stringify(body), params).toContain(`$.query.${name}`);
    }
  });
});

describe('GET /v2/videos/{id}, /v2/videos, similar, suggestions, updated, categories', () => {
  it('answers a video in full by default, 404 for an unknown id, 400 for a malformed one', async () => {
    const [video] = (await search('per_page=1')).data;
    const { status, body } = await get(`/v2/videos/${video?.id}`);
    expect(status).toBe(200);
    const full = body as SearchVideo;
    expect(full.keywords?.length).toBeGreaterThan(5);
    expect(full.assets.thumb_jpgs).toBeDefined();
    expect(full.assets.sd?.width).toBeGreaterThan(0);
    expect((await get('/v2/videos/1')).status).toBe(404);
    expect((await get('/v2/videos/abc')).status).toBe(400);
  });

  it('lists several videos, naming the ids it does not know', async () => {
    const ids = (await search('per_page=3')).data.map((v) => v.id);
    const { body } = await get(`/v2/videos?id=${ids.join('&id=')}&id=1`);
    const list = body as SearchBody & { errors: { items: { id: string }[] }[] };
    expect(list.data.map((v) => v.id)).toEqual(ids);
    expect(list.errors[0]?.items).toEqual([{ id: '1' }]);
  });

  it('finds similar videos sharing keywords, without the video itself', async () => {
    const [video] = (await search('query=elephant&view=full&per_page=1')).data;
    const { body } = await get(`/v2/videos/${video?.id}/similar?view=full&per_page=10`);
    const similar = body as SearchBody;
    expect(similar.data.length).toBeGreaterThan(0);
    expect(similar.data.map((v) => v.id)).not.toContain(video?.id);
    const shared = similar.data.filter((v) =>
      v.keywords?.some((k) => video?.keywords?.includes(k) && k !== 'footage'),
    );
    expect(shared.length).toBe(similar.data.length);
    expect((await get('/v2/videos/1/similar')).status).toBe(404);
  });

  it('suggests completions of what was typed', async () => {
    const { body } = await get('/v2/videos/search/suggestions?query=sun&limit=5');
    const data = (body as { data: string[] }).data;
    expect(data.length).toBeGreaterThan(0);
    for (const suggestion of data) expect(suggestion).toMatch(/(^| )sun/);
    expect((await get('/v2/videos/search/suggestions')).status).toBe(400);
  });

  it('lists updates in the last hour by default, within an interval, or between dates', async () => {
    const hour = (await get('/v2/videos/updated')).body as {
      data: { id: string; updated_time: string }[];
      total_count: number;
    };
    expect(hour.total_count).toBeGreaterThan(0);
    const now = Date.now();
    for (const update of hour.data) {
      const time = Date.parse(update.updated_time);
      expect(time).toBeGreaterThanOrEqual(now - 3_600_000 - 5_000);
      expect(time).toBeLessThanOrEqual(now);
    }
    const day = (await get('/v2/videos/updated?interval=1%20DAY&sort=oldest&per_page=2000'))
      .body as typeof hour;
    expect(day.total_count).toBeGreaterThan(hour.total_count);
    const times = day.data.map((u) => u.updated_time);
    expect(times).toEqual([...times].sort());
    const dates = (await get('/v2/videos/updated?start_date=2026-01-01&end_date=2026-01-03'))
      .body as typeof hour;
    for (const update of dates.data)
      expect(update.updated_time >= '2026-01-01' && update.updated_time < '2026-01-03').toBe(true);
    for (const [params, name] of [
      ['interval=soon', 'interval'],
      ['interval=1%20DAY&start_date=2026-01-01', 'interval'],
      ['start_date=2026-01-01&end_date=2026-01-09', 'end_date'],
      ['per_page=2001', 'per_page'],
    ]) {
      const { status, body } = await get(`/v2/videos/updated?${params}`);
      expect(status, params).toBe(400);
      expect(JSON.stringify(body)).toContain(`$.query.${name}`);
    }
  });

  it('lists the video categories; every video belongs to one of them', async () => {
    const { body } = await get('/v2/videos/categories');
    const categories = (body as { data: { id: string; name: string }[] }).data;
    expect(categories.length).toBeGreaterThan(10);
    const ids = new Set(categories.map((c) => c.id));
    for (const category of app.sandbox.videos.db
      .prepare('SELECT DISTINCT categories FROM videos')
      .pluck()
      .all() as string[])
      for (const id of category.split(',')) expect(ids.has(id), id).toBe(true);
  });
});
