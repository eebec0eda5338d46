// Files of exactly the size the API announced. An encoder lands near a size, not on it;
// these fill the gap with the padding each format defines for the purpose, so the file
// stays valid and every reader ignores the filler:
//
//   JPEG       comment (COM) segments after the APPn headers   at least 4 bytes
//   QuickTime  a top-level `free` atom after the last atom     at least 8 bytes
import fs from 'node:fs/promises';

const COM = 0xfe;
/** Bytes of a COM segment: marker (2) + length (2) + up to 65,533 bytes of comment. */
const COM_MIN = 4;
const COM_MAX = 2 + 0xffff;
const FREE_MIN = 8;
const FREE_MAX = 0xffff_ffff;

/** Whether `bytes` can be padded to `size` (the gap is zero or a whole segment). */
export function jpegFits(bytes: number, size: number): boolean {
  return bytes === size || size - bytes >= COM_MIN;
}

/**
 * The JPEG padded to exactly `size` bytes with comment segments of spaces, placed after
 * SOI and any APPn segments (JFIF, EXIF) so those stay first. Throws when the JPEG is
 * larger than `size` or the gap is 1–3 bytes (see jpegFits).
 */
export function padJpeg(jpeg: Buffer, size: number): Buffer {
  if (!jpegFits(jpeg.length, size))
    throw new RangeError(`A ${jpeg.length}-byte JPEG cannot be padded to ${size} bytes`);
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new TypeError('Not a JPEG (no SOI marker)');
  let at = 2;
  while (jpeg[at] === 0xff && (jpeg[at + 1] ?? 0) >= 0xe0 && (jpeg[at + 1] ?? 0) <= 0xef)
    at += 2 + jpeg.readUInt16BE(at + 2);
  const segments: Buffer[] = [];
  let gap = size - jpeg.length;
  while (gap > 0) {
    let length = Math.min(gap, COM_MAX);
    // Never leave a remainder too small for a segment of its own.
    if (gap - length > 0 && gap - length < COM_MIN) length -= COM_MIN;
    const segment = Buffer.alloc(length, 0x20);
    segment[0] = 0xff;
    segment[1] = COM;
    segment.writeUInt16BE(length - 2, 2);
    segments.push(segment);
    gap -= length;
  }
  return Buffer.concat([jpeg.subarray(0, at), ...segments, jpeg.subarray(at)], size);
}

/**
 * Pads a QuickTime (or MP4) file to exactly `size` bytes with a `free` atom at its end.
 * Returns false, leaving the file as it is, when it is already larger than `size` or
 * the gap is under 8 bytes or over 4 GiB.
 */
export async function padQuickTime(file: string, size: number): Promise<boolean> {
  const { size: bytes } = await fs.stat(file);
  const gap = size - bytes;
  if (gap === 0) return true;
  if (gap < FREE_MIN || gap > FREE_MAX) return false;
  const header = Buffer.alloc(FREE_MIN);
  header.writeUInt32BE(gap, 0);
  header.write('free', 4, 'latin1');
  const handle = await fs.open(file, 'a');
  try {
    await handle.write(header);
    // The atom's body: zeros, written in chunks so a large gap never sits in memory.
    const chunk = Buffer.alloc(Math.min(gap - FREE_MIN, 1 << 20));
    for (let left = gap - FREE_MIN; left > 0; left -= chunk.length)
      await handle.write(chunk, 0, Math.min(left, chunk.length));
  } finally {
    await handle.close();
  }
  return true;
}
