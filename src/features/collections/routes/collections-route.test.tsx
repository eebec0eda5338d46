import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { Toaster } from '@/components/Toaster';
import { collectionsRoute, type StubCollection } from '@/test/collections-stub';
import { stubApi, type Route } from '@/test/fixtures';
import { clientLoader } from './collections-loader';
import { Component as CollectionsPage } from './collections-route';

afterEach(() => vi.unstubAllGlobals());

/** The stub keeps image collections; the user has one video collection and no music ones. */
const videoCollection = {
  id: '21',
  name: 'Drone shots',
  total_item_count: 2,
  created_time: '2026-11-01T10:00:00.000Z',
  updated_time: '2026-11-01T10:00:00.000Z',
  items_updated_time: '2026-11-01T10:00:00.000Z',
};
const otherTypes =
  (route: Route, videos: unknown[]): Route =>
  (url, request) => {
    const list = (data: unknown[]) => ({
      body: { data, page: 1, per_page: 150, total_count: data.length },
    });
    if (url.pathname === '/api/v2/videos/collections') return list(videos);
    if (url.pathname === '/api/v2/audio/collections') return list([]);
    if (url.pathname === '/api/v2/videos/collections/21/items') return list([]);
    return route(url, request);
  };

function renderPage(route: Route, url = '/collections', videos: unknown[] = [videoCollection]) {
  const fetchMock = stubApi(otherTypes(route, videos));
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [
      {
        path: '/collections',
        Component: CollectionsPage,
        loader: clientLoader(queryClient),
        HydrateFallback: () => <p>Loading…</p>,
      },
      { path: '/collections/:id', Component: () => <p>Collection page</p> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  return { router, fetchMock };
}

const seed = (): StubCollection[] => [
  { id: '11', name: 'Client A', items: ['1001', '1002', '1003', '1004'] },
  { id: '12', name: 'beach moodboard', items: [] },
  { id: '13', name: 'Website', items: ['1005'] },
];

const tileNames = () =>
  screen
    .getAllByTestId('collection-tile')
    .map((tile) => within(tile).getByRole('heading').textContent);

describe('collections page', () => {
  it('lists every collection of every type with counts, covers and a link to each', async () => {
    renderPage(collectionsRoute(seed()));
    expect(await screen.findByTestId('collections-count')).toHaveTextContent(
      '4 collections · 5 images, 2 videos',
    );
    const video = screen
      .getAllByTestId('collection-tile')
      .find((tile) => tile.getAttribute('data-media') === 'video')!;
    expect(within(video).getByRole('link', { name: 'Drone shots' })).toHaveAttribute(
      'href',
      '/collections/21?type=video',
    );
    expect(video).toHaveTextContent('Video');
    expect(video).toHaveTextContent('2 videos');
    const tile = screen.getAllByTestId('collection-tile')[0]!;
    expect(within(tile).getByRole('link', { name: 'Client A' })).toHaveAttribute(
      'href',
      '/collections/11',
    );
    expect(tile).toHaveTextContent('4 images');
    // Cover mosaic: the cover item and the newest items.
    await waitFor(() => expect(tile.querySelectorAll('img')).toHaveLength(3));
    const empty = screen.getAllByTestId('collection-tile')[1]!;
    expect(empty).toHaveTextContent('Nothing saved yet');
  });

  it('filters by name and sorts by name or size, in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(collectionsRoute(seed()));
    await screen.findAllByTestId('collection-tile');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    await waitFor(() =>
      expect(tileNames()).toEqual(['beach moodboard', 'Client A', 'Drone shots', 'Website']),
    );
    await user.click(screen.getByRole('radio', { name: /^Images/ }));
    await waitFor(() => expect(tileNames()).toEqual(['beach moodboard', 'Client A', 'Website']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'size');
    await waitFor(() => expect(tileNames()).toEqual(['Client A', 'Website', 'beach moodboard']));
    await user.type(screen.getByRole('searchbox', { name: 'Filter collections by name' }), 'web');
    await waitFor(() => expect(tileNames()).toEqual(['Website']));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=size&type=image&q=web'));
    await user.click(screen.getByRole('radio', { name: /^Video/ }));
    expect(
      await screen.findByRole('heading', { name: 'No collection matches “web”' }),
    ).toBeVisible();
    await user.clear(screen.getByRole('searchbox', { name: 'Filter collections by name' }));
    await waitFor(() => expect(tileNames()).toEqual(['Drone shots']));
    await user.type(screen.getByRole('searchbox', { name: 'Filter collections by name' }), 'zzz');
    expect(
      await screen.findByRole('heading', { name: 'No collection matches “zzz”' }),
    ).toBeVisible();
  });

  it('shows an empty state with no collections', async () => {
    renderPage(collectionsRoute([]), '/collections', []);
    expect(await screen.findByRole('heading', { name: 'No collections yet' })).toBeVisible();
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    const user = userEvent.setup();
    let fail = true;
    const ok = collectionsRoute(seed());
    renderPage((url, request) =>
      fail ? { status: 503, body: { message: 'Database locked' } } : ok(url, request),
    );
    // A 5xx is asked again twice (with backoff) before the page gives up.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    // The other types' collections still show, under the message.
    expect(alert).toHaveTextContent('Your image collections couldn’t be loaded');
    expect(screen.getAllByTestId('collection-tile')).toHaveLength(1);
    expect(alert).toHaveTextContent('Database locked');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('collection-tile')).toHaveLength(4);
  }, 20_000);

  it('creates a collection, keeping the name and saying why when it is too long', async () => {
    const user = userEvent.setup();
    const route = collectionsRoute(seed());
    renderPage(route);
    await screen.findAllByTestId('collection-tile');
    await user.click(screen.getByRole('button', { name: 'New collection' }));
    const input = await screen.findByRole('textbox', { name: 'Name of the new collection' });
    await user.type(input, `${'y'.repeat(120)}{Enter}`);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Collection names can be at most 100 characters.',
    );
    expect(input).toHaveValue('y'.repeat(120));
    await user.clear(input);
    await user.type(input, 'Autumn{Enter}');
    expect(await screen.findByRole('link', { name: 'Autumn' })).toBeInTheDocument();
    await waitFor(() => expect(route.state.map((c) => c.name)).toContain('Autumn'));
  });

  it('refuses an empty name beside the field, and puts an API refusal there with the name kept', async () => {
    const user = userEvent.setup();
    const route = collectionsRoute(seed(), (method, path) =>
      method === 'POST' && path === '/v2/images/collections'
        ? {
            status: 400,
            body: {
              message: 'Validation failed',
              errors: [
                { code: 'VALIDATION_ERROR', message: 'name is invalid', path: '$.body.name' },
              ],
            },
          }
        : undefined,
    );
    renderPage(route);
    await screen.findAllByTestId('collection-tile');
    await user.click(screen.getByRole('button', { name: 'New collection' }));
    const input = await screen.findByRole('textbox', { name: 'Name of the new collection' });
    await user.type(input, '   {Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Give the collection a name.');
    await waitFor(() => expect(input).toHaveFocus());

    await user.clear(input);
    await user.type(input, ' Autumn {Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('api-message')).toHaveTextContent('name is invalid'),
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue(' Autumn ');
    await user.type(input, 'x');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('renames in place, and deletes after confirming, with undo', async () => {
    const user = userEvent.setup();
    const route = collectionsRoute(seed());
    renderPage(route);
    await screen.findAllByTestId('collection-tile');

    await user.click(screen.getByRole('button', { name: 'Rename Website' }));
    const field = await screen.findByRole('textbox', { name: 'New name for Website' });
    await user.clear(field);
    await user.type(field, 'Website 2027{Enter}');
    expect(screen.getByRole('link', { name: 'Website 2027' })).toBeInTheDocument();
    await waitFor(() => expect(route.state[2]!.name).toBe('Website 2027'));

    await user.click(screen.getByRole('button', { name: 'Delete Client A' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Client A”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete collection' }));
    expect(screen.queryByRole('link', { name: 'Client A' })).not.toBeInTheDocument();
    const toast = await screen.findByText('Deleted “Client A”');
    await waitFor(() => expect(route.state.map((c) => c.id)).not.toContain('11'));

    await user.click(
      within(toast.closest('[data-testid=toast]')!).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByRole('link', { name: 'Client A' })).toBeInTheDocument();
    await waitFor(() =>
      expect(route.state.find((c) => c.name === 'Client A')?.items).toEqual([
        '1001',
        '1002',
        '1003',
        '1004',
      ]),
    );
  });
});
