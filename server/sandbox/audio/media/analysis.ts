// Listening to encoded previews, for the tests and the bench: decode with ffmpeg, measure
// the duration, and estimate the tempo from the onset envelope's autocorrelation.
import { runFfmpeg } from '../../lib/ffmpeg';

export const ANALYSIS_RATE = 22_050;

/** Decodes any audio file to mono 32-bit float PCM at ANALYSIS_RATE. */
export async function decodeAudio(file: Buffer): Promise<Float32Array> {
  const raw = await runFfmpeg(
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      'pipe:0',
      '-f',
      'f32le',
      '-ac',
      '1',
      '-ar',
      String(ANALYSIS_RATE),
      'pipe:1',
    ],
    file,
  );
  const copy = new Uint8Array(raw.byteLength);
  copy.set(raw);
  return new Float32Array(copy.buffer, 0, Math.floor(raw.byteLength / 4));
}

/** The onset envelope: rises in log energy (20 ms windows every 5 ms), mean removed. */
function onsets(pcm: Float32Array, rate: number): { onset: Float64Array; framesPerMinute: number } {
  const hop = Math.round(rate / 200);
  const frames = Math.floor(pcm.length / hop);
  const power = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let n = f * hop; n < (f + 1) * hop; n++) sum += (pcm[n] as number) ** 2;
    power[f] = sum;
  }
  // Energy over 20 ms windows (a bass period or more), so low notes do not ripple.
  const energy = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let k = 0; k < 4 && f + k < frames; k++) sum += power[f + k] as number;
    energy[f] = Math.log(1e-4 + sum);
  }
  const onset = new Float64Array(frames);
  for (let f = 1; f < frames; f++)
    onset[f] = Math.max(0, (energy[f] as number) - (energy[f - 1] as number));
  const mean = onset.reduce((a, b) => a + b, 0) / frames;
  for (let f = 0; f < frames; f++) onset[f] = (onset[f] as number) - mean;
  return { onset, framesPerMinute: (rate / hop) * 60 };
}

function autocorrelation(onset: Float64Array, lag: number): number {
  const whole = Math.floor(lag);
  const fraction = lag - whole;
  let score = 0;
  const frames = onset.length;
  for (let f = 0; f + whole + 1 < frames; f++) {
    const later =
      (onset[f + whole] as number) * (1 - fraction) + (onset[f + whole + 1] as number) * fraction;
    score += (onset[f] as number) * later;
  }
  return score / (frames - lag);
}

/** How strongly the onsets repeat at the period of `bpm` (autocorrelation at that lag). */
export function beatStrength(pcm: Float32Array, bpm: number, rate = ANALYSIS_RATE): number {
  const { onset, framesPerMinute } = onsets(pcm, rate);
  return autocorrelation(onset, framesPerMinute / bpm);
}

/** The tempo (beats per minute, 50–220) at which the onsets repeat most strongly. */
export function estimateTempo(pcm: Float32Array, rate = ANALYSIS_RATE): number {
  const { onset, framesPerMinute } = onsets(pcm, rate);
  let best = 0;
  let bestScore = -Infinity;
  for (let bpm = 50; bpm <= 220; bpm += 0.25) {
    const score = autocorrelation(onset, framesPerMinute / bpm);
    if (score > bestScore) {
      bestScore = score;
      best = bpm;
    }
  }
  return best;
}

/** Whether an estimated tempo is the expected one, or its half or double, within a tolerance. */
export function tempoMatches(estimated: number, bpm: number, tolerance = 0.04): boolean {
  return [bpm, bpm / 2, bpm * 2].some(
    (candidate) => Math.abs(estimated - candidate) / candidate <= tolerance,
  );
}
