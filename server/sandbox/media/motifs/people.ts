// People: a group of simple figures (head and shoulders), like a stock "team" shot.
import { blend, minSide, r1, type Motif } from './util';

export const people: Motif = (s) => {
  const { w, h, pal, rnd } = s;
  const m = minSide(s);
  const count = rnd.int(1, w > h * 1.2 ? 4 : 3);
  const span = w * Math.min(0.62, 0.3 * (count - 1));
  const colors = [
    pal.secondary,
    pal.accent,
    blend(pal.secondary, pal.accent, 0.5),
    blend(pal.secondary, pal.ink, 0.3),
  ];
  let out = '';
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => Math.abs(b - (count - 1) / 2) - Math.abs(a - (count - 1) / 2),
  );
  for (const i of order) {
    const x = w / 2 - span / 2 + (count === 1 ? 0 : (span * i) / (count - 1)) + rnd.range(-15, 15);
    const centre = 1 - Math.abs(i - (count - 1) / 2) / Math.max(1, count);
    const size = m * (count === 1 ? 0.46 : 0.3) * (0.85 + centre * 0.25);
    const color = colors[i % colors.length] ?? pal.secondary;
    const shoulders = h - size * 0.05;
    const top = h - size * 1.15;
    out += `<path d="M${r1(x - size * 0.62)} ${r1(shoulders + size)} V${r1(top + size * 0.55)} Q${r1(x - size * 0.6)} ${r1(top + size * 0.18)} ${r1(x)} ${r1(top + size * 0.16)} Q${r1(x + size * 0.6)} ${r1(top + size * 0.18)} ${r1(x + size * 0.62)} ${r1(top + size * 0.55)} V${r1(shoulders + size)} Z" ${s.fill(color)}/>`;
    const headY = top - size * 0.22;
    const headR = size * 0.3;
    out += `<circle cx="${r1(x)}" cy="${r1(headY)}" r="${r1(headR)}" ${s.fill(blend(color, pal.light, 0.25))}/>`;
    if (rnd.chance(0.75)) {
      // Hair: a cap over the top of the head, short or down to the shoulders.
      const long = rnd.chance(0.4);
      const hairColor = blend(color, pal.ink, 0.55);
      const bottom = long ? headY + headR * 1.25 : headY - headR * 0.05;
      out += `<path d="M${r1(x - headR * 1.06)} ${r1(bottom)} V${r1(headY - headR * 0.1)} A${r1(headR * 1.06)} ${r1(headR * 1.06)} 0 0 1 ${r1(x + headR * 1.06)} ${r1(headY - headR * 0.1)} V${r1(bottom)} ${long ? `H${r1(x + headR * 0.78)} V${r1(headY)}` : ''} Q${r1(x)} ${r1(headY - headR * 0.95)} ${r1(x - headR * (long ? 0.78 : 1.06))} ${r1(long ? headY : bottom)} ${long ? `V${r1(bottom)}` : ''} Z" ${s.fill(hairColor)}/>`;
    }
  }
  return out;
};
