import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDuration } from '@/lib/audio';
import { cx } from '@/lib/format';
import { usePlayerTrack } from './audio-player';
import { CardLicenseButton } from './license/LicenseButton';
import { licenseTargetOf } from './license/license-target';
import { PlayButton } from './PlayButton';
import { collectionMediaOf } from './save-target';
import { SaveToCollectionMenu } from './SaveToCollectionMenu';
import { Waveform } from './Waveform';

export interface TrackRowProps {
  /** The player id (`audio:123`): one player plays one of them at a time. */
  playerId: string;
  title: string;
  href: string;
  /** Under the title: artists, a category. */
  subtitle?: ReactNode;
  src: string | undefined;
  waveform: string | undefined;
  duration: number | undefined;
  /** Facts at a glance, right of the waveform (bpm, genre). */
  meta?: ReactNode;
  /** A selection checkbox, before the play button (where a list's checkboxes are looked for). */
  select?: ReactNode;
  /** Prefetch the detail page on hover or focus. */
  onIntent?: () => void;
  compact?: boolean;
  /** Show the license action (and the licensed mark) of the asset `href` points at. */
  licensable?: boolean;
  /**
   * Offer "Save to collection" for the asset `href` points at. Music tracks have
   * collections; sound effects have none at the vendor, so their rows show no save.
   */
  saveable?: boolean;
  /** In any of the user's collections: a filled bookmark. */
  saved?: boolean;
}

/** A row of a music or sound-effect list: play/pause, title, waveform seek bar, facts. */
export const TrackRow = memo(function TrackRow({
  playerId,
  title,
  href,
  subtitle,
  src,
  waveform,
  duration,
  meta,
  select,
  onIntent,
  compact = false,
  licensable = true,
  saveable = true,
  saved = false,
}: TrackRowProps) {
  const { current } = usePlayerTrack(playerId);
  const asset = licenseTargetOf(href);
  const target = licensable ? asset : undefined;
  const saveMedia = saveable && asset ? collectionMediaOf(asset.media) : undefined;
  return (
    <li
      data-testid="track-row"
      data-current={current || undefined}
      className={cx(
        'grid items-center gap-x-4 gap-y-2 border-b border-neutral-200 px-2 dark:border-neutral-800',
        compact ? 'py-2' : 'py-3',
        'grid-cols-[auto_minmax(0,1fr)_auto] md:grid-cols-[auto_minmax(10rem,16rem)_minmax(0,1fr)_auto]',
        meta !== undefined && 'lg:grid-cols-[auto_minmax(10rem,16rem)_minmax(0,1fr)_18rem]',
        current && 'bg-neutral-50 dark:bg-neutral-900/60',
      )}
    >
      {select ? (
        <div className="flex items-center gap-2 sm:gap-3">
          {select}
          <PlayButton playerId={playerId} src={src} title={title} />
        </div>
      ) : (
        <PlayButton playerId={playerId} src={src} title={title} />
      )}
      <div className="min-w-0">
        <Link
          to={href}
          onMouseEnter={onIntent}
          onFocus={onIntent}
          className="block truncate rounded-sm font-medium text-neutral-950 hover:underline dark:text-white"
          data-testid="track-title"
          data-nav-item
        >
          {title}
        </Link>
        {subtitle && (
          <div className="truncate text-sm text-neutral-600 dark:text-neutral-400">{subtitle}</div>
        )}
      </div>
      <div className="col-span-3 row-start-2 md:col-span-1 md:row-start-auto">
        {src ? (
          <Waveform
            playerId={playerId}
            src={src}
            image={waveform}
            label={title}
            duration={duration}
            className={compact ? 'h-8' : 'h-10'}
          />
        ) : (
          <div className={compact ? 'h-8' : 'h-10'} />
        )}
      </div>
      <div className="col-start-3 row-start-1 flex items-center justify-end gap-3 text-sm text-neutral-600 tabular-nums md:col-start-auto md:row-start-auto dark:text-neutral-400">
        {meta}
        <span data-testid="track-duration" className="w-12 shrink-0 text-right">
          {formatDuration(duration)}
        </span>
        {target && (
          <CardLicenseButton
            media={target.media}
            assetId={target.assetId}
            title={title}
            compact
            className="shrink-0 shadow-none ring-1 ring-neutral-300 dark:ring-neutral-700"
          />
        )}
        {saveMedia && asset && (
          <SaveToCollectionMenu
            ids={[asset.assetId]}
            media={saveMedia}
            variant="icon"
            size="sm"
            saved={saved}
            assetTitle={title}
            className="shrink-0 shadow-none ring-1 ring-neutral-300 dark:ring-neutral-700"
          />
        )}
      </div>
    </li>
  );
});
