// An Encapsulated PostScript (EPSF-3.0) document holding a picture: the licensed "vector"
// file. The drawing is placed as a Flate-compressed RGB image (PostScript level 3) scaled
// to the bounding box, which is the vector size at 300 dpi in points. The Flate stream is
// stored, not compressed: the file's size then follows from the raster's pixels alone, and
// the API announces it exactly (imageFileSize).
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

/** The EPS file for raw 8-bit RGB pixels (width×height) drawn at `size` pixels. */
export function epsDocument(
  rgb: Buffer,
  width: number,
  height: number,
  size: { width: number; height: number },
  title: string,
): Buffer {
  const w = size.width * POINTS_PER_PIXEL;
  const h = size.height * POINTS_PER_PIXEL;
  const data = ascii85(zlib.deflateSync(rgb, { level: 0 }));
  const text = [
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
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.from(text, 'latin1');
}
