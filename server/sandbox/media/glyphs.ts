// A tiny single-stroke font for the watermark text ("stockroom", "ID", digits), drawn
// as SVG paths, so previews look the same on machines without fonts. Glyphs sit on a
// grid 10 units high (baseline y=10, x-height y=4).

interface Glyph {
  d: string;
  advance: number;
}

const GLYPHS: Record<string, Glyph> = {
  s: {
    d: 'M5.3 4.9Q4.7 4 3 4Q0.6 4 0.6 5.6Q0.6 7 3 7Q5.5 7 5.5 8.5Q5.5 10 3 10Q1 10 0.3 9',
    advance: 6.6,
  },
  t: { d: 'M1.8 1.5V8.5Q1.8 10 3.4 10H4.3M0 4.2H4.2', advance: 5.2 },
  o: { d: 'M0.4 7A3 3 0 1 0 6.4 7A3 3 0 1 0 0.4 7Z', advance: 7.6 },
  c: { d: 'M5.6 5.1A3 3 0 1 0 5.6 8.9', advance: 6.8 },
  k: { d: 'M0.6 0.5V10M5.2 4L0.6 7.8M2.4 6.3L5.6 10', advance: 6.5 },
  r: { d: 'M0.6 4V10M0.6 6.6Q1.4 4 4.4 4', advance: 5.2 },
  m: {
    d: 'M0.6 10V4M0.6 6Q0.6 4 2.6 4Q4.6 4 4.6 6V10M4.6 6Q4.6 4 6.6 4Q8.6 4 8.6 6V10',
    advance: 10,
  },
  I: { d: 'M0.8 0.5V10', advance: 2.6 },
  D: { d: 'M0.6 0.5V10H3Q7 10 7 5.25Q7 0.5 3 0.5Z', advance: 8.6 },
  '0': {
    d: 'M2.8 0.5Q0.2 0.5 0.2 5.25Q0.2 10 2.8 10Q5.4 10 5.4 5.25Q5.4 0.5 2.8 0.5Z',
    advance: 6.6,
  },
  '1': { d: 'M1 2.6L3.2 0.5V10', advance: 6.6 },
  '2': { d: 'M0.4 2.8Q0.9 0.5 2.8 0.5Q5.3 0.5 5.3 2.8Q5.3 4.6 0.3 10H5.6', advance: 6.6 },
  '3': {
    d: 'M0.5 1.5Q1.4 0.5 2.8 0.5Q5.2 0.5 5.2 2.8Q5.2 5 2.6 5Q5.5 5 5.5 7.5Q5.5 10 2.8 10Q1 10 0.2 8.8',
    advance: 6.6,
  },
  '4': { d: 'M4.2 10V0.5L0.1 7H5.8', advance: 6.6 },
  '5': {
    d: 'M5 0.5H1.1L0.7 5Q1.5 4.2 2.8 4.2Q5.5 4.2 5.5 7.1Q5.5 10 2.8 10Q1 10 0.2 8.8',
    advance: 6.6,
  },
  '6': {
    d: 'M4.9 1.1Q4.1 0.5 3 0.5Q0.3 0.5 0.3 6Q0.3 10 2.9 10Q5.5 10 5.5 7.4Q5.5 4.8 2.9 4.8Q1 4.8 0.3 6.5',
    advance: 6.6,
  },
  '7': { d: 'M0.2 0.5H5.5L2 10', advance: 6.6 },
  '8': {
    d: 'M2.8 5Q0.6 5 0.6 2.75Q0.6 0.5 2.8 0.5Q5 0.5 5 2.75Q5 5 2.8 5Q0.3 5 0.3 7.5Q0.3 10 2.8 10Q5.3 10 5.3 7.5Q5.3 5 2.8 5Z',
    advance: 6.6,
  },
  '9': {
    d: 'M5.2 3.6Q4.5 5.7 2.6 5.7Q0.2 5.7 0.2 3.1Q0.2 0.5 2.6 0.5Q5.2 0.5 5.2 4.5Q5.2 10 2.5 10Q1.3 10 0.6 9.4',
    advance: 6.6,
  },
  ':': { d: 'M1 4.6h0.01M1 9.6h0.01', advance: 2.6 },
};

const SPACE = 3.4;

/** Width of a text in glyph units (multiply by the scale used in textPaths). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += GLYPHS[char]?.advance ?? SPACE;
  return width;
}

/**
 * SVG path elements drawing `text` with its top-left at (x, y), 10 units high times
 * `scale`. Unknown characters are left out (drawn as a space). Stroke attributes come
 * from the enclosing group.
 */
export function textPaths(text: string, x: number, y: number, scale: number): string {
  let cursor = 0;
  let out = '';
  for (const char of text) {
    const glyph = GLYPHS[char];
    if (glyph) {
      out += `<path transform="translate(${round(x + cursor * scale)} ${round(y)}) scale(${round(scale)})" d="${glyph.d}"/>`;
    }
    cursor += glyph?.advance ?? SPACE;
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
