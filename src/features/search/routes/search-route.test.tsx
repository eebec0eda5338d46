import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { searchResults, stubApi, type Route } from '@/test/fixtures';
import { clientLoader } from './search-loader';
import { Component as SearchPage } from './search-route';

afterEach(() => vi.unstubAllGlobals());

const categories = {
  data: [
    { id: '1', name: 'Animals/Wildlife' },
    { id: '2', name: 'Nature' },
  ],
};

function renderSearch(url: string, search: Route) {
  const fetchMock = stubApi((u, request) => {
    if (u.pathname === '/api/v2/images/categories') return { body: categories };
    if (u.pathname === '/api/v2/images/search') return search(u, request);
    return undefined;
  });
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: SearchPage,
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
  const searchCalls = () =>
    fetchMock.mock.calls
      .map(([input]) => String(input))
      .filter((u) => u.includes('/images/search'));
  return { router, fetchMock, searchCalls };
}

describe('search page', () => {
  it('shows the result count and a grid of linked image cards', async () => {
    renderSearch('/?query=mountain', () => ({ body: searchResults(24, 12345) }));
    expect(await screen.findByTestId('result-count')).toHaveTextContent('12,345 images');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Images for mountain');
    const grid = screen.getByTestId('justified-grid');
    const cards = within(grid).getAllByTestId('image-card');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]).toHaveAttribute('href', '/images/1000');
    const image = within(cards[0]!).getByRole('img');
    expect(image).toHaveAttribute('alt', 'Test image number 0');
    expect(image.getAttribute('srcset')).toContain('390w');
    expect(image).toHaveAttribute('width');
    expect(image).toHaveAttribute('height');
  });

  it('sends the URL’s filters and sort to the API', async () => {
    const { searchCalls } = renderSearch(
      '/?query=cat&image_type=vector&color=FF0000&sort=newest',
      () => ({
        body: searchResults(5),
      }),
    );
    await screen.findByTestId('result-count');
    const sent = new URL(searchCalls()[0]!, 'http://localhost').searchParams;
    expect(sent.get('query')).toBe('cat');
    expect(sent.getAll('image_type')).toEqual(['vector']);
    expect(sent.get('color')).toBe('FF0000');
    expect(sent.get('sort')).toBe('newest');
    expect(sent.get('page')).toBe('1');
    expect(
      await screen.findByRole(
        'button',
        { name: 'Remove filter: Vectors' },
        // The chips' module is loaded when a filter is in force.
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: #FF0000' })).toBeInTheDocument();
  });

  it('changes the URL when a filter is chosen, and clears all filters', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/?query=cat', () => ({ body: searchResults(5) }));
    await screen.findByTestId('result-count');
    const panel = screen.getAllByTestId('filter-panel')[0]!;
    await user.click(within(panel).getByRole('checkbox', { name: 'Vectors' }));
    await waitFor(() => expect(router.state.location.search).toBe('?query=cat&image_type=vector'));
    await user.click(await screen.findByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.search).toBe('?query=cat'));
  });

  it('shows an empty state with the spellcheck suggestion', async () => {
    renderSearch('/?query=mountian&spellcheck_query=false', () => ({
      body: searchResults(0, 0, { spellcheck_info: { spellchecked_query: 'mountain' } }),
    }));
    expect(
      await screen.findByRole('heading', { name: 'No images match “mountian”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'mountain' })).toHaveAttribute(
      'href',
      '/?query=mountain',
    );
  });

  it('says when the API corrected the spelling, with a way to search as typed', async () => {
    renderSearch('/?query=mountian', () => ({
      body: searchResults(4, 4, { spellcheck_info: { spellchecked_query: 'mountain' } }),
    }));
    expect(await screen.findByTestId('spellcheck-notice')).toHaveTextContent(
      'Showing results for mountain.',
    );
    expect(screen.getByRole('link', { name: 'mountian' })).toHaveAttribute(
      'href',
      '/?query=mountian&spellcheck_query=false',
    );
  });

  it('shows the error in plain words with the API’s message, and retries', async () => {
    const user = userEvent.setup();
    let fail = true;
    const { searchCalls } = renderSearch('/?query=cat', () =>
      fail
        ? {
            status: 400,
            body: {
              message: 'Invalid value for people_number',
              errors: [{ code: 'VALIDATION', message: 'must be <= 4', path: 'people_number' }],
            },
          }
        : { body: searchResults(3, 3) },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some search settings aren’t valid');
    expect(alert).toHaveTextContent('Invalid value for people_number');
    expect(alert).toHaveTextContent('must be <= 4');
    expect(searchCalls()).toHaveLength(1); // a 4xx is not retried
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('result-count')).toHaveTextContent('3 images');
  });
});
