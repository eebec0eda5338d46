import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectionsRoute } from '@/test/collections-stub';
import { stubApi } from '@/test/fixtures';
import {
  collectionKeys,
  collectionListOptions,
  OPTIMISTIC_PREFIX,
  prefetchCollectionMembership,
  useCollectionMembership,
} from './collections';
import { createQueryClient } from './query-client';

afterEach(() => vi.unstubAllGlobals());

function wrapperOf(client: ReturnType<typeof createQueryClient>) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('prefetchCollectionMembership (Saved marks asked for by a loader)', () => {
  it('fills what useCollectionMembership reads, so its first render has the marks', async () => {
    const fetchMock = stubApi(
      collectionsRoute([
        { id: '11', name: 'Client A', items: ['1001', '1002'] },
        { id: '12', name: 'Moodboard', items: ['1002'] },
      ]),
    );
    const client = createQueryClient();
    await prefetchCollectionMembership(client, 'image');
    const asked = fetchMock.mock.calls.length;

    const { result } = renderHook(() => useCollectionMembership('image'), {
      wrapper: wrapperOf(client),
    });
    expect(result.current.isPending).toBe(false);
    expect(result.current.membership.get('1002')).toEqual(['11', '12']);
    expect(result.current.membership.get('1001')).toEqual(['11']);
    // The hook found everything cached: no request of its own.
    expect(fetchMock).toHaveBeenCalledTimes(asked);
  });

  it('asks nothing of a collection the list counts as empty, and later changes still show', async () => {
    const fetchMock = stubApi(
      collectionsRoute([
        { id: '11', name: 'Client A', items: ['1001'] },
        { id: '12', name: 'New and empty', items: [] },
        { id: '13', name: 'Also empty', items: [] },
      ]),
    );
    const client = createQueryClient();
    await prefetchCollectionMembership(client, 'image');
    const paths = () =>
      fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://x').pathname);
    expect(paths().filter((path) => path.endsWith('/items'))).toEqual([
      '/api/v2/images/collections/11/items',
    ]);

    const { result } = renderHook(() => useCollectionMembership('image'), {
      wrapper: wrapperOf(client),
    });
    expect(result.current.isPending).toBe(false);
    expect(result.current.itemIds.get('12')).toEqual([]);
    expect(result.current.membership.get('1001')).toEqual(['11']);
    expect(paths().filter((path) => path.endsWith('/items'))).toHaveLength(1);

    // Saving into it (the save writes the cache, as here) marks the asset at once.
    client.setQueryData(collectionKeys.itemIds('image', '12'), {
      collectionId: '12',
      ids: ['1001'],
    });
    await waitFor(() => expect(result.current.membership.get('1001')).toEqual(['11', '12']));
  });

  it('skips a collection still being created, and settles quietly when the list fails', async () => {
    const optimistic = `${OPTIMISTIC_PREFIX}1`;
    const fetchMock = stubApi(collectionsRoute([{ id: '11', name: 'Client A', items: [] }]));
    const client = createQueryClient();
    client.setQueryData(collectionListOptions('image').queryKey, {
      data: [{ id: optimistic, name: 'New', total_item_count: 0 }],
      total_count: 1,
    });
    await prefetchCollectionMembership(client, 'image');
    const paths = fetchMock.mock.calls.map(
      ([input]) => new URL(String(input), 'http://x').pathname,
    );
    expect(paths.some((path) => path.includes(optimistic))).toBe(false);

    stubApi(() => ({ status: 503, body: { message: 'Down for maintenance' } }));
    await expect(prefetchCollectionMembership(createQueryClient(), 'video')).resolves.toBe(
      undefined,
    );
  });
});
