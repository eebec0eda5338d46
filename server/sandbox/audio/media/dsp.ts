// Small synthesis building blocks over Float32 PCM buffers (mono, SAMPLE_RATE):
// oscillators, envelopes, noise, simple filters, mixing and normalising.
import type { Random } from '../../seed/random';

export const SAMPLE_RATE = 44_100;

/** Samples in a sound of `seconds` (at least one): what the synthesisers make. */
export const sampleCount = (seconds: number) => Math.max(1, Math.round(seconds * SAMPLE_RATE));
const TAU = Math.PI * 2;

export type Wave = 'sine' | 'triangle' | 'saw' | 'square';

/**
 * A running oscillator that writes a block of samples at a time. A sine turns a unit phasor
 * (four multiplications a sample instead of a Math.sin); the other waves step a phase kept
 * within one cycle.
 */
class Oscillator {
  private phase: number;
  private x: number;
  private y: number;

  constructor(
    private readonly wave: Wave,
    /** Where the wave starts, in cycles. */
    start: number,
  ) {
    this.phase = start;
    this.x = Math.cos(TAU * start);
    this.y = Math.sin(TAU * start);
  }

  /** Writes `count` samples into `into` from `at`, each `increment` cycles after the last. */
  fill(into: Float64Array, at: number, count: number, increment: number): void {
    const end = at + count;
    if (this.wave === 'sine') {
      const c = Math.cos(TAU * increment);
      const s = Math.sin(TAU * increment);
      let x = this.x;
      let y = this.y;
      for (let i = at; i < end; i++) {
        const turned = x * c - y * s;
        y = x * s + y * c;
        x = turned;
        into[i] = y;
      }
      // Rounding changes the phasor's length by far less than float32 resolution, even
      // over minutes (a test keeps a 30 s tone within 1e-5 of Math.sin).
      this.x = x;
      this.y = y;
      return;
    }
    // One loop a wave: the wave is chosen once a block, not once a sample.
    let p = this.phase;
    switch (this.wave) {
      case 'triangle':
        for (let i = at; i < end; i++) {
          p += increment;
          if (p >= 1) p -= Math.floor(p);
          into[i] = 4 * Math.abs(p - 0.5) - 1;
        }
        break;
      case 'saw':
        for (let i = at; i < end; i++) {
          p += increment;
          if (p >= 1) p -= Math.floor(p);
          into[i] = 2 * p - 1;
        }
        break;
      case 'square':
        for (let i = at; i < end; i++) {
          p += increment;
          if (p >= 1) p -= Math.floor(p);
          into[i] = p < 0.5 ? 1 : -1;
        }
        break;
    }
    this.phase = p;
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

/** Samples a tone is made in at a time: a multiple of GLIDE_STEP, small enough to stay in cache. */
const BLOCK = 512;
const firstWave = new Float64Array(BLOCK);
const secondWave = new Float64Array(BLOCK);

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
  const attackScale = 1 / attackSamples;
  const releaseScale = 1 / releaseSamples;
  const first = new Oscillator(wave, 0);
  const second = detune ? new Oscillator(wave, 0.25) : undefined;
  let increment = frequency / SAMPLE_RATE;
  let state = 0;
  let decayed = 1;
  for (let blockStart = from; blockStart < to; blockStart += BLOCK) {
    const count = Math.min(BLOCK, to - blockStart);
    // The wave first, in steps of GLIDE_STEP samples when its pitch moves…
    const step = glide ? GLIDE_STEP : count;
    for (let i = 0; i < count; i += step) {
      if (glide)
        increment =
          (frequency * Math.pow(2, glide((blockStart - from + i) / SAMPLE_RATE) / 12)) /
          SAMPLE_RATE;
      const length = Math.min(step, count - i);
      first.fill(firstWave, i, length, increment);
      second?.fill(secondWave, i, length, increment * ratio);
    }
    // …then the filter and the envelope, mixed into the output.
    for (let i = 0; i < count; i++) {
      const n = blockStart + i;
      const k = n - from;
      const value = second
        ? 0.5 * ((firstWave[i] as number) + (secondWave[i] as number))
        : (firstWave[i] as number);
      state += alpha * (value - state);
      let envelope: number;
      if (k < attackSamples) envelope = k * attackScale;
      else {
        decayed *= decayFactor;
        if (decayed < SILENT) return;
        envelope = decayed;
      }
      const remaining = to - n;
      if (remaining < releaseSamples) envelope *= remaining * releaseScale;
      out[n] = (out[n] as number) + amplitude * envelope * state;
    }
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

/** tanh on [0, TANH_RANGE] in TANH_STEPS linear pieces: within 3e-8 of Math.tanh, below float32's resolution. */
const TANH_RANGE = 2;
const TANH_STEPS = 4096;
const TANH_TABLE = Float64Array.from({ length: TANH_STEPS + 2 }, (_, i) =>
  Math.tanh((i * TANH_RANGE) / TANH_STEPS),
);

function softClip(x: number): number {
  const at = Math.abs(x) * (TANH_STEPS / TANH_RANGE);
  if (at >= TANH_STEPS) return Math.tanh(x);
  const i = at | 0;
  const below = TANH_TABLE[i] as number;
  const value = below + (at - i) * ((TANH_TABLE[i + 1] as number) - below);
  return x < 0 ? -value : value;
}

/** Scales to the given peak (soft-clipping what stands out), with short fades at both ends. */
export function finish(out: Float32Array, peak = 0.89, fadeOut = 0.05): Float32Array {
  let max = 0;
  for (let n = 0; n < out.length; n++) max = Math.max(max, Math.abs(out[n] as number));
  const gain = max > 0 ? (peak * 1.15) / max : 0;
  const scale = peak / Math.tanh(1.15);
  for (let n = 0; n < out.length; n++) out[n] = softClip((out[n] as number) * gain) * scale;
  const fadeIn = Math.min(out.length, Math.round(0.005 * SAMPLE_RATE));
  for (let n = 0; n < fadeIn; n++) out[n] = (out[n] as number) * (n / fadeIn);
  const fade = Math.min(out.length, Math.round(fadeOut * SAMPLE_RATE));
  for (let fromEnd = 0; fromEnd < fade; fromEnd++) {
    const n = out.length - 1 - fromEnd;
    out[n] = (out[n] as number) * (fromEnd / fade);
  }
  return out;
}

/** Frequency of a note `semitones` above A4 (440 Hz). */
export const noteFrequency = (semitones: number) => 440 * Math.pow(2, semitones / 12);
