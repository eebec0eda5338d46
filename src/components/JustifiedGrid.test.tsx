import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { imageAspect } from '@/lib/images';
import { justifiedLayout } from '@/lib/justified-layout';
import { makeImage } from '@/test/fixtures';
import { JustifiedGrid } from './JustifiedGrid';
import { gridMetrics } from './use-container-width';

function renderGrid(count: number) {
  const images = Array.from({ length: count }, (_, i) => makeImage(i));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <JustifiedGrid images={images} layoutKey={`test-${count}`} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return images;
}

describe('JustifiedGrid', () => {
  it('has its full height on the first render, before any image loads (so Back can restore scroll)', () => {
    const images = renderGrid(300);
    // jsdom has no layout: the grid falls back to its width estimate, as on a first visit.
    const width = 1024;
    const { targetRowHeight, gap } = gridMetrics(width);
    const expected = justifiedLayout(images.map(imageAspect), {
      containerWidth: width,
      targetRowHeight,
      gap,
    }).height;
    expect(expected).toBeGreaterThan(5000);
    expect(screen.getByTestId('justified-grid').style.height).toBe(`${expected}px`);
  });

  it('renders only the rows near the viewport of a long grid', async () => {
    renderGrid(300);
    // At once (before the virtualizer's code is there) and once it has taken over.
    const first = screen.getAllByTestId('image-card').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(100);
    await waitFor(() => expect(document.querySelector('[data-row]')).not.toBeNull());
    const rendered = screen.getAllByTestId('image-card').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  });

  it('renders the first screen of a page, a screen more once the user moves in it, the rest as they scroll, its first rows fetched first', async () => {
    const images = renderGrid(60);
    const first = screen.getAllByTestId('image-card').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(images.length);
    // Nothing under the fold while the user only looks: the load is the first screen's.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByTestId('image-card')).toHaveLength(first);
    // Focus in the grid (a keyboard user tabbing in) renders the next screen's cards.
    act(() => screen.getAllByTestId('image-card')[0]!.focus());
    await waitFor(() => expect(screen.getAllByTestId('image-card').length).toBeGreaterThan(first));
    expect(screen.getAllByTestId('image-card').length).toBeLessThan(images.length);
    const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 100_000 });
    try {
      window.dispatchEvent(new Event('scroll'));
      await waitFor(() => expect(screen.getAllByTestId('image-card')).toHaveLength(images.length));
    } finally {
      if (scrollY) Object.defineProperty(window, 'scrollY', scrollY);
      else Reflect.deleteProperty(window, 'scrollY');
    }
    const cards = screen.getAllByTestId('image-card');
    const rowOf = (card: HTMLElement) =>
      Number(card.closest('[data-row]')?.getAttribute('data-row'));
    for (const card of cards) {
      const image = card.querySelector('img')!;
      const row = rowOf(card);
      expect(image.getAttribute('fetchpriority'), `row ${row}`).toBe(row < 2 ? 'high' : null);
      expect(image.getAttribute('loading'), `row ${row}`).toBe(row < 3 ? 'eager' : 'lazy');
    }
    expect(cards.filter((card) => rowOf(card) === 0).length).toBeGreaterThan(1);
  });

  it('commits a new set of results first rows first, the rest of the screen after; a next page adds to what is there', () => {
    // The last row with cards in the page, after each commit (-1: none).
    const commits: number[] = [];
    const lastRow = () =>
      Math.max(
        -1,
        ...screen
          .queryAllByTestId('image-card')
          .map((card) => Number(card.closest('[data-row]')?.getAttribute('data-row'))),
      );
    const grid = (images: ReturnType<typeof makeImage>[]) => (
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <Profiler id="grid" onRender={() => commits.push(lastRow())}>
            <JustifiedGrid images={images} layoutKey="test-first-rows" />
          </Profiler>
        </MemoryRouter>
      </QueryClientProvider>
    );
    const page = (from: number) => Array.from({ length: 30 }, (_, i) => makeImage(from + i));

    const { rerender } = render(grid(page(0)));
    expect(commits.filter((row) => row >= 0)[0]).toBe(1);
    const screenRows = commits.at(-1)!;
    expect(screenRows).toBeGreaterThan(1);

    // Another query: its first two rows alone, then the screen.
    commits.length = 0;
    const other = page(100);
    rerender(grid(other));
    expect(commits[0]).toBe(1);
    expect(commits.at(-1)).toBe(screenRows);

    // Its next page keeps its first item: nothing on the screen is taken away meanwhile.
    commits.length = 0;
    rerender(grid([...other, ...page(200)]));
    expect(Math.min(...commits)).toBe(screenRows);
  });

  it('sizes each card and its image before load, with a srcset across the thumbnail sizes', () => {
    renderGrid(10);
    const card = screen.getAllByTestId('image-card')[0]!;
    expect(card.style.width).toMatch(/^\d+px$/);
    expect(card.style.height).toMatch(/^\d+px$/);
    const image = card.querySelector('img')!;
    expect(image.getAttribute('width')).toBe(card.style.width.replace('px', ''));
    expect(image.getAttribute('srcset')!.split(', ')).toHaveLength(3);
    expect(card).toHaveAttribute('href', '/images/1000');
  });
});
