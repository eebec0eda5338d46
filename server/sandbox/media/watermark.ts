// Stock-preview watermarks: a translucent diagonal "stockroom" mark repeated over the
// picture, and a strip along the bottom with the image id.
import { textPaths, textWidth } from './glyphs';

const MARK = 'stockroom';

/** An SVG overlay, width×height pixels, with the repeated diagonal mark. */
export function diagonalMarkSvg(width: number, height: number): string {
  const long = Math.max(width, height);
  const scale = Math.max(1.6, long / 165); // glyph units → pixels
  const markWidth = textWidth(MARK) * scale;
  const stepX = markWidth * 1.9;
  const stepY = scale * 10 * 4.2;
  const diagonal = Math.hypot(width, height);
  const stroke = 1.25;
  const mark = `<g id="m">${textPaths(MARK, 0, 0, scale)}</g>`;
  let uses = '';
  let row = 0;
  for (let y = -diagonal / 2; y < diagonal / 2; y += stepY, row++) {
    const offset = (row % 2) * (stepX / 2);
    for (let x = -diagonal / 2 - offset; x < diagonal / 2; x += stepX) {
      uses += `<use href="#m" x="${Math.round(x)}" y="${Math.round(y)}"/>`;
    }
  }
  const strokeWidth = stroke; // in glyph units, scaled with the glyph
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">
<defs>${mark}</defs>
<g transform="translate(${width / 2} ${height / 2}) rotate(-28)" fill="none" stroke-linecap="round" stroke-linejoin="round">
<g stroke="#000" stroke-opacity="0.16" stroke-width="${strokeWidth + 1.3}">${uses}</g>
<g stroke="#fff" stroke-opacity="0.38" stroke-width="${strokeWidth}">${uses}</g>
</g></svg>`;
}

/** Height in pixels of the id strip for a preview of the given size. */
export function idStripHeight(width: number, height: number): number {
  return Math.max(16, Math.round(Math.min(width, height) * 0.05));
}

/** An SVG overlay for the bottom strip: "stockroom" on the left, "ID 123" on the right. */
export function idStripSvg(width: number, stripHeight: number, id: string): string {
  const scale = (stripHeight * 0.46) / 10;
  const pad = stripHeight * 0.5;
  const top = (stripHeight - scale * 10) / 2;
  const label = `ID ${id}`;
  const labelX = width - pad - textWidth(label) * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${stripHeight}">
<rect width="${width}" height="${stripHeight}" fill="#111" fill-opacity="0.72"/>
<g fill="none" stroke="#fff" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round">
${textPaths(MARK, pad, top, scale)}
<g stroke-opacity="0.85">${textPaths(label, labelX, top, scale)}</g>
</g></svg>`;
}
