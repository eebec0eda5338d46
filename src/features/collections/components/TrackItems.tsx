import { usePrefetchAudio } from '@/api/audio';
import type { Audio } from '@/api/audio-types';
import { useAudioPage } from '@/components/audio-player';
import type { SelectOptions } from '@/components/ImageCard';
import { LoadMore } from '@/components/LoadMore';
import { TrackRow } from '@/components/TrackRow';
import { itemHref } from '../media';
import { SelectBox } from '@/components/SelectBox';

/** A collection's tracks: the music search's rows, one shared player, a checkbox each. */
export function TrackItems({
  tracks,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  selection,
}: {
  tracks: readonly Audio[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  selection: { selected: ReadonlySet<string>; onSelect: (id: string, o: SelectOptions) => void };
}) {
  useAudioPage();
  const prefetch = usePrefetchAudio('audio');
  return (
    <>
      <ul aria-label="Tracks" className="border-t border-neutral-200 dark:border-neutral-800">
        {tracks.map((track) => {
          const title = track.title ?? `Track ${track.id}`;
          return (
            <TrackRow
              key={track.id}
              playerId={`audio:${track.id}`}
              title={title}
              href={itemHref('audio', track.id)}
              subtitle={track.artists?.map((artist) => artist.name).join(', ')}
              src={track.assets?.preview_mp3?.url}
              waveform={track.assets?.waveform?.url}
              duration={track.duration}
              select={
                <SelectBox
                  id={track.id}
                  label={title}
                  selected={selection.selected.has(track.id)}
                  onSelect={selection.onSelect}
                  variant="plain"
                />
              }
              onIntent={() => prefetch(track.id)}
            />
          );
        })}
      </ul>
      <LoadMore
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        onLoadMore={onLoadMore}
        label="More tracks"
      />
    </>
  );
}
