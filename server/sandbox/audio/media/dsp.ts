// Small synthesis building blocks over Float32 PCM buffers (mono, SAMPLE_RATE):
// oscillators, envelopes, noise, simple filters, mixing and normalising.
import type { Random } from '../../seed/random';

export const SAMPLE_RATE = 44_100;
const TAU = Math.PI * 2;

export type Wave = 'sine' | 'triangle' | 'saw' | 'square';

export function oscillator(wave: Wave, phase: number): number {
  const p = phase - Math.floor(phase);
  switch (wave) {
    case 'sine':
      return Math.sin(TAU * p);
    case 'triangle':
      return 4 * Math.abs(p - 0.5) - 1;
    case 'saw':
      return 2 * p - 1;
    case 'square':
      return p < 0.5 ? 1 : -1;
  }
}

export interface ToneOptions {
  wave?: Wave;
  /** Seconds to full level. */
  attack?: number;
  /** Exponential decay rate per second after the attack (0: sustained). */
  decay?: number;
  /** Seconds of fade at the end. */
  release?: number;
  /** Semitone-per-second pitch glide (negative falls), or a function of time for sweeps. */
  glide?: (t: number) => number;
  /** One-pole low-pass cutoff in Hz (softens saws and squares). */
  lowpass?: number;
  /** Slight detuned copy, in cents, for width. */
  detune?: number;
}

/** Below this envelope level a decaying note is over: the rest of it is skipped. */
const SILENT = 1e-4;
/** Pitch glides are evaluated every this many samples. */
const GLIDE_STEP = 32;

/** Adds a tone at `start` seconds lasting `duration` seconds. */
export function addTone(
  out: Float32Array,
  start: number,
  duration: number,
  frequency: number,
  amplitude: number,
  options: ToneOptions = {},
): void {
  const {
    wave = 'sine',
    attack = 0.005,
    decay = 0,
    release = 0.02,
    glide,
    lowpass,
    detune,
  } = options;
  const from = Math.max(0, Math.round(start * SAMPLE_RATE));
  const to = Math.min(out.length, Math.round((start + duration) * SAMPLE_RATE));
  const alpha = lowpass ? 1 - Math.exp((-TAU * lowpass) / SAMPLE_RATE) : 1;
  const ratio = detune ? Math.pow(2, detune / 1200) : 1;
  const attackSamples = Math.max(1, Math.round(attack * SAMPLE_RATE));
  const releaseSamples = Math.max(1, Math.round(release * SAMPLE_RATE));
  const decayFactor = decay > 0 ? Math.exp(-decay / SAMPLE_RATE) : 1;
  let phase = 0;
  let phase2 = 0.25;
  let state = 0;
  let decayed = 1;
  let increment = frequency / SAMPLE_RATE;
  for (let n = from; n < to; n++) {
    const k = n - from;
    if (glide && k % GLIDE_STEP === 0)
      increment = (frequency * Math.pow(2, glide(k / SAMPLE_RATE) / 12)) / SAMPLE_RATE;
    phase += increment;
    let value = oscillator(wave, phase);
    if (detune) {
      phase2 += increment * ratio;
      value = 0.5 * (value + oscillator(wave, phase2));
    }
    state += alpha * (value - state);
    let envelope: number;
    if (k < attackSamples) envelope = k / attackSamples;
    else {
      decayed *= decayFactor;
      if (decayed < SILENT) break;
      envelope = decayed;
    }
    const remaining = to - n;
    if (remaining < releaseSamples) envelope *= remaining / releaseSamples;
    out[n] = (out[n] as number) + amplitude * envelope * state;
  }
}

export interface NoiseOptions {
  attack?: number;
  decay?: number;
  release?: number;
  /** Band-pass centre in Hz (a function of time for sweeps); undefined: white noise. */
  band?: number | ((t: number) => number);
  /** Band-pass resonance: higher is narrower (0.5–10). */
  q?: number;
  /** High-pass (first difference) for hiss: hats, rain. */
  highpass?: boolean;
  /** Brown (integrated) noise for rumbles. */
  brown?: boolean;
  /** Amplitude as a function of time (multiplies the envelope). */
  shape?: (t: number) => number;
}

/** Adds a noise burst at `start` lasting `duration` seconds. */
export function addNoise(
  out: Float32Array,
  random: Random,
  start: number,
  duration: number,
  amplitude: number,
  options: NoiseOptions = {},
): void {
  const {
    attack = 0.002,
    decay = 0,
    release = 0.01,
    band,
    q = 2,
    highpass,
    brown,
    shape,
  } = options;
  const from = Math.max(0, Math.round(start * SAMPLE_RATE));
  const to = Math.min(out.length, Math.round((start + duration) * SAMPLE_RATE));
  const attackSamples = Math.max(1, Math.round(attack * SAMPLE_RATE));
  const releaseSamples = Math.max(1, Math.round(release * SAMPLE_RATE));
  const decayFactor = decay > 0 ? Math.exp(-decay / SAMPLE_RATE) : 1;
  const bandAt = (t: number) =>
    2 *
    Math.sin(
      (Math.PI * Math.min(typeof band === 'number' ? band : (band?.(t) ?? 0), SAMPLE_RATE / 6)) /
        SAMPLE_RATE,
    );
  let f = band !== undefined ? bandAt(0) : 0;
  let low = 0;
  let bandState = 0;
  let previous = 0;
  let integrated = 0;
  let decayed = 1;
  let shaped = shape ? shape(0) : 1;
  for (let n = from; n < to; n++) {
    const k = n - from;
    if (k % GLIDE_STEP === 0 && k > 0) {
      if (typeof band === 'function') f = bandAt(k / SAMPLE_RATE);
      if (shape) shaped = shape(k / SAMPLE_RATE);
    }
    let value = random.next() * 2 - 1;
    if (brown) {
      integrated = (integrated + value * 0.02) * 0.998;
      value = integrated * 3.5;
    }
    if (highpass) {
      const difference = value - previous;
      previous = value;
      value = difference * 0.5;
    }
    if (band !== undefined) {
      // State-variable filter, band-pass output.
      low += f * bandState;
      const high = value - low - bandState / q;
      bandState += f * high;
      value = bandState;
    }
    let envelope: number;
    if (k < attackSamples) envelope = k / attackSamples;
    else {
      decayed *= decayFactor;
      if (decayed < SILENT) break;
      envelope = decayed;
    }
    const remaining = to - n;
    if (remaining < releaseSamples) envelope *= remaining / releaseSamples;
    out[n] = (out[n] as number) + amplitude * envelope * shaped * value;
  }
}

/** A simple feedback echo (space for pads and ambiences). */
export function addEcho(out: Float32Array, delaySeconds: number, feedback: number): void {
  const delay = Math.round(delaySeconds * SAMPLE_RATE);
  for (let n = delay; n < out.length; n++)
    out[n] = (out[n] as number) + feedback * (out[n - delay] as number);
}

/** Scales to the given peak (soft-clipping what stands out), with short fades at both ends. */
export function finish(out: Float32Array, peak = 0.89, fadeOut = 0.05): Float32Array {
  let max = 0;
  for (let n = 0; n < out.length; n++) max = Math.max(max, Math.abs(out[n] as number));
  const gain = max > 0 ? (peak * 1.15) / max : 0;
  const fadeIn = Math.round(0.005 * SAMPLE_RATE);
  const fade = Math.round(fadeOut * SAMPLE_RATE);
  for (let n = 0; n < out.length; n++) {
    let value = Math.tanh((out[n] as number) * gain) * (peak / Math.tanh(1.15));
    if (n < fadeIn) value *= n / fadeIn;
    const fromEnd = out.length - 1 - n;
    if (fromEnd < fade) value *= fromEnd / fade;
    out[n] = value;
  }
  return out;
}

/** Frequency of a note `semitones` above A4 (440 Hz). */
export const noteFrequency = (semitones: number) => 440 * Math.pow(2, semitones / 12);
