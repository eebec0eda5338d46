import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { usePrefetchVideo, useVideoSearch } from '@/api/videos';
import type { Video, VideoSearchParams } from '@/api/video-types';
import { EmptyState } from '@/components/EmptyState';
import { ErrorMessage } from '@/components/ErrorMessage';
import { GridSkeleton } from '@/components/GridSkeleton';
import { MediaGrid } from '@/components/MediaGrid';
import { VideoCard } from '@/components/VideoCard';
import { bestSize, videoAspect } from '@/lib/video';
import { videoSearchHref } from '@/lib/video-search-params';

const key = (video: Video) => video.id;

export function VideoResults({ params }: { params: VideoSearchParams }) {
  const search = useVideoSearch(params);
  const prefetch = usePrefetchVideo();
  const videos = useMemo(() => {
    // Pages can overlap when the catalog changes between requests: one card per id.
    const seen = new Set<string>();
    return (search.data?.pages ?? [])
      .flatMap((page) => page.data)
      .filter((video) => (seen.has(video.id) ? false : (seen.add(video.id), true)));
  }, [search.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = search;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  if (search.isPending) return <GridSkeleton rows={4} layoutKey="videos" />;
  if (search.isError && videos.length === 0)
    return <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />;
  if (videos.length === 0) {
    const hasFilters = Object.keys(params).some((k) => k !== 'query' && k !== 'sort');
    return (
      <EmptyState title={params.query ? `No videos match “${params.query}”` : 'No videos found'}>
        {hasFilters ? (
          <p>
            Try fewer filters —{' '}
            <Link
              className="font-medium text-accent-700 underline dark:text-accent-400"
              to={videoSearchHref({ query: params.query })}
            >
              clear them all
            </Link>
            .
          </p>
        ) : (
          <p>Try a different or more general word.</p>
        )}
      </EmptyState>
    );
  }
  return (
    <>
      <MediaGrid
        items={videos}
        aspect={videoAspect}
        itemKey={key}
        layoutKey="videos"
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        onLoadMore={loadMore}
        loadingLabel="Loading more videos"
        renderItem={(video, box) => (
          <VideoCard
            to={`/videos/${encodeURIComponent(video.id)}`}
            title={video.description?.trim() || `Video ${video.id}`}
            poster={video.assets.thumb_jpg?.url ?? video.assets.preview_jpg?.url}
            previewMp4={video.assets.thumb_mp4?.url ?? video.assets.preview_mp4?.url}
            previewWebm={video.assets.thumb_webm?.url ?? video.assets.preview_webm?.url}
            duration={video.duration}
            resolution={bestSize(video.assets)?.badge}
            meta={`by contributor ${video.contributor.id}`}
            onIntent={() => prefetch(video.id)}
            {...box}
          />
        )}
      />
      {search.isError && (
        <div className="mt-4">
          <ErrorMessage compact error={search.error} onRetry={() => void fetchNextPage()} />
        </div>
      )}
    </>
  );
}
