import { describe, expect, it } from 'vitest';
import { musicHref, parseAudioParams, parseSfxParams, sfxHref } from './audio-params';
import { countryFromLocale, isCountryCode } from './countries';
import { editorialSearchHref, parseEditorialParams } from './editorial-search-params';
import { bestSize, formatDuration } from './video';
import { normalizeVideoParams, parseVideoParams, videoSearchHref } from './video-search-params';

describe('video search params', () => {
  it('reads valid values and drops malformed ones', () => {
    expect(
      parseVideoParams(
        'query=sea&resolution=4k&duration_from=5&duration_to=x&fps_from=23.976&aspect_ratio=21_9&safe=false&sort=newest',
      ),
    ).toEqual({
      query: 'sea',
      resolution: '4k',
      duration_from: 5,
      fps_from: 23.976,
      safe: false,
      sort: 'newest',
    });
  });

  it('takes several contributors, by name or id, as the vendor does', () => {
    expect(parseVideoParams('contributor=Ana%20Lee,%201234&contributor=1234')).toEqual({
      contributor: ['Ana Lee', '1234'],
    });
    expect(videoSearchHref({ contributor: ['Ana Lee', '1234'] })).toBe(
      '/videos?contributor=Ana+Lee&contributor=1234',
    );
  });

  it('writes in a stable order and round-trips', () => {
    const params = { sort: 'newest', query: 'sea', duration_to: 30 } as const;
    expect(videoSearchHref(params)).toBe('/videos?query=sea&duration_to=30&sort=newest');
    expect(normalizeVideoParams({ ...params, category: '' })).toEqual(params);
    expect(videoSearchHref({})).toBe('/videos');
  });
});

describe('music and sound-effect search params', () => {
  it('reads lists, whole numbers and known sorts; drops the rest', () => {
    expect(
      parseAudioParams(
        'query=calm&genre=Ambient,Jazz&bpm_from=90&bpm_to=-3&duration_to=2.5&sort=loudest&sort_order=asc&is_instrumental=true',
      ),
    ).toEqual({
      query: 'calm',
      genre: ['Ambient', 'Jazz'],
      bpm_from: 90,
      is_instrumental: true,
      sort_order: 'asc',
    });
    expect(
      parseSfxParams('added_date_start=2026-13&added_date_end=2026-01-31&sort=oldest'),
    ).toEqual({ added_date_end: '2026-01-31', sort: 'oldest' });
  });

  it('writes links in the schema order, lists as repeated keys', () => {
    expect(musicHref({ bpm_from: 100, genre: ['Ambient', 'Jazz'], query: 'calm' })).toBe(
      '/music?query=calm&genre=Ambient&genre=Jazz&bpm_from=100',
    );
    expect(sfxHref({})).toBe('/sfx');
  });
});

describe('editorial search params', () => {
  it('carries the country and drops unknown sorts', () => {
    expect(parseEditorialParams('query=cup&sort=best&date_start=2020-01-01')).toEqual({
      query: 'cup',
      date_start: '2020-01-01',
    });
    expect(editorialSearchHref('videos', { query: 'cup' }, 'GBR')).toBe(
      '/editorial/videos?query=cup&country=GBR',
    );
    expect(editorialSearchHref('images', {}, 'USA')).toBe('/editorial?country=USA');
  });
});

describe('countries', () => {
  it('turns a locale’s region into an ISO alpha-3 code', () => {
    expect(countryFromLocale('en-GB')).toBe('GBR');
    expect(countryFromLocale('de-DE')).toBe('DEU');
    expect(countryFromLocale('fr')).toBe('FRA');
    expect(countryFromLocale(undefined)).toBeUndefined();
    expect(isCountryCode('USA')).toBe(true);
    expect(isCountryCode('XXX')).toBe(false);
  });
});

describe('video formatting', () => {
  it('formats durations and picks the best size', () => {
    expect(formatDuration(5.9)).toBe('0:05');
    expect(formatDuration(83.4)).toBe('1:23');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(bestSize({ hd: { width: 1920 }, sd: { width: 640 } })?.badge).toBe('HD');
    expect(bestSize({ '4k': { width: 3840 }, hd: {} })?.badge).toBe('4K');
    expect(bestSize({})).toBeUndefined();
  });
});
