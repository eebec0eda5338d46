import { memo, useId, useState } from 'react';
import { Link } from 'react-router';
import type { LicenseMedia, RedownloadSize } from '@/api/license-types';
import { useRedownload } from '@/api/license-actions';
import { LICENSE_MEDIA } from '@/api/licenses';
import type { Image } from '@/api/types';
import { Button } from '@/components/Button';
import { DownloadIcon } from '@/components/icons';
import { InlineError } from '@/components/InlineError';
import { describeDownloadProblem } from '@/components/license/license-errors';
import { DownloadStatus } from '@/components/license/DownloadStatus';
import { isFileDownloadBusy, useFileDownload } from '@/components/license/use-file-download';
import { cx, humanize } from '@/lib/format';
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

function Thumb({ media, image }: { media: LicenseMedia; image: Image | undefined }) {
  const thumb = image?.assets?.small_thumb ?? image?.assets?.large_thumb;
  if (thumb)
    return (
      <img
        src={thumb.url}
        alt=""
        width={56}
        height={56}
        loading="lazy"
        className="size-14 shrink-0 rounded-md bg-neutral-200 object-cover dark:bg-neutral-800"
      />
    );
  return (
    <div
      aria-hidden="true"
      className="grid size-14 shrink-0 place-items-center rounded-md bg-neutral-100 text-[10px] font-semibold tracking-wide text-neutral-700 uppercase dark:bg-neutral-800 dark:text-neutral-300"
    >
      {media === 'audio'
        ? 'Music'
        : media === 'sfx'
          ? 'SFX'
          : media.includes('video')
            ? 'Video'
            : 'Image'}
    </div>
  );
}

/** One license of the history: what, when, who, under which subscription, and a re-download. */
export const DownloadRow = memo(function DownloadRow({
  row,
  image,
  subscriptionName,
  allowedSizes,
  selected,
  onToggle,
}: {
  row: HistoryRow;
  image: Image | undefined;
  subscriptionName: string | undefined;
  /** The sizes the license's subscription allows, when it is one of the user's. */
  allowedSizes: ReadonlySet<string> | undefined;
  selected: boolean;
  onToggle: (key: string) => void;
}) {
  const { media, entry, assetId } = row;
  const licensed = entry[LICENSE_MEDIA[media].historyAsset]?.format;
  // Only the sizes a re-download can give: the subscription's, and vectors of vectors.
  const sizes = REDOWNLOAD_SIZES[media]?.filter(
    (option) =>
      (!allowedSizes || allowedSizes.has(option) || option === licensed?.size) &&
      (option !== 'vector' || !image || image.image_type === 'vector'),
  );
  const [size, setSize] = useState<string>(licensed?.size ?? '');
  const redownload = useRedownload();
  const file = useFileDownload();
  const busy = redownload.isPending || isFileDownloadBusy(file.state);
  const sizeId = useId();
  const downloadable = LICENSE_MEDIA[media].redownload && entry.is_downloadable !== false;
  const metadata = Object.entries(entry.metadata ?? {}).filter(
    ([, value]) => typeof value === 'string' && value,
  ) as [string, string][];
  const title = image?.description?.trim() || `${MEDIA_LABELS[media]} ${assetId}`;
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
    <li
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
      <Thumb media={media} image={image} />
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <Link
            to={`${DETAIL_PATHS[media]}${encodeURIComponent(assetId)}`}
            className="truncate rounded-sm font-medium text-neutral-950 hover:underline dark:text-white"
          >
            {title}
          </Link>
        </div>
        <p className="mt-0.5 text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
          {[
            MEDIA_LABELS[media],
            `ID ${assetId}`,
            licensed?.size ? sizeLabel(licensed.size, media) : undefined,
            licensed?.format?.toUpperCase(),
            formatTime(entry.download_time),
            entry.user?.username,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400">
          {subscriptionName ?? entry.subscription_id ?? entry.license}
          {metadata.length > 0 && ' · '}
          {metadata.map(([key, value], index) => (
            <span key={key}>
              {index > 0 && ', '}
              {humanize(key)}:{' '}
              <span className="text-neutral-700 dark:text-neutral-300">{value}</span>
            </span>
          ))}
        </p>
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
          <span className="text-xs text-neutral-500 dark:text-neutral-400">
            No re-download for {MEDIA_LABELS[media].toLowerCase()}s
          </span>
        )}
      </div>
    </li>
  );
});
