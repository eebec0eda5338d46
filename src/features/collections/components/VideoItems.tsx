import { useCallback } from 'react';
import { usePrefetchVideo } from '@/api/videos';
import type { Video } from '@/api/video-types';
import type { SelectOptions } from '@/components/ImageCard';
import { MediaGrid } from '@/components/MediaGrid';
import { VideoCard } from '@/components/VideoCard';
import { cx } from '@/lib/format';
import { bestSize, videoAspect } from '@/lib/video';
import { itemHref } from '../media';
import { SelectBox } from './SelectBox';

const key = (video: Video) => video.id;

/** A collection's videos: the video search's justified, virtualized grid, previews on hover. */
export function VideoItems({
  videos,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  selection,
}: {
  videos: readonly Video[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  selection: { selected: ReadonlySet<string>; onSelect: (id: string, o: SelectOptions) => void };
}) {
  const prefetch = usePrefetchVideo();
  const selecting = selection.selected.size > 0;
  const render = useCallback(
    (video: Video, box: { width: number; height: number; eager: boolean }) => {
      const title = video.description?.trim() || `Video ${video.id}`;
      const selected = selection.selected.has(video.id);
      return (
        <div
          className={cx(
            'group/item relative rounded-md',
            selected && 'outline-3 outline-offset-2 outline-accent-500',
          )}
          style={{ width: box.width, height: box.height }}
          data-testid="video-tile"
          data-tile-id={video.id}
          data-selected={selected || undefined}
        >
          <VideoCard
            to={itemHref('video', video.id)}
            title={title}
            poster={video.assets.thumb_jpg?.url ?? video.assets.preview_jpg?.url}
            previewMp4={video.assets.thumb_mp4?.url ?? video.assets.preview_mp4?.url}
            previewWebm={video.assets.thumb_webm?.url ?? video.assets.preview_webm?.url}
            duration={video.duration}
            resolution={bestSize(video.assets)?.badge}
            meta={`by contributor ${video.contributor.id}`}
            onIntent={() => prefetch(video.id)}
            {...box}
          />
          <SelectBox
            id={video.id}
            label={title}
            selected={selected}
            onSelect={selection.onSelect}
            className={cx(
              'absolute top-2 right-2',
              !(selecting || selected) &&
                'opacity-0 transition-opacity group-focus-within/item:opacity-100 group-hover/item:opacity-100 pointer-coarse:opacity-100',
            )}
          />
        </div>
      );
    },
    [selection, selecting, prefetch],
  );
  return (
    <MediaGrid
      items={videos}
      aspect={videoAspect}
      itemKey={key}
      layoutKey="collection-videos"
      hasNextPage={hasNextPage}
      isFetchingNextPage={isFetchingNextPage}
      onLoadMore={onLoadMore}
      loadingLabel="Loading more videos"
      renderItem={render}
    />
  );
}
