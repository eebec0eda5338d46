import { useCollectionMembership } from '@/api/collections';
import { usePrefetchVideo } from '@/api/videos';
import type { Video } from '@/api/video-types';
import { cx } from '@/lib/format';
import { bestSize, videoAspect, videoTitle } from '@/lib/video';
import { MediaGrid, type GridPaging } from './MediaGrid';
import { SelectBox } from './SelectBox';
import type { CardSelection } from './use-selection';
import { VideoCard } from './VideoCard';

const key = (video: Video) => video.id;

/**
 * Videos in justified, virtualized rows, each a card that plays its preview on hover or
 * focus and prefetches its page, with its license and save actions. With a `selection`,
 * each card has a checkbox (top left, as on image cards), shown on hover or focus until
 * something is selected, always on touch screens.
 */
export function VideoGrid({
  videos,
  selection,
  markSaved = true,
  ...paging
}: GridPaging & {
  videos: readonly Video[];
  selection?: CardSelection;
  /** Mark saved cards (off where every card is saved: a collection's own page). */
  markSaved?: boolean;
}) {
  const prefetch = usePrefetchVideo();
  // The saved marks come from the cached collections, so a save shows on every card at once.
  const { membership } = useCollectionMembership('video');
  const selecting = (selection?.selected.size ?? 0) > 0;
  return (
    <MediaGrid
      items={videos}
      aspect={videoAspect}
      itemKey={key}
      {...paging}
      loadingLabel="Loading more videos"
      renderItem={(video, box) => {
        const title = videoTitle(video);
        const selected = selection?.selected.has(video.id) ?? false;
        const card = (
          <VideoCard
            to={`/videos/${encodeURIComponent(video.id)}`}
            title={title}
            poster={video.assets.thumb_jpg?.url ?? video.assets.preview_jpg?.url}
            previewMp4={video.assets.thumb_mp4?.url ?? video.assets.preview_mp4?.url}
            previewWebm={video.assets.thumb_webm?.url ?? video.assets.preview_webm?.url}
            duration={video.duration}
            resolution={bestSize(video.assets)?.badge}
            contributorId={video.contributor.id}
            saved={markSaved && membership.has(video.id)}
            onIntent={() => prefetch(video.id)}
            onSelect={selection?.onSelect}
            selected={selected}
            {...box}
          />
        );
        if (!selection) return card;
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
            data-selecting={selecting || undefined}
          >
            {card}
            <SelectBox
              id={video.id}
              label={title}
              selected={selected}
              onSelect={selection.onSelect}
              className={cx(
                'absolute top-2 left-2',
                !(selecting || selected) &&
                  // On touch screens "Select" is in the card's actions menu until one is selected.
                  'opacity-0 transition-opacity group-focus-within/item:opacity-100 group-hover/item:opacity-100 pointer-coarse:hidden',
              )}
            />
          </div>
        );
      }}
    />
  );
}
