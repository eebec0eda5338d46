import {
  darken,
  distance,
  lighten,
  luminance,
  mix,
  parseHex,
  shade,
  toHex,
  type Rgb,
} from './color';

/** The colours a scene is painted with, as '#rrggbb'. */
export interface Palette {
  /** The image's first colour: the background, most of the picture. */
  primary: string;
  /** The second colour (or a tone of the first): the main motif. */
  secondary: string;
  /** The third colour (or a tone): accents. */
  accent: string;
  /** Outlines and deep shadows. */
  ink: string;
  /** Small highlights. */
  light: string;
  /** A bright accent for light sources (sun, moon): the accent when it is light enough. */
  glow: string;
  /** Whether the background is light (dark details read better on it). */
  lightBackground: boolean;
}

const FALLBACK: Rgb = { r: 0x6b, g: 0x8f, b: 0xb5 };

export function makePalette(colors: readonly string[]): Palette {
  const parsed = colors.map(parseHex).filter((c): c is Rgb => c !== undefined);
  const primary = parsed[0] ?? FALLBACK;
  const secondary = apart(parsed[1] ?? shade(primary, 0.42), primary);
  const accent = apart(
    parsed[2] ?? (parsed[1] ? shade(secondary, 0.45) : shade(primary, 0.7)),
    primary,
  );
  return {
    primary: toHex(primary),
    secondary: toHex(secondary),
    accent: toHex(accent),
    ink: toHex(darken(mix(primary, secondary, 0.5), 0.72)),
    light: toHex(lighten(primary, 0.7)),
    glow: toHex(luminance(accent) > 0.5 ? accent : lighten(accent, 0.75)),
    lightBackground: luminance(primary) > 0.55,
  };
}

/** The colour, pushed away from the background when the two are too close to tell apart. */
function apart(color: Rgb, background: Rgb): Rgb {
  if (distance(color, background) >= 70) return color;
  return luminance(background) > 0.5 ? darken(color, 0.4) : lighten(color, 0.4);
}
