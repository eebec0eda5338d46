import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { jpegFits, padJpeg, padQuickTime } from './exact-size';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-exact-size-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A small JPEG with a JFIF header and the density that licensed pictures carry. */
const picture = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .withMetadata({ density: 300 })
    .jpeg({ quality: 90 })
    .toBuffer();

/** The JPEG's marker segments up to the start of scan: [marker, offset]. */
function markers(jpeg: Buffer): [number, number][] {
  const found: [number, number][] = [];
  for (let at = 2; at < jpeg.length && jpeg[at] === 0xff;) {
    const marker = jpeg[at + 1] as number;
    found.push([marker, at]);
    if (marker === 0xda) break;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  return found;
}

describe('padJpeg', () => {
  it('makes the JPEG exactly the size, the same picture, with headers still first', async () => {
    const jpeg = await picture();
    const pixels = await sharp(jpeg).raw().toBuffer();
    for (const gap of [0, 4, 5, 1000, 65_537, 65_538, 65_541, 200_000]) {
      const padded = padJpeg(jpeg, jpeg.length + gap);
      expect(padded.length).toBe(jpeg.length + gap);
      expect(await sharp(padded).raw().toBuffer()).toEqual(pixels);
      const found = markers(padded).map(([marker]) => marker);
      // The APPn headers (JFIF, EXIF) stay right after SOI, before any comment.
      const app = (marker: number) => marker >= 0xe0 && marker <= 0xef;
      expect(app(found[0] as number)).toBe(true);
      expect(found.findLastIndex(app)).toBeLessThan(Math.max(found.indexOf(0xfe), found.length));
      const comments = found.filter((marker) => marker === 0xfe).length;
      expect(comments).toBe(Math.ceil(gap / 65_537));
      expect(found.at(-1)).toBe(0xda);
    }
    expect((await sharp(padJpeg(jpeg, jpeg.length + 5000)).metadata()).density).toBe(300);
  });

  it('refuses a JPEG larger than the size, a gap too small for a segment, and non-JPEGs', async () => {
    const jpeg = await picture();
    expect(jpegFits(jpeg.length, jpeg.length)).toBe(true);
    for (const gap of [1, 2, 3, -1]) {
      expect(jpegFits(jpeg.length, jpeg.length + gap)).toBe(false);
      expect(() => padJpeg(jpeg, jpeg.length + gap)).toThrow(RangeError);
    }
    expect(() => padJpeg(Buffer.from('not a jpeg'), 100)).toThrow(TypeError);
  });
});

describe('padQuickTime', () => {
  /** Top-level atoms: [type, size]. */
  const atoms = (file: Buffer) => {
    const found: [string, number][] = [];
    for (let at = 0; at < file.length;) {
      const size = file.readUInt32BE(at);
      found.push([file.toString('latin1', at + 4, at + 8), size]);
      at += size;
    }
    return found;
  };
  const movie = Buffer.concat([
    Buffer.from([0, 0, 0, 20]),
    Buffer.from('ftypqt  \0\0\0\0qt  ', 'latin1'),
    Buffer.from([0, 0, 0, 8]),
    Buffer.from('mdat', 'latin1'),
  ]);

  it('appends one free atom that makes the file exactly the size', async () => {
    for (const gap of [0, 8, 9, 3_000_000]) {
      const file = path.join(tmp, `clip-${gap}.mov`);
      fs.writeFileSync(file, movie);
      expect(await padQuickTime(file, movie.length + gap)).toBe(true);
      const padded = fs.readFileSync(file);
      expect(padded.length).toBe(movie.length + gap);
      expect(padded.subarray(0, movie.length)).toEqual(movie);
      expect(atoms(padded)).toEqual([
        ['ftyp', 20],
        ['mdat', 8],
        ...(gap > 0 ? [['free', gap]] : []),
      ]);
    }
  });

  it('leaves a file larger than the size, or a gap under 8 bytes, as it is', async () => {
    const file = path.join(tmp, 'clip-short.mov');
    for (const size of [movie.length - 1, movie.length + 7]) {
      fs.writeFileSync(file, movie);
      expect(await padQuickTime(file, size)).toBe(false);
      expect(fs.readFileSync(file)).toEqual(movie);
    }
  });
});
