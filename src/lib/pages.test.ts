import { describe, expect, it } from 'vitest';
import { uniqueById } from './pages';

describe('uniqueById', () => {
  it('keeps the first of each id, in page order', () => {
    const pages = [
      {
        data: [
          { id: 'a', n: 1 },
          { id: 'b', n: 2 },
        ],
      },
      {
        data: [
          { id: 'b', n: 3 },
          { id: 'c', n: 4 },
        ],
      },
    ];
    expect(uniqueById(pages)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'c', n: 4 },
    ]);
  });

  it('is empty before the first page', () => {
    expect(uniqueById(undefined)).toEqual([]);
  });
});
