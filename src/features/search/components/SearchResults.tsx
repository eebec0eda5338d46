import { lazy, Suspense, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useImageSearch } from '@/api/images';
import type { ImageSearchParams } from '@/api/types';
import { Button } from '@/components/Button';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { JustifiedGrid } from '@/components/JustifiedGrid';
import { useGridPaging } from '@/components/use-grid-paging';
import { useSelection } from '@/components/use-selection';
import { spellcheckSuggestion } from '@/lib/images';
import { uniqueById } from '@/lib/pages';
import { filterKeys, searchHref, toSearchParams } from '@/lib/search-params';
import { clearFilters } from '../filter-labels';

// What only some searches show (no results; a selection and its actions) comes when it is
// needed, not with the first page of results.
const SaveSelectionBar = lazy(() =>
  import('@/components/SaveSelectionBar').then((m) => ({ default: m.SaveSelectionBar })),
);
const EmptyState = lazy(() =>
  import('@/components/EmptyState').then((m) => ({ default: m.EmptyState })),
);
const BulkLicenseButton = lazy(() =>
  import('@/components/license/BulkLicenseButton').then((m) => ({ default: m.BulkLicenseButton })),
);

const IDEAS = [
  'mountain lake',
  'coffee',
  'business meeting',
  'abstract background',
  'city at night',
];

/** The results of the search in the URL: grid, or skeleton, empty or error state. */
export function SearchResults({
  params,
  onChange,
}: {
  params: ImageSearchParams;
  onChange: (next: ImageSearchParams) => void;
}) {
  const search = useImageSearch(params);
  const navigate = useNavigate();
  const images = useMemo(() => uniqueById(search.data?.pages), [search.data]);
  const ids = useMemo(() => images.map((image) => image.id), [images]);
  // Selecting many to save at once; another search starts a new selection.
  const selection = useSelection(ids, toSearchParams(params).toString());
  const paging = useGridPaging(search);

  if (search.isPending) return <GridSkeleton rows={5} layoutKey="search" />;
  if (search.isError && images.length === 0) {
    return <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />;
  }

  if (images.length === 0) {
    const first = search.data?.pages[0];
    const suggestion = spellcheckSuggestion(first?.spellcheck_info, params.query);
    const hasFilters = filterKeys(params).length > 0;
    return (
      <Suspense>
        <EmptyState
          title={
            params.query ? `No images match “${params.query}”` : 'No images match these filters'
          }
        >
          <div className="flex flex-col items-center gap-4">
            {suggestion && (
              <p className="text-base">
                Did you mean{' '}
                <Link
                  to={searchHref({ ...params, query: suggestion, spellcheck_query: undefined })}
                  className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-400"
                >
                  {suggestion}
                </Link>
                ?
              </p>
            )}
            {hasFilters && (
              <>
                <p>Some filters may be too narrow.</p>
                <Button variant="primary" onClick={() => onChange(clearFilters(params))}>
                  Clear all filters
                </Button>
              </>
            )}
            {!suggestion && !hasFilters && (
              <>
                <p>Check the spelling, or try a broader word.</p>
                <p className="flex flex-wrap justify-center gap-2">
                  {IDEAS.map((idea) => (
                    <Link
                      key={idea}
                      to={searchHref({ query: idea })}
                      className="rounded-full border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
                    >
                      {idea}
                    </Link>
                  ))}
                </p>
              </>
            )}
          </div>
        </EmptyState>
      </Suspense>
    );
  }

  const corrected =
    params.spellcheck_query === false
      ? undefined
      : spellcheckSuggestion(search.data?.pages[0]?.spellcheck_info, params.query);
  return (
    <>
      {corrected && (
        <p
          className="mb-4 text-sm text-neutral-700 dark:text-neutral-300"
          data-testid="spellcheck-notice"
        >
          Showing results for{' '}
          <strong className="font-semibold text-neutral-950 dark:text-white">{corrected}</strong>.{' '}
          Search instead for{' '}
          <Link
            to={searchHref({ ...params, spellcheck_query: false })}
            className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-400"
          >
            {params.query}
          </Link>
        </p>
      )}
      <JustifiedGrid images={images} layoutKey="search" {...paging} selection={selection} />
      {selection.ids.length > 0 && (
        <Suspense>
          <SaveSelectionBar
            selection={selection}
            toastAction={(collection) => ({
              label: 'View',
              onClick: () => void navigate(`/collections/${encodeURIComponent(collection.id)}`),
            })}
          >
            <BulkLicenseButton media="image" ids={selection.ids} noun="image" />
          </SaveSelectionBar>
        </Suspense>
      )}
      {search.isFetchNextPageError && (
        <div className="mt-4">
          <ErrorMessage
            compact
            error={search.error}
            title="More images couldn’t be loaded"
            onRetry={() => void search.fetchNextPage()}
          />
        </div>
      )}
      {!search.hasNextPage && images.length > 0 && (
        <p className="py-10 text-center text-sm text-neutral-500 dark:text-neutral-400">
          That’s every image for this search.
        </p>
      )}
    </>
  );
}
