import type { Scene } from '../scene';

/** A motif paints its subject over the background, in scene units (long side 1000). */
export type Motif = (s: Scene) => string;

/** Rounds to one decimal, to keep the SVG short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** A smooth ridge line across the canvas at about baseY, closed down to the bottom. */
export function ridge(s: Scene, baseY: number, amplitude: number, bumps: number): string {
  const step = s.w / bumps;
  let d = `M0 ${r1(baseY + s.rnd.range(-amplitude, amplitude))}`;
  for (let i = 0; i < bumps; i++) {
    const cx = step * (i + 0.5);
    const cy = baseY - s.rnd.range(0.2, 1) * amplitude * (s.rnd.chance(0.75) ? 1 : -0.5);
    const x = step * (i + 1);
    const y = baseY + s.rnd.range(-0.3, 0.3) * amplitude;
    d += ` Q${r1(cx)} ${r1(cy)} ${r1(x)} ${r1(y)}`;
  }
  return `${d} L${s.w} ${s.h} L0 ${s.h} Z`;
}

/** A closed polygon path through the given points. */
export function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return `M${points.map(([x, y]) => `${r1(x)} ${r1(y)}`).join(' L')} Z`;
}

/** Mixes two '#rrggbb' colours (t=0 gives a). */
export function blend(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const channel = (shift: number) => {
    const ca = (pa >> shift) & 255;
    const cb = (pb >> shift) & 255;
    return Math.round(ca + (cb - ca) * t);
  };
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

/** The smaller side of the canvas, the natural unit for object sizes. */
export const minSide = (s: Scene) => Math.min(s.w, s.h);
