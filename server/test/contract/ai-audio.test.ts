// Custom music against the vendor document: descriptors and instruments (every parameter,
// filters, paging), creating renders (the vendor's body, each bad field named) and reading
// them back (by ids, per owner, missing ids).
import { afterAll, expect, it } from 'vitest';
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
  type Auth,
  type QueryParams,
  itDocumented,
} from './harness';

const descriptors = (params: QueryParams = {}) => `/v2/ai/audio/descriptors?${qs(params)}`;
const instruments = (params: QueryParams = {}) => `/v2/ai/audio/instruments?${qs(params)}`;

/** A two-section timeline (short: tests that start renders leave them to finish later). */
function timeline(overrides: Record<string, unknown> = {}) {
  return {
    spans: [
      {
        id: 1,
        span_type: 'metered',
        time: 0,
        tempo: 90,
        regions: [{ id: 10, region: 'music', descriptor: 'cinematic_minimal_tense', beat: 0 }],
        instrument_groups: [
          { instrument_group: 'lush_warm_pad', statuses: [{ beat: 0, status: 'active' }] },
        ],
      },
      {
        id: 2,
        span_type: 'metered',
        time: 2,
        tempo: 120,
        regions: [
          {
            id: 20,
            region: 'music',
            descriptor: 'pop_upbeat_happy',
            beat: 0,
            end_type: { beat: 10, event: 'ending', type: 'ringout' },
            key: { tonic_note: 'c', tonic_accidental: 'sharp', tonic_quality: 'major' },
          },
        ],
      },
      { span_type: 'unmetered', time: 4 },
    ],
    ...overrides,
  };
}

const render = (overrides: Record<string, unknown> = {}) => ({
  preset: 'MASTER_MP3',
  filename: 'Two sections.mp3',
  timeline: timeline(),
  ...overrides,
});

describeContract('contract: custom music', () => {
  const api = useContractClient(import.meta.filename);
  /** Renders started here, with who started them: they are let finish before the app closes. */
  const started: { id: string; auth: Auth }[] = [];
  const create = async (body: unknown, auth: Auth = 'default') => {
    const response = await api.send('POST', '/v2/ai/audio/renders', { body, auth });
    if (response.status === 200)
      for (const render of rendersOf(response.body)) started.push({ id: String(render.id), auth });
    return response;
  };
  afterAll(async () => {
    for (const { id, auth } of started) {
      for (;;) {
        const { body } = await api.get(`/v2/ai/audio/renders?${qs({ id })}`, auth);
        if (rendersOf(body).every((r) => ['CREATED', 'FAILED_CREATE'].includes(String(r.status))))
          break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }, 120_000);
  const rendersOf = (body: unknown) => {
    const list = field(body, 'audio_renders');
    if (!Array.isArray(list)) throw new Error(`no audio_renders in ${JSON.stringify(body)}`);
    return list as Record<string, unknown>[];
  };

  it('GET /v2/ai/audio/descriptors lists descriptors with bands, instruments, tempo range, previews and tags', async () => {
    const { status, body } = await api.get(descriptors({ per_page: 100 }));
    expect(status).toBe(200);
    expect(field(body, 'page')).toBe(1);
    expect(field(body, 'per_page')).toBe(100);
    const all = dataOf(body);
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const descriptor of all) {
      expect(Number(descriptor.min_tempo)).toBeLessThan(Number(descriptor.max_tempo));
      expect(descriptor.bands).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]),
      );
      expect((descriptor.instruments as unknown[]).length).toBeGreaterThan(0);
      expect(String(field((descriptor.previews as unknown[])[0], 'url'))).toMatch(
        /\/preview\.mp3$/,
      );
    }
    // Default paging: 20 a page; page 2 continues.
    const first = idsOf((await api.get(descriptors())).body);
    const second = idsOf((await api.get(descriptors({ page: 2 }))).body);
    expect(first).toHaveLength(20);
    expect(second).toEqual(all.slice(20, 40).map((d) => String(d.id)));
  });

  it('GET /v2/ai/audio/descriptors filters by tempo, tag, instrument, band, name, id and render speed', async () => {
    const all = dataOf((await api.get(descriptors({ per_page: 100 }))).body);
    const check = async (params: QueryParams, keep: (d: Record<string, unknown>) => boolean) => {
      const { status, body } = await api.get(descriptors({ ...params, per_page: 100 }));
      expect(status).toBe(200);
      const expected = all.filter(keep).map((d) => String(d.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(idsOf(body)).toEqual(expected);
    };
    const tempo = (d: Record<string, unknown>) => [Number(d.min_tempo), Number(d.max_tempo)];
    await check({ tempo: 125 }, (d) => tempo(d)[0]! <= 125 && 125 <= tempo(d)[1]!);
    await check({ tempo_from: 130 }, (d) => tempo(d)[1]! >= 130);
    await check({ tempo_to: 70 }, (d) => tempo(d)[0]! <= 70);
    await check({ tag: 'Cinematic' }, (d) => (d.tags as string[]).includes('Cinematic'));
    await check({ instrument_id: 'classic_rhodes' }, (d) =>
      (d.instruments as { id: string }[]).some((i) => i.id === 'classic_rhodes'),
    );
    await check({ instrument_name: 'Classic Rhodes' }, (d) =>
      (d.instruments as { name: string }[]).some((i) => i.name === 'Classic Rhodes'),
    );
    await check(
      { band_id: 'cinematic_minimal_tense_band_2' },
      (d) => d.id === 'cinematic_minimal_tense',
    );
    await check(
      { band_name: 'Cinematic Minimal Tense Band 1' },
      (d) => d.id === 'cinematic_minimal_tense',
    );
    await check({ name: 'Cinematic Minimal Tense' }, (d) => d.id === 'cinematic_minimal_tense');
    await check({ id: ['pop_upbeat_happy', 'jazz_lounge_smooth'] }, (d) =>
      ['pop_upbeat_happy', 'jazz_lounge_smooth'].includes(String(d.id)),
    );
    await check({ render_speed_over: 8 }, (d) => Number(d.average_render_speed) >= 8);
    // Case-sensitive, as the document says.
    expect(dataOf((await api.get(descriptors({ tag: 'cinematic' }))).body)).toEqual([]);
  });

  itDocumented(
    'GET /v2/ai/audio/descriptors and /instruments accept every parameter the document lists',
    async () => {
      const refused: string[] = [];
      for (const [operationId, url] of [
        ['listCustomDescriptors', descriptors],
        ['listCustomInstruments', instruments],
      ] as const) {
        const operation = vendor().operations.find((o) => o.operationId === operationId);
        expect(operation).toBeDefined();
        for (const [name, schema] of operation?.parameters ?? []) {
          for (const value of allowedValues(schema)) {
            const { status } = await api.get(url({ [name]: value }));
            if (status !== 200) refused.push(`${operationId} ${name}=${value} → ${status}`);
          }
        }
      }
      expect(refused).toEqual([]);
    },
  );

  it.each([
    { url: descriptors({ per_page: 101 }), names: 'per_page' },
    { url: descriptors({ page: 0 }), names: 'page' },
    { url: descriptors({ tempo: 'fast' }), names: 'tempo' },
    { url: descriptors({ id: Array.from({ length: 21 }, (_, i) => `d${i}`) }), names: 'id' },
    { url: instruments({ per_page: 0 }), names: 'per_page' },
    { url: '/v2/ai/audio/renders', names: 'id' },
  ])('$url → 400 naming $names', async ({ url, names }) => {
    const { status, body } = await api.get(url);
    expect(status).toBe(400);
    expect(errorText(body)).toContain(names);
  });

  it('GET /v2/ai/audio/instruments lists instruments with tags and previews, filtered and paged', async () => {
    const { status, body } = await api.get(instruments({ per_page: 100 }));
    expect(status).toBe(200);
    const all = dataOf(body);
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const instrument of all) expect((instrument.tags as unknown[]).length).toBeGreaterThan(0);
    expect(idsOf((await api.get(instruments({ per_page: 5, page: 2 }))).body)).toEqual(
      all.slice(5, 10).map((i) => String(i.id)),
    );
    const percussion = idsOf(
      (await api.get(instruments({ tag: 'Percussion', per_page: 100 }))).body,
    );
    expect(percussion).toEqual(
      all.filter((i) => (i.tags as string[]).includes('Percussion')).map((i) => String(i.id)),
    );
    expect(idsOf((await api.get(instruments({ name: 'Vibraphone' }))).body)).toEqual([
      'vibraphone',
    ]);
    expect(idsOf((await api.get(instruments({ id: ['harp', 'wood_blocks'] }))).body)).toEqual([
      'wood_blocks',
      'harp',
    ]);
  });

  it('descriptors and instruments take basic auth too, and need some credentials', async () => {
    const { client_id, client_secret } = api.app.sandbox.apiClient();
    expect((await api.get(instruments(), { basic: [client_id, client_secret] })).status).toBe(200);
    expect((await api.get(descriptors(), 'none')).status).toBe(401);
  });

  it('POST /v2/ai/audio/renders accepts the vendor body and answers the render waiting to compose; GET answers it by id', async () => {
    const { status, body } = await create({
      audio_renders: [render(), render({ preset: 'MASTER_WAV', filename: 'Take two.wav' })],
    });
    expect(status).toBe(200);
    const created = rendersOf(body);
    expect(created).toHaveLength(2);
    for (const item of created) {
      expect(item.id).toMatch(/^[A-Za-z0-9]{28}$/);
      expect(item.status).toBe('WAITING_COMPOSE');
      expect(item.progress_percent).toBe(0);
      expect(item.files).toEqual([]);
      expect(field(item.timeline, 'spans')).toHaveLength(3);
    }
    expect(created.map((r) => r.preset)).toEqual(['MASTER_MP3', 'MASTER_WAV']);

    const ids = created.map((r) => String(r.id));
    const read = await api.get(`/v2/ai/audio/renders?${qs({ id: ids })}`);
    expect(read.status).toBe(200);
    expect(rendersOf(read.body).map((r) => r.id)).toEqual(ids);
  });

  it('GET /v2/ai/audio/renders: unknown ids are not found; some found answers those and names the rest', async () => {
    const unknown = 'A'.repeat(28);
    const none = await api.get(`/v2/ai/audio/renders?${qs({ id: unknown })}`);
    expect(none.status).toBe(404);
    expect(errorText(none.body)).toContain(unknown);

    const id = String(rendersOf((await create({ audio_renders: [render()] })).body)[0]?.id);
    const some = await api.get(`/v2/ai/audio/renders?${qs({ id: [id, unknown] })}`);
    expect(some.status).toBe(200);
    expect(rendersOf(some.body).map((r) => r.id)).toEqual([id]);
    expect(errorText(some.body)).toContain(unknown);
  });

  it("another user's render, or the API client's, is not found; each sees only their own", async () => {
    const mine = String(rendersOf((await create({ audio_renders: [render()] })).body)[0]?.id);
    const url = `/v2/ai/audio/renders?${qs({ id: mine })}`;
    expect((await api.get(url, api.as('jordan'))).status).toBe(404);
    expect((await api.get(url, api.as('sam'))).status).toBe(404);
    const { client_id, client_secret } = api.app.sandbox.apiClient();
    const basic: Auth = { basic: [client_id, client_secret] };
    expect((await api.get(url, basic)).status).toBe(404);

    const theirs = String(
      rendersOf((await create({ audio_renders: [render()] }, basic)).body)[0]?.id,
    );
    expect((await api.get(`/v2/ai/audio/renders?${qs({ id: theirs })}`, basic)).status).toBe(200);
    expect((await api.get(`/v2/ai/audio/renders?${qs({ id: theirs })}`)).status).toBe(404);
    // Casey has only user.view and collections.view: the document asks for no scope here.
    expect((await create({ audio_renders: [render()] }, api.as('casey'))).status).toBe(200);
    expect((await api.get(url, 'none')).status).toBe(401);
  });

  const span0 = '$.body.audio_renders[0].timeline.spans[0]';
  /** A create body whose one render's timeline has these spans. */
  const withSpans = (...spans: unknown[]) => ({
    audio_renders: [render({ timeline: timeline({ spans }) })],
  });
  /** A create body whose first span is changed, ended soon after. */
  const withFirstSpan = (changes: Record<string, unknown>) =>
    withSpans({ ...timeline().spans[0], ...changes }, { span_type: 'unmetered', time: 9 });
  /** A create body whose first span has one region, changed. */
  const withRegion = (changes: Record<string, unknown>) =>
    withFirstSpan({
      regions: [{ id: 1, region: 'music', beat: 0, descriptor: 'pop_upbeat_happy', ...changes }],
    });
  it.each([
    { name: 'no body', body: undefined, path: '$.body' },
    { name: 'no renders', body: {}, path: '$.body.audio_renders' },
    { name: 'empty list', body: { audio_renders: [] }, path: '$.body.audio_renders' },
    {
      name: 'missing preset',
      body: { audio_renders: [{ filename: 'a.mp3', timeline: timeline() }] },
      path: '$.body.audio_renders[0].preset',
    },
    {
      name: 'unknown preset',
      body: { audio_renders: [render({ preset: 'MASTER_FLAC' })] },
      path: '$.body.audio_renders[0].preset',
      text: 'MASTER_MP3',
    },
    {
      name: 'missing filename',
      body: { audio_renders: [{ preset: 'MASTER_MP3', timeline: timeline() }] },
      path: '$.body.audio_renders[0].filename',
    },
    {
      name: 'one span',
      body: withSpans({ span_type: 'unmetered', time: 5 }),
      path: '$.body.audio_renders[0].timeline.spans',
    },
    {
      name: 'unknown span type',
      body: withFirstSpan({ span_type: 'free' }),
      path: `${span0}.span_type`,
    },
    {
      name: 'tempo too fast',
      body: withFirstSpan({ tempo: 400 }),
      path: `${span0}.tempo`,
    },
    {
      name: 'region without descriptor',
      body: withFirstSpan({ regions: [{ id: 1, region: 'music', beat: 0 }] }),
      path: `${span0}.regions[0].descriptor`,
    },
    {
      name: 'unknown descriptor',
      body: withRegion({ descriptor: 'polka_loud' }),
      path: `${span0}.regions[0].descriptor`,
      text: 'polka_loud',
    },
    {
      name: 'unknown instrument',
      body: withFirstSpan({ instrument_groups: [{ instrument_group: 'kazoo' }] }),
      path: `${span0}.instrument_groups[0].instrument_group`,
      text: 'kazoo',
    },
    {
      name: 'unknown key',
      body: withRegion({ key: { tonic_note: 'h' } }),
      path: `${span0}.regions[0].key.tonic_note`,
    },
    {
      name: 'ending that cuts',
      body: withRegion({ end_type: { beat: 4, event: 'ending', type: 'cut' } }),
      path: `${span0}.regions[0].end_type.type`,
    },
    {
      name: 'region after its span',
      body: withRegion({ beat: 40 }),
      path: `${span0}.regions[0].beat`,
    },
    {
      name: 'spans out of order',
      body: withSpans(timeline().spans[0], { span_type: 'unmetered', time: 0 }),
      path: '$.body.audio_renders[0].timeline.spans[1].time',
    },
    {
      name: 'no end',
      body: withSpans(timeline().spans[0], timeline().spans[1]),
      path: '$.body.audio_renders[0].timeline.spans[1].span_type',
    },
    {
      name: 'too long',
      body: withSpans(
        timeline().spans[0],
        { span_type: 'unmetered', time: 179 },
        { span_type: 'unmetered', time: 181 },
      ),
      path: '$.body.audio_renders[0].timeline.spans[2].time',
    },
    {
      name: 'second render bad',
      body: { audio_renders: [render(), render({ filename: '' })] },
      path: '$.body.audio_renders[1].filename',
    },
  ])('POST /v2/ai/audio/renders with $name → 400 naming $path', async ({ body, path, text }) => {
    const { status, body: answer } = await create(body);
    expect(status).toBe(400);
    expect(field(answer, 'errors')).toEqual([expect.objectContaining({ path })]);
    if (text) expect(errorText(answer)).toContain(text);
  });

  it('POST /v2/ai/audio/renders with invalid JSON → 400', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v2/ai/audio/renders',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
      payload: '{"audio_renders": [',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(expect.objectContaining({ message: expect.any(String) }));
  });
});
