import type { Audio } from '@/api/audio-types';
import { useAudioPage } from '@/components/audio-player';
import type { Paging } from '@/components/use-grid-paging';
import type { CardSelection } from '@/components/use-selection';
import { LoadMore } from '@/components/LoadMore';
import { TrackList } from '@/components/AudioLists';

/** A collection's tracks: the music search's rows, one shared player, a checkbox each. */
export function TrackItems({
  tracks,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  selection,
}: Paging & {
  tracks: readonly Audio[];
  selection: CardSelection;
}) {
  useAudioPage();
  return (
    <>
      <TrackList tracks={tracks} selection={selection} markSaved={false} />
      <LoadMore
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        onLoadMore={onLoadMore}
        label="More tracks"
      />
    </>
  );
}
