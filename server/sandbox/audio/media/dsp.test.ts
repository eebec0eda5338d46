// The synthesis shortcuts (a turning phasor for sines, blocks of samples, a table for the
// soft clip) must sound as the plain formulas do: the same wave, at the same pitch, for as
// long as a preview lasts.
import { describe, expect, it } from 'vitest';
import { addTone, finish, SAMPLE_RATE, type Wave } from './dsp';

const TAU = Math.PI * 2;

/** The largest difference between `out` and the formula `expected(n)`, over every sample. */
function largestError(out: Float32Array, expected: (n: number) => number): number {
  let worst = 0;
  for (let n = 0; n < out.length; n++)
    worst = Math.max(worst, Math.abs((out[n] as number) - expected(n)));
  return worst;
}

const plainWave = (wave: Wave, phase: number) => {
  const p = phase - Math.floor(phase);
  if (wave === 'sine') return Math.sin(TAU * p);
  if (wave === 'triangle') return 4 * Math.abs(p - 0.5) - 1;
  if (wave === 'saw') return 2 * p - 1;
  return p < 0.5 ? 1 : -1;
};

describe('addTone', () => {
  it('keeps a sine on pitch and at full level for the whole of a 30 s preview', () => {
    const out = new Float32Array(30 * SAMPLE_RATE);
    addTone(out, 0, 30, 440, 1, { attack: 0, release: 0 });
    // attack 0 rounds to one sample: the first sample is silent, the rest is the pure sine.
    expect(out[0]).toBe(0);
    const expected = (n: number) => (n === 0 ? 0 : Math.sin((TAU * 440 * (n + 1)) / SAMPLE_RATE));
    expect(largestError(out, expected)).toBeLessThan(1e-5);
  });

  it('follows a pitch glide as the plain phase sum does', () => {
    const out = new Float32Array(SAMPLE_RATE);
    const glide = (t: number) => 24 * Math.exp(-t * 30);
    addTone(out, 0, 1, 52, 1, { attack: 0, release: 0, glide });
    const reference = new Float64Array(out.length);
    let phase = 0;
    let increment = 0;
    for (let n = 0; n < out.length; n++) {
      if (n % 32 === 0) increment = (52 * Math.pow(2, glide(n / SAMPLE_RATE) / 12)) / SAMPLE_RATE;
      phase += increment;
      reference[n] = n === 0 ? 0 : Math.sin(TAU * phase);
    }
    expect(largestError(out, (n) => reference[n] as number)).toBeLessThan(1e-5);
  });

  it.each(['triangle', 'saw', 'square'] as const)('draws a %s at its pitch', (wave) => {
    const out = new Float32Array(5 * SAMPLE_RATE);
    addTone(out, 0, 5, 220, 1, { wave, attack: 0, release: 0 });
    // A wrapped phase may round to the other side of the square's edge, or the saw's jump,
    // now and then: compare away from those edges.
    let compared = 0;
    let worst = 0;
    for (let n = 1; n < out.length; n++) {
      const phase = (220 * (n + 1)) / SAMPLE_RATE;
      const p = phase - Math.floor(phase);
      if (Math.min(p, Math.abs(p - 0.5), 1 - p) < 1e-6) continue;
      compared++;
      worst = Math.max(worst, Math.abs((out[n] as number) - plainWave(wave, phase)));
    }
    expect(compared).toBeGreaterThan(out.length * 0.99);
    expect(worst).toBeLessThan(1e-6);
  });

  it('mixes a detuned copy, filters and shapes the envelope as asked', () => {
    const out = new Float32Array(SAMPLE_RATE);
    addTone(out, 0.1, 0.5, 330, 0.5, {
      wave: 'saw',
      detune: 4,
      lowpass: 1400,
      attack: 0.05,
      release: 0.1,
    });
    const ratio = Math.pow(2, 4 / 1200);
    const alpha = 1 - Math.exp((-TAU * 1400) / SAMPLE_RATE);
    const from = Math.round(0.1 * SAMPLE_RATE);
    const to = Math.round(0.6 * SAMPLE_RATE);
    const attack = Math.round(0.05 * SAMPLE_RATE);
    const release = Math.round(0.1 * SAMPLE_RATE);
    const reference = new Float64Array(out.length);
    let state = 0;
    for (let n = from; n < to; n++) {
      const k = n - from;
      const inc = 330 / SAMPLE_RATE;
      const value =
        0.5 * (plainWave('saw', inc * (k + 1)) + plainWave('saw', 0.25 + inc * ratio * (k + 1)));
      state += alpha * (value - state);
      let envelope = k < attack ? k / attack : 1;
      if (to - n < release) envelope *= (to - n) / release;
      reference[n] = 0.5 * envelope * state;
    }
    expect(largestError(out, (n) => reference[n] as number)).toBeLessThan(1e-4);
    expect(out[from - 1]).toBe(0);
    expect(out[to]).toBe(0);
  });

  it('stops a decaying note once it is inaudible', () => {
    const out = new Float32Array(2 * SAMPLE_RATE);
    addTone(out, 0, 2, 440, 1, { decay: 20, attack: 0 });
    // e^(-20 t) falls below 1e-4 after about 0.46 s: nothing is written after that.
    const last = out.findLastIndex((value) => value !== 0);
    expect(last / SAMPLE_RATE).toBeGreaterThan(0.45);
    expect(last / SAMPLE_RATE).toBeLessThan(0.47);
  });
});

describe('finish', () => {
  it('soft-clips as tanh does, to the asked peak, with fades at both ends', () => {
    const length = SAMPLE_RATE;
    const source = Float32Array.from(
      { length },
      (_, n) => 3 * Math.sin((TAU * 97 * n) / SAMPLE_RATE) * (n / length),
    );
    const out = finish(Float32Array.from(source), 0.8, 0.05);
    const max = Math.max(...source.map(Math.abs));
    const gain = (0.8 * 1.15) / max;
    const fadeIn = Math.round(0.005 * SAMPLE_RATE);
    const fade = Math.round(0.05 * SAMPLE_RATE);
    const expected = (n: number) => {
      let value = Math.tanh((source[n] as number) * gain) * (0.8 / Math.tanh(1.15));
      if (n < fadeIn) value *= n / fadeIn;
      const fromEnd = length - 1 - n;
      if (fromEnd < fade) value *= fromEnd / fade;
      return value;
    };
    expect(largestError(out, expected)).toBeLessThan(1e-6);
    expect(Math.max(...out.map(Math.abs))).toBeLessThanOrEqual(0.8 + 1e-6);
    expect(Math.abs(out[length - 1] as number)).toBe(0);
  });
});
