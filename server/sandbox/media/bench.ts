// Measures the preview generator: cold render time per size, warm serving time, and a
// grid of 40 thumbnails requested at once (cold and warm), through a real HTTP server.
// Run: npx tsx server/sandbox/media/bench.ts   (or import benchImageMedia from npm run bench)
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { imageMediaPlugin, imagePreviewPath } from './plugin';
import sharp from 'sharp';
import { IMAGE_CATEGORIES } from '../categories';
import { seededRandom } from './random';
import { renderPreview } from './render';
import { IMAGE_PREVIEW_SIZE_NAMES, type ImagePreviewSize } from './sizes';
import type { ImagePreviewSpec } from './types';

/** Every catalog category, so each kind of picture is drawn. */
const CATEGORIES = IMAGE_CATEGORIES.map((category) => category.name);
const TYPES = ['photo', 'illustration', 'vector'] as const;

/** Catalog-like specs: varied categories, types, aspect ratios and colours. */
export function benchSpecs(count: number, firstId = 1_000_001): ImagePreviewSpec[] {
  const rnd = seededRandom('bench');
  const hex = () =>
    `#${Math.floor(rnd.next() * 0xffffff)
      .toString(16)
      .padStart(6, '0')}`;
  return Array.from({ length: count }, (_, i) => {
    const landscape = rnd.chance(0.7);
    const [w, h] = rnd.pick([
      [6000, 4000],
      [4000, 3000],
      [5000, 5000],
      [6000, 3375],
    ] as const);
    return {
      id: String(firstId + i),
      width: landscape ? w : h,
      height: landscape ? h : w,
      imageType: TYPES[i % TYPES.length] ?? 'photo',
      categories: [CATEGORIES[i % CATEGORIES.length] ?? 'Abstract'],
      colors: Array.from({ length: rnd.int(1, 3) }, hex),
      description: '',
    };
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function benchImageMedia(log: (line: string) => void = console.log): Promise<void> {
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'stockroom-media-bench-'));
  const specs = benchSpecs(24 + 40);
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const app = Fastify();
  await app.register(imageMediaPlugin, { cacheDir, lookup: (id) => byId.get(id) });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const fetchPreview = async (id: string, size: ImagePreviewSize) => {
    const started = performance.now();
    const response = await fetch(base + imagePreviewPath(id, size));
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200) throw new Error(`${response.status} for ${id}/${size}`);
    return { time: performance.now() - started, bytes };
  };
  try {
    log(
      `image previews (${os.cpus().length} cores), median over ${24} images, one request at a time:`,
    );
    const perSize = specs.slice(0, 24);
    for (const size of IMAGE_PREVIEW_SIZE_NAMES) {
      const cold: number[] = [];
      const warm: number[] = [];
      const bytes: number[] = [];
      for (const spec of perSize) {
        const first = await fetchPreview(spec.id, size);
        cold.push(first.time);
        bytes.push(first.bytes);
        warm.push((await fetchPreview(spec.id, size)).time);
      }
      log(
        `  ${size.padEnd(13)} cold ${ms(median(cold)).padStart(9)} (max ${ms(Math.max(...cold))})  warm ${ms(median(warm)).padStart(7)}  ~${Math.round(median(bytes) / 1024)} KB`,
      );
    }
    const grid = specs.slice(24);
    for (const size of ['large_thumb', 'huge_thumb'] as const) {
      for (const state of ['cold', 'warm']) {
        const started = performance.now();
        await Promise.all(grid.map((spec) => fetchPreview(spec.id, size)));
        log(
          `  grid of ${grid.length} ${size} at once, ${state}: ${ms(performance.now() - started)}`,
        );
      }
    }
    await dominantColourCheck(log);
  } finally {
    await app.close();
    await fs.rm(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImageMedia();

/** How often sharp's dominant colour of a thumbnail lands near the image's first colour. */
async function dominantColourCheck(log: (line: string) => void): Promise<void> {
  const specs = benchSpecs(200, 5_000_001);
  let near = 0;
  for (const spec of specs) {
    const { dominant } = await sharp(await renderPreview(spec, 'large_thumb')).stats();
    const n = Number.parseInt((spec.colors[0] ?? '#000000').slice(1), 16);
    const distance = Math.hypot(
      dominant.r - ((n >> 16) & 255),
      dominant.g - ((n >> 8) & 255),
      dominant.b - (n & 255),
    );
    if (distance < 40) near++;
  }
  log(
    `  dominant colour within 40 (RGB distance) of the first colour: ${near}/${specs.length} large_thumbs`,
  );
}
