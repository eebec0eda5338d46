// The page's simple timeline: sections of one descriptor, a length and a tempo each,
// played one after another, turned into the API's spans (one metered span a section,
// then an unmetered one where the music ends).
import * as z from 'zod/mini';
import type { AudioRenderTimeline, CustomDescriptor } from '@/api/ai-audio';

export interface Section {
  /** Stable across reordering, for React keys and labels. */
  key: number;
  descriptor: string;
  /** Whole seconds. */
  seconds: number;
  /** Beats per minute. */
  tempo: number;
}

let lastKey = 0;
/** A new section's key (unique for the page's life). */
export const nextSectionKey = () => ++lastKey;

/** What the sandbox accepts (the vendor sets no published limits). */
export const LIMITS = { minSeconds: 3, maxSeconds: 180, minTempo: 40, maxTempo: 240 } as const;

export const totalSeconds = (sections: readonly Section[]) =>
  sections.reduce((sum, section) => sum + section.seconds, 0);

/** The middle of a descriptor's tempo range, where it sounds most like itself. */
export function usualTempo(descriptor: CustomDescriptor | undefined): number {
  if (descriptor?.min_tempo === undefined || descriptor.max_tempo === undefined) return 100;
  return Math.round((descriptor.min_tempo + descriptor.max_tempo) / 2);
}

export function toTimeline(sections: readonly Section[]): AudioRenderTimeline {
  let time = 0;
  const spans: NonNullable<AudioRenderTimeline['spans']> = sections.map((section, i) => {
    const span = {
      id: i + 1,
      span_type: 'metered' as const,
      time,
      tempo: section.tempo,
      regions: [{ id: 1, region: 'music' as const, descriptor: section.descriptor, beat: 0 }],
    };
    time += section.seconds;
    return span;
  });
  spans.push({ span_type: 'unmetered', time });
  return { spans };
}

/** The sections of a render's timeline, for its summary ("Cinematic Minimal Tense, 90 bpm"). */
export function sectionsOf(
  timeline: AudioRenderTimeline,
): { descriptor: string; tempo: number | undefined; seconds: number }[] {
  const spans = timeline.spans ?? [];
  return spans.flatMap((span, i) => {
    const next = spans[i + 1];
    const descriptor = span.regions?.find((r) => r.region === 'music')?.descriptor;
    if (span.span_type !== 'metered' || !next || !descriptor) return [];
    return [{ descriptor, tempo: span.tempo, seconds: next.time - span.time }];
  });
}

/**
 * The timeline as a schema: every section a whole number of seconds and a tempo in range,
 * the whole at least a few seconds and at most three minutes. Issues carry the section's
 * index and field (`[1, 'tempo']`), so each shows beside its field.
 */
export const timelineSchema = z
  .array(
    z.object({
      key: z.number(),
      descriptor: z.string().check(z.minLength(1, 'Choose a descriptor.')),
      seconds: z
        .number({ error: 'Give the section a length in seconds.' })
        .check(
          z.int('Lengths are whole seconds.'),
          z.minimum(1, 'Every section needs a length of at least one second.'),
          z.maximum(
            LIMITS.maxSeconds,
            `The music can last at most ${LIMITS.maxSeconds / 60} minutes; shorten a section.`,
          ),
        ),
      tempo: z
        .number({ error: 'Give the section a tempo.' })
        .check(
          z.minimum(
            LIMITS.minTempo,
            `Tempos go from ${LIMITS.minTempo} to ${LIMITS.maxTempo} BPM.`,
          ),
          z.maximum(
            LIMITS.maxTempo,
            `Tempos go from ${LIMITS.minTempo} to ${LIMITS.maxTempo} BPM.`,
          ),
        ),
    }),
  )
  .check(
    z.minLength(1, 'Add a section to compose.'),
    z.refine(
      (sections) => totalSeconds(sections) >= LIMITS.minSeconds,
      `The music must last at least ${LIMITS.minSeconds} seconds.`,
    ),
    z.refine(
      (sections) => totalSeconds(sections) <= LIMITS.maxSeconds,
      `The music can last at most ${LIMITS.maxSeconds / 60} minutes; shorten a section.`,
    ),
  );

export interface TimelineProblems {
  /** The first problem of all. */
  first: string | undefined;
  /** The first problem of the whole timeline (too short, too long), not of one field. */
  whole: string | undefined;
  /** A section's field's problem, by `${key}.seconds` or `${key}.tempo`. */
  fields: Map<string, string>;
}

/** What keeps a timeline from rendering: per field where there is one, and the first of all. */
export function timelineProblems(sections: readonly Section[]): TimelineProblems {
  const fields = new Map<string, string>();
  const result = timelineSchema.safeParse(sections);
  if (result.success) return { first: undefined, whole: undefined, fields };
  for (const issue of result.error.issues) {
    const [index, field] = issue.path;
    const section = typeof index === 'number' ? sections[index] : undefined;
    if (section && typeof field === 'string' && !fields.has(`${section.key}.${field}`))
      fields.set(`${section.key}.${field}`, issue.message);
  }
  return {
    first: result.error.issues[0]?.message,
    whole: result.error.issues.find((issue) => issue.path.length === 0)?.message,
    fields,
  };
}

/** A render's name (the file's, before its extension) is kept short. */
export const RENDER_NAME_MAX = 120;

/** The render's name and format, as the composer's form holds them. */
export const renderFormSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.maxLength(RENDER_NAME_MAX, `Names can be at most ${RENDER_NAME_MAX} characters.`),
    ),
  preset: z.enum(['MASTER_MP3', 'MASTER_WAV', 'STEMS_WAV']),
});
export type RenderFormValues = z.output<typeof renderFormSchema>;

export const problemsOf = (sections: readonly Section[]): string | undefined =>
  timelineProblems(sections).first;
