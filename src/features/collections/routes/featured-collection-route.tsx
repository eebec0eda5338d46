import { Link, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { useFeaturedCollection, useFeaturedCollectionItems } from '@/api/collections';
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

export function Component() {
  const { id = '' } = useParams();
  const collection = useFeaturedCollection('image', id);
  const items = useFeaturedCollectionItems('image', id);
  const grid = useItemImages(items.data?.pages);
  const selection = useSelection(grid.ids, id);

  if (collection.isError) {
    const gone = collection.error instanceof ApiError && collection.error.isNotFound;
    return (
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
        {gone ? (
          <EmptyState title="That featured collection isn’t available">
            <Link to="/collections/featured" className={buttonClass('primary')}>
              See featured collections
            </Link>
          </EmptyState>
        ) : (
          <ErrorMessage error={collection.error} onRetry={() => void collection.refetch()} />
        )}
      </main>
    );
  }
  const data = collection.data;
  const hero = data?.hero_item?.url ?? data?.cover_item?.url;

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 pt-5 pb-28 sm:px-6">
      <title>
        {data ? `${data.name} — Featured on Stockroom` : 'Featured collection — Stockroom'}
      </title>
      <Link
        to="/collections/featured"
        className="mb-4 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white"
      >
        <ArrowLeftIcon /> Featured collections
      </Link>
      <header className="relative mb-6 flex min-h-44 items-end overflow-hidden rounded-2xl bg-neutral-800 sm:min-h-56">
        {hero && (
          <img
            src={hero}
            alt=""
            className="absolute inset-0 size-full object-cover"
            decoding="async"
          />
        )}
        <div className="absolute inset-0 bg-gradient-to-t from-black/80 via-black/30 to-black/0" />
        <div className="relative p-5 text-white sm:p-7">
          <p className="text-xs font-semibold tracking-wide text-white/80 uppercase">
            Featured collection
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-4xl">
            {data?.name ?? '\u00a0'}
          </h1>
          {data && (
            <p className="mt-1 text-sm text-white/85 tabular-nums">
              {pluralize(data.total_item_count, 'image')}
              {data.updated_time && <> · Updated {formatDate(data.updated_time)}</>}
            </p>
          )}
        </div>
      </header>
      {items.isPending ? (
        <GridSkeleton rows={3} layoutKey="featured" />
      ) : items.isError ? (
        <ErrorMessage error={items.error} onRetry={() => void items.refetch()} />
      ) : grid.order.length === 0 ? (
        <EmptyState title="This collection is empty" />
      ) : (
        <ItemsGrid
          {...grid}
          layoutKey="featured"
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
