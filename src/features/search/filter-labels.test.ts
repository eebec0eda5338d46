import { describe, expect, it } from 'vitest';
import { filterChips } from './filter-chips';
import { clearFilters } from './filter-labels';

describe('filter chips', () => {
  it('makes one chip per value, and removing one keeps the others', () => {
    const params = {
      query: 'dog',
      image_type: ['photo', 'vector'] as ('photo' | 'vector')[],
      category: '1',
      safe: false,
    };
    const chips = filterChips(params, [{ id: '1', name: 'Animals/Wildlife' }]);
    expect(chips.map((chip) => chip.label)).toEqual([
      'Photos',
      'Vectors',
      'Animals/Wildlife',
      'Safe search off',
    ]);
    expect(chips[0]!.remove(params)).toEqual({ ...params, image_type: ['vector'] });
    expect(chips[2]!.remove(params)).not.toHaveProperty('category');
  });

  it('shows colours as swatches', () => {
    const [chip] = filterChips({ color: '4F21EA' });
    expect(chip).toMatchObject({ label: '#4F21EA', swatch: '#4F21EA' });
  });

  it('clears filters but keeps the query and sort', () => {
    expect(
      clearFilters({ query: 'dog', sort: 'newest', orientation: 'vertical', color: 'grayscale' }),
    ).toEqual({
      query: 'dog',
      sort: 'newest',
      spellcheck_query: undefined,
    });
  });
});
