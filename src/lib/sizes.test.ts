import { describe, expect, it } from 'vitest';
import { resolutionName, sizeKey, sizeName, sizeSummary } from './sizes';

describe('one size vocabulary', () => {
  it('names a size the same by its vendor key and by its asset key', () => {
    expect(sizeName('image', 'huge')).toBe('Huge');
    expect(sizeName('image', 'huge_jpg')).toBe('Huge');
    expect(sizeName('image', 'medium_jpg')).toBe(sizeName('editorial-image', 'medium'));
    expect(sizeName('image', 'vector_eps')).toBe('Vector');
    expect(sizeKey('supersize_jpg')).toBe('supersize');
  });

  it('names video renditions, editorial originals and single-file audio', () => {
    expect(['web', 'sd', 'hd', '4k'].map((size) => sizeName('video', size))).toEqual([
      'Web',
      'SD',
      'HD',
      '4K',
    ]);
    expect(sizeName('editorial-video', 'original')).toBe('Original');
    expect(sizeName('audio', 'original')).toBe('Full track');
    expect(sizeName('sfx', 'wav')).toBe('WAV');
  });

  it('reads custom sizes as Custom with their pixels, and unknown keys capitalised', () => {
    expect(sizeName('image', 'custom-800x533')).toBe('Custom');
    expect(sizeSummary('image', 'custom-800x533')).toBe('Custom · 800 × 533 px');
    expect(sizeName(undefined, 'extra_large')).toBe('Extra large');
    expect(sizeName('image', undefined)).toBe('');
  });

  it('puts the pixels beside the name where the details give them', () => {
    expect(sizeSummary('image', 'medium', { width: 1000, height: 563 })).toBe(
      'Medium · 1000 × 563 px',
    );
    expect(sizeSummary('video', 'hd', { width: 1920, height: 1080 })).toBe('HD · 1920 × 1080 px');
    expect(sizeSummary('audio', 'original')).toBe('Full track');
  });
});

describe('resolution names from pixels', () => {
  it('reads the short side, so portrait clips are named like landscape ones', () => {
    expect(resolutionName({ width: 1920, height: 1080 })).toBe('HD');
    expect(resolutionName({ width: 1080, height: 1920 })).toBe('HD');
    expect(resolutionName({ width: 4096, height: 2160 })).toBe('4K');
    expect(resolutionName({ width: 852, height: 480 })).toBe('SD');
    expect(resolutionName(undefined)).toBe('');
  });
});
