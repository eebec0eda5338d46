import { describe, expect, it, vi } from 'vitest';
import { rangeOf, toggleValue, toList } from './filter-values';

describe('rangeOf', () => {
  it('reads both ends and patches both keys at once', () => {
    const onChange = vi.fn();
    const params: { bpm_from?: number; bpm_to?: number; genre?: string } = {
      bpm_from: 90,
      genre: 'jazz',
    };
    const range = rangeOf(params, onChange, 'bpm_from', 'bpm_to');
    expect([range.from, range.to]).toEqual([90, undefined]);
    range.onRangeChange(100, 120);
    expect(onChange).toHaveBeenCalledWith({ bpm_from: 100, bpm_to: 120 });
    range.onRangeChange(undefined, undefined);
    expect(onChange).toHaveBeenLastCalledWith({ bpm_from: undefined, bpm_to: undefined });
  });
});

describe('toggleValue and toList', () => {
  it('turn values on and off, and none left is no filter', () => {
    expect(toggleValue(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleValue(['a'], 'a', false)).toBeUndefined();
    expect(toList(' 12, , Jane Doe ')).toEqual(['12', 'Jane Doe']);
    expect(toList(' , ')).toBeUndefined();
  });
});
