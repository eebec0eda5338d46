// `npx tsx server/sandbox/audio/bench.ts`: the music catalog's numbers on this machine —
// seeding, search latency (tracks and sound effects, first-time and repeated searches,
// through the real routes), cold preview generation (alone and two at a time), memory.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { installErrorHandlers } from '../errors';
import { audioRoutes } from '../routes/audio';
import { sfxRoutes } from '../routes/sfx';
import { openAudioCatalog } from '.';
import { audioMediaPlugin } from './media/plugin';

const TRACK_QUERIES = [
  '',
  'query=piano',
  'query=upbeat%20corporate&sort=score',
  'genre=Pop&moods=Happy',
  'genre=Rock&bpm_from=110&bpm_to=140&sort=bpm&sort_order=asc',
  'instruments=Strings&instruments=Piano&is_instrumental=true',
  'vocal_description=female&sort=freshness',
  'query=epic%20trailer&duration_from=60&duration_to=180',
  'sort=title&sort_order=asc&page=40',
  'query=guitar&view=full&per_page=100',
  'artists=Klimenko%20Music',
];
const WORDS = [
  'summer',
  'night',
  'drive',
  'soft',
  'travel',
  'dark',
  'happy',
  'film',
  'bright',
  'calm',
];
const GENRES = ['Pop', 'Rock', 'Jazz', 'Ambient', 'House', 'Folk', 'Cinematic', 'Hip Hop'];
const SFX_QUERIES = [
  '',
  'query=whoosh',
  'query=rain&duration_from=10',
  'sort=newest',
  'added_date_start=2024-01-01&sort=oldest',
  'query=click&view=full&per_page=100',
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const summary = (label: string, times: number[]) =>
  console.log(
    `${label.padEnd(44)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  (n=${times.length})`,
  );

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-audio-bench-'));
  const rssBefore = process.memoryUsage().rss;
  try {
    const started = performance.now();
    const { catalog, seedMs } = openAudioCatalog(dir, { showProgress: false });
    const openMs = performance.now() - started - (seedMs ?? 0);
    console.log(`seeding ${ms(seedMs ?? 0)}, loading columns ${ms(openMs)}`);

    const app = Fastify();
    await app.register(
      async (v2) => {
        installErrorHandlers(v2);
        await v2.register(audioRoutes, { audio: catalog });
        await v2.register(sfxRoutes, { audio: catalog });
      },
      { prefix: '/v2' },
    );
    await app.register(audioMediaPlugin, {
      cacheDir: path.join(dir, 'media'),
      track: (id) => catalog.tracks.soundSpec(id),
      sfx: (id) => catalog.sfx.soundSpec(id),
    });
    const time = async (url: string) => {
      const t = performance.now();
      const response = await app.inject({ url });
      if (response.statusCode !== 200) throw new Error(`${url} → ${response.statusCode}`);
      return performance.now() - t;
    };

    const first: number[] = [];
    for (const word of WORDS)
      for (const genre of GENRES)
        first.push(await time(`/v2/audio/search?query=${word}&genre=${encodeURIComponent(genre)}`));
    summary('tracks: first-time searches', first);
    const repeated: number[] = [];
    for (let round = 0; round < 20; round++)
      for (const query of TRACK_QUERIES) repeated.push(await time(`/v2/audio/search?${query}`));
    summary('tracks: representative searches (x20)', repeated);
    const sfx: number[] = [];
    for (let round = 0; round < 20; round++)
      for (const query of SFX_QUERIES) sfx.push(await time(`/v2/sfx/search?${query}`));
    summary('sound effects: representative searches (x20)', sfx);
    const details: number[] = [];
    for (let i = 0; i < 200; i++)
      details.push(await time(`/v2/audio/${catalog.columns.ids[i * 37] as number}`));
    summary('tracks: GET /v2/audio/{id}', details);

    const ids = Array.from({ length: 8 }, (_, i) => String(catalog.columns.ids[i * 1201]));
    for (const file of ['preview.mp3', 'preview.ogg']) {
      const cold: number[] = [];
      for (const id of ids) cold.push(await time(`/sandbox/media/audio/${id}/${file}`));
      summary(`cold ${file}, one at a time`, cold);
    }
    // Other tracks: a waveform asked first (a list of results) synthesises the samples itself.
    const waveforms: number[] = [];
    for (const id of ids) {
      const other = String(catalog.columns.ids[catalog.columns.indexOf(Number(id)) + 3]);
      waveforms.push(await time(`/sandbox/media/audio/${other}/waveform.png`));
    }
    summary('cold waveform.png, one at a time', waveforms);
    const pairs = Array.from({ length: 8 }, (_, i) => String(catalog.columns.ids[i * 1201 + 7]));
    const t = performance.now();
    let generating = true;
    const whileGenerating: number[] = [];
    const searching = (async () => {
      // inject() never waits for I/O: pause between searches as real requests would arrive.
      for (let k = 0; generating && k < 5_000; k++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        whileGenerating.push(
          await time(`/v2/audio/search?${TRACK_QUERIES[k % TRACK_QUERIES.length] ?? ''}`),
        );
      }
    })();
    const concurrent = await Promise.all(
      pairs.map((id) => time(`/sandbox/media/audio/${id}/preview.mp3`)),
    );
    generating = false;
    await searching;
    console.log(
      `cold preview.mp3, 8 asked at once: all done in ${ms(performance.now() - t)} (each waited p50 ${ms(percentile(concurrent, 50))})`,
    );
    summary('tracks: searches while those 8 were made', whileGenerating);
    const sfxIds = Array.from({ length: 8 }, (_, i) => String(catalog.sfx.ids[i * 211]));
    const sfxCold: number[] = [];
    for (const id of sfxIds) sfxCold.push(await time(`/sandbox/media/sfx/${id}/preview.mp3`));
    summary('cold sound-effect preview.mp3', sfxCold);
    const cached: number[] = [];
    for (const id of ids) cached.push(await time(`/sandbox/media/audio/${id}/preview.mp3`));
    summary('cached preview.mp3', cached);

    const rss = process.memoryUsage().rss;
    console.log(
      `RSS ${(rss / 2 ** 20).toFixed(0)} MB (${((rss - rssBefore) / 2 ** 20).toFixed(0)} MB more than at start)`,
    );
    await app.close();
    catalog.close();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
