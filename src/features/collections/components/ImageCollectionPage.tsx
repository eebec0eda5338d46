import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '@/api/client';
import type { CollectionItemDataList } from '@/api/types';
import { buttonClass } from '@/components/button-class';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { ArrowLeftIcon } from '@/components/more-icons';
import { BulkLicenseButton } from '@/components/license/BulkLicenseButton';
import { SaveSelectionBar } from '@/components/SaveSelectionBar';
import { useGridPaging } from '@/components/use-grid-paging';
import { useSelection } from '@/components/use-selection';
import { useItemImages } from '../hooks/use-item-images';
import { ItemsGrid } from './ItemsGrid';

/**
 * Someone else's collection of images (a contributor's, a featured one): a way back, its
 * header, its images to open, and a selection to save to the user's own collections.
 */
export function ImageCollectionPage({
  collection,
  items,
  selectionKey,
  back,
  missing,
  pageTitle,
  layoutKey,
  children,
}: {
  collection: Pick<UseQueryResult<unknown>, 'isError' | 'error' | 'refetch'>;
  items: UseInfiniteQueryResult<InfiniteData<CollectionItemDataList>>;
  selectionKey: string;
  back: { to: string; label: string };
  /** When the collection is not found: what the page says, and its link back. */
  missing: { title: string; action: string };
  pageTitle: string;
  layoutKey: string;
  /** The collection's header. */
  children: ReactNode;
}) {
  const grid = useItemImages(items.data?.pages);
  const selection = useSelection(grid.ids, selectionKey);
  const paging = useGridPaging(items);

  if (collection.isError) {
    const gone = collection.error instanceof ApiError && collection.error.isNotFound;
    return (
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
        {gone ? (
          <EmptyState title={missing.title}>
            <Link to={back.to} className={buttonClass('primary')}>
              {missing.action}
            </Link>
          </EmptyState>
        ) : (
          <ErrorMessage error={collection.error} onRetry={() => void collection.refetch()} />
        )}
      </main>
    );
  }

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 pt-5 pb-28 sm:px-6">
      <title>{pageTitle}</title>
      <Link
        to={back.to}
        className="mb-4 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white"
      >
        <ArrowLeftIcon /> {back.label}
      </Link>
      {children}
      {items.isPending ? (
        <GridSkeleton rows={3} layoutKey={layoutKey} />
      ) : items.isError ? (
        <ErrorMessage error={items.error} onRetry={() => void items.refetch()} />
      ) : grid.order.length === 0 ? (
        <EmptyState title="This collection is empty" />
      ) : (
        <ItemsGrid {...grid} layoutKey={layoutKey} {...paging} selection={selection} />
      )}
      <SaveSelectionBar selection={selection}>
        <BulkLicenseButton media="image" ids={selection.ids} noun="image" />
      </SaveSelectionBar>
    </main>
  );
}
