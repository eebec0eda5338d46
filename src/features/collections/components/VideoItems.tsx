import type { Video } from '@/api/video-types';
import type { SelectOptions } from '@/components/ImageCard';
import { VideoGrid } from '@/components/VideoGrid';
import { cx } from '@/lib/format';
import { videoTitle } from '@/lib/video';
import { SelectBox } from './SelectBox';

/** A collection's videos: the video search's justified, virtualized grid, a checkbox each. */
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
  const selecting = selection.selected.size > 0;
  return (
    <VideoGrid
      videos={videos}
      layoutKey="collection-videos"
      hasNextPage={hasNextPage}
      isFetchingNextPage={isFetchingNextPage}
      onLoadMore={onLoadMore}
      markSaved={false}
      decorate={(video, card, box) => {
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
            {card}
            <SelectBox
              id={video.id}
              label={videoTitle(video)}
              selected={selected}
              onSelect={selection.onSelect}
              className={cx(
                // Top left, as on image cards: the license and save buttons are top right.
                'absolute top-2 left-2',
                !(selecting || selected) &&
                  'opacity-0 transition-opacity group-focus-within/item:opacity-100 group-hover/item:opacity-100 pointer-coarse:opacity-100',
              )}
            />
          </div>
        );
      }}
    />
  );
}
