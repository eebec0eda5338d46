import { describe, expect, it } from 'vitest';
import { formatDuration, previewLength, seekTarget } from './audio';

describe('formatDuration', () => {
  it('writes minutes and seconds, hours when needed', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(0.4)).toBe('0:01');
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(undefined)).toBe('–:––');
  });
});

describe('seekTarget', () => {
  it('moves 5 s on a preview, 1 s on a short sound, and stays inside', () => {
    expect(seekTarget('ArrowRight', 10, 30)).toBe(15);
    expect(seekTarget('ArrowLeft', 3, 30)).toBe(0);
    expect(seekTarget('ArrowUp', 28, 30)).toBeCloseTo(29.9);
    expect(seekTarget('ArrowRight', 1, 4)).toBe(2);
    expect(seekTarget('PageUp', 0, 30)).toBe(5);
    expect(seekTarget('Home', 12, 30)).toBe(0);
    expect(seekTarget('End', 0, 30)).toBeCloseTo(29.9);
    expect(seekTarget('a', 0, 30)).toBeNull();
  });

  it('knows a preview is at most 30 s', () => {
    expect(previewLength(240)).toBe(30);
    expect(previewLength(3)).toBe(3);
    expect(previewLength(undefined)).toBe(30);
  });
});
