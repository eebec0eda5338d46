// Built-world motifs: skylines, interiors, objects, machinery, electronics.
import { blend, minSide, polygon, r1, type Motif } from './util';

export const skyline: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const moonX = w * rnd.range(0.15, 0.85);
  const moonY = h * rnd.range(0.16, 0.3);
  let out = `${s.glow(moonX, moonY, m * 0.2, pal.glow)}<circle cx="${r1(moonX)}" cy="${r1(moonY)}" r="${r1(m * 0.07)}" ${s.fill(pal.glow)}/>`;
  const windows = s.define(
    (id) =>
      `<pattern id="${id}" width="26" height="34" patternUnits="userSpaceOnUse"><rect x="7" y="8" width="12" height="16" fill="${pal.accent}"/></pattern>`,
  );
  // Portraits keep more sky, so the buildings do not fill the frame.
  const low = h > w ? 0.14 : 0;
  const rows: Array<{ color: string; top: number; bottom: number; lit: boolean }> = [
    {
      color: blend(pal.secondary, pal.primary, 0.45),
      top: 0.34 + low,
      bottom: 0.6 + low,
      lit: false,
    },
    { color: pal.secondary, top: 0.45 + low, bottom: 0.72 + low, lit: true },
  ];
  for (const row of rows) {
    let x = -rnd.range(0, 40);
    while (x < w) {
      const bw = m * rnd.range(0.09, 0.16);
      const top = h * rnd.range(row.top, row.bottom);
      out += `<rect x="${r1(x)}" y="${r1(top)}" width="${r1(bw)}" height="${r1(h - top)}" ${s.fill(row.color)}/>`;
      if (rnd.chance(0.25))
        out += `<path d="M${r1(x + bw / 2)} ${r1(top)} V${r1(top - m * 0.07)}" ${s.line(row.color, 6)}/>`;
      if (row.lit && bw > 60) {
        out += `<rect x="${r1(x + 6)}" y="${r1(top + 14)}" width="${r1(bw - 12)}" height="${r1(h - top - 14)}" fill="url(#${windows})" fill-opacity="0.75"/>`;
      }
      x += bw + rnd.range(-6, 10);
    }
  }
  return out;
};

export const interior: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const floorY = h * 0.74;
  let out = `<rect y="${r1(floorY)}" width="${w}" height="${r1(h - floorY)}" ${s.fill(pal.secondary)}/>`;
  const winX = w * rnd.range(0.08, 0.2);
  const winW = w * 0.24;
  out += `<rect x="${r1(winX)}" y="${r1(h * 0.14)}" width="${r1(winW)}" height="${r1(h * 0.4)}" ${s.fill(pal.light)}/>`;
  out += `<path d="M${r1(winX + winW / 2)} ${r1(h * 0.14)} V${r1(h * 0.54)} M${r1(winX)} ${r1(h * 0.34)} H${r1(winX + winW)}" ${s.line(blend(pal.primary, pal.ink, 0.3), 8)}/>`;
  const sx = w * 0.48;
  const sw = Math.min(w * 0.42, m * 0.9);
  const seat = floorY - m * 0.08;
  out += `<rect x="${r1(sx)}" y="${r1(seat - m * 0.22)}" width="${r1(sw)}" height="${r1(m * 0.16)}" rx="${r1(m * 0.04)}" ${s.fill(blend(pal.accent, pal.ink, 0.15))}/>`;
  out += `<rect x="${r1(sx - m * 0.03)}" y="${r1(seat - m * 0.08)}" width="${r1(sw + m * 0.06)}" height="${r1(m * 0.1)}" rx="${r1(m * 0.03)}" ${s.fill(pal.accent)}/>`;
  out += `<path d="M${r1(sx + m * 0.02)} ${r1(seat + m * 0.02)} V${r1(floorY)} M${r1(sx + sw - m * 0.02)} ${r1(seat + m * 0.02)} V${r1(floorY)}" ${s.line(pal.ink, 8)}/>`;
  const lx = sx - m * 0.14;
  out += `<path d="M${r1(lx)} ${r1(floorY)} V${r1(h * 0.3)}" ${s.line(pal.ink, 6)}/><path d="${polygon(
    [
      [lx - m * 0.07, h * 0.3],
      [lx + m * 0.07, h * 0.3],
      [lx + m * 0.045, h * 0.2],
      [lx - m * 0.045, h * 0.2],
    ],
  )}" ${s.fill(pal.light)}/>`;
  return out;
};

export const objects: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const tableY = h * 0.7;
  let out = `<rect y="${r1(tableY)}" width="${w}" height="${r1(h - tableY)}" ${s.fill(blend(pal.secondary, pal.primary, 0.35))}/>`;
  const shadow = (x: number, rx: number) =>
    `<ellipse cx="${r1(x)}" cy="${r1(tableY + m * 0.02)}" rx="${r1(rx)}" ry="${r1(m * 0.025)}" ${s.flat(pal.ink, 0.25)}/>`;
  const bx = w * rnd.range(0.3, 0.42);
  const bw = m * 0.14;
  out += shadow(bx, bw * 0.8);
  out += `<path d="M${r1(bx - bw / 2)} ${r1(tableY)} V${r1(tableY - m * 0.3)} Q${r1(bx - bw / 2)} ${r1(tableY - m * 0.38)} ${r1(bx - bw * 0.18)} ${r1(tableY - m * 0.42)} V${r1(tableY - m * 0.52)} H${r1(bx + bw * 0.18)} V${r1(tableY - m * 0.42)} Q${r1(bx + bw / 2)} ${r1(tableY - m * 0.38)} ${r1(bx + bw / 2)} ${r1(tableY - m * 0.3)} V${r1(tableY)} Z" ${s.fill(pal.secondary)}/>`;
  const cx = w * rnd.range(0.58, 0.7);
  const cr = m * 0.12;
  out += shadow(cx, cr);
  out += `<circle cx="${r1(cx)}" cy="${r1(tableY - cr)}" r="${r1(cr)}" ${s.fill(pal.accent)}/>`;
  const kx = cx + cr + m * 0.05;
  out += shadow(kx + m * 0.06, m * 0.08);
  out += `<rect x="${r1(kx)}" y="${r1(tableY - m * 0.16)}" width="${r1(m * 0.13)}" height="${r1(m * 0.16)}" ${s.fill(blend(pal.accent, pal.ink, 0.3))}/>`;
  return out;
};

function gearPath(cx: number, cy: number, radius: number, teeth: number, turn: number): string {
  const points: Array<[number, number]> = [];
  const depth = radius * 0.16;
  for (let i = 0; i < teeth; i++) {
    const a = turn + (i / teeth) * Math.PI * 2;
    const step = (Math.PI * 2) / teeth;
    for (const [offset, rr] of [
      [0, radius - depth],
      [0.2, radius + depth * 0.4],
      [0.5, radius + depth * 0.4],
      [0.7, radius - depth],
    ] as const) {
      points.push([cx + Math.cos(a + step * offset) * rr, cy + Math.sin(a + step * offset) * rr]);
    }
  }
  return polygon(points);
}

export const gears: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const r = m * rnd.range(0.26, 0.32);
  const cx = w * 0.5 - r * 0.45;
  const cy = h * 0.55;
  const r2 = r * 0.62;
  const angle = rnd.range(-0.6, 0.2);
  const d = (r + r2) * 1.02;
  const gear = (x: number, y: number, radius: number, teeth: number, color: string) =>
    `<path d="${gearPath(x, y, radius, teeth, rnd.range(0, 1))}" ${s.fill(color)}/><circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(radius * 0.32)}" ${s.fill(pal.primary)}/>`;
  return (
    gear(cx, cy, r, 12, pal.secondary) +
    gear(cx + Math.cos(angle) * d, cy + Math.sin(angle) * d, r2, 8, pal.accent) +
    gear(cx - r * 0.9, cy - r * 1.05, r * 0.38, 6, blend(pal.secondary, pal.primary, 0.4))
  );
};

export const circuit: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const chip = m * 0.3;
  const cx = w / 2;
  const cy = h / 2;
  let traces = '';
  let pads = '';
  // Traces leave the chip on all four sides: u runs outwards, v across.
  for (const horizontal of [true, false]) {
    const reach = (horizontal ? w : h) / 2;
    const across = (horizontal ? h : w) / 2;
    const lanes = horizontal === w >= h ? 5 : 3;
    const point = (side: number, u: number, v: number) =>
      horizontal ? `${r1(cx + side * u)} ${r1(cy + v)}` : `${r1(cx + v)} ${r1(cy + side * u)}`;
    for (const side of [-1, 1]) {
      for (let i = 0; i < lanes; i++) {
        const v0 = -chip * 0.4 + (i * chip * 0.8) / (lanes - 1);
        const u1 = chip / 2 + rnd.range(0.1, 0.35) * (reach - chip / 2);
        const rise = rnd.range(-1, 1) * across * 0.4;
        const u2 = u1 + Math.abs(rise);
        const u3 = Math.max(u2 + m * 0.03, reach - rnd.range(0.06, 0.3) * reach);
        traces += `M${point(side, chip / 2, v0)} L${point(side, u1, v0)} L${point(side, u2, v0 + rise)} L${point(side, u3, v0 + rise)} `;
        const [px, py] = point(side, u3, v0 + rise).split(' ');
        pads += `<circle cx="${px}" cy="${py}" r="${r1(m * 0.022)}" ${s.fill(pal.accent)}/>`;
      }
    }
  }
  let out = `<path d="${traces}" ${s.line(pal.secondary, m * 0.014)}/>${pads}`;
  out += `<rect x="${r1(cx - chip / 2)}" y="${r1(cy - chip / 2)}" width="${r1(chip)}" height="${r1(chip)}" rx="${r1(chip * 0.06)}" ${s.fill(blend(pal.secondary, pal.ink, 0.5))}/>`;
  out += `<rect x="${r1(cx - chip * 0.3)}" y="${r1(cy - chip * 0.3)}" width="${r1(chip * 0.6)}" height="${r1(chip * 0.6)}" ${s.flat(pal.accent, 0.5)}/>`;
  return out;
};
