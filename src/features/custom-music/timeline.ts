// The page's simple timeline: sections of one descriptor, a length and a tempo each,
// played one after another, turned into the API's spans (one metered span a section,
// then an unmetered one where the music ends).
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

export function problemsOf(sections: readonly Section[]): string | undefined {
  const total = totalSeconds(sections);
  if (sections.length === 0) return 'Add a section to compose.';
  if (sections.some((s) => !Number.isInteger(s.seconds) || s.seconds < 1))
    return 'Every section needs a length of at least one second.';
  if (sections.some((s) => s.tempo < LIMITS.minTempo || s.tempo > LIMITS.maxTempo))
    return `Tempos go from ${LIMITS.minTempo} to ${LIMITS.maxTempo} BPM.`;
  if (total < LIMITS.minSeconds)
    return `The music must last at least ${LIMITS.minSeconds} seconds.`;
  if (total > LIMITS.maxSeconds)
    return `The music can last at most ${LIMITS.maxSeconds / 60} minutes; shorten a section.`;
  return undefined;
}
