import { lazy, Suspense } from 'react';
import { useImageSearch } from '@/api/images';
import { FilteredSearchPage } from '@/components/FilteredSearchPage';
import type { SearchWords } from '@/components/search-words';
import { useUrlState } from '@/components/use-url-state';
import { effectiveSort, filterKeys, parseSearchParams, toSearchParams } from '@/lib/search-params';
import { FilterPanel } from '../components/FilterPanel';
import { SearchResults } from '../components/SearchResults';
import { SortSelect } from '../components/SortSelect';

const WORDS: SearchWords = {
  label: 'Images for',
  fallback: 'Popular images',
  noun: 'image',
  title: { withQuery: 'images', withoutQuery: 'image search' },
};

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
      summary={{ words: WORDS, query: params.query, total }}
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
