import { cx } from '@/lib/format';
import { describeFileDownload, type FileDownloadState } from './use-file-download';

/**
 * A download's progress in one line, announced politely: "Preparing your file… 12 s",
 * "Downloading 4.2 MB of 18 MB", "Saved shutterstock_123_hd.mov".
 */
export function DownloadStatus({
  state,
  className,
}: {
  state: FileDownloadState;
  className?: string;
}) {
  const text = describeFileDownload(state);
  const fraction =
    state.phase === 'downloading' && state.total ? state.loaded / state.total : undefined;
  return (
    <div role="status" data-testid="download-status" data-phase={state.phase} className={className}>
      {text && (
        <span
          className={cx(
            'text-xs tabular-nums',
            state.phase === 'failed'
              ? 'text-red-700 dark:text-red-400'
              : 'text-neutral-600 dark:text-neutral-400',
          )}
        >
          {text}
        </span>
      )}
      {(state.phase === 'preparing' || fraction !== undefined) && (
        <progress
          className="mt-1 block h-1 w-full accent-accent-600"
          aria-hidden="true"
          {...(fraction !== undefined ? { value: fraction, max: 1 } : {})}
        />
      )}
    </div>
  );
}
