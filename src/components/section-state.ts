import type { SectionState } from './OverviewSection';

/**
 * A query's state as an overview section shows it (the count from the first page); `held`
 * shows it as loading whatever it has, for a section that waits its turn.
 */
export function sectionState(
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
    data?: { pages: { total_count: number }[] } | undefined;
  },
  held = false,
): SectionState {
  return {
    isPending: held || query.isPending,
    isError: !held && query.isError,
    error: query.error,
    refetch: query.refetch,
    total: held ? undefined : query.data?.pages[0]?.total_count,
  };
}
