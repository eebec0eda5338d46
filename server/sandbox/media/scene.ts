// The drawing context a motif paints into, and the style rules for each image type:
// photo = soft gradients and depth, illustration = flat shapes with outlines,
// vector = crisp flat shapes.
import { darken, lighten, parseHex, toHex } from './color';
import type { Palette } from './palette';
import type { Random } from './random';
import type { ImagePreviewSpec } from './types';

export type Style = ImagePreviewSpec['imageType'];

export interface Scene {
  /** Canvas size in scene units; the long side is 1000. */
  w: number;
  h: number;
  rnd: Random;
  pal: Palette;
  style: Style;
  /** Attributes for a main shape filled with `color` (gradient, outline or flat by style). */
  fill(color: string): string;
  /** Attributes for a small detail: flat, no outline. */
  flat(color: string, opacity?: number): string;
  /** Attributes for a stroked line (outlined shapes, traces, seams). */
  line(color: string, width: number, opacity?: number): string;
  /** Adds an SVG definition (gradient, pattern) and returns its id. */
  define(make: (id: string) => string): string;
  /** A soft halo of light around (cx, cy) for photos; nothing in the flat styles. */
  glow(cx: number, cy: number, r: number, color: string): string;
}

export function createScene(
  spec: { width: number; height: number; imageType: Style },
  pal: Palette,
  rnd: Random,
): Scene & { defs: string[] } {
  const aspect = spec.width > 0 && spec.height > 0 ? spec.width / spec.height : 1;
  const w = aspect >= 1 ? 1000 : Math.round(1000 * aspect);
  const h = aspect >= 1 ? Math.round(1000 / aspect) : 1000;
  const defs: string[] = [];
  const gradients = new Map<string, string>();
  const define = (make: (id: string) => string) => {
    const id = `d${defs.length}`;
    defs.push(make(id));
    return id;
  };
  const gradientFor = (color: string) => {
    let id = gradients.get(color);
    if (!id) {
      const c = parseHex(color) ?? { r: 128, g: 128, b: 128 };
      id = define(
        (gid) =>
          `<linearGradient id="${gid}" x1="0" y1="0" x2="0.25" y2="1"><stop offset="0" stop-color="${toHex(lighten(c, 0.14))}"/><stop offset="1" stop-color="${toHex(darken(c, 0.16))}"/></linearGradient>`,
      );
      gradients.set(color, id);
    }
    return id;
  };
  const outline = `stroke="${pal.ink}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"`;
  return {
    w,
    h,
    rnd,
    pal,
    style: spec.imageType,
    defs,
    define,
    fill(color) {
      if (spec.imageType === 'photo') return `fill="url(#${gradientFor(color)})"`;
      if (spec.imageType === 'illustration') return `fill="${color}" ${outline}`;
      return `fill="${color}"`;
    },
    glow(cx, cy, r, color) {
      if (spec.imageType !== 'photo') return '';
      const id = define(
        (gid) =>
          `<radialGradient id="${gid}"><stop offset="0" stop-color="${color}" stop-opacity="0.55"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`,
      );
      return `<circle cx="${Math.round(cx)}" cy="${Math.round(cy)}" r="${Math.round(r)}" fill="url(#${id})"/>`;
    },
    flat: (color, opacity = 1) =>
      `fill="${color}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''}`,
    line: (color, width, opacity = 1) =>
      `fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${opacity < 1 ? ` stroke-opacity="${opacity}"` : ''}`,
  };
}

/** The background: the primary colour over the whole canvas. */
export function background(s: Scene): string {
  const c = parseHex(s.pal.primary) ?? { r: 128, g: 128, b: 128 };
  if (s.style === 'photo') {
    const id = s.define(
      (gid) =>
        `<linearGradient id="${gid}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${toHex(lighten(c, 0.06))}"/><stop offset="1" stop-color="${toHex(darken(c, 0.05))}"/></linearGradient>`,
    );
    return `<rect width="${s.w}" height="${s.h}" fill="url(#${id})"/>`;
  }
  let out = `<rect width="${s.w}" height="${s.h}" fill="${s.pal.primary}"/>`;
  if (s.style === 'illustration') {
    // A few large soft discs in a lighter tone give flat illustrations some texture.
    const tone = toHex(s.pal.lightBackground ? darken(c, 0.035) : lighten(c, 0.045));
    for (let i = 0; i < 3; i++) {
      out += `<circle cx="${Math.round(s.rnd.range(0, s.w))}" cy="${Math.round(s.rnd.range(0, s.h))}" r="${Math.round(s.rnd.range(110, 220))}" fill="${tone}"/>`;
    }
  }
  return out;
}

/** Photo finish over the motif: a soft vignette for depth. */
export function photoFinish(s: Scene): string {
  if (s.style !== 'photo') return '';
  const id = s.define(
    (gid) =>
      `<radialGradient id="${gid}" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.24"/></radialGradient>`,
  );
  return `<rect width="${s.w}" height="${s.h}" fill="url(#${id})"/>`;
}
