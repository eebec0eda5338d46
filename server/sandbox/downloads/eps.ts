// An Encapsulated PostScript (EPSF-3.0) document holding a picture: the licensed "vector"
// file. The drawing is placed as a Flate-compressed RGB image (PostScript level 3) scaled
// to the bounding box, which is the vector size at 300 dpi in points. The Flate stream is
// stored, not compressed, so the file's size follows from the raster's pixels: the API
// announces a bound of it (imageFileSize), and comment lines before %%EOF fill the file
// to that size exactly.
import zlib from 'node:zlib';

/** Points per pixel at the 300 dpi the vector size is quoted at. */
const POINTS_PER_PIXEL = 72 / 300;

/** ASCII85 (btoa) of the bytes, in lines of 76 characters, ending with `~>`. */
export function ascii85(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = bytes.subarray(i, i + 4);
    const padded = Buffer.alloc(4);
    chunk.copy(padded);
    let value = padded.readUInt32BE(0);
    if (value === 0 && chunk.length === 4) {
      out += 'z';
      continue;
    }
    const digits = new Array<string>(5);
    for (let d = 4; d >= 0; d--) {
      digits[d] = String.fromCharCode(33 + (value % 85));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, chunk.length + 1).join('');
  }
  return `${out.replace(/.{76}/g, '$&\n')}~>`;
}

/** DSC lines are at most 255 characters. */
const MAX_LINE = 255;

/** Comment lines of exactly `bytes` bytes (at least 2: "%" and a newline). */
function paddingLines(bytes: number): string[] {
  const lines: string[] = [];
  for (let left = bytes; left > 0;) {
    let length = Math.min(left, MAX_LINE + 1);
    if (left - length === 1) length -= 1;
    lines.push('%'.padEnd(length - 1, ' '));
    left -= length;
  }
  return lines;
}

/**
 * The EPS file for raw 8-bit RGB pixels (width×height) drawn at `size` pixels, padded to
 * `fileSize` bytes when given (and larger than the document).
 */
export function epsDocument(
  rgb: Buffer,
  width: number,
  height: number,
  size: { width: number; height: number },
  title: string,
  fileSize?: number,
): Buffer {
  const w = size.width * POINTS_PER_PIXEL;
  const h = size.height * POINTS_PER_PIXEL;
  const data = ascii85(zlib.deflateSync(rgb, { level: 0 }));
  const text: string[] = [
    '%!PS-Adobe-3.0 EPSF-3.0',
    `%%BoundingBox: 0 0 ${Math.ceil(w)} ${Math.ceil(h)}`,
    `%%HiResBoundingBox: 0 0 ${w.toFixed(2)} ${h.toFixed(2)}`,
    `%%Title: ${title}`,
    '%%Creator: Stockroom sandbox',
    '%%LanguageLevel: 3',
    '%%Pages: 1',
    '%%EndComments',
    '%%Page: 1 1',
    'gsave',
    `${w.toFixed(2)} ${h.toFixed(2)} scale`,
    '/DeviceRGB setcolorspace',
    `<< /ImageType 1 /Width ${width} /Height ${height} /BitsPerComponent 8`,
    `   /Decode [0 1 0 1 0 1] /ImageMatrix [${width} 0 0 -${height} 0 ${height}]`,
    '   /DataSource currentfile /ASCII85Decode filter /FlateDecode filter',
    '>> image',
    data,
    'grestore',
    'showpage',
  ];
  const end = '%%EOF\n';
  const length = text.join('\n').length + 1 + end.length;
  const gap = fileSize === undefined ? 0 : fileSize - length;
  // A 1-byte gap is a space after `showpage` (PostScript whitespace); larger ones are comments.
  if (gap === 1) text.push(`${text.pop() ?? ''} `);
  else if (gap > 1) text.push(...paddingLines(gap));
  return Buffer.from(`${text.join('\n')}\n${end}`, 'latin1');
}
