import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { contributorCollectionItemsOptions, contributorCollectionOptions } from '@/api/collections';
import { buttonClass } from '@/components/button-class';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { ArrowLeftIcon } from '@/components/icons';
import { SaveToCollectionMenu } from '@/components/SaveToCollectionMenu';
import { SelectionBar } from '@/components/SelectionBar';
import { showToast } from '@/components/toast';
import { useSelection } from '@/components/use-selection';
import { formatDate, pluralize } from '@/lib/format';
import { ItemsGrid } from '../components/ItemsGrid';
import { useItemImages } from '../hooks/use-item-images';

/** A contributor's collection of their own images: read it, open any, save them to yours. */
export function Component() {
  const { contributorId = '', id = '' } = useParams();
  const collection = useQuery(contributorCollectionOptions(contributorId, id));
  const items = useInfiniteQuery(contributorCollectionItemsOptions(contributorId, id));
  const grid = useItemImages(items.data?.pages);
  const selection = useSelection(grid.ids, `${contributorId}/${id}`);
  const back = `/contributors/${encodeURIComponent(contributorId)}`;

  if (collection.isError) {
    const gone = collection.error instanceof ApiError && collection.error.isNotFound;
    return (
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
        {gone ? (
          <EmptyState title="That collection isn’t available">
            <Link to={back} className={buttonClass('primary')}>
              See the contributor
            </Link>
          </EmptyState>
        ) : (
          <ErrorMessage error={collection.error} onRetry={() => void collection.refetch()} />
        )}
      </main>
    );
  }
  const data = collection.data;

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 pt-5 pb-28 sm:px-6">
      <title>{data ? `${data.name} — Stockroom` : 'Contributor collection — Stockroom'}</title>
      <Link
        to={back}
        className="mb-4 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white"
      >
        <ArrowLeftIcon /> Contributor
      </Link>
      <div className="mb-6">
        <p className="text-xs font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
          Contributor’s collection
        </p>
        <h1
          className="mt-1 truncate text-2xl font-semibold tracking-tight sm:text-3xl"
          data-testid="collection-name"
        >
          {data?.name ?? <span className="skeleton inline-block h-8 w-64 rounded-md" />}
        </h1>
        <p
          className="mt-1 text-sm text-neutral-600 tabular-nums dark:text-neutral-400"
          data-testid="collection-count"
        >
          {data ? (
            <>
              {pluralize(data.total_item_count, 'image')}
              {data.updated_time && <> · Updated {formatDate(data.updated_time)}</>}
            </>
          ) : (
            '\u00a0'
          )}
        </p>
      </div>
      {items.isPending ? (
        <GridSkeleton rows={3} layoutKey="collection" />
      ) : items.isError ? (
        <ErrorMessage error={items.error} onRetry={() => void items.refetch()} />
      ) : grid.order.length === 0 ? (
        <EmptyState title="This collection is empty" />
      ) : (
        <ItemsGrid
          {...grid}
          layoutKey="collection"
          hasNextPage={items.hasNextPage}
          isFetchingNextPage={items.isFetchingNextPage}
          onLoadMore={() => void items.fetchNextPage({ cancelRefetch: false })}
          selection={selection}
        />
      )}
      <SelectionBar count={selection.ids.length} onClear={selection.clear}>
        <SaveToCollectionMenu
          ids={selection.ids}
          label={`Save ${selection.ids.length} to collection`}
          buttonVariant="primary"
          className="h-8"
          onSaved={(target, count) => {
            showToast({ message: `Saved ${pluralize(count, 'image')} to “${target.name}”` });
            selection.clear();
          }}
        />
      </SelectionBar>
    </main>
  );
}
