// The CSV export against the real sandbox upstream over a state database holding the
// team's seeded past (2,000+ licenses): every row, in order, with titles; the Downloads
// page's filters; quoting of awkward metadata; and a streamed (chunked) answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, sandboxPlugin, type Sandbox } from '../sandbox';
import { Accounts } from '../sandbox/accounts';
import type { Db } from '../sandbox/db';
import { seedTeamHistory } from '../sandbox/licenses/history-seed';
import { openStateDb } from '../sandbox/state';
import { TEST_DATA_DIR } from '../test/app';
import { gatewayPlugin, sandboxUpstream } from '.';

/** A CSV's records (RFC 4180). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length > 0) records.push([...record, field]);
  return records;
}

let base: Sandbox;
let state: Db;
let app: FastifyInstance;
let token: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-export-'));

beforeAll(async () => {
  base = await openSandbox({
    dataDir: TEST_DATA_DIR,
    defaultAccessToken: undefined,
    showProgress: false,
  });
  state = openStateDb(dir);
  const accounts = new Accounts(state, path.join(dir, 'credentials.json'), undefined);
  seedTeamHistory(state, {
    images: base.db,
    videos: base.videos.db,
    audio: base.audio.db,
    editorial: base.editorial.db,
  });
  token = accounts.defaultUser().access_token;
  app = Fastify();
  await app.register(sandboxPlugin, { sandbox: { ...base, state, accounts } });
  await app.register(gatewayPlugin, {
    prefix: '/api',
    upstream: sandboxUpstream(app, () => token),
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  state.close();
  base.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Entry {
  id: string;
  download_time: string;
  user: { username: string };
  metadata: Record<string, string>;
  is_downloadable: boolean;
  image?: { id: string; format: { size: string; format: string } };
  video?: { id: string; format: { size: string; format: string } };
  audio?: { id: string; format: { size: string; format: string } };
}

const TYPES = ['images', 'videos', 'audio', 'sfx', 'editorial/images', 'editorial/videos'];

async function history(type: string, params = 'team_history=true'): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let page = 1; ; page++) {
    const response = await app.inject(
      `/api/v2/${type}/licenses?${params}&per_page=200&page=${page}`,
    );
    const body = response.json() as { data: Entry[]; total_count: number };
    entries.push(...body.data);
    if (body.data.length < 200 || entries.length >= body.total_count) return entries;
  }
}

async function exported(
  query = '',
): Promise<{ header: string[]; rows: Map<string, string[]>; order: string[] }> {
  const response = await app.inject(`/api/exports/licenses.csv${query ? `?${query}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers['content-disposition']).toMatch(
    /^attachment; filename="stockroom-licenses-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const [header, ...records] = parseCsv(response.body);
  const ids = records.map((record) => record[13] as string);
  return {
    header: header ?? [],
    rows: new Map(records.map((r) => [r[13] as string, r])),
    order: ids,
  };
}

describe('GET /api/exports/licenses.csv', () => {
  it('holds the whole team history, newest first, with titles and what each license was', async () => {
    const all = (await Promise.all(TYPES.map((type) => history(type)))).flat();
    expect(all.length).toBeGreaterThanOrEqual(2000);
    const { header, rows, order } = await exported();
    expect(header).toEqual([
      'Date',
      'User',
      'Media type',
      'Asset ID',
      'Title',
      'License',
      'Size',
      'Format',
      'Subscription ID',
      'Subscription',
      'Client',
      'Job',
      'Purchase order',
      'License ID',
    ]);
    expect(new Set(order)).toEqual(new Set(all.map((entry) => entry.id)));
    expect(order).toHaveLength(all.length);
    const dates = order.map((id) => rows.get(id)?.[0] as string);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const entry of all) {
      const row = rows.get(entry.id) as string[];
      const asset = entry.image ?? entry.video ?? entry.audio;
      expect(row.slice(0, 4)).toEqual([
        entry.download_time,
        entry.user.username,
        expect.any(String),
        asset?.id,
      ]);
      expect(row[4], `title of ${asset?.id}`).not.toBe('');
      expect(row.slice(6, 8)).toEqual([asset?.format.size, asset?.format.format]);
      expect(row.slice(10, 13)).toEqual([
        entry.metadata.client ?? '',
        entry.metadata.job ?? '',
        entry.metadata.purchase_order ?? '',
      ]);
    }
    expect(new Set([...rows.values()].map((row) => row[2]))).toEqual(
      new Set(['Image', 'Video', 'Music', 'Sound effect', 'Editorial image', 'Editorial video']),
    );
    // The caller's own subscriptions are named.
    expect([...rows.values()].some((row) => row[9] === 'HD Video Pack')).toBe(true);
  });

  it('applies the Downloads page’s filters', async () => {
    const sfx = await history('sfx', 'team_history=false');
    const mine = await exported('type=sfx&mine=1');
    expect(mine.order).toEqual(sfx.map((entry) => entry.id));

    const videos = await history('videos');
    const october = videos.filter(
      (e) => /lumen/i.test(e.metadata.client ?? '') && /october/i.test(e.metadata.job ?? ''),
    );
    expect((await exported('type=video&client=LUMEN&job=october')).order).toEqual(
      october.map((entry) => entry.id),
    );

    const images = await history('images');
    const ended = images.filter((entry) => !entry.is_downloadable);
    expect(ended.length).toBeGreaterThan(0);
    const downloadable = await exported('type=image&downloadable=1');
    expect(downloadable.order).toHaveLength(images.length - ended.length);
    for (const entry of ended) expect(downloadable.rows.has(entry.id)).toBe(false);

    const day = images[100]?.download_time.slice(0, 10) as string;
    const thatDay = images.filter((entry) => entry.download_time.startsWith(day));
    expect((await exported(`type=image&from=${day}&to=${day}`)).order).toEqual(
      thatDay.map((entry) => entry.id),
    );
    const asset = images[5]?.image?.id as string;
    expect((await exported(`type=image&asset=${asset}`)).order).toEqual(
      images.filter((entry) => entry.image?.id === asset).map((entry) => entry.id),
    );
    expect((await exported('type=image&subscription=s8906101')).order).toEqual(
      images
        .filter((entry) => entry.image && entry.id && isFrom(entry, 's8906101'))
        .map((e) => e.id),
    );
    const refused = await app.inject('/api/exports/licenses.csv?type=poster');
    expect(refused.statusCode).toBe(400);
  });

  it('quotes commas, quotes and line breaks, and keeps formulas as text', async () => {
    const image = (await app.inject('/api/v2/images/search?per_page=1&query=harbour')).json() as {
      data: { id: string }[];
    };
    const client = 'Smith, "Junior" & Co\nLtd';
    const job = '=HYPERLINK("https://example.com")';
    const licensed = await app.inject({
      method: 'POST',
      url: '/api/v2/images/licenses',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        images: [
          {
            image_id: image.data[0]?.id,
            subscription_id: 's8906100',
            size: 'small',
            metadata: { client, job },
          },
        ],
      }),
    });
    expect(licensed.statusCode, licensed.body).toBe(200);
    const { order, rows } = await exported('type=image&client=junior');
    expect(order).toHaveLength(1);
    const row = rows.get(order[0] as string) as string[];
    expect(row[10]).toBe(client);
    expect(row[11]).toBe(`'${job}`);
  });

  it('streams: the answer is chunked, not measured and sent whole', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/api/exports/licenses.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks += 1;
      text += decoder.decode(chunk, { stream: true });
    }
    expect(chunks).toBeGreaterThan(1);
    expect(parseCsv(text).length).toBeGreaterThan(2000);
  });
});

function isFrom(entry: Entry, subscription: string): boolean {
  return (entry as unknown as { subscription_id: string }).subscription_id === subscription;
}
