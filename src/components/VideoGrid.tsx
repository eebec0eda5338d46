import type { ReactNode } from 'react';
import { usePrefetchVideo } from '@/api/videos';
import type { Video } from '@/api/video-types';
import { bestSize, videoAspect, videoTitle } from '@/lib/video';
import { MediaGrid } from './MediaGrid';
import { VideoCard } from './VideoCard';

type Box = { width: number; height: number; eager: boolean };

const key = (video: Video) => video.id;

/**
 * Videos in justified, virtualized rows, each a card that plays its preview on hover or
 * focus and prefetches its page. `decorate` wraps a card (e.g. with a checkbox).
 */
export function VideoGrid({
  videos,
  layoutKey,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  decorate,
}: {
  videos: readonly Video[];
  layoutKey: string;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  decorate?: (video: Video, card: ReactNode, box: Box) => ReactNode;
}) {
  const prefetch = usePrefetchVideo();
  return (
    <MediaGrid
      items={videos}
      aspect={videoAspect}
      itemKey={key}
      layoutKey={layoutKey}
      hasNextPage={hasNextPage}
      isFetchingNextPage={isFetchingNextPage}
      onLoadMore={onLoadMore}
      loadingLabel="Loading more videos"
      renderItem={(video, box) => {
        const card = (
          <VideoCard
            to={`/videos/${encodeURIComponent(video.id)}`}
            title={videoTitle(video)}
            poster={video.assets.thumb_jpg?.url ?? video.assets.preview_jpg?.url}
            previewMp4={video.assets.thumb_mp4?.url ?? video.assets.preview_mp4?.url}
            previewWebm={video.assets.thumb_webm?.url ?? video.assets.preview_webm?.url}
            duration={video.duration}
            resolution={bestSize(video.assets)?.badge}
            meta={`by contributor ${video.contributor.id}`}
            onIntent={() => prefetch(video.id)}
            {...box}
          />
        );
        return decorate ? decorate(video, card, box) : card;
      }}
    />
  );
}
