import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatRelative, pluralize } from './format';

describe('formatCount', () => {
  it('groups whole numbers as en-US does', () => {
    const intl = new Intl.NumberFormat('en-US');
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -4321, -12]) {
      expect(formatCount(n)).toBe(intl.format(n));
    }
  });

  it('writes other numbers through Intl', () => {
    expect(formatCount(1234.5)).toBe('1,234.5');
  });

  it('reads in a plural', () => {
    expect(pluralize(12_345, 'image')).toBe('12,345 images');
    expect(pluralize(1, 'image')).toBe('1 image');
  });
});

describe('dates', () => {
  it('formats a day and a recent time', () => {
    expect(formatDate('2024-03-05')).toBe('Mar 5, 2024');
    const now = Date.parse('2024-03-05T12:00:00Z');
    expect(formatRelative('2024-03-05T11:55:00Z', now)).toBe('5 min. ago');
  });
});
