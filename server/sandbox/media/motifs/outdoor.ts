// Outdoor motifs: landscapes, plants, animals, sports, transportation.
import { blend, minSide, r1, ridge, type Motif } from './util';

export const landscape: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const sunR = m * rnd.range(0.08, 0.13);
  const sunX = w * rnd.range(0.18, 0.82);
  const sunY = h * rnd.range(0.2, 0.34);
  let out = '';
  out += s.glow(sunX, sunY, sunR * 2.6, pal.glow);
  out += `<circle cx="${r1(sunX)}" cy="${r1(sunY)}" r="${r1(sunR)}" ${s.fill(pal.glow)}/>`;
  const far = blend(pal.secondary, pal.primary, 0.5);
  out += `<path d="${ridge(s, h * 0.6, h * 0.1, rnd.int(3, 5))}" ${s.fill(far)}/>`;
  out += `<path d="${ridge(s, h * 0.72, h * 0.07, rnd.int(2, 4))}" ${s.fill(pal.secondary)}/>`;
  if (rnd.chance(0.6)) {
    // A row of simple trees on the near hill.
    const trees = rnd.int(2, 5);
    const tree = blend(pal.secondary, pal.ink, 0.45);
    for (let i = 0; i < trees; i++) {
      const x = w * rnd.range(0.05, 0.95);
      const y = h * rnd.range(0.74, 0.82);
      const th = m * rnd.range(0.1, 0.16);
      out += `<path d="M${r1(x)} ${r1(y - th)} L${r1(x + th * 0.32)} ${r1(y)} L${r1(x - th * 0.32)} ${r1(y)} Z" ${s.fill(tree)}/>`;
    }
  }
  out += `<path d="${ridge(s, h * 0.88, h * 0.035, 2)}" ${s.fill(blend(pal.secondary, pal.ink, 0.3))}/>`;
  return out;
};

export const plants: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  let out = '';
  const leaf = (x: number, y: number, len: number, angle: number, color: string) =>
    `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(angle)})"><path d="M0 0 Q${r1(len * 0.5)} ${r1(-len * 0.28)} ${r1(len)} 0 Q${r1(len * 0.5)} ${r1(len * 0.28)} 0 0Z" ${s.fill(color)}/><path d="M0 0 L${r1(len * 0.9)} 0" ${s.line(blend(color, pal.ink, 0.4), 5)}/></g>`;
  const corners: Array<[number, number, number]> = [
    [0, h, -50],
    [w, h, -130],
    [0, 0, 40],
    [w, 0, 140],
  ];
  for (const [x, y, base] of corners.slice(0, rnd.int(2, 4))) {
    for (let i = 0; i < 3; i++)
      out += leaf(x, y, m * rnd.range(0.32, 0.5), base + rnd.range(-28, 28), pal.secondary);
  }
  const flowers = rnd.int(1, 3);
  const first = rnd.range(0, 1);
  for (let i = 0; i < flowers; i++) {
    // Spread along a gentle diagonal, so flowers never pile up on each other.
    const t = flowers === 1 ? 0.5 : (i + first * 0.5) / (flowers - 0.5);
    const cx = w * (0.25 + 0.5 * t);
    const cy = h * (0.62 - 0.24 * t + rnd.range(-0.06, 0.06));
    const pr = m * rnd.range(0.06, 0.09) * (flowers === 1 ? 1.4 : 1);
    const petals = rnd.int(5, 7);
    const turn = rnd.range(0, 60);
    for (let p = 0; p < petals; p++) {
      const a = ((turn + (360 * p) / petals) * Math.PI) / 180;
      const px = r1(cx + Math.cos(a) * pr * 1.2);
      const py = r1(cy + Math.sin(a) * pr * 1.2);
      out += `<ellipse cx="${px}" cy="${py}" rx="${r1(pr)}" ry="${r1(pr * 0.75)}" transform="rotate(${r1((a * 180) / Math.PI)} ${px} ${py})" ${s.fill(pal.accent)}/>`;
    }
    out += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(pr * 0.6)}" ${s.fill(pal.glow)}/>`;
  }
  return out;
};

export const animal: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  let out = `<path d="${ridge(s, h * 0.8, h * 0.03, 2)}" ${s.fill(pal.accent)}/>`;
  const body = pal.secondary;
  const x = w * rnd.range(0.38, 0.62);
  const ground = h * 0.82;
  const size = m * rnd.range(0.48, 0.6);
  const kind = rnd.int(0, 2);
  if (kind === 0) {
    // A sitting cat, seen from behind-ish: body, head, ears, tail.
    const bodyR = size * 0.3;
    out += `<path d="M${r1(x + bodyR * 0.6)} ${r1(ground)} Q${r1(x + bodyR * 2.2)} ${r1(ground - bodyR * 0.2)} ${r1(x + bodyR * 1.6)} ${r1(ground - bodyR * 1.2)}" ${s.line(body, bodyR * 0.22)}/>`;
    out += `<ellipse cx="${r1(x)}" cy="${r1(ground - bodyR * 0.95)}" rx="${r1(bodyR * 0.85)}" ry="${r1(bodyR)}" ${s.fill(body)}/>`;
    const hy = ground - bodyR * 2.15;
    const hr = bodyR * 0.58;
    out += `<path d="M${r1(x - hr * 0.95)} ${r1(hy - hr * 0.2)} L${r1(x - hr * 0.75)} ${r1(hy - hr * 1.55)} L${r1(x - hr * 0.1)} ${r1(hy - hr * 0.8)} Z M${r1(x + hr * 0.95)} ${r1(hy - hr * 0.2)} L${r1(x + hr * 0.75)} ${r1(hy - hr * 1.55)} L${r1(x + hr * 0.1)} ${r1(hy - hr * 0.8)} Z" ${s.fill(body)}/>`;
    out += `<circle cx="${r1(x)}" cy="${r1(hy)}" r="${r1(hr)}" ${s.fill(body)}/>`;
  } else if (kind === 1) {
    // A bird on a branch.
    const bx = x;
    const by = h * 0.5;
    const br = size * 0.22;
    out += `<path d="M0 ${r1(by + br * 1.1)} Q${r1(w * 0.5)} ${r1(by + br * 0.8)} ${r1(w)} ${r1(by + br * 1.3)}" ${s.line(pal.ink, m * 0.025)}/>`;
    out += `<path d="M${r1(bx - br * 0.8)} ${r1(by + br * 0.3)} L${r1(bx - br * 2)} ${r1(by + br * 0.9)} L${r1(bx - br * 1.7)} ${r1(by + br * 0.2)} Z" ${s.fill(body)}/>`;
    out += `<ellipse cx="${r1(bx)}" cy="${r1(by)}" rx="${r1(br * 1.2)}" ry="${r1(br * 0.9)}" ${s.fill(body)}/>`;
    out += `<circle cx="${r1(bx + br * 0.95)}" cy="${r1(by - br * 0.75)}" r="${r1(br * 0.6)}" ${s.fill(body)}/>`;
    out += `<path d="M${r1(bx + br * 1.45)} ${r1(by - br * 0.85)} L${r1(bx + br * 1.95)} ${r1(by - br * 0.65)} L${r1(bx + br * 1.45)} ${r1(by - br * 0.5)} Z" ${s.flat(pal.accent)}/>`;
    out += `<circle cx="${r1(bx + br * 1.1)}" cy="${r1(by - br * 0.85)}" r="${r1(br * 0.1)}" ${s.flat(pal.ink)}/>`;
    out += `<path d="M${r1(bx - br * 0.6)} ${r1(by - br * 0.1)} Q${r1(bx)} ${r1(by + br * 0.7)} ${r1(bx + br * 0.6)} ${r1(by)}" ${s.line(blend(body, pal.ink, 0.35), br * 0.12)}/>`;
  } else {
    // Paw prints walking across.
    const steps = 4;
    for (let i = 0; i < steps; i++) {
      const px = w * (0.18 + (0.64 * i) / (steps - 1));
      const py = h * (i % 2 ? 0.35 : 0.58);
      const pr = m * 0.075;
      out += `<ellipse cx="${r1(px)}" cy="${r1(py)}" rx="${r1(pr)}" ry="${r1(pr * 0.85)}" ${s.fill(body)}/>`;
      for (let t = 0; t < 4; t++) {
        const a = ((-150 + t * 40) * Math.PI) / 180;
        out += `<circle cx="${r1(px + Math.cos(a) * pr * 1.55)}" cy="${r1(py + Math.sin(a) * pr * 1.45)}" r="${r1(pr * 0.36)}" ${s.fill(body)}/>`;
      }
    }
  }
  return out;
};

export const sports: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const field = s.line(pal.light, m * 0.012, 0.7);
  let out = `<path d="M${r1(w * 0.5)} 0 V${h}" ${field}/><circle cx="${r1(w * 0.5)}" cy="${r1(h * 0.5)}" r="${r1(m * 0.22)}" ${field}/>`;
  const ball = (cx: number, cy: number, r: number, kind: number, color: string) => {
    let b = `<ellipse cx="${r1(cx + r * 0.2)}" cy="${r1(cy + r * 1.02)}" rx="${r1(r * 0.9)}" ry="${r1(r * 0.18)}" ${s.flat(pal.ink, 0.25)}/>`;
    b += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" ${s.fill(color)}/>`;
    const seam = s.line(blend(color, pal.ink, 0.6), r * 0.07);
    if (kind === 0) {
      b += `<path d="M${r1(cx - r)} ${r1(cy)} H${r1(cx + r)} M${r1(cx)} ${r1(cy - r)} V${r1(cy + r)} M${r1(cx - r * 0.7)} ${r1(cy - r * 0.7)} Q${r1(cx - r * 0.15)} ${r1(cy)} ${r1(cx - r * 0.7)} ${r1(cy + r * 0.7)} M${r1(cx + r * 0.7)} ${r1(cy - r * 0.7)} Q${r1(cx + r * 0.15)} ${r1(cy)} ${r1(cx + r * 0.7)} ${r1(cy + r * 0.7)}" ${seam}/>`;
    } else if (kind === 1) {
      b += `<path d="M${r1(cx - r * 0.85)} ${r1(cy - r * 0.45)} Q${r1(cx)} ${r1(cy + r * 0.1)} ${r1(cx - r * 0.2)} ${r1(cy + r * 0.98)} M${r1(cx + r * 0.85)} ${r1(cy + r * 0.45)} Q${r1(cx)} ${r1(cy - r * 0.1)} ${r1(cx + r * 0.2)} ${r1(cy - r * 0.98)}" ${seam}/>`;
    } else {
      const pent = Array.from({ length: 5 }, (_, i) => {
        const a = ((-90 + i * 72) * Math.PI) / 180;
        return `${r1(cx + Math.cos(a) * r * 0.38)} ${r1(cy + Math.sin(a) * r * 0.38)}`;
      });
      b += `<path d="M${pent.join(' L')} Z" ${s.flat(pal.ink)}/>`;
    }
    return b;
  };
  const kind = rnd.int(0, 2);
  out += ball(
    w * rnd.range(0.35, 0.6),
    h * rnd.range(0.45, 0.6),
    m * rnd.range(0.24, 0.3),
    kind,
    pal.secondary,
  );
  out += ball(
    w * rnd.range(0.72, 0.85),
    h * rnd.range(0.25, 0.4),
    m * 0.1,
    (kind + 1) % 3,
    pal.accent,
  );
  return out;
};

export const transport: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const roadY = h * 0.74;
  let out = `<rect y="${r1(roadY)}" width="${w}" height="${r1(h - roadY)}" ${s.fill(blend(pal.secondary, pal.ink, 0.35))}/>`;
  out += `<path d="M0 ${r1(roadY + (h - roadY) * 0.55)} H${w}" ${s.line(pal.light, m * 0.014)} stroke-dasharray="${r1(m * 0.08)} ${r1(m * 0.06)}"/>`;
  const cw = w >= h ? Math.min(w * 0.62, m * 1.05) : w * 0.82;
  const cx = w * rnd.range(0.42, 0.58) - cw / 2;
  const base = roadY + m * 0.02;
  const ch = cw * 0.24;
  const body = pal.accent;
  const wheelR = cw * 0.095;
  const cab = rnd.chance(0.5) ? 0.3 : 0.22;
  out += `<path d="M${r1(cx)} ${r1(base - wheelR)} V${r1(base - ch)} Q${r1(cx)} ${r1(base - ch * 1.1)} ${r1(cx + cw * 0.08)} ${r1(base - ch * 1.12)} L${r1(cx + cw * cab)} ${r1(base - ch * 1.15)} L${r1(cx + cw * 0.38)} ${r1(base - ch * 1.9)} H${r1(cx + cw * 0.72)} L${r1(cx + cw * 0.86)} ${r1(base - ch * 1.15)} Q${r1(cx + cw)} ${r1(base - ch * 1.1)} ${r1(cx + cw)} ${r1(base - ch * 0.6)} V${r1(base - wheelR)} Z" ${s.fill(body)}/>`;
  out += `<path d="M${r1(cx + cw * 0.41)} ${r1(base - ch * 1.2)} L${r1(cx + cw * 0.45)} ${r1(base - ch * 1.75)} H${r1(cx + cw * 0.69)} L${r1(cx + cw * 0.8)} ${r1(base - ch * 1.2)} Z" ${s.flat(pal.light, 0.85)}/>`;
  for (const f of [0.22, 0.78]) {
    out += `<circle cx="${r1(cx + cw * f)}" cy="${r1(base - wheelR)}" r="${r1(wheelR)}" ${s.fill(pal.ink)}/><circle cx="${r1(cx + cw * f)}" cy="${r1(base - wheelR)}" r="${r1(wheelR * 0.42)}" ${s.flat(pal.light)}/>`;
  }
  return out;
};
