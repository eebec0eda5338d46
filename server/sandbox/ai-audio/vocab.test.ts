// The custom-music vocabulary stands on the music catalog's: every descriptor names a
// genre and moods the catalog synthesis knows, and instruments that exist.
import { describe, expect, it } from 'vitest';
import { GENRES, MOODS } from '../audio/vocab';
import { planTimeline } from './timeline';
import { DESCRIPTORS, INSTRUMENTS, instrumentById } from './vocab';

describe('custom music vocabulary', () => {
  it('descriptors name known genres, moods and instruments, with a sensible tempo range', () => {
    expect(new Set(DESCRIPTORS.map((d) => d.id)).size).toBe(DESCRIPTORS.length);
    expect(new Set(INSTRUMENTS.map((i) => i.id)).size).toBe(INSTRUMENTS.length);
    for (const d of DESCRIPTORS) {
      expect(
        GENRES.map((g) => g.name),
        d.id,
      ).toContain(d.genre);
      for (const mood of d.moods)
        expect(
          MOODS.map((m) => m.name),
          d.id,
        ).toContain(mood);
      for (const id of d.instruments) expect(instrumentById.has(id), `${d.id}: ${id}`).toBe(true);
      expect(d.min_tempo).toBeLessThan(d.max_tempo);
    }
  });

  it('plans a timeline: sections in time, tempo curves, keys, instrument statuses, endings', () => {
    const plan = planTimeline(
      {
        spans: [
          {
            span_type: 'metered',
            time: 2,
            tempo: 60,
            tempo_changes: [{ time: 12, tempo: 120 }],
            regions: [
              { id: 1, region: 'music', descriptor: 'jazz_lounge_smooth', beat: 0 },
              { id: 2, region: 'silence', descriptor: 'jazz_lounge_smooth', beat: 4 },
              {
                id: 3,
                region: 'music',
                descriptor: 'pop_upbeat_happy',
                beat: 6,
                key: { tonic_note: 'd', tonic_accidental: 'flat', tonic_quality: 'dorian' },
                end_type: { beat: 2, event: 'transition', type: 'cut' },
              },
            ],
            instrument_groups: [
              {
                instrument_group: 'harp',
                statuses: [
                  { beat: 0, status: 'active' },
                  { beat: 2, status: 'inactive' },
                ],
              },
            ],
          },
          { span_type: 'unmetered', time: 12 },
        ],
      },
      '$',
    );
    expect(plan.duration).toBe(12);
    expect(plan.sections.map((s) => [s.start, s.end, s.descriptor.id, s.ending])).toEqual([
      [2, 6, 'jazz_lounge_smooth', 'ringout'],
      [8, 10, 'pop_upbeat_happy', 'cut'],
    ]);
    // Halfway along the curve from 60 to 120 bpm (2 s → 12 s), at 8 s: 96 bpm.
    expect(plan.sections[1]?.tempo).toBe(96);
    // D flat is four semitones above A; dorian is a minor mode.
    expect(plan.sections[1]?.key).toBe(4);
    expect(plan.sections[1]?.minor).toBe(true);
    expect(plan.sections[0]?.instruments).toEqual([{ id: 'harp', active: [[2, 4]] }]);
  });
});
