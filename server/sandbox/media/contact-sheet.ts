// Dev tool: renders sample previews to /tmp/media-samples and a contact sheet PNG, to
// look at the pictures. Run: npx tsx server/sandbox/media/contact-sheet.ts [size] [count] [seed]
import fs from 'node:fs/promises';
import sharp from 'sharp';
import { IMAGE_CATEGORIES } from '../categories';
import { seededRandom } from './random';
import { renderPreview } from './render';
import { isImagePreviewSize, previewDimensions } from './sizes';
import type { ImagePreviewSpec } from './types';

const OUT = '/tmp/media-samples';
/** Every catalog category, so each kind of picture is drawn. */
const CATEGORIES = IMAGE_CATEGORIES.map((category) => category.name);
const TYPES = ['photo', 'illustration', 'vector'] as const;

/** A colour like the catalog's: any hue, mostly mid saturation and lightness. */
function hslHex(hue: number, sat: number, light: number): string {
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const v = light - sat * Math.min(light, 1 - light) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

async function main() {
  const size = process.argv[2] ?? 'huge_thumb';
  if (!isImagePreviewSize(size)) throw new Error(`unknown size ${size}`);
  const count = Number(process.argv[3] ?? 26);
  const rnd = seededRandom(process.argv[4] ?? 'sheet');
  await fs.mkdir(OUT, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const clamp = (v: number) => Math.min(0.92, Math.max(0.08, v));
    const colors = Array.from({ length: rnd.int(1, 3) }, () =>
      hslHex(rnd.range(0, 360), clamp(rnd.range(0.2, 0.9)), clamp(rnd.range(0.15, 0.85))),
    );
    const portrait = rnd.chance(0.25);
    const spec: ImagePreviewSpec = {
      id: String(rnd.int(1e6, 2e9)),
      width: portrait ? 4000 : 6000,
      height: portrait ? 6000 : 4000,
      imageType: TYPES[i % 3] ?? 'photo',
      categories: [CATEGORIES[i % CATEGORIES.length] ?? 'Abstract'],
      colors,
      description: '',
    };
    const started = performance.now();
    const jpeg = await renderPreview(spec, size);
    const file = `${OUT}/${String(i).padStart(2, '0')}-${size}.jpg`;
    await fs.writeFile(file, jpeg);
    files.push(file);
    console.log(
      file,
      spec.categories[0],
      spec.imageType,
      colors.join(' '),
      `${(performance.now() - started).toFixed(1)} ms`,
    );
  }
  // Rows of equal height, like the search grid.
  const rowHeight = Math.min(200, previewDimensions({ width: 1, height: 1 }, size).height);
  const tiles = await Promise.all(
    files.map((file) =>
      sharp(file).resize({ height: rowHeight }).toBuffer({ resolveWithObject: true }),
    ),
  );
  const sheetWidth = 1600;
  const placed: Array<{ input: Buffer; left: number; top: number }> = [];
  let x = 8;
  let y = 8;
  for (const tile of tiles) {
    if (x + tile.info.width > sheetWidth) {
      x = 8;
      y += rowHeight + 8;
    }
    placed.push({ input: tile.data, left: x, top: y });
    x += tile.info.width + 8;
  }
  await sharp({
    create: { width: sheetWidth, height: y + rowHeight + 8, channels: 3, background: '#ffffff' },
  })
    .composite(placed)
    .png()
    .toFile(`${OUT}/sheet-${size}.png`);
  console.log(`${OUT}/sheet-${size}.png`);
}

await main();
