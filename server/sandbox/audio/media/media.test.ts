// Audio media as a browser gets them: real MP3/OGG files of the preview's duration whose
// beat follows the track's tempo, waveform PNG and peaks, sound-effect previews of their
// own length; cached, long-lived, seekable (byte ranges), and 4xx for bad requests.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAudioCatalog, type AudioCatalog } from '..';
import { toSfx } from '../sfx';
import { GENRES, type Style } from '../vocab';
import { ANALYSIS_RATE, beatStrength, decodeAudio } from './analysis';
import { audioMediaPlugin } from './plugin';
import { encodeAudio } from './encode';
import { PREVIEW_SECONDS, previewMp3Bytes } from './paths';
import { WAVEFORM_HEIGHT, WAVEFORM_POINTS, WAVEFORM_WIDTH } from './waveform';

let app: FastifyInstance;
let dir: string;
let audio: AudioCatalog;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-audio-'));
  audio = openAudioCatalog(dir, { showProgress: false }).catalog;
  app = Fastify();
  await app.register(audioMediaPlugin, {
    cacheDir: path.join(dir, 'media'),
    track: (id) => audio.tracks.soundSpec(id),
    sfx: (id) => audio.sfx.soundSpec(id),
  });
});

afterAll(async () => {
  await app.close();
  audio.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

/** The first track (index order) whose main genre has the style, at least `minDuration` long. */
function trackOf(style: Style, minDuration = PREVIEW_SECONDS): string {
  const c = audio.columns;
  for (let i = 0; i < c.size; i++) {
    const spec = audio.tracks.soundSpec(String(c.ids[i]));
    const genre = GENRES.find((g) => g.name === spec?.genres[0]);
    if (spec && genre?.style === style && spec.duration >= minDuration) return spec.id;
  }
  throw new Error(`no ${style} track`);
}

const seconds = (pcm: Float32Array) => pcm.length / ANALYSIS_RATE;

describe('music previews', () => {
  const styles: Style[] = [
    'electronic',
    'rock',
    'hiphop',
    'ambient',
    'jazz',
    'acoustic',
    'latin',
    'orchestral',
    'pop',
  ];

  it.each(styles)('a %s track: a 30 s MP3 whose beat follows its bpm', async (style) => {
    const id = trackOf(style);
    const spec = audio.tracks.soundSpec(id);
    const response = await get(`/sandbox/media/audio/${id}/preview.mp3`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('audio/mpeg');
    expect(response.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(response.headers['accept-ranges']).toBe('bytes');
    // The size the API announces for it (before it was made) is the size served.
    const announced = audio.tracks.toAudio(audio.tracks.find(id)!, 'full', '').assets.preview_mp3;
    expect(announced?.file_size).toBe(response.rawPayload.length);
    const pcm = await decodeAudio(response.rawPayload);
    expect(seconds(pcm)).toBeGreaterThan(PREVIEW_SECONDS - 0.1);
    expect(seconds(pcm)).toBeLessThan(PREVIEW_SECONDS + 0.2);
    const bpm = spec?.bpm ?? 0;
    const atTempo = beatStrength(pcm, bpm);
    const offTempo = [0.87, 0.93, 1.07, 1.16].map((factor) => beatStrength(pcm, bpm * factor));
    expect(atTempo, `bpm ${bpm}`).toBeGreaterThan(0);
    expect(atTempo, `bpm ${bpm}`).toBeGreaterThan(2 * Math.max(...offTempo));
  });

  it.each(['Male vocals', 'Female vocals', 'Male and female vocals', 'Choir'])(
    'a track with %s keeps its beat under the voices',
    async (vocals) => {
      const c = audio.columns;
      let spec: ReturnType<typeof audio.tracks.soundSpec>;
      for (let i = 0; i < c.size && !spec; i++) {
        const candidate = audio.tracks.soundSpec(String(c.ids[i]));
        if (candidate?.vocals === vocals && candidate.duration >= PREVIEW_SECONDS) spec = candidate;
      }
      const response = await get(`/sandbox/media/audio/${spec?.id}/preview.mp3`);
      const pcm = await decodeAudio(response.rawPayload);
      const bpm = spec?.bpm ?? 0;
      const offTempo = [0.87, 0.93, 1.07, 1.16].map((factor) => beatStrength(pcm, bpm * factor));
      expect(beatStrength(pcm, bpm), `bpm ${bpm}`).toBeGreaterThan(2 * Math.max(...offTempo));
    },
  );

  it('a short track previews in full; OGG decodes to the same length', async () => {
    const c = audio.columns;
    let id = '';
    for (let i = 0; i < c.size && !id; i++)
      if ((c.duration[i] as number) < 25) id = String(c.ids[i]);
    const duration = audio.tracks.soundSpec(id)?.duration ?? 0;
    const mp3 = await get(`/sandbox/media/audio/${id}/preview.mp3`);
    const ogg = await get(`/sandbox/media/audio/${id}/preview.ogg`);
    expect(ogg.headers['content-type']).toBe('audio/ogg');
    expect(ogg.rawPayload.subarray(0, 4).toString()).toBe('OggS');
    for (const file of [mp3, ogg]) {
      const length = seconds(await decodeAudio(file.rawPayload));
      expect(Math.abs(length - duration)).toBeLessThan(0.15);
    }
  });

  it('draws the waveform from the samples: PNG and peaks JSON', async () => {
    const id = trackOf('rock');
    const png = await get(`/sandbox/media/audio/${id}/waveform.png`);
    expect(png.headers['content-type']).toBe('image/png');
    const meta = await sharp(png.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual([
      'png',
      WAVEFORM_WIDTH,
      WAVEFORM_HEIGHT,
    ]);
    const json = (await get(`/sandbox/media/audio/${id}/waveform.json`)).json<{
      length: number;
      bits: number;
      data: number[];
    }>();
    expect(json.length).toBe(WAVEFORM_POINTS);
    expect(json.data).toHaveLength(WAVEFORM_POINTS * 2);
    expect(Math.max(...json.data)).toBeGreaterThan(90);
  });
});

describe('caching and byte ranges', () => {
  it('serves the same bytes from the disk cache, 304 on a matching ETag, and generates once', async () => {
    const id = trackOf('pop');
    const [a, b] = await Promise.all([
      get(`/sandbox/media/audio/${id}/preview.ogg`),
      get(`/sandbox/media/audio/${id}/preview.ogg`),
    ]);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    const again = await get(`/sandbox/media/audio/${id}/preview.ogg`);
    expect(again.headers.etag).toBe(a.headers.etag);
    const notModified = await get(`/sandbox/media/audio/${id}/preview.ogg`, {
      'if-none-match': String(a.headers.etag),
    });
    expect(notModified.statusCode).toBe(304);
  });

  it('answers ranges with 206 (and 416 past the end) so players can seek', async () => {
    const id = trackOf('pop');
    const whole = (await get(`/sandbox/media/audio/${id}/preview.mp3`)).rawPayload;
    const first = await get(`/sandbox/media/audio/${id}/preview.mp3`, { range: 'bytes=0-99' });
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${whole.length}`);
    expect(first.rawPayload.equals(whole.subarray(0, 100))).toBe(true);
    const tail = await get(`/sandbox/media/audio/${id}/preview.mp3`, { range: 'bytes=1000-' });
    expect(tail.rawPayload.equals(whole.subarray(1000))).toBe(true);
    const suffix = await get(`/sandbox/media/audio/${id}/preview.mp3`, { range: 'bytes=-500' });
    expect(suffix.rawPayload.equals(whole.subarray(whole.length - 500))).toBe(true);
    const past = await get(`/sandbox/media/audio/${id}/preview.mp3`, {
      range: `bytes=${whole.length}-`,
    });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${whole.length}`);
  });

  it('answers 404 for unknown ids and files, 400 for malformed ids', async () => {
    const id = trackOf('pop');
    expect((await get('/sandbox/media/audio/999999999/preview.mp3')).statusCode).toBe(404);
    expect((await get(`/sandbox/media/audio/${id}/preview.wav`)).statusCode).toBe(404);
    expect((await get('/sandbox/media/audio/abc/preview.mp3')).statusCode).toBe(400);
    const sfx = String(audio.sfx.ids[0]);
    expect((await get(`/sandbox/media/sfx/${sfx}/preview.ogg`)).statusCode).toBe(404);
    expect((await get('/sandbox/media/sfx/999999999/preview.mp3')).statusCode).toBe(404);
  });
});

describe('sound-effect previews', () => {
  it('are MP3s as long as the effect (at most 30 s), for every kind of sound', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < audio.sfx.size && seen.size < 15; i++) {
      const spec = audio.sfx.soundSpec(String(audio.sfx.ids[i]));
      if (!spec || seen.has(spec.sound)) continue;
      seen.add(spec.sound);
      const response = await get(`/sandbox/media/sfx/${spec.id}/preview.mp3`);
      expect(response.headers['content-type'], spec.sound).toBe('audio/mpeg');
      const announced = toSfx(audio.sfx.find(spec.id)!, 'full', '').assets.preview_mp3;
      expect(announced?.file_size, spec.sound).toBe(response.rawPayload.length);
      const pcm = await decodeAudio(response.rawPayload);
      const expected = Math.min(PREVIEW_SECONDS, spec.duration);
      expect(Math.abs(seconds(pcm) - expected), spec.sound).toBeLessThan(0.15);
      const peak = pcm.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
      expect(peak, spec.sound).toBeGreaterThan(0.3);
      const waveform = await get(`/sandbox/media/sfx/${spec.id}/waveform.png`);
      expect(waveform.headers['content-type']).toBe('image/png');
    }
    expect(seen.size).toBe(15);
  }, 60_000);
});

describe('preview MP3 sizes', () => {
  it('are known before the file is made, to the byte, at every edge of a frame', async () => {
    const title = 'Stockroom sandbox sound effect 20001';
    for (const frames of [3, 100])
      for (const extra of [0, 1, 575, 576, 1151]) {
        const samples = frames * 1152 + extra;
        const mp3 = await encodeAudio(new Float32Array(samples), 'mp3', title);
        expect(previewMp3Bytes(samples, title), `${samples} samples`).toBe(mp3.length);
      }
  });
});
