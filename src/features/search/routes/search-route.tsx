import { lazy, Suspense, useState } from 'react';
import { useImageSearch } from '@/api/images';
import { Button } from '@/components/Button';
import { FilterIcon } from '@/components/icons';
import { cx, pluralize } from '@/lib/format';
import { effectiveSort, filterKeys } from '@/lib/search-params';
import { FilterPanel } from '../components/FilterPanel';
import { SearchResults } from '../components/SearchResults';
import { SortSelect } from '../components/SortSelect';
import { useSearchState } from '../hooks/use-search-state';

// The filters' sheet on small screens comes with its first opening, the chips of the
// filters in force with the first filter.
const ActiveFilters = lazy(() =>
  import('../components/ActiveFilters').then((m) => ({ default: m.ActiveFilters })),
);
const FilterDrawer = lazy(() =>
  import('../components/FilterDrawer').then((m) => ({ default: m.FilterDrawer })),
);

function ResultSummary({ total, query }: { total: number | undefined; query: string | undefined }) {
  return (
    <div className="min-w-0">
      <h1 className="truncate text-xl font-semibold tracking-tight sm:text-2xl">
        {query ? (
          <>
            <span className="text-neutral-500 dark:text-neutral-400">Images for</span> {query}
          </>
        ) : (
          'Popular images'
        )}
      </h1>
      <p
        className="mt-0.5 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
        aria-live="polite"
        data-testid="result-count"
      >
        {total === undefined ? '\u00a0' : pluralize(total, 'image')}
      </p>
    </div>
  );
}

export function Component() {
  const { params, pending, isPending, setParams, update } = useSearchState();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  // Shares the cache entry with SearchResults: one request, two readers.
  const search = useImageSearch(params);
  const total = search.data?.pages[0]?.total_count;
  const filterCount = filterKeys(pending).length;

  return (
    <main id="main" className="mx-auto flex w-full max-w-[1800px] flex-1 gap-8 px-4 py-5 sm:px-6">
      <title>
        {params.query ? `${params.query} — Stockroom images` : 'Stockroom — image search'}
      </title>
      <aside aria-label="Filters" className="hidden w-64 shrink-0 lg:block">
        <div className="sticky top-[114px] -mx-2 max-h-[calc(100dvh-130px)] overflow-y-auto px-2 pt-1 [scrollbar-width:thin]">
          <h2 className="sr-only">Filters</h2>
          <FilterPanel params={pending} onChange={update} />
        </div>
      </aside>

      <div className="min-w-0 flex-1">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <ResultSummary total={total} query={params.query} />
          <div className="flex items-center gap-2">
            <Button
              className="lg:hidden"
              onClick={() => {
                setDrawerUsed(true);
                setDrawerOpen(true);
              }}
              aria-haspopup="dialog"
            >
              <FilterIcon className="text-base" />
              Filters
              {filterCount > 0 && (
                <span className="grid min-w-5 place-items-center rounded-full bg-accent-600 px-1 text-xs text-white dark:bg-accent-500 dark:text-neutral-950">
                  {filterCount}
                </span>
              )}
            </Button>
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
        <div
          className={cx('transition-opacity duration-200', isPending && 'opacity-60')}
          aria-busy={isPending}
        >
          <SearchResults params={params} onChange={setParams} />
        </div>
      </div>

      {drawerUsed && (
        <Suspense>
          <FilterDrawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            footer={
              <Button variant="primary" className="w-full" onClick={() => setDrawerOpen(false)}>
                {total === undefined ? 'Show images' : `Show ${pluralize(total, 'image')}`}
              </Button>
            }
          >
            <FilterPanel params={pending} onChange={update} />
          </FilterDrawer>
        </Suspense>
      )}
    </main>
  );
}
