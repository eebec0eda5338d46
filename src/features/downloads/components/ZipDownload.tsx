import { ProgressBar } from '@/components/ProgressBar';
import { useRef, useState } from 'react';
import { ApiError } from '@/api/client';
import { fetchFile } from '@/api/files';
import { redownload } from '@/api/license-actions';
import { Button } from '@/components/Button';
import { DownloadIcon } from '@/components/icons';
import { InlineError } from '@/components/InlineError';
import { describeDownloadProblem } from '@/components/license/license-errors';
import { saveBlob } from '@/components/license/start-download';
import { collectFiles, zipFiles, type CollectProgress, type FailedItem } from '@/lib/collect';
import { formatBytes } from '@/lib/format';
import type { HistoryRow } from '../labels';

type State =
  | { phase: 'idle' }
  | { phase: 'working'; progress: CollectProgress }
  | { phase: 'zipping'; progress: CollectProgress }
  | { phase: 'done'; count: number; failed: FailedItem[]; size: number }
  | { phase: 'error'; message: string };

function zipName(): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `stockroom-downloads-${stamp}.zip`;
}

/**
 * "Download as ZIP" for the selected licenses: each one re-downloaded (a fresh link, no
 * charge), fetched with progress and retried, then zipped in the page; the ones that
 * still failed are listed with a way to try them again.
 */
export function ZipDownload({
  rows,
  describe,
}: {
  rows: readonly HistoryRow[];
  describe: (key: string) => string;
}) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const run = async (items: readonly HistoryRow[]) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const initial = { done: 0, failed: 0, total: items.length, loaded: 0, expected: 0 };
    setState({ phase: 'working', progress: initial });
    try {
      const { files, failed } = await collectFiles(
        items.map((row) => ({
          key: row.key,
          link: async (signal) =>
            (await redownload(row.media, row.entry.id, undefined, signal)).url,
        })),
        {
          fetchFile,
          signal: controller.signal,
          onProgress: (progress) => setState({ phase: 'working', progress }),
        },
      );
      if (files.length === 0) {
        setState({ phase: 'done', count: 0, failed, size: 0 });
        return;
      }
      setState((s) => ({
        phase: 'zipping',
        progress: s.phase === 'working' ? s.progress : initial,
      }));
      const zip = await zipFiles(files);
      saveBlob(zip, zipName());
      setState({ phase: 'done', count: files.length, failed, size: zip.size });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setState({ phase: 'idle' });
        return;
      }
      setState({
        phase: 'error',
        message: error instanceof ApiError ? error.message : 'The ZIP could not be made',
      });
    }
  };

  const busy = state.phase === 'working' || state.phase === 'zipping';
  const downloadable = rows.length;

  return (
    <div className="flex flex-col gap-3" data-testid="zip-download">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          size="sm"
          disabled={busy || downloadable === 0}
          onClick={() => void run(rows)}
          data-testid="zip-start"
        >
          <DownloadIcon /> Download {downloadable} as ZIP
        </Button>
        {busy && (
          <Button size="sm" variant="ghost" onClick={() => abort.current?.abort()}>
            Cancel
          </Button>
        )}
      </div>
      {(state.phase === 'working' || state.phase === 'zipping') && (
        <ZipProgress progress={state.progress} zipping={state.phase === 'zipping'} />
      )}
      {state.phase === 'done' && (
        <div role="status" className="flex flex-col gap-2 text-sm" data-testid="zip-result">
          {state.count > 0 && (
            <p className="font-medium text-emerald-800 dark:text-emerald-300">
              {state.count} {state.count === 1 ? 'file' : 'files'} zipped ({formatBytes(state.size)}
              ) — the ZIP is downloading.
            </p>
          )}
          {state.failed.length > 0 && (
            <div className="rounded-lg bg-red-50 p-3 dark:bg-red-950/40" data-testid="zip-failed">
              <p className="font-medium text-red-800 dark:text-red-300">
                {state.failed.length} {state.failed.length === 1 ? 'file' : 'files'} could not be
                downloaded, even after retrying:
              </p>
              <ul className="mt-1 list-disc pl-5 text-red-800 dark:text-red-300">
                {state.failed.map((item) => (
                  <li key={item.key}>
                    {describe(item.key)} — {describeDownloadProblem(item.error).message}
                  </li>
                ))}
              </ul>
              <Button
                size="sm"
                className="mt-2"
                onClick={() => {
                  const failedKeys = new Set(state.failed.map((item) => item.key));
                  void run(rows.filter((row) => failedKeys.has(row.key)));
                }}
              >
                Try these again
              </Button>
            </div>
          )}
        </div>
      )}
      {state.phase === 'error' && <InlineError message={state.message} />}
    </div>
  );
}

function ZipProgress({ progress, zipping }: { progress: CollectProgress; zipping: boolean }) {
  const { done, failed, total, loaded } = progress;
  // Files count as they settle; the bytes below keep moving while a slow one arrives.
  const percent = zipping || total === 0 ? 100 : Math.round(((done + failed) / total) * 100);
  return (
    <div className="flex flex-col gap-1.5" data-testid="zip-progress">
      <ProgressBar label="ZIP download progress" percent={percent} />
      <p className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400" aria-live="polite">
        {zipping
          ? 'Making the ZIP…'
          : `${done} of ${total} files · ${formatBytes(loaded) ?? '0 B'}${failed ? ` · ${failed} failed` : ''}`}
      </p>
    </div>
  );
}
