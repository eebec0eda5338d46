import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { stubApi, type Route } from '@/test/fixtures';
import { clientLoader } from './collection-loader';
import { Component as CollectionPage } from './collection-route';

afterEach(() => vi.unstubAllGlobals());

const time = '2026-11-20T10:00:00.000Z';
const shore = {
  id: '77',
  name: 'Shore clips',
  total_item_count: 1,
  created_time: time,
  updated_time: time,
  items_updated_time: time,
  share_code: 'abc',
};

/** A video collection of someone's, readable with its share code; `own` lists the user's. */
function videoApi(own: unknown[]): Route {
  return (url) => {
    const path = url.pathname.replace(/^\/api/, '');
    const shared = url.searchParams.get('share_code') === 'abc';
    const list = (data: unknown[]) => ({
      body: { data, page: 1, per_page: 150, total_count: data.length },
    });
    if (path === '/v2/videos/collections') return list(own);
    if (path === '/v2/videos/collections/77' && shared) return { body: shore };
    if (path === '/v2/videos/collections/77/items' && shared)
      return list([{ id: '5001', media_type: 'video', added_time: time }]);
    if (path === '/v2/videos')
      return list([
        {
          id: '5001',
          aspect: 1.78,
          description: 'Waves at dawn',
          contributor: { id: '1' },
          assets: { thumb_jpg: { url: '/thumb.jpg' } },
        },
      ]);
    return { status: 404, body: { message: 'Collection 77 not found' } };
  };
}

function renderAt(url: string, route: Route) {
  const fetchMock = stubApi(route);
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [
      {
        path: '/collections/:id',
        Component: CollectionPage,
        loader: clientLoader(queryClient),
        HydrateFallback: () => <p>Loading…</p>,
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return fetchMock;
}

const requested = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'));

describe('collection page, opened from a shared link', () => {
  it('reads another user’s collection with the share code, without changing it', async () => {
    const fetchMock = renderAt('/collections/77?type=video&share_code=abc', videoApi([]));
    expect(await screen.findByTestId('collection-name')).toHaveTextContent('Shore clips');
    expect(await screen.findByText('Shared with you')).toBeVisible();
    expect(screen.getByTestId('collection-count')).toHaveTextContent('1 video');
    expect(screen.getByRole('button', { name: /Copy link/ })).toBeEnabled();
    expect(screen.queryByRole('button', { name: /Rename/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    const urls = requested(fetchMock).filter((url) =>
      url.pathname.startsWith('/api/v2/videos/collections/77'),
    );
    expect(urls.map((url) => url.pathname).sort()).toEqual([
      '/api/v2/videos/collections/77',
      '/api/v2/videos/collections/77/items',
    ]);
    for (const url of urls) expect(url.searchParams.get('share_code')).toBe('abc');
  });

  it('is the owner’s own page when the collection is in their list', async () => {
    renderAt('/collections/77?type=video&share_code=abc', videoApi([shore]));
    expect(await screen.findByTestId('collection-name')).toHaveTextContent('Shore clips');
    expect(await screen.findByRole('button', { name: /Rename/ })).toBeVisible();
    expect(screen.getByRole('button', { name: /Delete/ })).toBeVisible();
    await waitFor(() => expect(screen.queryByText('Shared with you')).not.toBeInTheDocument());
  });
});
