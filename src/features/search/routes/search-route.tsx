import { lazy, Suspense } from 'react';
import { useImageSearch } from '@/api/images';
import { FilteredSearchPage } from '@/components/FilteredSearchPage';
import { useUrlState } from '@/components/use-url-state';
import { effectiveSort, filterKeys, parseSearchParams, toSearchParams } from '@/lib/search-params';
import { FilterPanel } from '../components/FilterPanel';
import { SearchResults } from '../components/SearchResults';
import { SortSelect } from '../components/SortSelect';

// The chips of the filters in force come with the first filter.
const ActiveFilters = lazy(() =>
  import('../components/ActiveFilters').then((m) => ({ default: m.ActiveFilters })),
);

export function Component() {
  const { params, pending, isPending, setParams, update } = useUrlState(
    parseSearchParams,
    toSearchParams,
  );
  // Shares the cache entry with SearchResults: one request, two readers.
  const search = useImageSearch(params);
  const total = search.data?.pages[0]?.total_count;
  const filterCount = filterKeys(pending).length;
  return (
    <FilteredSearchPage
      title={params.query ? `${params.query} — Stockroom images` : 'Stockroom — image search'}
      query={params.query}
      label="Images for"
      fallback="Popular images"
      total={total}
      noun="image"
      filterCount={filterCount}
      filters={(scope) => (
        <>
          {scope === 'side' && <h2 className="sr-only">Filters</h2>}
          <FilterPanel params={pending} onChange={update} />
        </>
      )}
      controls={<SortSelect value={effectiveSort(pending)} onChange={(sort) => update({ sort })} />}
      above={
        <div className="mb-4 empty:hidden">
          {filterCount > 0 && (
            <Suspense>
              <ActiveFilters params={pending} onChange={setParams} />
            </Suspense>
          )}
        </div>
      }
      busy={isPending}
    >
      <SearchResults params={params} onChange={setParams} />
    </FilteredSearchPage>
  );
}
