import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/test/fixtures';
import { editorialSearchOptions } from './editorial';

afterEach(() => vi.unstubAllGlobals());

describe('editorial search: cursor paging', () => {
  it('sends the country, then follows each page’s next cursor until there is none', async () => {
    const fetchMock = stubApi((url) => {
      if (url.pathname !== '/api/v2/editorial/images/search') return undefined;
      const cursor = url.searchParams.get('cursor');
      const page = cursor === null ? 1 : cursor === 'c2' ? 2 : 3;
      return {
        body: {
          data: [{ id: `e${page}`, assets: {} }],
          total_count: 3,
          next: page < 3 ? `c${page + 1}` : '',
          prev: '',
        },
      };
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = editorialSearchOptions('images', 'GBR', { query: 'cup' });
    await client.fetchInfiniteQuery({ ...options, pages: 3 });
    const data = client.getQueryData(options.queryKey);
    expect(data?.pages.map((page) => page.data[0]?.id)).toEqual(['e1', 'e2', 'e3']);
    const sent = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://x'));
    expect(sent.every((u) => u.searchParams.get('country') === 'GBR')).toBe(true);
    expect(sent.map((u) => u.searchParams.get('cursor'))).toContain('c3');
    expect(options.getNextPageParam(data!.pages[2]!, data!.pages, '', [])).toBeUndefined();
  });
});
