import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { sfxOptions } from '@/api/audio';
import { useContributorName } from '@/api/contributors';
import { BigPlayer, ChipLinks, Facts } from '@/components/AudioDetail';
import { useAudioPage } from '@/components/audio-player';
import { ArrowLeftIcon } from '@/components/more-icons';
import { LicenseButton } from '@/components/license/LicenseButton';
import { LicensedNote } from '@/components/license/LicensedNote';
import { CompDownload } from '@/components/CompDownload';
import { formatDuration } from '@/lib/audio';
import { sfxHref } from '@/lib/audio-params';
import { formatDate } from '@/lib/format';

export function Component() {
  useAudioPage();
  const id = useParams().id ?? '';
  const { data: effect } = useSuspenseQuery(sfxOptions(id));
  const title = effect.title ?? `Sound effect ${effect.id}`;
  const contributorName = useContributorName(effect.contributor?.id);
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
      <title>{`${title} — Stockroom sound effects`}</title>
      <Link
        to="/sfx"
        className="mb-4 inline-flex items-center gap-1.5 rounded-sm text-sm text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white"
      >
        <ArrowLeftIcon /> Sound effects
      </Link>
      <div className="mb-5 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="mb-1 text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
          {effect.description && (
            <p className="text-neutral-600 dark:text-neutral-400">{effect.description}</p>
          )}
          <div className="mt-2">
            <LicensedNote media="sfx" assetId={effect.id} />
          </div>
        </div>
        <div className="flex flex-wrap items-start gap-3">
          <LicenseButton media="sfx" assetId={effect.id} title={title} />
          <CompDownload media="sfx" assetId={effect.id} assets={effect.assets} title={title} />
        </div>
      </div>
      <BigPlayer
        playerId={`sfx:${effect.id}`}
        title={title}
        src={effect.assets?.preview_mp3?.url}
        waveform={effect.assets?.waveform?.url}
        duration={effect.duration}
      />
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="sfx-details">
          <h2 id="sfx-details" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          <Facts
            items={[
              ['Duration', formatDuration(effect.duration)],
              ['Added', formatDate(effect.added_date)],
              [
                'Contributor',
                effect.contributor && (
                  <span data-testid="detail-contributor">
                    {contributorName ?? effect.artist ?? effect.contributor.id}
                  </span>
                ),
              ],
              ['Sound effect ID', effect.id],
            ]}
          />
        </section>
        {effect.keywords && effect.keywords.length > 0 && (
          <section aria-labelledby="sfx-keywords">
            <h2 id="sfx-keywords" className="mb-3 text-lg font-semibold">
              Keywords
            </h2>
            <ChipLinks
              label="Keywords"
              values={effect.keywords}
              href={(k) => sfxHref({ query: k })}
            />
          </section>
        )}
      </div>
    </main>
  );
}
