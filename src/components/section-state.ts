import type { SectionState } from './OverviewSection';

/** A query's state as an overview section shows it (the count from the first page). */
export function sectionState(query: {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  data?: { pages: { total_count: number }[] } | undefined;
}): SectionState {
  return {
    isPending: query.isPending,
    isError: query.isError,
    error: query.error,
    refetch: query.refetch,
    total: query.data?.pages[0]?.total_count,
  };
}
