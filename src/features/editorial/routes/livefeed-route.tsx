import { useParams } from 'react-router';
import { useLivefeed, useLivefeedItems, usePrefetchEditorial } from '@/api/editorial';
import type { EditorialImage } from '@/api/editorial-types';
import { BackToResults } from '@/components/DetailParts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { MediaGrid } from '@/components/MediaGrid';
import { formatRelative } from '@/lib/format';
import { EditorialImageCard } from '../components/EditorialImageCard';
import { useCountry } from '../use-country';

const aspectOf = (image: EditorialImage) => (image.aspect && image.aspect > 0 ? image.aspect : 1.5);
const keyOf = (image: EditorialImage) => image.id;

/** One live feed: its images as they come in, each opening the editorial image page. */
export function Component() {
  const { id = '' } = useParams();
  const [country] = useCountry();
  const { data: feed } = useLivefeed(id, country);
  const items = useLivefeedItems(id, country);
  const prefetch = usePrefetchEditorial('images', country);
  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-5 sm:px-6">
      <title>{`${feed.name} — Stockroom live feeds`}</title>
      <div className="mb-4">
        <BackToResults fallback={`/editorial/livefeeds?country=${country}`} label="Live feeds" />
      </div>
      <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">{feed.name}</h1>
      <p className="mt-0.5 mb-5 text-sm text-neutral-600 dark:text-neutral-400">
        {feed.created_time && (
          <time dateTime={feed.created_time}>{formatRelative(feed.created_time)}</time>
        )}
        {feed.total_item_count !== undefined && ` · ${feed.total_item_count} images`}
      </p>
      {items.isPending ? (
        <GridSkeleton rows={3} layoutKey="livefeed" />
      ) : items.isError ? (
        <ErrorMessage error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <MediaGrid
          items={items.data.data}
          aspect={aspectOf}
          itemKey={keyOf}
          layoutKey="livefeed"
          renderItem={(image, box) => (
            <EditorialImageCard
              image={image}
              to={`/editorial/${encodeURIComponent(image.id)}?country=${country}`}
              onIntent={() => prefetch(image.id)}
              {...box}
            />
          )}
        />
      )}
    </main>
  );
}
