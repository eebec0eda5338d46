// Track and sound-effect search as a client relies on it: every filter really filters,
// sorts hold, pages add up, totals are exact, bad input is the vendor's 400 naming the
// parameter, unknown ids 404.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { GENRE_NAMES, INSTRUMENTS, MOOD_NAMES } from './vocab';

interface Track {
  id: string;
  title: string;
  description: string;
  artists: { name: string }[];
  bpm: number;
  duration: number;
  genres: string[];
  moods: string[];
  instruments: string[];
  is_instrumental: boolean;
  vocal_description: string;
  added_date: string;
  contributor: { id: string };
  keywords?: string[];
  album?: { id: string; title: string };
  assets: Record<string, { url?: string; file_size: number }>;
}

interface Effect {
  id: string;
  title: string;
  description: string;
  duration: number;
  added_date: string;
  keywords?: string[];
}

interface Page<T> {
  data: T[];
  total_count: number;
  page: number;
  per_page: number;
  search_id: string;
}

interface ErrorBody {
  message: string;
  errors: { code: string; message: string; path?: string }[];
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

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
  return { status: response.statusCode, body: response.json<T>() };
}
const tracks = async (query: string) => {
  const { status, body } = await get<Page<Track>>(`/v2/audio/search?${query}`);
  expect(status, query).toBe(200);
  return body;
};
const effects = async (query: string) => {
  const { status, body } = await get<Page<Effect>>(`/v2/sfx/search?${query}`);
  expect(status, query).toBe(200);
  return body;
};
async function expectBadRequest(url: string, path: string) {
  const { status, body } = await get<ErrorBody>(url);
  expect(status, url).toBe(400);
  expect(
    body.errors.map((e) => e.path),
    url,
  ).toContain(path);
}

const isSorted = (values: (number | string)[], order: 'asc' | 'desc') =>
  values.every(
    (value, i) => i === 0 || (order === 'asc' ? values[i - 1]! <= value : values[i - 1]! >= value),
  );

describe('music vocabularies', () => {
  it('lists genres, instruments and moods', async () => {
    expect((await get<{ data: string[] }>('/v2/audio/genres')).body.data).toEqual(GENRE_NAMES);
    expect((await get<{ data: string[] }>('/v2/audio/instruments')).body.data).toEqual(INSTRUMENTS);
    expect((await get<{ data: string[] }>('/v2/audio/moods')).body.data).toEqual(MOOD_NAMES);
  });
});

describe('GET /v2/audio/search', () => {
  it('searches the whole catalog of at least 10,000 tracks by default', async () => {
    const body = await tracks('');
    expect(body.total_count).toBeGreaterThanOrEqual(10_000);
    expect(body.data).toHaveLength(20);
    expect(body.page).toBe(1);
    const [track] = body.data;
    expect(track?.assets.preview_mp3?.url).toMatch(
      /^http:\/\/localhost(:\d+)?\/sandbox\/media\/audio\/\d+\/preview\.mp3$/,
    );
    expect(track?.genres.length).toBeGreaterThan(0);
  });

  it('matches text in titles, descriptions, keywords and tags, best matches first', async () => {
    const body = await tracks('query=jazz&per_page=50&view=full');
    expect(body.total_count).toBeGreaterThan(50);
    for (const track of body.data) {
      const text = [
        track.title,
        track.description,
        ...(track.keywords ?? []),
        ...track.genres,
      ].join(' ');
      expect(text.toLowerCase()).toContain('jazz');
    }
    const without = await tracks('query=jazz NOT piano&per_page=100&view=full');
    expect(without.total_count).toBeLessThan(body.total_count);
    for (const track of without.data) expect(track.instruments).not.toContain('Piano');
  });

  it('filters by bpm and duration ranges, exact values too', async () => {
    const body = await tracks(
      'bpm_from=100&bpm_to=110&duration_from=60&duration_to=120&per_page=100',
    );
    expect(body.total_count).toBeGreaterThan(0);
    for (const t of body.data) {
      expect(t.bpm).toBeGreaterThanOrEqual(100);
      expect(t.bpm).toBeLessThanOrEqual(110);
      expect(t.duration).toBeGreaterThanOrEqual(60);
      expect(t.duration).toBeLessThanOrEqual(120);
    }
    const exact = await tracks('bpm=120&per_page=100');
    expect(exact.total_count).toBeGreaterThan(0);
    expect(exact.data.every((t) => t.bpm === 120)).toBe(true);
    const duration = await tracks(`duration=${body.data[0]?.duration}`);
    expect(duration.data.every((t) => t.duration === body.data[0]?.duration)).toBe(true);
  });

  it('needs each named genre, mood and instrument (case-insensitive), and filters vocals', async () => {
    const genre = await tracks('genre=Dance/Electronic&genre=house&per_page=100');
    expect(genre.total_count).toBeGreaterThan(0);
    for (const t of genre.data)
      expect(t.genres).toEqual(expect.arrayContaining(['Dance/Electronic', 'House']));
    const single = await tracks('genre=House');
    expect(single.total_count).toBeGreaterThan(genre.total_count);

    const moods = await tracks('moods=Happy,Playful&per_page=100');
    expect(moods.total_count).toBeGreaterThan(0);
    for (const t of moods.data)
      expect(t.moods).toEqual(expect.arrayContaining(['Happy', 'Playful']));

    const instruments = await tracks('instruments=Piano&instruments=Strings&per_page=100');
    for (const t of instruments.data)
      expect(t.instruments).toEqual(expect.arrayContaining(['Piano', 'Strings']));

    const female = await tracks('vocal_description=female&per_page=200');
    expect(female.total_count).toBeGreaterThan(0);
    for (const t of female.data) expect(t.vocal_description.toLowerCase()).toContain('female');
    const male = await tracks('vocal_description=male&per_page=200');
    for (const t of male.data) expect(t.vocal_description).toMatch(/^Male|and male|male and/i);
    expect(male.data.some((t) => t.vocal_description === 'Female vocals')).toBe(false);

    const instrumental = await tracks('is_instrumental=true&per_page=100');
    const vocal = await tracks('is_instrumental=false&per_page=100');
    expect(instrumental.data.every((t) => t.is_instrumental && t.vocal_description === '')).toBe(
      true,
    );
    expect(vocal.data.every((t) => !t.is_instrumental && t.vocal_description !== '')).toBe(true);
    expect(instrumental.total_count + vocal.total_count).toBe((await tracks('')).total_count);
  });

  it('filters by artist name or id', async () => {
    const [first] = (await tracks('per_page=1')).data;
    const name = first?.artists[0]?.name ?? '';
    const byName = await tracks(`artists=${encodeURIComponent(name.toUpperCase())}&per_page=100`);
    expect(byName.total_count).toBeGreaterThan(0);
    for (const t of byName.data) expect(t.artists.map((a) => a.name)).toContain(name);
    const byId = await tracks(`artists=${first?.contributor.id}&per_page=100`);
    expect(byId.total_count).toBe(byName.total_count);
    expect((await tracks('artists=Nobody%20Plays%20This')).total_count).toBe(0);
  });

  it('sorts by bpm, duration, title, artist, freshness and ranking, both ways', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const bpm = await tracks(`sort=bpm&sort_order=${order}&per_page=200&genre=Pop`);
      expect(
        isSorted(
          bpm.data.map((t) => t.bpm),
          order,
        ),
      ).toBe(true);
      const duration = await tracks(`sort=duration&sort_order=${order}&per_page=200`);
      expect(
        isSorted(
          duration.data.map((t) => t.duration),
          order,
        ),
      ).toBe(true);
      const fresh = await tracks(`sort=freshness&sort_order=${order}&per_page=200`);
      expect(
        isSorted(
          fresh.data.map((t) => t.added_date),
          order,
        ),
      ).toBe(true);
      const title = await tracks(`sort=title&sort_order=${order}&per_page=50`);
      const titles = title.data.map((t) => t.title);
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      const expected = [...titles].sort(collator.compare);
      expect(titles).toEqual(order === 'asc' ? expected : expected.reverse());
    }
    const lowest = await tracks('sort=bpm&sort_order=asc&per_page=1');
    const highest = await tracks('sort=bpm&per_page=1');
    expect(lowest.data[0]!.bpm).toBeLessThan(highest.data[0]!.bpm);
  });

  it('pages add up', async () => {
    const whole = await tracks('genre=Rock&per_page=20&sort=bpm');
    const first = await tracks('genre=Rock&per_page=10&page=1&sort=bpm');
    const second = await tracks('genre=Rock&per_page=10&page=2&sort=bpm');
    expect([...first.data, ...second.data].map((t) => t.id)).toEqual(whole.data.map((t) => t.id));
    const none = await tracks('per_page=0');
    expect(none.data).toEqual([]);
    expect(none.total_count).toBeGreaterThanOrEqual(10_000);
  });

  it('answers bad input with the vendor 400 naming the parameter', async () => {
    await expectBadRequest('/v2/audio/search?bpm_from=140&bpm_to=90', '$.query.bpm_to');
    await expectBadRequest(
      '/v2/audio/search?duration_from=200&duration_to=10',
      '$.query.duration_to',
    );
    await expectBadRequest('/v2/audio/search?genre=Polka%20Metal', '$.query.genre');
    await expectBadRequest('/v2/audio/search?moods=Grumpy', '$.query.moods');
    await expectBadRequest('/v2/audio/search?instruments=Theremin', '$.query.instruments');
    await expectBadRequest('/v2/audio/search?vocal_description=robot', '$.query.vocal_description');
    await expectBadRequest('/v2/audio/search?sort=loudness', '$.query.sort');
    await expectBadRequest('/v2/audio/search?sort_order=up', '$.query.sort_order');
    await expectBadRequest('/v2/audio/search?per_page=501', '$.query.per_page');
    await expectBadRequest('/v2/audio/search?bpm=fast', '$.query.bpm');
    await expectBadRequest('/v2/audio/search?is_instrumental=maybe', '$.query.is_instrumental');
  });
});

describe('tracks by id', () => {
  it('GET /v2/audio/{id} shows the full track; unknown is 404, malformed 400', async () => {
    const [first] = (await tracks('per_page=1')).data;
    const { status, body } = await get<Track>(`/v2/audio/${first?.id}`);
    expect(status).toBe(200);
    expect(body.id).toBe(first?.id);
    expect(body.album?.title).toEqual(expect.any(String));
    expect(body.keywords?.length).toBeGreaterThan(0);
    expect((await get(`/v2/audio/999999999`)).status).toBe(404);
    await expectBadRequest('/v2/audio/abc', '$.path.id');
  });

  it('GET /v2/audio lists several ids and names the missing ones', async () => {
    const ids = (await tracks('per_page=3')).data.map((t) => t.id);
    const { body } = await get<Page<Track> & ErrorBody>(
      `/v2/audio?id=${ids.join('&id=')}&id=999999999`,
    );
    expect(body.data.map((t) => t.id)).toEqual(ids);
    expect(body.errors[0]?.message).toContain('999999999');
    await expectBadRequest('/v2/audio', '$.query.id');
  });
});

describe('GET /v2/sfx/search and sound effects by id', () => {
  it('searches at least 2,000 sound effects, by text', async () => {
    expect((await effects('safe=false')).total_count).toBeGreaterThanOrEqual(2_000);
    const whoosh = await effects('query=whoosh&per_page=50&view=full');
    expect(whoosh.total_count).toBeGreaterThan(0);
    for (const e of whoosh.data)
      expect([e.title, e.description, ...(e.keywords ?? [])].join(' ').toLowerCase()).toMatch(
        /whoosh/,
      );
  });

  it('filters by duration and date added, and sorts', async () => {
    const short = await effects('duration_from=1&duration_to=2&per_page=100');
    expect(short.total_count).toBeGreaterThan(0);
    for (const e of short.data) {
      expect(e.duration).toBeGreaterThanOrEqual(1);
      expect(e.duration).toBeLessThanOrEqual(2);
    }
    const dated = await effects(
      'added_date_start=2024-01-01&added_date_end=2024-07-01&per_page=100&sort=oldest',
    );
    expect(dated.total_count).toBeGreaterThan(0);
    for (const e of dated.data)
      expect(e.added_date >= '2024-01-01' && e.added_date < '2024-07-01').toBe(true);
    expect(
      isSorted(
        dated.data.map((e) => e.added_date),
        'asc',
      ),
    ).toBe(true);
    const newest = await effects('sort=newest&per_page=100');
    expect(
      isSorted(
        newest.data.map((e) => e.added_date),
        'desc',
      ),
    ).toBe(true);
    expect((await effects('safe=false')).total_count).toBeGreaterThan(
      (await effects('')).total_count,
    );
  });

  it('answers bad input with the vendor 400 naming the parameter', async () => {
    await expectBadRequest('/v2/sfx/search?duration_from=9&duration_to=1', '$.query.duration_to');
    await expectBadRequest('/v2/sfx/search?added_date=yesterday', '$.query.added_date');
    await expectBadRequest('/v2/sfx/search?sort=loudest', '$.query.sort');
    await expectBadRequest('/v2/sfx/search?per_page=0', '$.query.per_page');
  });

  it('shows one or several sound effects; unknown is 404', async () => {
    const ids = (await effects('per_page=2')).data.map((e) => e.id);
    const { status, body } = await get<Effect>(`/v2/sfx/${ids[0]}?view=full`);
    expect(status).toBe(200);
    expect(body.keywords?.length).toBeGreaterThan(0);
    const list = await get<Page<Effect>>(`/v2/sfx?id=${ids.join('&id=')}`);
    expect(list.body.data.map((e) => e.id)).toEqual(ids);
    expect((await get('/v2/sfx/999999999')).status).toBe(404);
  });
});
