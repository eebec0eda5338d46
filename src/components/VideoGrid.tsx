import type { ReactNode } from 'react';
import { useCollectionMembership } from '@/api/collections';
import { usePrefetchVideo } from '@/api/videos';
import type { Video } from '@/api/video-types';
import { bestSize, videoAspect, videoTitle } from '@/lib/video';
import { MediaGrid } from './MediaGrid';
import { VideoCard } from './VideoCard';

type Box = { width: number; height: number; eager: boolean };

const key = (video: Video) => video.id;

/**
 * Videos in justified, virtualized rows, each a card that plays its preview on hover or
 * focus and prefetches its page, with its license and save actions. `decorate` wraps a card
 * (e.g. with a checkbox).
 */
export function VideoGrid({
  videos,
  layoutKey,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  decorate,
  markSaved = true,
}: {
  videos: readonly Video[];
  layoutKey: string;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  decorate?: (video: Video, card: ReactNode, box: Box) => ReactNode;
  /** Mark saved cards (off where every card is saved: a collection's own page). */
  markSaved?: boolean;
}) {
  const prefetch = usePrefetchVideo();
  // The saved marks come from the cached collections, so a save shows on every card at once.
  const { membership } = useCollectionMembership('video');
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
            contributorId={video.contributor.id}
            saved={markSaved && membership.has(video.id)}
            onIntent={() => prefetch(video.id)}
            {...box}
          />
        );
        return decorate ? decorate(video, card, box) : card;
      }}
    />
  );
}
