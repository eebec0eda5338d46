import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { searchResults, stubApi } from '@/test/fixtures';
import { clientLoader } from './all-loader';
import { Component as AllPage } from './all-route';

afterEach(() => vi.unstubAllGlobals());

// jsdom loads no pictures: whether one is in is set here, and its load event sent by hand.
let loaded = new WeakSet<HTMLImageElement>();
Object.defineProperty(HTMLImageElement.prototype, 'complete', {
  configurable: true,
  get(this: HTMLImageElement) {
    return loaded.has(this);
  },
});
function load(image: HTMLImageElement) {
  loaded.add(image);
  image.dispatchEvent(new Event('load'));
}

function renderAll(images = searchResults(12, 340)) {
  loaded = new WeakSet();
  const others = { data: [], total_count: 7, page: 1, per_page: 20 };
  stubApi((url) => {
    if (url.pathname === '/api/v2/images/search') return { body: images };
    if (/^\/api\/v2\/(videos|audio|sfx|editorial\/images)\/search$/.test(url.pathname))
      return { body: others };
    return undefined;
  });
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [{ path: '/all', Component: AllPage, loader: clientLoader(queryClient) }],
    { initialEntries: ['/all?query=city'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const count = (id: string) =>
  within(screen.getByTestId(`all-section-${id}`)).queryByTestId('section-count');
const UNDER = ['videos', 'music', 'sfx', 'editorial'];

describe('All page', () => {
  it('shows the sections under the images once the first 8 image tiles’ pictures are in', async () => {
    renderAll();
    const tiles = await screen.findByTestId('image-tiles');
    const pictures = within(tiles).getAllByRole<HTMLImageElement>('img');
    expect(pictures).toHaveLength(12);
    // Their answers are there, but they wait (skeletons) while the top of the page loads.
    for (const id of UNDER) expect(count(id), id).toBeNull();
    act(() => pictures.slice(0, 7).forEach(load));
    for (const id of UNDER) expect(count(id), id).toBeNull();
    act(() => load(pictures[7]!));
    for (const id of UNDER) expect(await screen.findByTestId(`all-section-${id}`)).toBeVisible();
    for (const id of UNDER) expect(count(id), id).toHaveTextContent('7');
  });

  it('does not hold them for a picture that does not come', async () => {
    renderAll();
    await screen.findByTestId('image-tiles');
    expect(count('videos')).toBeNull();
    // No picture loads: they show all the same, within a second.
    const videos = within(screen.getByTestId('all-section-videos'));
    expect(await videos.findByTestId('section-count', {}, { timeout: 1500 })).toHaveTextContent(
      '7',
    );
  });

  it('does not hold them when there are no images', async () => {
    renderAll(searchResults(0, 0));
    const videos = within(await screen.findByTestId('all-section-videos'));
    expect(await videos.findByTestId('section-count', {}, { timeout: 300 })).toHaveTextContent('7');
    expect(screen.getByTestId('all-section-images')).toHaveTextContent('No matches in images.');
  });
});
