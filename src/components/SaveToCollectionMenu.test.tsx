import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectionItemIdsOptions, collectionListOptions } from '@/api/collections';
import { useAddToCollection } from '@/api/collection-mutations';
import { createQueryClient } from '@/api/query-client';
import { collectionsRoute, type StubCollection } from '@/test/collections-stub';
import { stubApi } from '@/test/fixtures';
import { SaveToCollectionMenu } from './SaveToCollectionMenu';

afterEach(() => vi.unstubAllGlobals());

function seed(): StubCollection[] {
  return [
    { id: '11', name: 'Client A', items: ['1001'] },
    { id: '12', name: 'Moodboard', items: [] },
  ];
}

function setup(
  ids: string[] = ['1005'],
  collections = seed(),
  refuse?: Parameters<typeof collectionsRoute>[1],
) {
  const route = collectionsRoute(collections, refuse);
  const fetchMock = stubApi(route);
  const client = createQueryClient();
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <SaveToCollectionMenu ids={ids} onSaved={onSaved} />
    </QueryClientProvider>,
  );
  const writes = () =>
    fetchMock.mock.calls
      .filter(([, init]) => init?.method && init.method !== 'GET')
      .map(([input, init]) => `${init!.method} ${String(input)} ${String(init!.body ?? '')}`);
  return { route, fetchMock, client, onSaved, writes };
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  const trigger = screen.getByRole('button', { name: 'Save to collection' });
  trigger.focus();
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog', { name: 'Save to collection' });
  await within(dialog).findAllByRole('menuitemcheckbox');
  return { trigger, dialog };
}

describe('SaveToCollectionMenu', () => {
  it('opens from the keyboard, moves with the arrows, saves with Enter, closes with Escape', async () => {
    const user = userEvent.setup();
    const { writes, route } = setup();
    const { trigger, dialog } = await openMenu(user);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const items = within(dialog).getAllByRole('menuitemcheckbox');
    expect(items.map((item) => item.textContent)).toEqual(['Client A1', 'Moodboard0']);
    await waitFor(() => expect(items[0]).toHaveFocus());

    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    // Checked at once (optimistic), and the count follows.
    expect(items[1]).toHaveAttribute('aria-checked', 'true');
    expect(items[1]).toHaveTextContent('Moodboard1');
    await waitFor(() => expect(route.state[1]!.items).toEqual(['1005']));
    expect(writes()).toEqual([
      'POST /api/v2/images/collections/12/items {"items":[{"id":"1005","media_type":"image"}]}',
    ]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('creates a collection inline and saves into it, keeping the name when it is too long', async () => {
    const user = userEvent.setup();
    const { route } = setup();
    const { dialog } = await openMenu(user);
    await user.keyboard('{End}');
    const create = within(dialog).getByRole('button', { name: 'New collection' });
    expect(create).toHaveFocus();
    await user.keyboard('{Enter}');
    const input = await within(dialog).findByRole('textbox', { name: 'New collection name' });
    expect(input).toHaveFocus();

    const long = 'x'.repeat(101);
    await user.type(input, `${long}{Enter}`);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Collection names can be at most 100 characters.',
    );
    expect(input).toHaveValue(long);
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, 'Spring launch{Enter}');
    const created = await within(dialog).findByRole('menuitemcheckbox', { name: /Spring launch/ });
    expect(created).toHaveAttribute('aria-checked', 'true');
    await waitFor(() =>
      expect(route.state.find((c) => c.name === 'Spring launch')?.items).toEqual(['1005']),
    );
  });

  it('rolls an optimistic save back, in plain words with the API’s message, when the API refuses', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { route, fetchMock } = setup(['1005'], seed(), (method, path) =>
      method === 'POST' && path.endsWith('/12/items')
        ? {
            status: 404,
            body: {
              message: 'Collection 12 not found',
              errors: [
                { code: 'NOT_FOUND', message: 'Collection 12 not found', path: '$.path.id' },
              ],
            },
          }
        : undefined,
    );
    // Hold the refused request so the optimistic state can be seen first.
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => {
      if (init?.method === 'POST') await gate;
      return answer(input, init);
    });
    const { dialog } = await openMenu(user);
    const moodboard = within(dialog).getByRole('menuitemcheckbox', { name: /Moodboard/ });
    await user.click(moodboard);
    expect(moodboard).toHaveAttribute('aria-checked', 'true');
    await act(async () => release());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('That collection no longer exists.');
    expect(alert).toHaveTextContent('Collection 12 not found');
    expect(moodboard).toHaveAttribute('aria-checked', 'false');
    expect(moodboard).toHaveTextContent('Moodboard0');
    expect(route.state[1]!.items).toEqual([]);
  });

  it('saves a selection at once and says where it went', async () => {
    const user = userEvent.setup();
    const { onSaved, route } = setup(['1001', '1002', '1003']);
    const trigger = screen.getByRole('button', { name: 'Save to collection' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Save 3 images to…' });
    const clientA = await within(dialog).findByRole('menuitemcheckbox', { name: /Client A/ });
    expect(clientA).toHaveAttribute('aria-checked', 'mixed');
    await user.click(clientA);
    // Only the two not yet in it are sent.
    expect(onSaved).toHaveBeenCalledWith({ id: '11', name: 'Client A' }, 2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(route.state[0]!.items).toEqual(['1001', '1002', '1003']));
  });
});

describe('useAddToCollection', () => {
  it('sends an image once on a double click', async () => {
    const route = collectionsRoute(seed());
    const fetchMock = stubApi(route);
    const client = createQueryClient();
    await client.fetchQuery(collectionListOptions('image'));
    await client.fetchQuery(collectionItemIdsOptions('image', '12'));
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useAddToCollection('image'), { wrapper });
    act(() => {
      result.current.mutate({ collectionId: '12', ids: ['1007'] });
      result.current.mutate({ collectionId: '12', ids: ['1007'] });
    });
    await waitFor(() => expect(client.isMutating()).toBe(0));
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(route.state[1]!.items).toEqual(['1007']);
    expect(client.getQueryData(collectionItemIdsOptions('image', '12').queryKey)?.ids).toEqual([
      '1007',
    ]);
  });
});
