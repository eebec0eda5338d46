import type { ReactNode } from 'react';
import { usePrefetchAudio } from '@/api/audio';
import type { Audio, Sfx } from '@/api/audio-types';
import { useCollectionMembership } from '@/api/collections';
import type { CardSelection } from './use-selection';
import { SelectBox } from './SelectBox';
import { TrackRow } from './TrackRow';

const listClass = 'border-t border-neutral-200 dark:border-neutral-800';

const trackTitle = (track: Audio) => track.title ?? `Track ${track.id}`;

/**
 * Tracks as every list shows them (search, All, a collection, more by an artist): one
 * row each on the shared player, marked when saved, ticked when a selection is given.
 */
export function TrackList({
  tracks,
  label = 'Tracks',
  compact = false,
  subtitle = (track) => track.artists?.map((artist) => artist.name).join(', '),
  meta,
  selection,
  markSaved = true,
}: {
  tracks: readonly Audio[];
  label?: string;
  compact?: boolean;
  subtitle?: (track: Audio) => ReactNode;
  meta?: (track: Audio) => ReactNode;
  selection?: CardSelection;
  /** Off where every row is saved by definition (a collection's own tracks). */
  markSaved?: boolean;
}) {
  const prefetch = usePrefetchAudio('audio');
  const { membership } = useCollectionMembership('audio');
  return (
    <ul aria-label={label} className={listClass}>
      {tracks.map((track) => (
        <TrackRow
          key={track.id}
          compact={compact}
          playerId={`audio:${track.id}`}
          title={trackTitle(track)}
          href={`/music/${encodeURIComponent(track.id)}`}
          subtitle={subtitle(track)}
          src={track.assets?.preview_mp3?.url}
          waveform={track.assets?.waveform?.url}
          duration={track.duration}
          meta={meta?.(track)}
          select={
            selection && (
              <SelectBox
                id={track.id}
                label={trackTitle(track)}
                selected={selection.selected.has(track.id)}
                onSelect={selection.onSelect}
                variant="plain"
              />
            )
          }
          saved={markSaved && membership.has(track.id)}
          onIntent={() => prefetch(track.id)}
        />
      ))}
    </ul>
  );
}

/** Sound effects as the search and the All page list them. */
export function SoundEffectList({ effects }: { effects: readonly Sfx[] }) {
  const prefetch = usePrefetchAudio('sfx');
  return (
    <ul aria-label="Sound effects" className={listClass}>
      {effects.map((effect) => (
        <TrackRow
          key={effect.id}
          compact
          playerId={`sfx:${effect.id}`}
          title={effect.title ?? `Sound effect ${effect.id}`}
          href={`/sfx/${encodeURIComponent(effect.id)}`}
          subtitle={effect.description}
          src={effect.assets?.preview_mp3?.url}
          waveform={effect.assets?.waveform?.url}
          duration={effect.duration}
          onIntent={() => prefetch(effect.id)}
        />
      ))}
    </ul>
  );
}
