import { describe, expect, it } from 'vitest';
import {
  problemsOf,
  sectionsOf,
  toTimeline,
  totalSeconds,
  usualTempo,
  type Section,
} from './timeline';

const section = (key: number, descriptor: string, seconds: number, tempo: number): Section => ({
  key,
  descriptor,
  seconds,
  tempo,
});

describe('custom music timeline', () => {
  const two = [section(1, 'ambient_drone_calm', 8, 70), section(2, 'pop_upbeat_happy', 6, 120)];

  it('plays the sections one after another, with an unmetered span where the music ends', () => {
    expect(toTimeline(two)).toEqual({
      spans: [
        {
          id: 1,
          span_type: 'metered',
          time: 0,
          tempo: 70,
          regions: [{ id: 1, region: 'music', descriptor: 'ambient_drone_calm', beat: 0 }],
        },
        {
          id: 2,
          span_type: 'metered',
          time: 8,
          tempo: 120,
          regions: [{ id: 1, region: 'music', descriptor: 'pop_upbeat_happy', beat: 0 }],
        },
        { span_type: 'unmetered', time: 14 },
      ],
    });
    expect(totalSeconds(two)).toBe(14);
  });

  it('reads a render’s timeline back as its sections', () => {
    expect(sectionsOf(toTimeline(two))).toEqual([
      { descriptor: 'ambient_drone_calm', tempo: 70, seconds: 8 },
      { descriptor: 'pop_upbeat_happy', tempo: 120, seconds: 6 },
    ]);
    expect(sectionsOf({})).toEqual([]);
  });

  it('says what keeps a timeline from rendering', () => {
    expect(problemsOf(two)).toBeUndefined();
    expect(problemsOf([])).toMatch(/Add a section/);
    expect(problemsOf([section(1, 'a', 2, 100)])).toMatch(/at least 3 seconds/);
    expect(problemsOf([section(1, 'a', 200, 100)])).toMatch(/at most 3 minutes/);
    expect(problemsOf([section(1, 'a', 10, 20)])).toMatch(/Tempos go from 40/);
    expect(problemsOf([section(1, 'a', 0, 100), section(2, 'a', 10, 100)])).toMatch(/one second/);
  });

  it('starts a descriptor at the middle of its usual tempo range', () => {
    expect(usualTempo({ id: 'x', name: 'X', min_tempo: 60, max_tempo: 81 })).toBe(71);
    expect(usualTempo(undefined)).toBe(100);
  });
});
