import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { audioOptions, useAudioSearch } from '@/api/audio';
import { useContributorName } from '@/api/contributors';
import { BigPlayer, ChipLinks, Facts } from '@/components/AudioDetail';
import { useAudioPage } from '@/components/audio-player';
import { ArrowLeftIcon } from '@/components/more-icons';
import { LicenseButton } from '@/components/license/LicenseButton';
import { LicensedNote } from '@/components/license/LicensedNote';
import { TrackList } from '@/components/AudioLists';
import { SaveToCollectionMenu } from '@/components/SaveToCollectionMenu';
import { CompDownload } from '@/components/CompDownload';
import { formatDuration } from '@/lib/audio';
import { musicHref } from '@/lib/audio-params';
import { capitalize, formatDate } from '@/lib/format';

const linkClass = 'rounded-sm font-medium text-accent-700 hover:underline dark:text-accent-400';

/** More tracks by the same artist (the API has no "similar tracks"). */
function MoreByArtist({ artist, exclude }: { artist: string; exclude: string }) {
  const search = useAudioSearch({ artists: [artist] });
  const tracks = (search.data?.pages[0]?.data ?? []).filter((t) => t.id !== exclude).slice(0, 5);
  if (tracks.length === 0) return null;
  return (
    <section aria-labelledby="more-by-artist" className="mt-10">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 id="more-by-artist" className="text-lg font-semibold">
          More by {artist}
        </h2>
        <Link to={musicHref({ artists: [artist] })} className={linkClass}>
          See all <span aria-hidden="true">→</span>
          <span className="sr-only"> tracks by {artist}</span>
        </Link>
      </div>
      <TrackList
        tracks={tracks}
        label={`More by ${artist}`}
        compact
        subtitle={(t) => t.genres?.join(', ')}
        meta={(t) => (t.bpm !== undefined ? <span>{t.bpm} BPM</span> : undefined)}
      />
    </section>
  );
}

export function Component() {
  useAudioPage();
  const id = useParams().id ?? '';
  const { data: track } = useSuspenseQuery(audioOptions(id));
  const title = track.title ?? `Track ${track.id}`;
  const artists = track.artists?.map((a) => a.name) ?? [];
  const contributorName = useContributorName(track.contributor?.id);
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
      <title>{`${title} — Stockroom music`}</title>
      <Link
        to="/music"
        className="mb-4 inline-flex items-center gap-1.5 rounded-sm text-sm text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white"
      >
        <ArrowLeftIcon /> Music
      </Link>
      <div className="mb-5 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
          {artists.length > 0 && (
            <p className="mt-1 text-neutral-600 dark:text-neutral-400">
              by{' '}
              {artists.map((name, i) => (
                <span key={name}>
                  {i > 0 && ', '}
                  <Link to={musicHref({ artists: [name] })} className={linkClass}>
                    {name}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <LicenseButton media="audio" assetId={track.id} title={title} />
          <SaveToCollectionMenu ids={[track.id]} media="audio" />
          <CompDownload media="audio" assetId={track.id} assets={track.assets} title={title} />
        </div>
      </div>
      <div className="-mt-2 mb-4">
        <LicensedNote media="audio" assetId={track.id} />
      </div>
      <BigPlayer
        playerId={`audio:${track.id}`}
        title={title}
        src={track.assets?.preview_mp3?.url}
        waveform={track.assets?.waveform?.url}
        duration={track.duration}
      />
      <div className="mt-8 grid gap-8 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="track-details">
          <h2 id="track-details" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          {track.description && (
            <p className="mb-4 text-neutral-700 dark:text-neutral-300">{track.description}</p>
          )}
          <Facts
            items={[
              [
                'Tempo',
                track.bpm !== undefined && <span data-testid="detail-bpm">{track.bpm} BPM</span>,
              ],
              ['Duration', formatDuration(track.duration)],
              [
                'Vocals',
                track.is_instrumental
                  ? 'Instrumental'
                  : track.vocal_description && capitalize(track.vocal_description),
              ],
              ['Album', track.album?.title],
              ['Released', formatDate(track.published_time ?? track.added_date)],
              [
                'Contributor',
                track.contributor && (
                  <span data-testid="detail-contributor">
                    {contributorName ?? track.contributor.id}
                  </span>
                ),
              ],
              ['Track ID', track.id],
            ]}
          />
        </section>
        <section aria-labelledby="track-tags" className="flex flex-col gap-4">
          <h2 id="track-tags" className="text-lg font-semibold">
            Style
          </h2>
          <div>
            <h3 className="mb-1.5 text-xs font-medium text-neutral-500 dark:text-neutral-400">
              Genres
            </h3>
            <ChipLinks
              label="Genres"
              values={track.genres}
              href={(g) => musicHref({ genre: [g] })}
            />
          </div>
          <div>
            <h3 className="mb-1.5 text-xs font-medium text-neutral-500 dark:text-neutral-400">
              Moods
            </h3>
            <ChipLinks label="Moods" values={track.moods} href={(m) => musicHref({ moods: [m] })} />
          </div>
          <div>
            <h3 className="mb-1.5 text-xs font-medium text-neutral-500 dark:text-neutral-400">
              Instruments
            </h3>
            <ChipLinks
              label="Instruments"
              values={track.instruments}
              href={(v) => musicHref({ instruments: [v] })}
            />
          </div>
          {track.keywords && track.keywords.length > 0 && (
            <div>
              <h3 className="mb-1.5 text-xs font-medium text-neutral-500 dark:text-neutral-400">
                Keywords
              </h3>
              <ChipLinks
                label="Keywords"
                values={track.keywords}
                href={(k) => musicHref({ query: k })}
              />
            </div>
          )}
        </section>
      </div>
      {artists[0] && <MoreByArtist key={track.id} artist={artists[0]} exclude={track.id} />}
    </main>
  );
}
