// Collection writes are optimistic: the lists change at once. A list answer made before a
// write must not undo it when it lands while the write is still on its way.
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectionsRoute } from '@/test/collections-stub';
import { stubApi } from '@/test/fixtures';
import {
  useAddToCollection,
  useCreateCollection,
  useDeleteCollection,
  useRenameCollection,
} from './collection-mutations';
import {
  collectionItemIdsOptions,
  collectionKeys,
  collectionListOptions,
  collectionOptions,
} from './collections';
import { createQueryClient } from './query-client';
import type { Collection } from './types';

afterEach(() => vi.unstubAllGlobals());

/**
 * The stubbed API, with a gate: once `hold` is called, requests `held` matches are answered
 * as of the moment they were asked, but only when `release` is — a slow answer on its way.
 */
function slowApi(held: (method: string, path: string) => boolean) {
  const route = collectionsRoute([
    { id: '11', name: 'Client A', items: ['1001'] },
    { id: '12', name: 'Moodboard', items: [] },
  ]);
  const answer = stubApi(route).getMockImplementation()!;
  const waiting: { write: boolean; resolve: () => void }[] = [];
  let holding = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      const response = await answer(input, init);
      const path = new URL(String(input), 'http://x').pathname.replace(/^\/api/, '');
      if (holding && held(init?.method ?? 'GET', path))
        await new Promise<void>((resolve) =>
          waiting.push({ write: (init?.method ?? 'GET') !== 'GET', resolve }),
        );
      return response;
    }),
  );
  return {
    hold: () => {
      holding = true;
    },
    /** Lets the held reads through; with `writes`, the held writes, and holds nothing more. */
    release: (writes = false) => {
      if (writes) holding = false;
      for (const request of waiting.filter((r) => r.write === writes)) {
        waiting.splice(waiting.indexOf(request), 1);
        request.resolve();
      }
    },
    waiting: () => waiting.length,
  };
}

function setUp() {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => ({
      list: useQuery(collectionListOptions('image')),
      create: useCreateCollection('image'),
      rename: useRenameCollection('image'),
      remove: useDeleteCollection('image'),
      add: useAddToCollection('image'),
    }),
    { wrapper },
  );
  // What every list on screen reads: the cached list.
  const shown = () =>
    client
      .getQueryData(collectionListOptions('image').queryKey)
      ?.data.map((c: Collection) => `${c.id} ${c.name} ${c.total_item_count}`);
  return { client, result, shown };
}

type Hooks = ReturnType<typeof setUp>['result'];

describe('collection changes against a list answer already on its way', () => {
  // A list asked for before a change is answered as it was before the change. Arriving
  // while the change is still pending, it must not undo what the designer just did.
  it.each([
    [
      'delete',
      (r: Hooks) => r.current.remove.mutate({ collection: r.current.list.data!.data[0]! }),
      ['12 Moodboard 0'],
    ],
    [
      'rename',
      (r: Hooks) => r.current.rename.mutate({ id: '12', name: 'Picks' }),
      ['11 Client A 1', '12 Picks 0'],
    ],
    [
      'add',
      (r: Hooks) => r.current.add.mutate({ collectionId: '11', ids: ['1005'] }),
      ['11 Client A 2', '12 Moodboard 0'],
    ],
    [
      'create',
      (r: Hooks) => r.current.create.mutate({ name: 'Shortlist' }),
      ['9001 Shortlist 0', '11 Client A 1', '12 Moodboard 0'],
    ],
  ] as const)(
    '%s: what is shown stays changed until the API confirms it',
    async (_, change, expected) => {
      // Every write is held too, so the old list answer arrives while the change is pending.
      const api = slowApi((method, path) => path === '/v2/images/collections' || method !== 'GET');
      const { client, result, shown } = setUp();
      await waitFor(() => expect(shown()).toEqual(['11 Client A 1', '12 Moodboard 0']));
      // What collection 11 holds is known (the Saved marks read it): an add counts at once.
      await client.fetchQuery(collectionItemIdsOptions('image', '11'));
      api.hold();
      let stale: Promise<void> | undefined;
      act(() => {
        stale = client.refetchQueries({ queryKey: collectionKeys.lists('image') });
      });
      await waitFor(() => expect(api.waiting()).toBe(1));
      act(() => change(result));
      // A collection being created shows under a temporary id until the API gives it one.
      const now = () => shown()?.map((line) => line.replace(/^optimistic-\d+/, '9001'));
      await waitFor(() => expect(now()).toEqual(expected));
      await waitFor(() => expect(api.waiting()).toBeGreaterThan(1));

      // The old list answer lands while the change is still on its way…
      api.release();
      await act(() => stale);
      expect(now()).toEqual(expected);
      // …and then the change does.
      api.release(true);
      await waitFor(() => expect(client.isMutating()).toBe(0));
      await waitFor(() => expect(client.isFetching()).toBe(0));
      expect(shown()).toEqual(expected);
    },
  );

  it("rename: the collection's own page keeps the new name while its old answer lands", async () => {
    const info = collectionOptions('image', '12');
    const api = slowApi((method, path) => path === '/v2/images/collections/12' || method !== 'GET');
    const { client, result } = setUp();
    const name = () => client.getQueryData(info.queryKey)?.name;
    await act(() => client.fetchQuery(info));
    api.hold();
    let stale: Promise<void> | undefined;
    act(() => {
      stale = client.refetchQueries({ queryKey: info.queryKey });
    });
    await waitFor(() => expect(api.waiting()).toBe(1));
    act(() => result.current.rename.mutate({ id: '12', name: 'Picks' }));
    expect(name()).toBe('Picks');
    await waitFor(() => expect(api.waiting()).toBe(2));

    api.release();
    await act(() => stale);
    expect(name()).toBe('Picks');
    api.release(true);
    await waitFor(() => expect(client.isMutating()).toBe(0));
    await waitFor(() => expect(client.isFetching()).toBe(0));
    expect(name()).toBe('Picks');
  });
});
