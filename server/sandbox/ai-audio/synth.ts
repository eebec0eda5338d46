// A render plan made audible. Each section's groove (drums, bass, chords) is the music
// catalog's synthesis for the descriptor's genre and moods at the section's tempo and key;
// each instrument adds its own part (pad, arpeggio, melody, bass or percussion) on the
// same chords, only while its statuses say it is active. Layers are made one at a time
// (the band, then each instrument) so stems cost one extra buffer. Renders run this in a
// worker thread (synth-worker.ts); previews, ten seconds long, run it in place.
import { addNoise, addTone, finish, noteFrequency, SAMPLE_RATE } from '../audio/media/dsp';
import {
  chord,
  MAJOR,
  MAJOR_PROGRESSIONS,
  MINOR,
  MINOR_PROGRESSIONS,
  synthesizeTrack,
} from '../audio/media/music';
import type { TrackSoundSpec } from '../audio/tracks';
import { MOODS } from '../audio/vocab';
import { hashString, Random } from '../seed/random';
import type { RenderPlan, Section } from './timeline';
import { DESCRIPTORS, instrumentById, type DescriptorInfo, type InstrumentInfo } from './vocab';

/** Seconds a ringing-out section sounds past its end, over the next one's start. */
const RING_OUT = 1.5;
const GROOVE_LEVEL = 0.75;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const isMinor = (section: Section) =>
  section.minor ??
  section.descriptor.moods.filter((name) => MOODS.find((m) => m.name === name)?.minor).length * 2 >
    section.descriptor.moods.length;

/** The catalog's sound spec for a section: same descriptor, tempo and key sound the same. */
function sectionSpec(section: Section): TrackSoundSpec {
  const { descriptor, tempo, key } = section;
  return {
    id: `custom:${descriptor.id}:${tempo}:${key}`,
    bpm: tempo,
    duration: section.end - section.start,
    genres: [descriptor.genre],
    moods: descriptor.moods,
    instruments: [],
    key,
    vocals: '',
  };
}

/** The chord progression the groove plays (the catalog synthesis draws it first from its seed). */
function harmony(section: Section): { scale: number[]; progression: number[] } {
  const minor = isMinor(section);
  const random = new Random(hashString(`track:${sectionSpec(section).id}`));
  return {
    scale: minor ? MINOR : MAJOR,
    progression: random.pick(minor ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS),
  };
}

function mixAt(into: Float32Array, pcm: Float32Array, offsetSeconds: number, gain: number): void {
  const offset = Math.round(offsetSeconds * SAMPLE_RATE);
  const count = Math.min(pcm.length, into.length - offset);
  for (let n = 0; n < count; n++)
    into[offset + n] = (into[offset + n] as number) + gain * (pcm[n] as number);
}

async function addGroove(out: Float32Array, plan: RenderPlan, section: Section): Promise<void> {
  const tail = section.ending === 'ringout' ? Math.min(RING_OUT, plan.duration - section.end) : 0;
  const seconds = section.end - section.start + tail;
  const pcm = await synthesizeTrack(sectionSpec(section), seconds, {
    watermark: false,
    minor: isMinor(section),
  });
  if (section.ending === 'cut') {
    // Stop on the beat, with a few milliseconds of fade so it does not click.
    const fade = Math.round(0.015 * SAMPLE_RATE);
    for (let n = 0; n < fade && n < pcm.length; n++)
      pcm[pcm.length - 1 - n] = (pcm[pcm.length - 1 - n] as number) * (n / fade);
  }
  mixAt(out, pcm, section.start, GROOVE_LEVEL);
}

const playing = (active: [number, number][], at: number) =>
  active.some(([from, to]) => at >= from && at < to);

/** One instrument's part in one section, on the groove's chords. */
async function addInstrument(
  out: Float32Array,
  instrument: InstrumentInfo,
  section: Section,
  active: [number, number][],
): Promise<void> {
  const { timbre } = instrument;
  const { scale, progression } = harmony(section);
  const random = new Random(hashString(`${instrument.id}:${sectionSpec(section).id}`));
  const beat = 60 / section.tempo;
  const bar = beat * 4;
  const bars = Math.ceil((section.end - section.start) / bar);
  const register = section.key + 12 * timbre.octave - 12;
  const tone = { wave: timbre.wave, decay: timbre.decay, lowpass: timbre.lowpass };
  for (let b = 0; b < bars; b++) {
    if (b > 0) await yieldToEventLoop();
    const barStart = section.start + b * bar;
    const notes = chord(scale, progression[b % 4] as number);
    const frequency = (i: number) => noteFrequency(register + (notes[i % 3] as number));
    const note = (at: number, seconds: number, f: number, level = timbre.level, extra = {}) => {
      if (at < section.end && playing(active, at))
        addTone(out, at, Math.min(seconds, section.end - at + 0.3), f, level, {
          ...tone,
          ...extra,
        });
    };
    switch (timbre.part) {
      case 'pad':
        for (let i = 0; i < 3; i++)
          note(barStart, bar + 0.2, frequency(i), timbre.level, {
            attack: 0.25,
            release: 0.25,
            detune: 5,
          });
        break;
      case 'pluck':
        for (let e = 0; e < 8; e++)
          note(barStart + (e * beat) / 2, beat * 1.5, frequency([0, 1, 2, 1][e % 4] as number));
        break;
      case 'bass':
        for (const q of [0, 2, 2.5])
          note(
            barStart + q * beat,
            beat * 0.9,
            noteFrequency(section.key - 36 + (notes[0] as number)),
          );
        break;
      case 'lead':
        for (let e = 0; e < 8; e++) {
          if (random.chance(0.4)) continue;
          note(
            barStart + (e * beat) / 2,
            beat * (random.chance(0.3) ? 1.4 : 0.7),
            frequency(random.int(0, 2)),
          );
        }
        break;
      case 'perc':
        for (let e = 0; e < 8; e++) {
          const at = barStart + (e * beat) / 2;
          if (at < section.end && playing(active, at))
            addNoise(out, random, at, 0.05, timbre.level * (e % 2 === 1 ? 1 : 0.6), {
              decay: timbre.decay,
              highpass: true,
            });
        }
        break;
    }
  }
}

export interface Stem {
  /** 'band' (the descriptors' groove) or an instrument id. */
  name: string;
  pcm: Float32Array;
}

/**
 * The render's master mix; each layer is handed to `onStem` while it exists (for stems).
 * `onProgress` hears the fraction done after every section of every layer.
 */
export async function synthesizePlan(
  plan: RenderPlan,
  options: {
    onStem?: (stem: Stem) => Promise<void>;
    onProgress?: (fraction: number) => void;
  } = {},
): Promise<Float32Array> {
  const length = Math.round(plan.duration * SAMPLE_RATE);
  const master = new Float32Array(length);
  const layer = new Float32Array(length);
  const instrumentIds = [...new Set(plan.sections.flatMap((s) => s.instruments.map((i) => i.id)))];
  const steps = plan.sections.length * (1 + instrumentIds.length) || 1;
  let done = 0;
  const step = () => options.onProgress?.(++done / steps);

  for (const section of plan.sections) {
    await addGroove(layer, plan, section);
    step();
  }
  mixAt(master, layer, 0, 1);
  await options.onStem?.({ name: 'band', pcm: layer });

  for (const id of instrumentIds) {
    const instrument = instrumentById.get(id);
    layer.fill(0);
    for (const section of plan.sections) {
      const part = section.instruments.find((i) => i.id === id);
      if (instrument && part) await addInstrument(layer, instrument, section, part.active);
      step();
    }
    mixAt(master, layer, 0, 1);
    await options.onStem?.({ name: id, pcm: layer });
  }
  return finish(master, 0.89, 0.05);
}

/** 16-bit PCM WAV, mono, SAMPLE_RATE. */
export function encodeWav(pcm: Float32Array): Buffer {
  const data = pcm.length * 2;
  const out = Buffer.alloc(44 + data);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + data, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(SAMPLE_RATE, 24);
  out.writeUInt32LE(SAMPLE_RATE * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(data, 40);
  for (let n = 0; n < pcm.length; n++) {
    const value = Math.max(-1, Math.min(1, pcm[n] as number));
    out.writeInt16LE(Math.round(value * 32767), 44 + n * 2);
  }
  return out;
}

/** Seconds of a descriptor's or instrument's preview. */
export const PREVIEW_SECONDS = 10;

/** A descriptor's preview: its band at its middle tempo. */
export function descriptorPreview(descriptor: DescriptorInfo): Promise<Float32Array> {
  const section: Section = {
    start: 0,
    end: PREVIEW_SECONDS,
    descriptor,
    tempo: Math.round((descriptor.min_tempo + descriptor.max_tempo) / 2),
    key: 3,
    minor: undefined,
    ending: 'ringout',
    instruments: descriptor.instruments.map((id) => ({ id, active: [[0, PREVIEW_SECONDS]] })),
  };
  return synthesizePlan({ duration: PREVIEW_SECONDS, sections: [section] });
}

/** An instrument's preview: its part alone, in C major at 100 bpm. */
export async function instrumentPreview(instrument: InstrumentInfo): Promise<Float32Array> {
  const descriptor = DESCRIPTORS.find((d) => d.id === 'pop_upbeat_happy') as DescriptorInfo;
  const section: Section = {
    start: 0,
    end: PREVIEW_SECONDS,
    descriptor,
    tempo: 100,
    key: 3,
    minor: false,
    ending: 'ringout',
    instruments: [],
  };
  const out = new Float32Array(PREVIEW_SECONDS * SAMPLE_RATE);
  await addInstrument(out, instrument, section, [[0, PREVIEW_SECONDS - 1]]);
  return finish(out, 0.7, 1);
}
