// Sound-effect previews, synthesised by category: whooshes, impacts, clicks, beeps,
// ambiences, rain, wind, footsteps, lasers, risers, boings, engines, knocks, glitches,
// bells. Deterministic per sound effect; long ones carry the preview watermark.
import { hashString, Random } from '../../seed/random';
import type { SfxSoundSpec } from '../sfx';
import type { SfxSound } from '../vocab';
import { addNoise, addTone, finish, sampleCount } from './dsp';
import { addWatermark } from './music';

type Recipe = (out: Float32Array, random: Random, seconds: number) => void;

const RECIPES: Record<SfxSound, Recipe> = {
  whoosh(out, random, s) {
    const peak = random.range(0.35, 0.6);
    addNoise(out, random, 0, s, 0.9, {
      band: (t) => 300 + 3500 * Math.sin(Math.PI * Math.min(1, t / s)),
      q: 1.5,
      shape: (t) => Math.pow(Math.sin(Math.PI * Math.min(1, t / s)), 2) * (t / s < peak ? 1 : 0.8),
    });
  },
  impact(out, random, s) {
    addTone(out, 0, s, 55, 1, {
      decay: 3.5 / s,
      glide: (t) => 12 * Math.exp(-t * 20),
      attack: 0.001,
    });
    addNoise(out, random, 0, Math.min(s, 0.4), 0.8, { decay: 14, band: 900, q: 0.7 });
    addNoise(out, random, 0, s, 0.5, { brown: true, decay: 2.5 / s });
  },
  click(out, random, s) {
    const clicks = s > 0.4 ? 2 : 1;
    for (let k = 0; k < clicks; k++) {
      const at = k * Math.min(0.12, s / 2);
      addNoise(out, random, at, 0.004, 0.9, { highpass: true });
      addTone(out, at, 0.04, random.range(1800, 3200), 0.5, { decay: 120, attack: 0.0005 });
    }
  },
  beep(out, random, s) {
    const base = random.pick([660, 880, 988, 1320]);
    const count = s > 0.8 ? 2 : 1;
    const length = Math.min(0.35, (s * 0.8) / count);
    for (let k = 0; k < count; k++)
      addTone(out, k * length * 1.2, length, base * (k === 1 ? 1.5 : 1), 0.6, {
        attack: 0.005,
        release: 0.05,
      });
  },
  ambience(out, random, s) {
    addNoise(out, random, 0, s, 0.8, { brown: true, attack: 0.5, release: 0.5 });
    addNoise(out, random, 0, s, 0.06, { band: 1200, q: 0.8, attack: 0.5, release: 0.5 });
    for (let at = random.range(0.5, 2); at < s - 0.5; at += random.range(0.8, 3))
      addNoise(out, random, at, 0.08, random.range(0.05, 0.15), {
        decay: 40,
        band: random.range(800, 3000),
        q: 3,
      });
  },
  rain(out, random, s) {
    addNoise(out, random, 0, s, 0.35, { highpass: true, attack: 0.5, release: 0.5 });
    addNoise(out, random, 0, s, 0.5, { brown: true, attack: 0.5, release: 0.5 });
    const drops = Math.floor(s * 25);
    for (let k = 0; k < drops; k++)
      addNoise(out, random, random.range(0, s), 0.02, random.range(0.05, 0.25), {
        decay: 200,
        band: random.range(2000, 6000),
        q: 5,
      });
  },
  wind(out, random, s) {
    const rate = random.range(0.08, 0.2);
    addNoise(out, random, 0, s, 1, {
      band: (t) =>
        350 + 250 * Math.sin(2 * Math.PI * rate * t) + 120 * Math.sin(2 * Math.PI * rate * 2.7 * t),
      q: 3,
      attack: 1,
      release: 1,
      shape: (t) => 0.6 + 0.4 * Math.sin(2 * Math.PI * rate * 1.3 * t + 1),
    });
  },
  footsteps(out, random, s) {
    const pace = random.range(0.45, 0.6);
    for (let at = 0.05; at < s - 0.1; at += pace * random.range(0.95, 1.05)) {
      addNoise(out, random, at, 0.12, 0.7, { decay: 35, band: random.range(400, 900), q: 1 });
      addTone(out, at, 0.1, 70, 0.4, { decay: 40 });
    }
  },
  laser(out, random, s) {
    const start = random.range(1500, 3000);
    addTone(out, 0, s, start, 0.6, {
      wave: 'square',
      lowpass: 4000,
      decay: 3 / s,
      glide: (t) => -36 * (t / s),
    });
  },
  riser(out, random, s) {
    addNoise(out, random, 0, s, 0.6, {
      band: (t) => 300 + 6000 * Math.pow(t / s, 2),
      q: 2,
      shape: (t) => Math.pow(t / s, 1.5),
    });
    addTone(out, 0, s, 110, 0.35, {
      wave: 'saw',
      lowpass: 2000,
      glide: (t) => 24 * (t / s),
      attack: s * 0.8,
      release: 0.05,
    });
  },
  boing(out, random, s) {
    const base = random.range(180, 320);
    addTone(out, 0, s, base, 0.8, {
      decay: 3 / s,
      glide: (t) => 7 * Math.sin(2 * Math.PI * 11 * t) * Math.exp(-2.5 * t),
    });
  },
  engine(out, random, s) {
    const idle = random.range(28, 45);
    const rev = (t: number) => 10 * Math.max(0, Math.sin((Math.PI * t) / s));
    addTone(out, 0, s, idle, 0.6, {
      wave: 'saw',
      lowpass: 400,
      glide: rev,
      attack: 0.3,
      release: 0.4,
    });
    addTone(out, 0, s, idle * 2, 0.3, {
      wave: 'square',
      lowpass: 300,
      glide: rev,
      attack: 0.3,
      release: 0.4,
    });
    addNoise(out, random, 0, s, 0.3, { brown: true, attack: 0.3, release: 0.4 });
  },
  knock(out, random, s) {
    const count = random.int(2, 3);
    for (let k = 0; k < count; k++) {
      const at = 0.05 + k * Math.min(0.28, (s - 0.2) / count);
      addTone(out, at, 0.15, 190, 0.7, { decay: 30, attack: 0.001 });
      addTone(out, at, 0.1, 340, 0.35, { decay: 45, attack: 0.001 });
      addNoise(out, random, at, 0.02, 0.5, { decay: 150, band: 2500, q: 1 });
    }
  },
  glitch(out, random, s) {
    for (let at = 0; at < s;) {
      const length = random.range(0.02, 0.12);
      if (random.chance(0.5))
        addTone(out, at, length, random.range(100, 2000), 0.5, { wave: 'square', release: 0.003 });
      else
        addNoise(out, random, at, length, 0.6, {
          band: random.range(500, 5000),
          q: 2,
          release: 0.003,
        });
      at += length + (random.chance(0.3) ? random.range(0.01, 0.08) : 0);
    }
  },
  bell(out, random, s) {
    const base = random.range(500, 1100);
    for (const [ratio, level] of [
      [1, 0.6],
      [2.76, 0.3],
      [5.4, 0.15],
      [8.93, 0.08],
    ] as const)
      addTone(out, 0, s, base * ratio, level, {
        decay: (3 + ratio) / s,
        attack: 0.001,
        release: 0.05,
      });
  },
};

export function synthesizeEffect(
  spec: SfxSoundSpec,
  seconds: number,
  options: { watermark?: boolean } = {},
): Float32Array {
  const random = new Random(hashString(`sfx:${spec.id}`));
  const out = new Float32Array(sampleCount(seconds));
  RECIPES[spec.sound](out, random, seconds);
  if (seconds > 10 && options.watermark !== false) addWatermark(out, random, seconds);
  return finish(out, 0.89, Math.min(0.05, seconds / 10));
}
