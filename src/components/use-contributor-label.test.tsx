import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { stubApi } from '@/test/fixtures';
import { useContributorLabel } from './use-contributor-label';

afterEach(() => vi.unstubAllGlobals());

const NAMES: Record<string, string> = { '201': 'Ana Costa', '202': 'Ben Evans', '203': 'Chen Xu' };

function Byline({ id }: { id: string }) {
  return <p data-testid={`by-${id}`}>{useContributorLabel(id)}</p>;
}

/** A page of cards, each asking for its own contributor's name. */
function Cards({ ids }: { ids: string[] }) {
  return (
    <>
      {ids.map((id, index) => (
        <Byline key={index} id={id} />
      ))}
    </>
  );
}

function setup() {
  const fetchMock = stubApi((url) => {
    if (url.pathname !== '/api/v2/contributors') return undefined;
    const ids = url.searchParams.getAll('id');
    return {
      body: {
        data: ids.filter((id) => NAMES[id]).map((id) => ({ id, display_name: NAMES[id] })),
        errors: ids
          .filter((id) => !NAMES[id])
          .map((id) => ({ message: `Contributor ${id} not found`, data: id })),
      },
    };
  });
  const client = createQueryClient();
  const lookups = () =>
    fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'));
  return { client, lookups };
}

describe('useContributorLabel', () => {
  it('names every card’s contributor from one batched request, the id meanwhile and when unknown', async () => {
    const { client, lookups } = setup();
    const ids = ['201', '202', '201', '999', '203', '202'];
    render(
      <QueryClientProvider client={client}>
        <Cards ids={ids} />
      </QueryClientProvider>,
    );
    // Before the answer: the id.
    expect(screen.getAllByTestId('by-201')[0]).toHaveTextContent('by contributor 201');
    await waitFor(() => expect(screen.getByTestId('by-203')).toHaveTextContent('by Chen Xu'));
    expect(screen.getAllByTestId('by-201')[1]).toHaveTextContent('by Ana Costa');
    expect(screen.getAllByTestId('by-202')[0]).toHaveTextContent('by Ben Evans');
    expect(screen.getByTestId('by-999')).toHaveTextContent('by contributor 999');
    // One request, each id once.
    expect(lookups()).toHaveLength(1);
    expect(lookups()[0]!.searchParams.getAll('id').sort()).toEqual(['201', '202', '203', '999']);
  });

  it('asks again only for ids it does not know yet', async () => {
    const { client, lookups } = setup();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <Cards ids={['201', '202']} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('by-202')).toHaveTextContent('by Ben Evans'));
    rerender(
      <QueryClientProvider client={client}>
        <Cards ids={['201', '202', '203']} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('by-203')).toHaveTextContent('by Chen Xu'));
    expect(screen.getByTestId('by-201')).toHaveTextContent('by Ana Costa');
    expect(lookups().map((url) => url.searchParams.getAll('id'))).toEqual([
      ['201', '202'],
      ['203'],
    ]);
  });
});
