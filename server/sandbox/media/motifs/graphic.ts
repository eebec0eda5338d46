// Graphic motifs: abstract compositions, textures, charts, symbols, food from above.
import { blend, minSide, polygon, r1, type Motif } from './util';

export const abstract: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  let out = `<circle cx="${r1(w * rnd.range(0.3, 0.7))}" cy="${r1(h * rnd.range(0.35, 0.65))}" r="${r1(m * rnd.range(0.26, 0.33))}" ${s.fill(pal.secondary)}/>`;
  const tx = w * rnd.range(0.1, 0.4);
  out += `<path d="${polygon([
    [tx, h],
    [tx + m * 0.45, h],
    [tx + m * 0.2, h - m * 0.45],
  ])}" ${s.fill(pal.accent)}/>`;
  out += `<rect x="${r1(w * rnd.range(0.55, 0.75))}" y="${r1(h * rnd.range(0.08, 0.25))}" width="${r1(m * 0.2)}" height="${r1(m * 0.2)}" transform="rotate(${r1(rnd.range(-20, 20))} ${r1(w * 0.7)} ${r1(h * 0.2)})" ${s.fill(blend(pal.secondary, pal.ink, 0.3))}/>`;
  out += `<path d="M${r1(w * 0.05)} ${r1(h * rnd.range(0.15, 0.3))} Q${r1(w * 0.5)} ${r1(h * rnd.range(0, 0.2))} ${r1(w * 0.95)} ${r1(h * rnd.range(0.7, 0.9))}" ${s.line(pal.ink, m * 0.012)}/>`;
  out += `<circle cx="${r1(w * rnd.range(0.75, 0.9))}" cy="${r1(h * rnd.range(0.65, 0.85))}" r="${r1(m * 0.05)}" ${s.fill(pal.light)}/>`;
  return out;
};

export const texture: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const kind = rnd.int(0, 2);
  if (kind === 0) {
    // Waves.
    let d = '';
    const gap = m * 0.11;
    const amp = gap * 0.35;
    for (let y = gap / 2; y < h + gap; y += gap) {
      d += `M-20 ${r1(y)} `;
      for (let x = 0; x < w + 100; x += 100) d += `q25 ${r1(-amp)} 50 0 t50 0 `;
    }
    return `<path d="${d}" ${s.line(pal.secondary, gap * 0.26)}/>`;
  }
  if (kind === 1) {
    // Polka dots in two tones.
    const id = s.define(
      (pid) =>
        `<pattern id="${pid}" width="120" height="120" patternUnits="userSpaceOnUse" patternTransform="rotate(${r1(rnd.range(0, 45))})"><circle cx="30" cy="30" r="17" fill="${pal.secondary}"/><circle cx="90" cy="90" r="12" fill="${pal.accent}"/></pattern>`,
    );
    return `<rect width="${w}" height="${h}" fill="url(#${id})"/>`;
  }
  // Diagonal stripes.
  const id = s.define(
    (pid) =>
      `<pattern id="${pid}" width="90" height="90" patternUnits="userSpaceOnUse" patternTransform="rotate(${r1(rnd.range(20, 70))})"><rect width="22" height="90" fill="${pal.secondary}"/><rect x="45" width="8" height="90" fill="${pal.accent}"/></pattern>`,
  );
  return `<rect width="${w}" height="${h}" fill="url(#${id})"/>`;
};

export const chart: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const left = w * 0.14;
  const base = h * 0.82;
  const bars = rnd.int(4, 6);
  const slot = (w * 0.72) / bars;
  let out = `<path d="M${r1(left)} ${r1(h * 0.14)} V${r1(base)} H${r1(w * 0.9)}" ${s.line(pal.ink, m * 0.01, 0.6)}/>`;
  let value = rnd.range(0.15, 0.3);
  const tops: string[] = [];
  for (let i = 0; i < bars; i++) {
    value = Math.min(0.9, value + rnd.range(-0.05, 0.2));
    const bh = (base - h * 0.18) * value;
    const x = left + slot * i + slot * 0.22;
    out += `<rect x="${r1(x)}" y="${r1(base - bh)}" width="${r1(slot * 0.56)}" height="${r1(bh)}" ${s.fill(i === bars - 1 ? pal.accent : pal.secondary)}/>`;
    tops.push(`${r1(x + slot * 0.28)} ${r1(base - bh - m * 0.08)}`);
  }
  out += `<path d="M${tops.join(' L')}" ${s.line(pal.ink, m * 0.012)}/>`;
  return out;
};

export const food: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const px = w * rnd.range(0.42, 0.55);
  const py = h * 0.52;
  const pr = m * 0.3;
  let out = `<circle cx="${r1(px + pr * 0.06)}" cy="${r1(py + pr * 0.08)}" r="${r1(pr)}" ${s.flat(pal.ink, 0.18)}/>`;
  out += `<circle cx="${r1(px)}" cy="${r1(py)}" r="${r1(pr)}" ${s.fill(pal.light)}/><circle cx="${r1(px)}" cy="${r1(py)}" r="${r1(pr * 0.72)}" ${s.fill(blend(pal.light, pal.primary, 0.15))}/>`;
  const bits = rnd.int(3, 5);
  for (let i = 0; i < bits; i++) {
    const a = rnd.range(0, Math.PI * 2);
    const d = rnd.range(0, pr * 0.35);
    const color = i % 2 ? pal.accent : pal.secondary;
    out += `<ellipse cx="${r1(px + Math.cos(a) * d)}" cy="${r1(py + Math.sin(a) * d)}" rx="${r1(pr * rnd.range(0.2, 0.3))}" ry="${r1(pr * rnd.range(0.14, 0.22))}" transform="rotate(${r1(rnd.range(0, 180))} ${r1(px + Math.cos(a) * d)} ${r1(py + Math.sin(a) * d)})" ${s.fill(color)}/>`;
  }
  const fx = px - pr * 1.3;
  out += `<path d="M${r1(fx)} ${r1(py - pr * 0.8)} V${r1(py + pr * 0.9)} M${r1(fx - pr * 0.08)} ${r1(py - pr * 0.8)} V${r1(py - pr * 0.45)} M${r1(fx + pr * 0.08)} ${r1(py - pr * 0.8)} V${r1(py - pr * 0.45)}" ${s.line(pal.ink, m * 0.015, 0.75)}/>`;
  const kx = px + pr * 1.3;
  out += `<path d="M${r1(kx)} ${r1(py - pr * 0.8)} V${r1(py + pr * 0.9)}" ${s.line(pal.ink, m * 0.018, 0.75)}/>`;
  const cx = Math.min(w - pr * 0.5, px + pr * 1.85);
  out += `<circle cx="${r1(cx)}" cy="${r1(h * 0.18)}" r="${r1(pr * 0.38)}" ${s.fill(pal.secondary)}/><circle cx="${r1(cx)}" cy="${r1(h * 0.18)}" r="${r1(pr * 0.26)}" ${s.flat(blend(pal.secondary, pal.ink, 0.5))}/>`;
  return out;
};

export const bokeh: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  let out = '';
  const n = rnd.int(7, 11);
  for (let i = 0; i < n; i++) {
    const color = i % 3 === 0 ? pal.accent : pal.secondary;
    out += `<circle cx="${r1(rnd.range(0, w))}" cy="${r1(rnd.range(0, h))}" r="${r1(m * rnd.range(0.05, 0.16))}" ${s.flat(color, rnd.range(0.55, 0.9))}/>`;
  }
  return out;
};

export const symbols: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const cx = w / 2;
  const cy = h / 2;
  const r = m * 0.3;
  const kind = rnd.int(0, 2);
  let out = `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r * 1.2)}" ${s.fill(pal.secondary)}/>`;
  if (kind === 0) {
    out += `<path d="M${r1(cx - r * 0.6)} ${r1(cy)} H${r1(cx + r * 0.5)} M${r1(cx + r * 0.1)} ${r1(cy - r * 0.45)} L${r1(cx + r * 0.6)} ${r1(cy)} L${r1(cx + r * 0.1)} ${r1(cy + r * 0.45)}" ${s.line(pal.light, r * 0.2)}/>`;
  } else if (kind === 1) {
    const star = Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 ? r * 0.33 : r * 0.8;
      return [cx + Math.cos(a) * rr, cy + Math.sin(a) * rr] as const;
    });
    out += `<path d="${polygon(star)}" ${s.fill(pal.accent)}/>`;
  } else {
    out += `<path d="M${r1(cx)} ${r1(cy + r * 0.6)} C${r1(cx - r * 1.1)} ${r1(cy - r * 0.1)} ${r1(cx - r * 0.5)} ${r1(cy - r * 0.9)} ${r1(cx)} ${r1(cy - r * 0.35)} C${r1(cx + r * 0.5)} ${r1(cy - r * 0.9)} ${r1(cx + r * 1.1)} ${r1(cy - r * 0.1)} ${r1(cx)} ${r1(cy + r * 0.6)} Z" ${s.fill(pal.accent)}/>`;
  }
  return out;
};

export const sunburst: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const cx = w / 2;
  const cy = h * rnd.range(0.45, 0.6);
  const rays = 16;
  const far = Math.hypot(w, h);
  let d = '';
  for (let i = 0; i < rays; i++) {
    const a = (i / rays) * Math.PI * 2;
    const b = a + (Math.PI * 2 * 0.32) / rays;
    d += `M${r1(cx)} ${r1(cy)} L${r1(cx + Math.cos(a) * far)} ${r1(cy + Math.sin(a) * far)} L${r1(cx + Math.cos(b) * far)} ${r1(cy + Math.sin(b) * far)} Z `;
  }
  let out = `<path d="${d}" ${s.flat(blend(pal.primary, pal.secondary, 0.3))}/>`;
  out += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(m * 0.28)}" ${s.fill(pal.secondary)}/>`;
  out += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(m * 0.2)}" ${s.line(pal.light, m * 0.015)}/>`;
  out += `<rect x="${r1(cx - m * 0.38)}" y="${r1(cy - m * 0.06)}" width="${r1(m * 0.76)}" height="${r1(m * 0.12)}" ${s.fill(pal.accent)}/>`;
  return out;
};

export const ornaments: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const n = rnd.int(2, 4);
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = w * ((i + 0.5) / n) + rnd.range(-20, 20);
    const r = m * rnd.range(0.1, 0.15);
    const y = h * rnd.range(0.4, 0.7);
    const color = i % 2 ? pal.accent : pal.secondary;
    out += `<path d="M${r1(x)} 0 V${r1(y - r)}" ${s.line(pal.ink, 4, 0.6)}/><rect x="${r1(x - r * 0.25)}" y="${r1(y - r * 1.2)}" width="${r1(r * 0.5)}" height="${r1(r * 0.3)}" ${s.flat(pal.light)}/>`;
    out += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" ${s.fill(color)}/><path d="M${r1(x - r)} ${r1(y)} Q${r1(x)} ${r1(y + r * 0.35)} ${r1(x + r)} ${r1(y)}" ${s.line(pal.light, r * 0.12)}/>`;
  }
  for (let i = 0; i < 14; i++) {
    out += `<circle cx="${r1(rnd.range(0, w))}" cy="${r1(rnd.range(0, h))}" r="${r1(m * rnd.range(0.006, 0.014))}" ${s.flat(pal.light, 0.85)}/>`;
  }
  return out;
};

export const medical: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const cx = w * rnd.range(0.32, 0.42);
  const cy = h * 0.45;
  const a = m * 0.12;
  let out = `<path d="${polygon([
    [cx - a, cy - 3 * a],
    [cx + a, cy - 3 * a],
    [cx + a, cy - a],
    [cx + 3 * a, cy - a],
    [cx + 3 * a, cy + a],
    [cx + a, cy + a],
    [cx + a, cy + 3 * a],
    [cx - a, cy + 3 * a],
    [cx - a, cy + a],
    [cx - 3 * a, cy + a],
    [cx - 3 * a, cy - a],
    [cx - a, cy - a],
  ])}" ${s.fill(pal.secondary)}/>`;
  const py = h * 0.84;
  out += `<path d="M0 ${r1(py)} H${r1(w * 0.45)} l${r1(m * 0.04)} ${r1(-m * 0.12)} l${r1(m * 0.05)} ${r1(m * 0.2)} l${r1(m * 0.04)} ${r1(-m * 0.08)} H${w}" ${s.line(pal.ink, m * 0.012)}/>`;
  const pill = (x: number, y: number, angle: number) =>
    `<g transform="rotate(${r1(angle)} ${r1(x)} ${r1(y)})"><rect x="${r1(x - m * 0.1)}" y="${r1(y - m * 0.04)}" width="${r1(m * 0.2)}" height="${r1(m * 0.08)}" rx="${r1(m * 0.04)}" ${s.fill(pal.accent)}/></g>`;
  out += pill(w * 0.72, h * 0.3, rnd.range(-40, 40)) + pill(w * 0.8, h * 0.55, rnd.range(-40, 40));
  return out;
};

export const books: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  let y = h * 0.86;
  const cx = w * rnd.range(0.4, 0.6);
  let out = `<rect y="${r1(y)}" width="${w}" height="${r1(h - y)}" ${s.fill(blend(pal.secondary, pal.ink, 0.35))}/>`;
  const colors = [pal.secondary, pal.accent, blend(pal.secondary, pal.accent, 0.5)];
  for (let i = 0; i < 4; i++) {
    const bw = m * rnd.range(0.45, 0.6);
    const bh = m * rnd.range(0.07, 0.1);
    const x = cx - bw / 2 + rnd.range(-20, 20);
    y -= bh;
    out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(bw)}" height="${r1(bh)}" rx="4" ${s.fill(colors[i % 3] ?? pal.secondary)}/><rect x="${r1(x + bw * 0.82)}" y="${r1(y + bh * 0.2)}" width="${r1(bw * 0.06)}" height="${r1(bh * 0.6)}" ${s.flat(pal.light, 0.8)}/>`;
  }
  out += `<g transform="rotate(-35 ${r1(cx)} ${r1(y)})"><rect x="${r1(cx - m * 0.2)}" y="${r1(y - m * 0.1)}" width="${r1(m * 0.36)}" height="${r1(m * 0.04)}" ${s.fill(pal.accent)}/><path d="M${r1(cx + m * 0.16)} ${r1(y - m * 0.1)} l${r1(m * 0.07)} ${r1(m * 0.02)} l${r1(-m * 0.07)} ${r1(m * 0.02)}Z" ${s.flat(pal.ink)}/></g>`;
  return out;
};

export const molecule: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const atoms: Array<[number, number, number]> = [];
  for (let i = 0; i < 6; i++)
    atoms.push([w * rnd.range(0.2, 0.8), h * rnd.range(0.2, 0.8), m * rnd.range(0.05, 0.1)]);
  let bonds = '';
  atoms.forEach(([x, y], i) => {
    const next = atoms[(i + 1) % atoms.length];
    if (next && i < atoms.length - 1) bonds += `M${r1(x)} ${r1(y)} L${r1(next[0])} ${r1(next[1])} `;
  });
  let out = `<path d="${bonds}" ${s.line(pal.ink, m * 0.015, 0.7)}/>`;
  atoms.forEach(([x, y, r], i) => {
    out += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" ${s.fill(i % 2 ? pal.accent : pal.secondary)}/>`;
  });
  return out;
};

export const candles: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const ax = w / 2;
  const aw = m * 0.5;
  let out = `<path d="M${r1(ax - aw / 2)} ${h} V${r1(h * 0.45)} A${r1(aw / 2)} ${r1(aw / 2)} 0 0 1 ${r1(ax + aw / 2)} ${r1(h * 0.45)} V${h} Z" ${s.fill(blend(pal.secondary, pal.primary, 0.45))}/>`;
  const n = rnd.int(2, 3);
  for (let i = 0; i < n; i++) {
    const x = ax + (i - (n - 1) / 2) * m * 0.17;
    const ch = m * rnd.range(0.22, 0.32);
    const top = h * 0.92 - ch;
    out += s.glow(x, top - m * 0.05, m * 0.16, pal.glow);
    out += `<rect x="${r1(x - m * 0.045)}" y="${r1(top)}" width="${r1(m * 0.09)}" height="${r1(ch)}" ${s.fill(pal.secondary)}/>`;
    out += `<path d="M${r1(x)} ${r1(top - m * 0.1)} Q${r1(x + m * 0.035)} ${r1(top - m * 0.035)} ${r1(x)} ${r1(top - m * 0.01)} Q${r1(x - m * 0.035)} ${r1(top - m * 0.035)} ${r1(x)} ${r1(top - m * 0.1)}Z" ${s.flat(pal.accent)}/>`;
  }
  return out;
};

export const brushstrokes: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  let out = '';
  const colors = [pal.secondary, pal.accent, pal.ink];
  for (let i = 0; i < 3; i++) {
    const y = h * (0.3 + i * 0.2) + rnd.range(-30, 30);
    out += `<path d="M${r1(w * rnd.range(0.05, 0.2))} ${r1(y)} C${r1(w * 0.35)} ${r1(y - m * 0.15)} ${r1(w * 0.6)} ${r1(y + m * 0.15)} ${r1(w * rnd.range(0.8, 0.95))} ${r1(y - m * 0.05)}" ${s.line(colors[i] ?? pal.secondary, m * (i === 2 ? 0.03 : 0.09), i === 2 ? 0.6 : 0.9)}/>`;
  }
  out += `<circle cx="${r1(w * rnd.range(0.6, 0.85))}" cy="${r1(h * 0.22)}" r="${r1(m * 0.08)}" ${s.fill(pal.accent)}/>`;
  return out;
};
