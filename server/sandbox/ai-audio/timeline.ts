// A render request's timeline: the JSON schema of POST /v2/ai/audio/renders (the vendor's
// enums and types, the sandbox's limits), the checks a schema cannot make (order, known
// descriptors and instruments, where the music ends), and the plan the synthesis follows:
// sections of absolute time, each with a descriptor, a tempo, a key and its instruments.
import { SandboxError } from '../errors';
import { descriptorById, instrumentById, type DescriptorInfo } from './vocab';

/** The sandbox's limits (the vendor document sets none). */
export const LIMITS = {
  renders: 5,
  spans: 20,
  regions: 16,
  instrumentGroups: 12,
  minSeconds: 3,
  maxSeconds: 180,
  minTempo: 40,
  maxTempo: 240,
  filename: 200,
} as const;

export const PRESETS = ['MASTER_MP3', 'MASTER_WAV', 'STEMS_WAV'] as const;
export type Preset = (typeof PRESETS)[number];

const NOTES = ['c', 'd', 'e', 'f', 'g', 'a', 'b'] as const;
const ACCIDENTALS = ['double flat', 'flat', 'natural', 'sharp', 'double sharp'] as const;
const QUALITIES = [
  'major',
  'natural_minor',
  'harmonic_minor',
  'melodic_minor',
  'ionian',
  'dorian',
  'phrygian',
  'lydian',
  'mixolydian',
  'aeolian',
  'locrian',
] as const;
const MINOR_QUALITIES = new Set([
  'natural_minor',
  'harmonic_minor',
  'melodic_minor',
  'dorian',
  'phrygian',
  'aeolian',
  'locrian',
]);

export interface TimelineKey {
  tonic_note?: (typeof NOTES)[number];
  tonic_accidental?: (typeof ACCIDENTALS)[number];
  tonic_quality?: (typeof QUALITIES)[number];
}
export interface TimelineRegion {
  id: number;
  region: 'music' | 'silence';
  descriptor: string;
  beat: number;
  end_type?: { beat: number; event: 'ending' | 'transition'; type: 'ringout' | 'cut' };
  key?: TimelineKey;
}
export interface TimelineSpan {
  id?: number;
  span_type: 'metered' | 'unmetered';
  time: number;
  tempo?: number;
  tempo_changes?: { time: number; tempo: number }[];
  regions?: TimelineRegion[];
  instrument_groups?: {
    instrument_group: string;
    statuses?: { beat: number; status: 'active' | 'inactive' }[];
  }[];
}
export interface Timeline {
  spans: TimelineSpan[];
}
export interface CreateRender {
  preset: Preset;
  filename: string;
  timeline: Timeline;
}

const tempo = { type: 'integer', minimum: LIMITS.minTempo, maximum: LIMITS.maxTempo } as const;

const regionSchema = {
  type: 'object',
  required: ['id', 'region', 'descriptor', 'beat'],
  properties: {
    id: { type: 'number' },
    region: { type: 'string', enum: ['music', 'silence'] },
    descriptor: { type: 'string', minLength: 1 },
    beat: { type: 'integer', minimum: 0 },
    end_type: {
      type: 'object',
      required: ['beat', 'event', 'type'],
      properties: {
        beat: { type: 'number', exclusiveMinimum: 0 },
        event: { type: 'string', enum: ['ending', 'transition'] },
        type: { type: 'string', enum: ['ringout', 'cut'] },
      },
    },
    key: {
      type: 'object',
      properties: {
        tonic_note: { type: 'string', enum: NOTES },
        tonic_accidental: { type: 'string', enum: ACCIDENTALS },
        tonic_quality: { type: 'string', enum: QUALITIES },
      },
    },
  },
} as const;

const spanSchema = {
  type: 'object',
  required: ['span_type', 'time'],
  properties: {
    id: { type: 'number' },
    span_type: { type: 'string', enum: ['metered', 'unmetered'] },
    time: { type: 'integer', minimum: 0, maximum: LIMITS.maxSeconds },
    tempo,
    tempo_changes: {
      type: 'array',
      maxItems: 16,
      items: {
        type: 'object',
        required: ['time', 'tempo'],
        properties: {
          time: { type: 'number', minimum: 0 },
          tempo: { type: 'number', minimum: LIMITS.minTempo, maximum: LIMITS.maxTempo },
        },
      },
    },
    regions: { type: 'array', maxItems: LIMITS.regions, items: regionSchema },
    instrument_groups: {
      type: 'array',
      maxItems: LIMITS.instrumentGroups,
      items: {
        type: 'object',
        required: ['instrument_group'],
        properties: {
          instrument_group: { type: 'string', minLength: 1 },
          statuses: {
            type: 'array',
            maxItems: 64,
            items: {
              type: 'object',
              required: ['beat', 'status'],
              properties: {
                beat: { type: 'number', minimum: 0 },
                status: { type: 'string', enum: ['active', 'inactive'] },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** The body of POST /v2/ai/audio/renders. */
export const createRendersBody = {
  type: 'object',
  required: ['audio_renders'],
  properties: {
    audio_renders: {
      type: 'array',
      minItems: 1,
      maxItems: LIMITS.renders,
      items: {
        type: 'object',
        required: ['preset', 'timeline', 'filename'],
        properties: {
          preset: { type: 'string', enum: PRESETS },
          filename: { type: 'string', minLength: 1, maxLength: LIMITS.filename },
          timeline: {
            type: 'object',
            required: ['spans'],
            properties: {
              spans: { type: 'array', minItems: 2, maxItems: LIMITS.spans, items: spanSchema },
            },
          },
        },
      },
    },
  },
} as const;

/** An instrument's part in a section: when it plays, in seconds from the start of the render. */
export interface SectionInstrument {
  id: string;
  active: [number, number][];
}

/** A stretch of music in one descriptor, tempo and key. */
export interface Section {
  start: number;
  end: number;
  descriptor: DescriptorInfo;
  tempo: number;
  /** Semitones above A of the tonic (0–11). */
  key: number;
  minor: boolean | undefined;
  /** How the section ends: a ring-out fades, a cut stops on the beat. */
  ending: 'ringout' | 'cut';
  instruments: SectionInstrument[];
}

export interface RenderPlan {
  /** Seconds: where the last span (unmetered) starts. */
  duration: number;
  sections: Section[];
}

/** '$.body.audio_renders[0].timeline.spans[1].tempo' from an Ajv instance path. */
export function bodyPath(instancePath: string, missing?: string): string {
  const segments = instancePath.split('/').filter(Boolean);
  if (missing) segments.push(missing);
  return segments.reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`),
    '$.body',
  );
}

const bad = (message: string, path: string, data?: string) =>
  SandboxError.badRequest(message, path, 'VALIDATION_ERROR', data);

const SEMITONES: Record<(typeof NOTES)[number], number> = {
  a: 0,
  b: 2,
  c: 3,
  d: 5,
  e: 7,
  f: 8,
  g: 10,
};
const SHIFT: Record<(typeof ACCIDENTALS)[number], number> = {
  'double flat': -2,
  flat: -1,
  natural: 0,
  sharp: 1,
  'double sharp': 2,
};

/** A default key from the descriptor (deterministic, like a band's habit). */
function descriptorKey(descriptor: DescriptorInfo): number {
  let hash = 0;
  for (const char of descriptor.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 12;
}

/** The tempo at `time` along a span's curve: its start tempo, then the changes, linearly. */
function tempoAt(span: TimelineSpan, startTempo: number, time: number): number {
  const points = [
    { time: span.time, tempo: startTempo },
    ...(span.tempo_changes ?? []).toSorted((a, b) => a.time - b.time),
  ];
  let value = startTempo;
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as { time: number; tempo: number };
    const next = points[i + 1];
    if (time < point.time) break;
    value = point.tempo;
    if (next && time < next.time) {
      const f = (time - point.time) / (next.time - point.time);
      value = point.tempo + f * (next.tempo - point.tempo);
      break;
    }
  }
  return Math.round(value);
}

/** Checks one render's timeline beyond its schema and turns it into sections. */
export function planTimeline(timeline: Timeline, at: string): RenderPlan {
  const spans = timeline.spans;
  const path = (i: number, rest = '') => `${at}.timeline.spans[${i}]${rest}`;
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as TimelineSpan).time <= (spans[i - 1] as TimelineSpan).time)
      throw bad('Spans must start at increasing times', path(i, '.time'));
  }
  const last = spans[spans.length - 1] as TimelineSpan;
  if (last.span_type !== 'unmetered')
    throw bad(
      'The last span must be unmetered: it marks where the music ends',
      path(spans.length - 1, '.span_type'),
    );
  const duration = last.time;
  if (duration < LIMITS.minSeconds || duration > LIMITS.maxSeconds)
    throw bad(
      `The music must last ${LIMITS.minSeconds}–${LIMITS.maxSeconds} seconds (the last span's time), not ${duration}`,
      path(spans.length - 1, '.time'),
      String(duration),
    );
  if (!spans.some((span) => span.span_type === 'metered'))
    throw bad('A timeline needs at least one metered span', path(0, '.span_type'));

  const sections: Section[] = [];
  spans.forEach((span, i) => {
    if (span.span_type !== 'metered') return;
    const spanEnd = (spans[i + 1] as TimelineSpan).time;
    const regions = span.regions ?? [];
    if (regions.length === 0)
      throw bad('A metered span needs at least one region', path(i, '.regions'));
    for (const [j, region] of regions.entries()) {
      const rpath = (rest: string) => path(i, `.regions[${j}]${rest}`);
      if (regions.findIndex((other) => other.id === region.id) !== j)
        throw bad('Region ids must be unique within their span', rpath('.id'), String(region.id));
      if (j > 0 && region.beat <= (regions[j - 1] as TimelineRegion).beat)
        throw bad('Regions must start at increasing beats', rpath('.beat'), String(region.beat));
      if (region.region === 'music' && !descriptorById.has(region.descriptor))
        throw bad(
          `Unknown descriptor: ${region.descriptor} (see GET /v2/ai/audio/descriptors)`,
          rpath('.descriptor'),
          region.descriptor,
        );
      const end = region.end_type;
      if (end && (end.event === 'ending') !== (end.type === 'ringout'))
        throw bad('An ending rings out and a transition cuts', rpath('.end_type.type'), end.type);
      const key = region.key;
      if (key?.tonic_accidental && !key.tonic_note)
        throw bad('tonic_accidental needs tonic_note', rpath('.key.tonic_note'));
    }
    const firstDescriptor =
      regions.map((r) => descriptorById.get(r.descriptor)).find((x) => x !== undefined) ?? null;
    const startTempo =
      span.tempo ??
      (firstDescriptor
        ? Math.round((firstDescriptor.min_tempo + firstDescriptor.max_tempo) / 2)
        : 100);
    const beatSeconds = 60 / startTempo;
    for (const [j, group] of (span.instrument_groups ?? []).entries()) {
      if (!instrumentById.has(group.instrument_group))
        throw bad(
          `Unknown instrument: ${group.instrument_group} (see GET /v2/ai/audio/instruments)`,
          path(i, `.instrument_groups[${j}].instrument_group`),
          group.instrument_group,
        );
    }
    const instruments = (span.instrument_groups ?? []).map((group): SectionInstrument => {
      const statuses = (group.statuses ?? [{ beat: 0, status: 'active' as const }]).toSorted(
        (a, b) => a.beat - b.beat,
      );
      const active: [number, number][] = [];
      statuses.forEach((status, k) => {
        if (status.status !== 'active') return;
        const from = span.time + status.beat * beatSeconds;
        const next = statuses[k + 1];
        const to = next ? span.time + next.beat * beatSeconds : spanEnd;
        if (from < spanEnd) active.push([from, Math.min(to, spanEnd)]);
      });
      return { id: group.instrument_group, active };
    });

    regions.forEach((region, j) => {
      const start = span.time + region.beat * beatSeconds;
      if (start >= spanEnd)
        throw bad(
          `The region starts after its span ends (beat ${region.beat} at ${startTempo} bpm)`,
          path(i, `.regions[${j}].beat`),
          String(region.beat),
        );
      const next = regions[j + 1];
      let end = next ? span.time + next.beat * beatSeconds : spanEnd;
      if (region.end_type) end = Math.min(end, start + region.end_type.beat * beatSeconds);
      end = Math.min(end, spanEnd);
      const descriptor = descriptorById.get(region.descriptor);
      if (region.region !== 'music' || !descriptor) return;
      const key = region.key;
      sections.push({
        start,
        end,
        descriptor,
        tempo: tempoAt(span, startTempo, start),
        key: key?.tonic_note
          ? (SEMITONES[key.tonic_note] + SHIFT[key.tonic_accidental ?? 'natural'] + 12) % 12
          : descriptorKey(descriptor),
        minor: key?.tonic_quality ? MINOR_QUALITIES.has(key.tonic_quality) : undefined,
        ending: region.end_type?.type ?? 'ringout',
        instruments:
          instruments.length > 0
            ? instruments
            : descriptor.instruments.map((id) => ({ id, active: [[start, end]] })),
      });
    });
  });
  return { duration, sections };
}
