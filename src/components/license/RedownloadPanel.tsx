// An asset the team already licensed: a new link at any size it covers, no charge.
import { useId, useState, type FormEvent } from 'react';
import type { DownloadHistory, LicenseMedia, RedownloadSize } from '@/api/license-types';
import { useRedownload } from '@/api/license-actions';
import { LICENSE_MEDIA } from '@/api/licenses';
import { useSubscriptions } from '@/api/user';
import { formatDate } from '@/lib/format';
import { Button } from '../Button';
import { fieldClass, labelClass } from '../fields';
import { CheckIcon, DownloadIcon } from '../icons';
import { InlineError } from '../InlineError';
import { describeDownloadProblem } from './license-errors';
import { allowedSizes, MEDIA_NOUN, type SizeOption } from './license-options';
import { DownloadStatus } from './DownloadStatus';
import { isFileDownloadBusy, useFileDownload } from './use-file-download';

/** The re-download panel of an asset the team already licensed: a new link, no charge. */
export function RedownloadPanel({
  media,
  existing,
  sizes: offered,
  onLicenseAgain,
}: {
  media: LicenseMedia;
  existing: DownloadHistory;
  sizes: SizeOption[];
  onLicenseAgain: () => void;
}) {
  const redownload = useRedownload();
  const subscriptions = useSubscriptions();
  const licensedSize = existing[LICENSE_MEDIA[media].historyAsset]?.format?.size;
  // The license's subscription, when it is one of the user's, says which sizes it covers.
  const subscription = subscriptions.data?.data.find((s) => s.id === existing.subscription_id);
  const allowed = subscription ? allowedSizes(subscription) : undefined;
  const sizes = offered.filter(
    (option) => !allowed || allowed.has(option.size) || option.size === licensedSize,
  );
  const [picked, setSize] = useState<string>('');
  const size = (
    sizes.find((option) => option.size === picked) ??
    sizes.find((option) => option.size === licensedSize) ??
    sizes.at(-1)
  )?.size;
  const selectId = useId();
  const file = useFileDownload();
  const canRedownload = LICENSE_MEDIA[media].redownload && existing.is_downloadable !== false;
  const problem = redownload.isError ? describeDownloadProblem(redownload.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    redownload.mutate(
      {
        media,
        licenseId: existing.id,
        ...(size ? { size: size as RedownloadSize } : {}),
      },
      { onSuccess: ({ url }) => void file.start(url) },
    );
  };
  const busy = redownload.isPending || isFileDownloadBusy(file.state);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" data-testid="redownload-panel">
      <div className="flex gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-700/60 dark:bg-emerald-950/40 dark:text-emerald-100">
        <CheckIcon className="mt-0.5 shrink-0" />
        <p>
          Your team licensed this {MEDIA_NOUN[media]} on {formatDate(existing.download_time)}
          {existing.user?.username ? ` (${existing.user.username})` : ''}.{' '}
          {canRedownload
            ? 'Download it again at no charge.'
            : 'The API offers no re-download for this license.'}
        </p>
      </div>
      {canRedownload && sizes.length > 0 && (
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className={labelClass}>
            Size
          </label>
          <select
            id={selectId}
            value={size}
            onChange={(event) => setSize(event.target.value)}
            className={fieldClass}
            data-testid="redownload-size"
          >
            {sizes.map((option) => (
              <option key={option.size} value={option.size}>
                {option.label}
                {option.detail ? ` — ${option.detail}` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {problem && <InlineError message={problem.message} technical={problem.technical} />}
      {redownload.isSuccess && (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          <a
            href={redownload.data.url}
            className="font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400"
          >
            Download link
          </a>{' '}
          (valid for 8 hours)
        </p>
      )}
      <DownloadStatus state={file.state} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <button
          type="button"
          onClick={onLicenseAgain}
          className="rounded-md text-sm font-medium text-neutral-600 underline-offset-2 hover:text-neutral-950 hover:underline dark:text-neutral-400 dark:hover:text-white"
        >
          License again…
        </button>
        {canRedownload && (
          <Button
            type="submit"
            variant="primary"
            disabled={busy}
            aria-busy={busy}
            data-testid="redownload-submit"
          >
            <DownloadIcon /> {busy ? 'Preparing…' : 'Re-download'}
          </Button>
        )}
      </div>
    </form>
  );
}
