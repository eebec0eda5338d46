// The generated music catalog: deterministic, and realistic where a client can tell.
import { describe, expect, it } from 'vitest';
import { generateAlbums, generateArtists, generateSfx, generateTracks } from './generate';
import { DEFAULT_AUDIO_CATALOG } from './seed';
import { GENRES, INSTRUMENTS, MOOD_NAMES, SFX_CATEGORIES } from './vocab';

const options = { ...DEFAULT_AUDIO_CATALOG, trackCount: 2_000, sfxCount: 500 };
const artists = generateArtists(options.seed, 100);
const albums = generateAlbums(options.seed, artists);
const tracks = [...generateTracks(options, artists, albums)];

describe('generated tracks', () => {
  it('are the same for the same seed', () => {
    const again = [...generateTracks(options, artists, albums)];
    expect(again).toEqual(tracks);
    const other = [...generateTracks({ ...options, seed: options.seed + 1 }, artists, albums)];
    expect(other.map((t) => t.title)).not.toEqual(tracks.map((t) => t.title));
  });

  it('have ids and dates growing together', () => {
    for (let i = 1; i < tracks.length; i++) {
      expect(tracks[i]!.id).toBeGreaterThan(tracks[i - 1]!.id);
      expect(tracks[i]!.addedDate >= tracks[i - 1]!.addedDate).toBe(true);
    }
  });

  it('keep the tempo within their main genre range and use the listed vocabularies', () => {
    for (const track of tracks) {
      const genre = GENRES.find((g) => g.name === track.genres[0]);
      expect(genre).toBeDefined();
      expect(track.bpm).toBeGreaterThanOrEqual(genre!.bpm[0]);
      expect(track.bpm).toBeLessThanOrEqual(genre!.bpm[1]);
      for (const mood of track.moods) expect(MOOD_NAMES).toContain(mood);
      for (const instrument of track.instruments) expect(INSTRUMENTS).toContain(instrument);
      expect(track.isInstrumental).toBe(track.vocalDescription === '');
      expect(track.duration).toBeGreaterThanOrEqual(15);
    }
    const instrumental = tracks.filter((t) => t.isInstrumental).length / tracks.length;
    expect(instrumental).toBeGreaterThan(0.4);
    expect(instrumental).toBeLessThan(0.9);
  });
});

describe('generated sound effects', () => {
  it('last as their category says, with distinct titles', () => {
    const effects = [...generateSfx(options, artists)];
    expect(effects).toHaveLength(500);
    for (const effect of effects) {
      const [lo, hi] = SFX_CATEGORIES[effect.category]!.duration;
      expect(effect.duration).toBeGreaterThanOrEqual(lo);
      expect(effect.duration).toBeLessThanOrEqual(hi);
    }
    expect(new Set(effects.map((e) => e.title)).size).toBe(effects.length);
  });
});
