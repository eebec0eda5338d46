// A track's preview, synthesised: drums at its tempo in a pattern of its genre, a bass
// line and a four-chord progression (minor for dark moods, busier for energetic ones),
// and a soft noise sweep every 10 s as the preview watermark. Deterministic per track.
import { hashString, Random } from '../../seed/random';
import type { TrackSoundSpec } from '../tracks';
import { GENRES, MOODS, type Style } from '../vocab';
import { addEcho, addNoise, addTone, finish, noteFrequency, sampleCount, type Wave } from './dsp';
import { addVoice } from './voice';

interface Pattern {
  /** 16th-note steps of a bar. */
  kick: number[];
  snare: number[];
  hat: number[];
  /** Bass: 'eighths' (driving), 'offbeat', 'quarters' (walking), 'long' (a note a bar), '808'. */
  bass: 'eighths' | 'offbeat' | 'quarters' | 'long' | '808';
  /** Chords: 'pad' (sustained), 'stabs' (on beats), 'power' (distorted), 'arp' (plucked eighths). */
  chords: 'pad' | 'stabs' | 'power' | 'arp';
  swing: number;
  drumLevel: number;
}

const EVERY_BEAT = [0, 4, 8, 12];
const EIGHTHS = [0, 2, 4, 6, 8, 10, 12, 14];
const SIXTEENTHS = Array.from({ length: 16 }, (_, i) => i);

// prettier-ignore
const PATTERNS: Record<Style, Pattern> = {
  electronic: { kick: EVERY_BEAT, snare: [4, 12], hat: [2, 6, 10, 14], bass: 'offbeat', chords: 'pad', swing: 0, drumLevel: 1 },
  pop: { kick: [0, 6, 8], snare: [4, 12], hat: EIGHTHS, bass: 'eighths', chords: 'stabs', swing: 0, drumLevel: 0.9 },
  rock: { kick: [0, 8, 10], snare: [4, 12], hat: EIGHTHS, bass: 'eighths', chords: 'power', swing: 0, drumLevel: 1 },
  hiphop: { kick: [0, 8, 11], snare: [4, 12], hat: SIXTEENTHS, bass: '808', chords: 'stabs', swing: 0.08, drumLevel: 1 },
  ambient: { kick: EVERY_BEAT, snare: [], hat: [2, 6, 10, 14], bass: 'long', chords: 'pad', swing: 0, drumLevel: 0.85 },
  orchestral: { kick: EVERY_BEAT, snare: [4, 12], hat: [], bass: 'quarters', chords: 'pad', swing: 0, drumLevel: 0.7 },
  jazz: { kick: EVERY_BEAT, snare: [], hat: [0, 4, 7, 8, 12, 15], bass: 'quarters', chords: 'stabs', swing: 0.15, drumLevel: 0.6 },
  acoustic: { kick: [0, 8], snare: [4, 12], hat: SIXTEENTHS, bass: 'quarters', chords: 'arp', swing: 0, drumLevel: 0.7 },
  latin: { kick: EVERY_BEAT, snare: [3, 6, 11, 14], hat: EIGHTHS, bass: 'offbeat', chords: 'arp', swing: 0, drumLevel: 0.9 },
};

export const MAJOR = [0, 2, 4, 5, 7, 9, 11];
export const MINOR = [0, 2, 3, 5, 7, 8, 10];
// prettier-ignore
export const MAJOR_PROGRESSIONS = [[0, 4, 5, 3], [0, 5, 3, 4], [0, 3, 4, 3], [5, 3, 0, 4]];
// prettier-ignore
export const MINOR_PROGRESSIONS = [[0, 5, 2, 6], [0, 3, 4, 0], [0, 6, 5, 6], [0, 5, 3, 4]];

/** Seconds between the watermark sweeps, and where the first one is. */
export const WATERMARK_EVERY = 10;
const WATERMARK_FIRST = 4;

/** The chord of a scale degree: three semitone offsets from the key's root. */
export function chord(scale: number[], degree: number): number[] {
  return [0, 2, 4].map((step) => {
    const index = degree + step;
    return (scale[index % 7] as number) + 12 * Math.floor(index / 7);
  });
}

/** Lets other requests run between bars (synthesis takes a few hundred ms in all). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** For music made to order (custom music): no preview watermark, a chosen scale quality. */
export interface SynthesisOptions {
  /** Add the preview watermark (default true). */
  watermark?: boolean;
  /** Minor or major scale, instead of the moods' choice. */
  minor?: boolean;
}

export async function synthesizeTrack(
  spec: TrackSoundSpec,
  seconds: number,
  options: SynthesisOptions = {},
): Promise<Float32Array> {
  const random = new Random(hashString(`track:${spec.id}`));
  const out = new Float32Array(sampleCount(seconds));
  const genre = GENRES.find((g) => g.name === spec.genres[0]);
  const style: Style = genre?.style ?? 'pop';
  const pattern = PATTERNS[style];
  const moods = spec.moods
    .map((name) => MOODS.find((m) => m.name === name))
    .filter((m) => m !== undefined);
  const minor = options.minor ?? moods.filter((m) => m.minor).length * 2 > moods.length;
  const energy =
    moods.length > 0 ? moods.reduce((sum, m) => sum + m.energy, 0) / moods.length : 0.5;
  const scale = minor ? MINOR : MAJOR;
  const progression = random.pick(minor ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS);

  const beat = 60 / spec.bpm;
  const step = beat / 4;
  const bar = beat * 4;
  const root = spec.key - 24; // semitones from A4: the key's root two octaves down (A2–G#3)
  const bars = Math.ceil(seconds / bar);
  const swingAt = (s: number) => (s % 2 === 1 ? pattern.swing * step * 2 : 0);
  const chordWave: Wave = style === 'electronic' || style === 'hiphop' ? 'saw' : 'triangle';

  for (let b = 0; b < bars; b++) {
    if (b > 0) await yieldToEventLoop();
    const barStart = b * bar;
    const degree = progression[b % 4] as number;
    const notes = chord(scale, degree);
    const bassNote = root + (notes[0] as number);
    // A lighter first bar, like an intro; busier sections every other four bars.
    const busy = b > 0 && (energy > 0.55 || Math.floor(b / 4) % 2 === 1);

    // Drums.
    const level = pattern.drumLevel * (b === 0 ? 0.7 : 1);
    for (const s of pattern.kick) {
      addTone(out, barStart + s * step + swingAt(s), 0.32, 52, 0.9 * level, {
        decay: 9,
        glide: (t) => 24 * Math.exp(-t * 30),
        attack: 0.001,
      });
    }
    for (const s of pattern.snare) {
      const at = barStart + s * step + swingAt(s);
      addNoise(out, random, at, 0.2, 0.45 * level, { decay: 18, band: 1800, q: 0.8 });
      addTone(out, at, 0.12, 190, 0.25 * level, { decay: 25 });
    }
    if (style === 'ambient') {
      // A soft shaker on each beat keeps the pulse audible under the pads.
      for (const s of EVERY_BEAT)
        addNoise(out, random, barStart + s * step, 0.05, 0.12, { decay: 70, highpass: true });
    }
    if (busy || style === 'electronic' || style === 'hiphop') {
      for (const s of pattern.hat) {
        const accent = s % 4 === 2 ? 1 : 0.6;
        addNoise(out, random, barStart + s * step + swingAt(s), 0.06, 0.2 * level * accent, {
          decay: 60,
          highpass: true,
        });
      }
    }

    // Bass.
    const bassFreq = noteFrequency(bassNote);
    const bassWave: Wave = style === 'jazz' || style === 'acoustic' ? 'triangle' : 'saw';
    const bassOptions = { wave: bassWave, lowpass: 350, attack: 0.004, release: 0.03 };
    if (pattern.bass === 'eighths') {
      for (let e = 0; e < 8; e++)
        addTone(out, barStart + e * 2 * step, step * 1.8, bassFreq, 0.35, bassOptions);
    } else if (pattern.bass === 'offbeat') {
      for (let q = 0; q < 4; q++)
        addTone(out, barStart + (q * 4 + 2) * step, step * 1.8, bassFreq, 0.4, bassOptions);
    } else if (pattern.bass === 'quarters') {
      const walk = [0, notes[1] as number, notes[2] as number, 12];
      for (let q = 0; q < 4; q++)
        addTone(
          out,
          barStart + q * beat,
          beat * 0.9,
          noteFrequency(root + (notes[0] as number) + (walk[q] as number) - (q === 3 ? 12 : 0)),
          0.4,
          bassOptions,
        );
    } else if (pattern.bass === 'long') {
      addTone(out, barStart, bar + 0.4, bassFreq, 0.3, { wave: 'sine', attack: 0.4, release: 0.4 });
    } else {
      for (const s of pattern.kick)
        addTone(out, barStart + s * step, beat * 1.4, bassFreq / 2, 0.45, {
          wave: 'sine',
          decay: 2.5,
        });
    }

    // Chords.
    const chordRoot = root + 24; // A4 region
    const frequencies = notes.map((n) => noteFrequency(chordRoot + n - 12));
    if (pattern.chords === 'pad') {
      for (const f of frequencies)
        addTone(out, barStart, bar + 0.5, f, style === 'ambient' ? 0.06 : 0.1, {
          wave: chordWave,
          attack: 0.5,
          release: 0.5,
          lowpass: 1400,
          detune: 4,
        });
    } else if (pattern.chords === 'stabs') {
      const hits = busy ? [0, 3, 6, 10] : [0, 6];
      for (const s of hits)
        for (const f of frequencies)
          addTone(out, barStart + s * step + swingAt(s), beat * 1.2, f, 0.11, {
            wave: chordWave,
            decay: 3.5,
            lowpass: 2200,
          });
    } else if (pattern.chords === 'power') {
      for (let e = 0; e < 8; e++)
        for (const f of [frequencies[0] as number, (frequencies[0] as number) * 1.5])
          addTone(out, barStart + e * 2 * step, step * 1.9, f / 2, 0.12, {
            wave: 'square',
            lowpass: 1600,
            decay: 1.5,
          });
    } else {
      for (let e = 0; e < 8; e++) {
        const f = frequencies[[0, 1, 2, 1][e % 4] as number] as number;
        addTone(out, barStart + e * 2 * step, beat * 1.5, f, 0.16, {
          wave: 'triangle',
          decay: 4,
          lowpass: 3000,
        });
      }
    }

    // A lead line on chord tones for the livelier tracks.
    if (busy && energy > 0.45) {
      for (let e = 0; e < 8; e++) {
        if (random.chance(0.45)) continue;
        const n = notes[random.int(0, 2)] as number;
        addTone(out, barStart + e * 2 * step, step * 1.6, noteFrequency(chordRoot + n + 12), 0.07, {
          wave: 'sine',
          decay: 5,
        });
      }
    }

    // Vocals: a wordless line on the chord tones, two bars sung, two bars resting.
    if (spec.vocals && Math.floor(b / 2) % 2 === 1)
      sing(out, random, spec.vocals, b, barStart, beat, chordRoot, notes);
  }
  if (style === 'orchestral') addEcho(out, beat / 2, 0.3);
  if (options.watermark !== false) addWatermark(out, random, seconds);
  return finish(out, 0.89, 1.5);
}

const RHYTHMS = [
  [2, 2],
  [1, 1, 2],
  [2, 1, 1],
  [1, 1, 1, 1],
  [3, 1],
];

/** One bar of the vocal line; a duet alternates voices by bar, a choir holds the chord. */
function sing(
  out: Float32Array,
  random: Random,
  vocals: string,
  bar: number,
  barStart: number,
  beat: number,
  chordRoot: number,
  notes: number[],
): void {
  if (vocals === 'Choir') {
    for (const n of notes)
      addVoice(out, barStart, beat * 4, noteFrequency(chordRoot + n - 12), 0.05, 'o');
    return;
  }
  const female = vocals === 'Female vocals' || (vocals !== 'Male vocals' && bar % 4 === 3);
  const octave = female ? 0 : -12;
  let at = 0;
  for (const beats of random.pick(RHYTHMS)) {
    const n = notes[random.int(0, 2)] as number;
    const vowel = random.pick(['a', 'o', 'e'] as const);
    addVoice(
      out,
      barStart + at * beat,
      beats * beat * 0.95,
      noteFrequency(chordRoot + n + octave),
      0.09,
      vowel,
    );
    at += beats;
  }
}

/** The preview watermark: a soft rising-then-falling noise sweep every WATERMARK_EVERY seconds. */
export function addWatermark(out: Float32Array, random: Random, seconds: number): void {
  for (let at = WATERMARK_FIRST; at + 1 < seconds; at += WATERMARK_EVERY) {
    addNoise(out, random, at, 0.9, 0.16, {
      band: (t) => 500 + 5000 * Math.sin((Math.PI * t) / 0.9),
      q: 4,
      attack: 0.2,
      release: 0.3,
    });
  }
}
