// A wordless synthetic voice ("aah"/"ooh"): a sawtooth at the sung pitch, with vibrato,
// through two vowel formants. Tracks with vocals sing their chord tones with it.
import { SAMPLE_RATE } from './dsp';

export type Vowel = 'a' | 'o' | 'e';

/** First and second formants (Hz) of each vowel. */
const FORMANTS: Record<Vowel, [number, number]> = { a: [750, 1200], o: [450, 850], e: [400, 2100] };

const bandCoefficient = (frequency: number) => 2 * Math.sin((Math.PI * frequency) / SAMPLE_RATE);

/** Adds a sung note at `start` seconds, `duration` seconds long. */
export function addVoice(
  out: Float32Array,
  start: number,
  duration: number,
  frequency: number,
  amplitude: number,
  vowel: Vowel,
): void {
  const from = Math.max(0, Math.round(start * SAMPLE_RATE));
  const to = Math.min(out.length, Math.round((start + duration) * SAMPLE_RATE));
  const [f1, f2] = FORMANTS[vowel];
  const c1 = bandCoefficient(f1);
  const c2 = bandCoefficient(f2);
  const attack = Math.round(0.06 * SAMPLE_RATE);
  const release = Math.round(0.12 * SAMPLE_RATE);
  let phase = 0;
  let low1 = 0;
  let band1 = 0;
  let low2 = 0;
  let band2 = 0;
  for (let n = from; n < to; n++) {
    const k = n - from;
    const t = k / SAMPLE_RATE;
    // Vibrato sets in after a moment, as a singer's does.
    const vibrato = t > 0.2 ? 0.004 * Math.sin(2 * Math.PI * 5.5 * t) : 0;
    phase += (frequency * (1 + vibrato)) / SAMPLE_RATE;
    const saw = 2 * (phase - Math.floor(phase)) - 1;
    low1 += c1 * band1;
    band1 += c1 * (saw - low1 - band1 / 6);
    low2 += c2 * band2;
    band2 += c2 * (saw - low2 - band2 / 8);
    let envelope = k < attack ? k / attack : 1;
    const remaining = to - n;
    if (remaining < release) envelope *= remaining / release;
    out[n] = (out[n] as number) + amplitude * envelope * (band1 + 0.6 * band2);
  }
}
