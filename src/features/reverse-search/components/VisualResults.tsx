import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { cvSimilarImagesOptions, useCvSimilarVideos } from '@/api/cv';
import { GridSkeleton } from '@/components/GridSkeleton';
import { NoneFound, QueryView } from '@/components/QueryView';
import { JustifiedGrid } from '@/components/JustifiedGrid';
import { useGridPaging } from '@/components/use-grid-paging';
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
  const paging = useGridPaging(similar);
  return (
    <section aria-labelledby="cv-images-heading" data-testid="cv-similar-images">
      <SectionHeading
        id="cv-images-heading"
        title="Similar images"
        count={similar.data?.pages[0]?.total_count}
      />
      <QueryView
        query={similar}
        compact
        skeleton={<GridSkeleton rows={3} layoutKey="cv-images" />}
        isEmpty={() => images.length === 0}
        empty={<NoneFound>No similar images found.</NoneFound>}
      >
        {() => <JustifiedGrid images={images} layoutKey="cv-images" {...paging} />}
      </QueryView>
    </section>
  );
}

/** Videos that look like the upload: one page, hover or focus to play. */
export function SimilarVideosSection({ uploadId }: { uploadId: string }) {
  const similar = useCvSimilarVideos(uploadId);
  return (
    <section aria-labelledby="cv-videos-heading" data-testid="cv-similar-videos">
      <SectionHeading id="cv-videos-heading" title="Similar videos" />
      <QueryView
        query={similar}
        compact
        skeleton={<GridSkeleton rows={1} layoutKey="cv-videos" />}
        isEmpty={(found) => found.data.length === 0}
        empty={<NoneFound>No similar videos found.</NoneFound>}
      >
        {(found) => <VideoGrid videos={found.data} layoutKey="cv-videos" />}
      </QueryView>
    </section>
  );
}
