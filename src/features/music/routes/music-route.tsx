import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Audio, AudioSort, SortOrder } from '@/api/audio-types';
import { useAudioSearch } from '@/api/audio';
import { useAudioPage } from '@/components/audio-player';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { FilteredSearchPage } from '@/components/FilteredSearchPage';
import type { SearchWords } from '@/components/search-words';
import { SelectField } from '@/components/fields';
import { BulkLicenseButton } from '@/components/license/BulkLicenseButton';
import { NextPage } from '@/components/LoadMore';
import { QueryView } from '@/components/QueryView';
import { SaveSelectionBar } from '@/components/SaveSelectionBar';
import { TrackList } from '@/components/AudioLists';
import { useSelection } from '@/components/use-selection';
import { useUrlState } from '@/components/use-url-state';
import {
  AUDIO_SORTS,
  audioFilterCount,
  musicHref,
  parseAudioParams,
  writeAudioParams,
} from '@/lib/audio-params';
import { MusicFilters } from '../components/MusicFilters';

const WORDS: SearchWords = {
  label: 'Music for',
  fallback: 'Music',
  noun: 'track',
  title: { withQuery: 'music', withoutQuery: 'music' },
};

/** bpm and a genre at a glance: the one searched for when the search names genres. */
function TrackMeta({ track, wanted }: { track: Audio; wanted: readonly string[] | undefined }) {
  const genre = track.genres?.find((g) => wanted?.includes(g)) ?? track.genres?.[0];
  return (
    <>
      {genre && (
        <Link
          to={musicHref({ genre: [genre] })}
          className="hidden max-w-32 truncate rounded-full bg-neutral-100 px-2 py-0.5 text-xs font-medium text-neutral-700 hover:bg-neutral-200 sm:inline dark:bg-neutral-800 dark:text-neutral-300 dark:hover:bg-neutral-700"
          data-testid="track-genre"
        >
          {genre}
        </Link>
      )}
      {track.bpm !== undefined && (
        // On phones the title needs the room; the tempo is on the track's page.
        <span
          className="hidden w-16 shrink-0 text-right sm:inline"
          data-testid="track-bpm"
          data-bpm={track.bpm}
        >
          {track.bpm} BPM
        </span>
      )}
    </>
  );
}

function Skeleton() {
  return (
    <ul aria-hidden="true">
      {Array.from({ length: 8 }, (_, i) => (
        <li
          key={i}
          className="flex items-center gap-4 border-b border-neutral-200 px-2 py-3 dark:border-neutral-800"
        >
          <div className="skeleton size-10 rounded-full" />
          <div className="skeleton h-4 w-48 rounded" />
          <div className="skeleton h-10 flex-1 rounded" />
        </li>
      ))}
    </ul>
  );
}

export function Component() {
  useAudioPage();
  const { params, pending, isPending, setParams, update } = useUrlState(
    parseAudioParams,
    writeAudioParams,
  );
  const search = useAudioSearch(params);
  const total = search.data?.pages[0]?.total_count;
  const tracks = useMemo(
    () => search.data?.pages.flatMap((page) => page.data) ?? [],
    [search.data],
  );
  const ids = useMemo(() => tracks.map((track) => track.id), [tracks]);
  // Ticking tracks to save or license them at once; another search starts a new selection.
  const selection = useSelection(ids, writeAudioParams(params).toString());
  const filterCount = audioFilterCount(pending);
  const clear = () =>
    setParams({ query: pending.query, sort: pending.sort, sort_order: pending.sort_order });
  return (
    <FilteredSearchPage
      summary={{ words: WORDS, query: params.query, total }}
      filterCount={filterCount}
      filters={(scope) => (
        <MusicFilters scope={scope} params={pending} onChange={update} onClear={clear} />
      )}
      controls={
        <>
          <SelectField
            label="Sort by"
            hideLabel
            className="w-40"
            value={pending.sort ?? 'score'}
            options={AUDIO_SORTS}
            onValueChange={(sort) => update({ sort: sort as AudioSort })}
          />
          <SelectField
            label="Sort order"
            hideLabel
            className="w-36"
            value={pending.sort_order ?? 'desc'}
            options={[
              { value: 'desc', label: 'Descending' },
              { value: 'asc', label: 'Ascending' },
            ]}
            onValueChange={(order) => update({ sort_order: order as SortOrder })}
          />
        </>
      }
      busy={isPending}
    >
      <QueryView
        query={search}
        skeleton={<Skeleton />}
        isEmpty={() => tracks.length === 0}
        empty={
          <EmptyState
            title={params.query ? `No music matches “${params.query}”` : 'No music matches'}
          >
            {filterCount > 0 && (
              <Button className="mt-3" onClick={clear}>
                Clear filters
              </Button>
            )}
          </EmptyState>
        }
      >
        {() => (
          <>
            <TrackList
              tracks={tracks}
              meta={(track) => <TrackMeta track={track} wanted={params.genre} />}
              selection={selection}
            />
            <SaveSelectionBar selection={selection} media="audio" noun="track" secondary>
              <BulkLicenseButton media="audio" ids={selection.ids} noun="track" />
            </SaveSelectionBar>
            <NextPage query={search} label="More tracks" />
          </>
        )}
      </QueryView>
    </FilteredSearchPage>
  );
}
