import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import type { Paging } from '@/components/use-grid-paging';
import type { CardSelection } from '@/components/use-selection';
import { JustifiedGrid } from '@/components/JustifiedGrid';
import type { useItemImages } from '../hooks/use-item-images';

/** The grid of a collection: the same virtualized justified rows as search. */
export function ItemsGrid({
  images,
  order,
  lookup,
  layoutKey,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  selection,
  markSaved = true,
}: ReturnType<typeof useItemImages> &
  Paging & {
    layoutKey: string;
    markSaved?: boolean;
    selection: CardSelection;
  }) {
  if (images.length === 0 && order.length > 0) {
    if (lookup.error)
      return (
        <ErrorMessage
          error={lookup.error}
          onRetry={lookup.refetch}
          title="The images couldn’t be loaded"
        />
      );
    return <GridSkeleton rows={3} layoutKey={layoutKey} />;
  }
  return (
    <JustifiedGrid
      images={images}
      layoutKey={layoutKey}
      hasNextPage={hasNextPage}
      isFetchingNextPage={isFetchingNextPage || (lookup.isPending && images.length < order.length)}
      onLoadMore={onLoadMore}
      selection={selection}
      markSaved={markSaved}
    />
  );
}
