import { memo, useId, useState } from 'react';
import { Link } from 'react-router';
import type { LicenseMedia, RedownloadSize } from '@/api/license-types';
import { useRedownload } from '@/api/license-actions';
import { LICENSE_MEDIA } from '@/api/licenses';
import { useAssetSummary } from '@/api/asset-summaries';
import { Button } from '@/components/Button';
import { CoverImage } from '@/components/CoverImage';
import { DownloadIcon } from '@/components/icons';
import { InlineError } from '@/components/InlineError';
import { describeDownloadProblem } from '@/components/license/license-errors';
import { DownloadStatus } from '@/components/license/DownloadStatus';
import { isFileDownloadBusy, useFileDownload } from '@/components/license/use-file-download';
import { cx, humanize } from '@/lib/format';
import { formatDuration } from '@/lib/video';
import {
  DETAIL_PATHS,
  MEDIA_LABELS,
  REDOWNLOAD_SIZES,
  sizeLabel,
  type HistoryRow,
} from '../labels';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const TYPE_TAGS: Record<LicenseMedia, string> = {
  image: 'Image',
  video: 'Video',
  audio: 'Music',
  sfx: 'SFX',
  'editorial-image': 'Image',
  'editorial-video': 'Video',
};

/** The asset's picture: thumbnail, poster frame or waveform; a labelled tile until it arrives. */
function Thumb({ media, picture }: { media: LicenseMedia; picture: string | undefined }) {
  const sound = media === 'audio' || media === 'sfx';
  if (picture)
    return (
      <CoverImage
        src={picture}
        width={96}
        height={56}
        data-testid="row-picture"
        className={cx(
          'h-14 w-24 shrink-0 rounded-md bg-neutral-100 dark:bg-neutral-800',
          sound ? 'object-fill px-1 dark:invert' : 'object-cover',
        )}
      />
    );
  return (
    <div
      aria-hidden="true"
      className="grid h-14 w-24 shrink-0 place-items-center rounded-md bg-neutral-100 text-[10px] font-semibold tracking-wide text-neutral-700 uppercase dark:bg-neutral-800 dark:text-neutral-300"
    >
      {TYPE_TAGS[media]}
    </div>
  );
}

/** What the license was made with: client, job and purchase order first, then anything else. */
const METADATA_ORDER = ['client', 'job', 'purchase_order'];
const METADATA_LABELS: Record<string, string> = { purchase_order: 'PO' };

/** One license of the history: what, when, who, under which subscription, and a re-download. */
export const DownloadRow = memo(function DownloadRow({
  row,
  country,
  subscriptionName,
  allowedSizes,
  selected,
  onToggle,
}: {
  row: HistoryRow;
  /** Where editorial assets are looked up. */
  country: string;
  subscriptionName: string | undefined;
  /** The sizes the license's subscription allows, when it is one of the user's. */
  allowedSizes: ReadonlySet<string> | undefined;
  selected: boolean;
  onToggle: (key: string) => void;
}) {
  const { media, entry, assetId } = row;
  const { summary, contributor, isPending } = useAssetSummary(media, assetId, country);
  const licensed = entry[LICENSE_MEDIA[media].historyAsset]?.format;
  // Only the sizes a re-download can give: the subscription's, and vectors of vectors.
  const sizes = REDOWNLOAD_SIZES[media]?.filter(
    (option) =>
      (!allowedSizes || allowedSizes.has(option) || option === licensed?.size) &&
      (option !== 'vector' || summary?.isVector !== false),
  );
  const [size, setSize] = useState<string>(licensed?.size ?? '');
  const redownload = useRedownload();
  const file = useFileDownload();
  const busy = redownload.isPending || isFileDownloadBusy(file.state);
  const sizeId = useId();
  const downloadable = LICENSE_MEDIA[media].redownload && entry.is_downloadable !== false;
  const metadata = (
    Object.entries(entry.metadata ?? {}).filter(
      ([, value]) => typeof value === 'string' && value,
    ) as [string, string][]
  ).sort(
    ([a], [b]) => (METADATA_ORDER.indexOf(a) + 1 || 99) - (METADATA_ORDER.indexOf(b) + 1 || 99),
  );
  const title = summary?.title ?? `${MEDIA_LABELS[media]} ${assetId}`;
  const duration = summary?.duration;
  const problem = redownload.isError ? describeDownloadProblem(redownload.error) : undefined;

  const download = () =>
    redownload.mutate(
      {
        media,
        licenseId: entry.id,
        ...(sizes && size ? { size: size as RedownloadSize } : {}),
      },
      { onSuccess: ({ url }) => void file.start(url) },
    );

  return (
    <div
      data-testid="download-row"
      data-license-id={entry.id}
      data-asset-id={assetId}
      data-media={media}
      className={cx(
        'grid grid-cols-[auto_auto_minmax(0,1fr)] items-center gap-x-4 gap-y-3 border-b border-neutral-200 px-2 py-3 md:grid-cols-[auto_auto_minmax(0,1fr)_auto] dark:border-neutral-800',
        selected && 'bg-accent-50/60 dark:bg-accent-500/10',
      )}
    >
      <input
        type="checkbox"
        checked={selected}
        disabled={!downloadable}
        onChange={() => onToggle(row.key)}
        aria-label={`Select ${title}`}
        className="size-4 rounded accent-accent-600 dark:accent-accent-500"
        data-testid="select-download"
      />
      <Thumb media={media} picture={summary?.picture} />
      <div className="min-w-0">
        <div className="flex min-w-0 items-baseline gap-x-2">
          <Link
            to={`${DETAIL_PATHS[media]}${encodeURIComponent(assetId)}`}
            className={cx(
              'truncate rounded-sm font-medium text-neutral-950 hover:underline dark:text-white',
              isPending && 'text-neutral-500 dark:text-neutral-400',
            )}
            data-testid="row-title"
          >
            {title}
          </Link>
          {duration !== undefined && duration > 0 && (
            <span
              className="shrink-0 text-xs text-neutral-600 tabular-nums dark:text-neutral-400"
              data-testid="row-duration"
            >
              {formatDuration(duration)}
            </span>
          )}
        </div>
        <p className="mt-0.5 truncate text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
          {[
            MEDIA_LABELS[media],
            `ID ${assetId}`,
            contributor ? `by ${contributor}` : undefined,
            [
              licensed?.size ? sizeLabel(licensed.size, media) : undefined,
              licensed?.format?.toUpperCase(),
            ]
              .filter(Boolean)
              .join(' '),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="mt-0.5 text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
          <span data-testid="row-user">{entry.user?.username ?? 'you'}</span>
          {' · '}
          <time dateTime={entry.download_time}>{formatTime(entry.download_time)}</time>
          {' · '}
          {subscriptionName ?? (
            // A teammate's subscription: the vendor names only the caller's own.
            <span title={entry.subscription_id}>
              {entry.user?.username ? `${entry.user.username}’s subscription` : 'Team subscription'}
              {entry.license ? ` (${entry.license})` : ''}
            </span>
          )}
        </p>
        {metadata.length > 0 && (
          <p
            className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400"
            data-testid="row-metadata"
          >
            {metadata.map(([key, value], index) => (
              <span key={key}>
                {index > 0 && ' · '}
                {METADATA_LABELS[key] ?? humanize(key)}:{' '}
                <span className="text-neutral-800 dark:text-neutral-200">{value}</span>
              </span>
            ))}
          </p>
        )}
        {problem && (
          <InlineError className="mt-2" message={problem.message} technical={problem.technical} />
        )}
        <DownloadStatus state={file.state} className="mt-1 max-w-xs" />
      </div>
      <div className="col-span-3 flex items-center justify-end gap-2 md:col-span-1">
        {downloadable ? (
          <>
            {sizes && (
              <>
                <label htmlFor={sizeId} className="sr-only">
                  Size for {title}
                </label>
                <select
                  id={sizeId}
                  value={size}
                  onChange={(event) => setSize(event.target.value)}
                  data-testid="row-size"
                  className="h-8 rounded-lg border border-neutral-300 bg-white px-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
                >
                  {sizes.map((option) => (
                    <option key={option} value={option}>
                      {sizeLabel(option, media)}
                      {option === licensed?.size ? ' (licensed)' : ''}
                    </option>
                  ))}
                </select>
              </>
            )}
            <Button
              size="sm"
              onClick={download}
              disabled={busy}
              aria-busy={busy}
              aria-label={`Re-download ${title}`}
              data-testid="row-redownload"
            >
              <DownloadIcon /> {busy ? 'Preparing…' : 'Re-download'}
            </Button>
          </>
        ) : (
          <span
            className="text-xs text-neutral-600 dark:text-neutral-400"
            data-testid="row-no-redownload"
          >
            {LICENSE_MEDIA[media].redownload
              ? 'Subscription ended: no re-download'
              : `No re-download for ${MEDIA_LABELS[media].toLowerCase()}s`}
          </span>
        )}
      </div>
    </div>
  );
});
