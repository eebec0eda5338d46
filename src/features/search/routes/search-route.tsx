import { lazy, Suspense } from 'react';
import { useImageSearch } from '@/api/images';
import { Button } from '@/components/Button';
import { ResultSummary } from '@/components/ResultSummary';
import { ResultsRegion } from '@/components/ResultsRegion';
import { useSearchFilters } from '@/components/use-search-filters';
import { pluralize } from '@/lib/format';
import { effectiveSort, filterKeys } from '@/lib/search-params';
import { FilterPanel } from '../components/FilterPanel';
import { SearchResults } from '../components/SearchResults';
import { SortSelect } from '../components/SortSelect';
import { useSearchState } from '../hooks/use-search-state';

// The chips of the filters in force come with the first filter.
const ActiveFilters = lazy(() =>
  import('../components/ActiveFilters').then((m) => ({ default: m.ActiveFilters })),
);

export function Component() {
  const { params, pending, isPending, setParams, update } = useSearchState();
  // Shares the cache entry with SearchResults: one request, two readers.
  const search = useImageSearch(params);
  const total = search.data?.pages[0]?.total_count;
  const filterCount = filterKeys(pending).length;
  const filters = useSearchFilters({
    count: filterCount,
    panel: (scope) => (
      <>
        {scope === 'side' && <h2 className="sr-only">Filters</h2>}
        <FilterPanel params={pending} onChange={update} />
      </>
    ),
    sheetFooter: (close) => (
      <Button variant="primary" className="w-full" onClick={close}>
        {total === undefined ? 'Show images' : `Show ${pluralize(total, 'image')}`}
      </Button>
    ),
  });

  return (
    <main id="main" className="mx-auto flex w-full max-w-[1800px] flex-1 gap-8 px-4 py-5 sm:px-6">
      <title>
        {params.query ? `${params.query} — Stockroom images` : 'Stockroom — image search'}
      </title>
      {filters.aside}

      <div className="min-w-0 flex-1">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <ResultSummary
            query={params.query}
            label="Images for"
            fallback="Popular images"
            total={total}
            noun="image"
          />
          <div className="flex items-center gap-2">
            {filters.button}
            <SortSelect value={effectiveSort(pending)} onChange={(sort) => update({ sort })} />
          </div>
        </div>
        <div className="mb-4 empty:hidden">
          {filterCount > 0 && (
            <Suspense>
              <ActiveFilters params={pending} onChange={setParams} />
            </Suspense>
          )}
        </div>
        <ResultsRegion busy={isPending}>
          <SearchResults params={params} onChange={setParams} />
        </ResultsRegion>
      </div>

      {filters.sheet}
    </main>
  );
}
