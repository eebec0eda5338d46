import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/test/fixtures';
import { SearchCombobox } from './SearchCombobox';

afterEach(() => vi.unstubAllGlobals());

function setup(initialQuery = '') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetchMock = stubApi((url) =>
    url.pathname === '/api/v2/images/search/suggestions'
      ? {
          body: {
            data: ['mountain', 'mountain lake', 'mountain bike'].filter((s) =>
              s.startsWith(url.searchParams.get('query') ?? ''),
            ),
          },
        }
      : undefined,
  );
  const onSearch = vi.fn();
  const box = (query: string) => (
    <QueryClientProvider client={client}>
      <SearchCombobox initialQuery={query} onSearch={onSearch} debounceMs={0} />
    </QueryClientProvider>
  );
  const { rerender } = render(box(initialQuery));
  return {
    onSearch,
    fetchMock,
    input: screen.getByRole('combobox', { name: 'Search images' }),
    /** The URL's query changes, as after a search or Back. */
    navigate: (query: string) => rerender(box(query)),
  };
}

describe('SearchCombobox', () => {
  it('keeps focus after a search and shows the query the URL now holds', async () => {
    const user = userEvent.setup();
    const { input, onSearch, navigate } = setup('river');
    await user.clear(input);
    await user.type(input, 'lake{Enter}');
    expect(onSearch).toHaveBeenCalledWith('lake');
    navigate('lake');
    expect(screen.getByRole('combobox', { name: 'Search images' })).toBe(input);
    expect(input).toHaveFocus();
    expect(input).toHaveValue('lake');
    navigate('forest');
    expect(input).toHaveValue('forest');
  });

  it('shows suggestions as you type and links the listbox to the input', async () => {
    const user = userEvent.setup();
    const { input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'mou');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'mountain',
      'mountain lake',
      'mountain bike',
    ]);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
  });

  it('moves through suggestions with the arrow keys, wrapping, and searches the chosen one on Enter', async () => {
    const user = userEvent.setup();
    const { input, onSearch } = setup();
    await user.type(input, 'mou');
    await screen.findAllByRole('option');

    await user.keyboard('{ArrowDown}');
    let options = screen.getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    options = screen.getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true'); // wrapped around

    await user.keyboard('{ArrowUp}');
    options = screen.getAllByRole('option');
    expect(options[2]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Enter}');
    expect(onSearch).toHaveBeenCalledWith('mountain bike');
    expect(input).toHaveValue('mountain bike');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('searches what was typed when no suggestion is highlighted', async () => {
    const user = userEvent.setup();
    const { input, onSearch } = setup();
    await user.type(input, 'mountains at dawn{Enter}');
    expect(onSearch).toHaveBeenCalledWith('mountains at dawn');
  });

  it('closes the list on Escape, and clears the box on a second Escape', async () => {
    const user = userEvent.setup();
    const { input } = setup();
    await user.type(input, 'mou');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument(); // hidden
    expect(input).toHaveValue('mou');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('asks for suggestions only from two characters on', async () => {
    const user = userEvent.setup();
    const { input, fetchMock } = setup();
    await user.type(input, 'm');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).not.toHaveBeenCalled();
    await user.type(input, 'o');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(String(fetchMock.mock.calls[0]![0])).toContain('query=mo');
  });

  it('focuses from anywhere with its shortcut key, but not while typing elsewhere', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    stubApi(() => undefined);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <input aria-label="Other field" />
        <SearchCombobox onSearch={onSearch} shortcut="/" />
      </QueryClientProvider>,
    );
    const input = screen.getByRole('combobox');
    await user.click(screen.getByLabelText('Other field'));
    await user.keyboard('/');
    expect(screen.getByLabelText('Other field')).toHaveValue('/');
    expect(input).not.toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('/');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
  });

  it('picks a suggestion with the mouse', async () => {
    const user = userEvent.setup();
    const { input, onSearch } = setup();
    await user.type(input, 'mountain l');
    await user.click(await screen.findByRole('option', { name: 'mountain lake' }));
    expect(onSearch).toHaveBeenCalledWith('mountain lake');
  });
});
