import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { cvSimilarImagesOptions, useCvSimilarVideos } from '@/api/cv';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { JustifiedGrid } from '@/components/JustifiedGrid';
import { VideoGrid } from '@/components/VideoGrid';
import { formatCount } from '@/lib/format';
import { uniqueById } from '@/lib/pages';

function SectionHeading({ id, title, count }: { id: string; title: string; count?: number }) {
  return (
    <h2 id={id} className="mb-4 flex items-baseline gap-2 text-lg font-semibold tracking-tight">
      {title}
      {count !== undefined && (
        <span className="text-sm font-normal text-neutral-500 dark:text-neutral-400">
          {formatCount(count)}
        </span>
      )}
    </h2>
  );
}

/** Images that look like the upload, in justified rows, more as the user scrolls. */
export function SimilarImagesSection({ uploadId }: { uploadId: string }) {
  const similar = useInfiniteQuery(cvSimilarImagesOptions(uploadId));
  const images = useMemo(() => uniqueById(similar.data?.pages), [similar.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = similar;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  return (
    <section aria-labelledby="cv-images-heading" data-testid="cv-similar-images">
      <SectionHeading
        id="cv-images-heading"
        title="Similar images"
        count={similar.data?.pages[0]?.total_count}
      />
      {similar.isPending ? (
        <GridSkeleton rows={3} layoutKey="cv-images" />
      ) : similar.isError && images.length === 0 ? (
        <ErrorMessage compact error={similar.error} onRetry={() => void similar.refetch()} />
      ) : images.length === 0 ? (
        <p className="text-sm text-neutral-500 dark:text-neutral-400">No similar images found.</p>
      ) : (
        <JustifiedGrid
          images={images}
          layoutKey="cv-images"
          hasNextPage={hasNextPage}
          isFetchingNextPage={isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
    </section>
  );
}

/** Videos that look like the upload: one page, hover or focus to play. */
export function SimilarVideosSection({ uploadId }: { uploadId: string }) {
  const similar = useCvSimilarVideos(uploadId);
  return (
    <section aria-labelledby="cv-videos-heading" data-testid="cv-similar-videos">
      <SectionHeading id="cv-videos-heading" title="Similar videos" />
      {similar.isPending ? (
        <GridSkeleton rows={1} layoutKey="cv-videos" />
      ) : similar.isError ? (
        <ErrorMessage compact error={similar.error} onRetry={() => void similar.refetch()} />
      ) : similar.data.data.length === 0 ? (
        <p className="text-sm text-neutral-500 dark:text-neutral-400">No similar videos found.</p>
      ) : (
        <VideoGrid videos={similar.data.data} layoutKey="cv-videos" />
      )}
    </section>
  );
}
