// The assets of a bulk licensing and, once it ran, every asset's outcome and the ZIP.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { type BulkAsset, type BulkLicenseMedia } from '@/api/bulk-license';
import { ApiError } from '@/api/client';
import { fetchFile } from '@/api/files';
import { redownload } from '@/api/license-actions';
import type { RedownloadSize } from '@/api/license-types';
import { collectFiles, zipFiles } from '@/lib/collect';
import { cx, formatBytes, pluralize } from '@/lib/format';
import { Button } from '../Button';
import { CoverImage } from '../CoverImage';
import { CheckIcon, DownloadIcon } from '../icons';
import { InlineError } from '../InlineError';
import { showToast } from '../toast';
import { describeDownloadProblem, describeLicenseProblem } from './license-errors';
import { MEDIA_NOUN, type SizeOption } from './license-options';
import { saveBlob, startDownload } from './start-download';
import type { ItemState, ZipState } from './bulk-state';
import { thumbOf, titleOf } from './use-bulk-assets';

export function ItemList({
  ids,
  assets,
  noun,
  note,
  children,
}: {
  ids: readonly string[];
  assets: ReadonlyMap<string, BulkAsset>;
  noun: string;
  note?: (id: string) => string | undefined;
  children?: (id: string) => ReactNode;
}) {
  return (
    <ul
      className="flex max-h-64 flex-col divide-y divide-neutral-200 overflow-y-auto rounded-xl border border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800"
      aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)}s`}
      data-testid="bulk-items"
    >
      {ids.map((id) => {
        const asset = assets.get(id);
        const thumb = thumbOf(asset);
        const extra = note?.(id);
        return (
          <li
            key={id}
            className="flex items-center gap-3 px-3 py-2"
            data-testid="bulk-item"
            data-id={id}
          >
            {thumb ? (
              <CoverImage
                src={thumb}
                width={48}
                height={32}
                className="h-8 w-12 shrink-0 rounded object-cover"
              />
            ) : (
              <span
                aria-hidden="true"
                className="h-8 w-12 shrink-0 rounded bg-neutral-200 dark:bg-neutral-800"
              />
            )}
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">{titleOf(asset, id, noun)}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                ID {id}
                {extra ? ` · ${extra}` : ''}
              </span>
            </span>
            {children?.(id)}
          </li>
        );
      })}
    </ul>
  );
}

export function Results({
  media,
  order,
  states,
  assets,
  size,
  onRetry,
  onLicenseRefused,
  onClose,
}: {
  media: BulkLicenseMedia;
  order: readonly string[];
  states: ReadonlyMap<string, ItemState>;
  assets: ReadonlyMap<string, BulkAsset>;
  size: SizeOption | undefined;
  onRetry: () => void;
  onLicenseRefused: (ids: string[]) => void;
  onClose: () => void;
}) {
  const noun = MEDIA_NOUN[media];
  const shown = order.filter((id) => states.has(id));
  const by = (state: ItemState['state']) => shown.filter((id) => states.get(id)?.state === state);
  const licensedIds = by('licensed');
  const existingIds = by('existing');
  const refusedIds = by('refused');
  const failedIds = by('failed');
  const downloadable = [...licensedIds, ...existingIds];
  const [zip, setZip] = useState<ZipState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const sizeForRedownload =
    media === 'image' || media === 'video' ? (size?.redownloadSize ?? undefined) : undefined;

  /** A fresh link to a license's file: at the chosen size where the license allows it. */
  const relink = async (licenseId: string, signal: AbortSignal): Promise<string> => {
    if (sizeForRedownload) {
      try {
        return (await redownload(media, licenseId, sizeForRedownload as RedownloadSize, signal))
          .url;
      } catch (error) {
        // The license's subscription may not allow that size: its own size then.
        if (!(error instanceof ApiError && (error.status === 403 || error.status === 400)))
          throw error;
      }
    }
    return (await redownload(media, licenseId, undefined, signal)).url;
  };

  const downloadZip = async (keys: readonly string[]) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setZip({
      phase: 'working',
      progress: { done: 0, failed: 0, total: keys.length, loaded: 0, expected: 0 },
    });
    try {
      const { files, failed } = await collectFiles(
        keys.map((id) => {
          const state = states.get(id);
          let tries = 0;
          return {
            key: id,
            link: async (signal: AbortSignal) => {
              tries += 1;
              if (state?.state === 'licensed') {
                // The license's own link first; a new one (same file, no charge) on a retry.
                if (tries === 1 && state.url) return state.url;
                if (!state.licenseId) throw new Error('No license id to download again');
                return relink(state.licenseId, signal);
              }
              if (state?.state === 'existing') return relink(state.entry.id, signal);
              throw new Error('Not licensed');
            },
          };
        }),
        {
          fetchFile,
          signal: controller.signal,
          onProgress: (progress) => setZip({ phase: 'working', progress }),
        },
      );
      if (files.length === 0) {
        setZip({ phase: 'done', count: 0, size: 0, failed });
        return;
      }
      const blob = await zipFiles(files);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
      saveBlob(blob, `stockroom-licensed-${stamp}.zip`);
      setZip({ phase: 'done', count: files.length, size: blob.size, failed });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setZip({ phase: 'idle' });
        return;
      }
      setZip({ phase: 'error', message: 'The ZIP could not be made' });
    }
  };

  const summary = [
    licensedIds.length > 0 ? `${licensedIds.length} licensed` : undefined,
    existingIds.length > 0 ? `${existingIds.length} already licensed` : undefined,
    refusedIds.length > 0 ? `${refusedIds.length} refused (nothing charged for them)` : undefined,
    failedIds.length > 0 ? `${failedIds.length} not answered` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="flex flex-col gap-4" data-testid="bulk-license-results">
      <p role="status" className="text-sm font-medium" data-testid="bulk-license-summary">
        {summary}
      </p>
      <ItemList ids={shown} assets={assets} noun={noun}>
        {(id) => <OutcomeBadge media={media} state={states.get(id)} relink={relink} />}
      </ItemList>
      {failedIds.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="flex-1">
            No answer came for {pluralize(failedIds.length, noun)}. Trying again sends the same
            requests: nothing is licensed twice.
          </p>
          <Button size="sm" onClick={onRetry} data-testid="bulk-license-retry">
            Try again
          </Button>
        </div>
      )}
      {zip.phase === 'working' && (
        <p
          className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400"
          aria-live="polite"
          data-testid="bulk-zip-progress"
        >
          {zip.progress.done} of {zip.progress.total} files ·{' '}
          {formatBytes(zip.progress.loaded) ?? '0 B'}
        </p>
      )}
      {zip.phase === 'done' && (
        <div role="status" className="text-sm" data-testid="bulk-zip-result">
          {zip.count > 0 && (
            <p className="font-medium text-emerald-800 dark:text-emerald-300">
              {pluralize(zip.count, 'file')} zipped ({formatBytes(zip.size)}) — the ZIP is
              downloading.
            </p>
          )}
          {zip.failed.length > 0 && (
            <p className="mt-1 text-red-800 dark:text-red-300">
              Not in the ZIP:{' '}
              {zip.failed
                .map(
                  (item) =>
                    `${titleOf(assets.get(item.key), item.key, noun)} (${describeDownloadProblem(item.error).message})`,
                )
                .join('; ')}
            </p>
          )}
        </div>
      )}
      {zip.phase === 'error' && <InlineError message={zip.message} />}
      <div className="sticky bottom-0 -mx-6 -mb-6 flex flex-wrap items-center justify-end gap-2 border-t border-neutral-200 bg-white px-6 py-4 dark:border-neutral-800 dark:bg-neutral-900">
        {refusedIds.length > 0 && (
          <Button
            onClick={() => onLicenseRefused(refusedIds)}
            data-testid="bulk-license-refused-again"
          >
            License the {refusedIds.length} refused…
          </Button>
        )}
        <Button onClick={onClose}>Done</Button>
        {downloadable.length > 0 && (
          <Button
            variant="primary"
            autoFocus
            disabled={zip.phase === 'working'}
            aria-busy={zip.phase === 'working'}
            onClick={() => {
              void downloadZip(downloadable);
              showToast({ message: `Preparing a ZIP of ${pluralize(downloadable.length, noun)}` });
            }}
            data-testid="bulk-zip"
          >
            <DownloadIcon /> Download {downloadable.length} as ZIP
          </Button>
        )}
      </div>
    </div>
  );
}

export function OutcomeBadge({
  media,
  state,
  relink,
}: {
  media: BulkLicenseMedia;
  state: ItemState | undefined;
  relink: (licenseId: string, signal: AbortSignal) => Promise<string>;
}) {
  const [busy, setBusy] = useState(false);
  if (!state) return null;
  const badge = 'shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold';
  switch (state.state) {
    case 'licensed':
      return (
        <span className="flex shrink-0 items-center gap-2">
          <span
            className={cx(
              badge,
              'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
            )}
            data-outcome="licensed"
          >
            <CheckIcon className="inline" /> Licensed
          </span>
          {state.url && (
            <a
              href={state.url}
              className="rounded text-xs font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400"
            >
              Download
            </a>
          )}
        </span>
      );
    case 'existing':
      return (
        <span className="flex shrink-0 items-center gap-2">
          <span
            className={cx(badge, 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100')}
            data-outcome="existing"
          >
            Already licensed
          </span>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              relink(state.entry.id, new AbortController().signal)
                .then((url) => startDownload(url))
                .catch((error: unknown) =>
                  showToast({ message: describeDownloadProblem(error).message }),
                )
                .finally(() => setBusy(false));
            }}
            className="rounded text-xs font-medium text-accent-700 underline-offset-2 hover:underline disabled:opacity-50 dark:text-accent-400"
          >
            Re-download
          </button>
        </span>
      );
    case 'refused': {
      const problem = describeLicenseProblem(state.error, { media });
      return (
        <span
          className="flex max-w-[45%] shrink-0 flex-col items-end text-right"
          data-outcome="refused"
        >
          <span
            className={cx(badge, 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100')}
          >
            Refused
          </span>
          <span className="text-xs text-red-800 dark:text-red-300" title={problem.technical}>
            {problem.message}
          </span>
        </span>
      );
    }
    case 'failed':
      return (
        <span
          className={cx(
            badge,
            'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
          )}
          data-outcome="failed"
        >
          No answer
        </span>
      );
  }
}
