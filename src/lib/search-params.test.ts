import { describe, expect, it } from 'vitest';
import type { ImageSearchParams } from '@/api/types';
import {
  effectiveSort,
  filterKeys,
  parseSearchParams,
  searchHref,
  toSearchParams,
} from './search-params';

describe('search params', () => {
  const full: ImageSearchParams = {
    query: 'red bicycle',
    image_type: ['photo', 'vector'],
    orientation: 'horizontal',
    category: '12',
    color: '4F21EA',
    people_number: 2,
    people_age: '30s',
    people_gender: 'female',
    people_ethnicity: ['east_asian', 'NOT caucasian'],
    people_model_released: true,
    contributor: ['1234', 'jane'],
    added_date_start: '2020-01-01',
    added_date_end: '2023-12-31',
    width_from: 1000,
    width_to: 6000,
    height_from: 800,
    height_to: 4000,
    aspect_ratio_min: 1.2,
    aspect_ratio_max: 2.5,
    license: ['commercial', 'editorial'],
    safe: false,
    sort: 'newest',
  };

  it('round-trips every parameter through the URL', () => {
    const url = toSearchParams(full).toString();
    expect(parseSearchParams(url)).toEqual(full);
    expect(parseSearchParams(new URLSearchParams(url))).toEqual(full);
  });

  it('writes arrays as repeated parameters in a stable order', () => {
    const text = toSearchParams({
      sort: 'popular',
      image_type: ['photo', 'vector'],
      query: 'cat',
    }).toString();
    expect(text).toBe('query=cat&image_type=photo&image_type=vector&sort=popular');
  });

  it('leaves out what is not set', () => {
    expect(toSearchParams({ query: undefined, image_type: undefined }).toString()).toBe('');
    expect(searchHref({})).toBe('/');
    expect(searchHref({ query: 'sea' })).toBe('/?query=sea');
  });

  it('drops unknown and malformed values instead of sending them', () => {
    const parsed = parseSearchParams(
      'image_type=photo&image_type=banana&orientation=diagonal&people_number=9&color=zzz&width_from=-3&aspect_ratio_min=0&added_date_start=yesterday&sort=best&safe=maybe&utm_source=x',
    );
    expect(parsed).toEqual({ image_type: ['photo'] });
  });

  it('normalises colours and accepts grayscale', () => {
    expect(parseSearchParams('color=%23ff00aa').color).toBe('FF00AA');
    expect(parseSearchParams('color=grayscale').color).toBe('grayscale');
  });

  it('accepts comma-separated contributors from hand-typed URLs', () => {
    expect(parseSearchParams('contributor=1, 2&contributor=3').contributor).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('sorts by relevance for a query and by popularity when browsing, unless told', () => {
    expect(effectiveSort({ query: 'x' })).toBe('relevance');
    expect(effectiveSort({})).toBe('popular');
    expect(effectiveSort({ query: 'x', sort: 'newest' })).toBe('newest');
  });

  it('lists the filters, not the query or sort', () => {
    expect(
      filterKeys({ query: 'x', sort: 'random', orientation: 'vertical', safe: false }),
    ).toEqual(['orientation', 'safe']);
  });
});
