import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { CameraIcon } from '@/components/icons';
import { ImageIcon } from '@/components/more-icons';
import { InlineError } from '@/components/InlineError';
import { cx } from '@/lib/format';
import { firstFile } from '../prepare';

export interface ShownPicture {
  /** Undefined for a file that is not a picture, or an upload from before this session. */
  url: string | undefined;
  name: string;
}

export interface PicturePickerProps {
  /** The picture searched with (or just chosen), shown beside the controls. */
  picture: ShownPicture | undefined;
  onFile: (file: File) => void;
  busy: boolean;
  error: { message: string; technical?: string | undefined } | undefined;
  /** Compact once results are on the page. */
  compact: boolean;
  children?: ReactNode;
}

/**
 * Where a picture comes in: dropped on the zone, pasted anywhere on the page (handled by
 * the page), or picked with a real, labelled file input that the keyboard reaches.
 */
export function PicturePicker({
  picture,
  onFile,
  busy,
  error,
  compact,
  children,
}: PicturePickerProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = firstFile(event.dataTransfer.files);
    if (file) onFile(file);
  };

  return (
    <div
      data-testid="picture-drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cx(
        'flex flex-col gap-5 rounded-2xl border-2 border-dashed p-5 transition-colors sm:flex-row sm:items-center',
        dragging
          ? 'border-accent-500 bg-accent-50 dark:border-accent-400 dark:bg-accent-950/30'
          : 'border-neutral-300 bg-neutral-50/60 dark:border-neutral-700 dark:bg-neutral-900/40',
        !compact && 'sm:min-h-56',
      )}
    >
      <figure
        className={cx(
          'grid shrink-0 place-items-center overflow-hidden rounded-xl bg-neutral-200/70 dark:bg-neutral-800',
          compact ? 'size-32 sm:size-36' : 'size-40 sm:size-48',
        )}
      >
        {picture?.url ? (
          <img
            src={picture.url}
            alt={`Your picture: ${picture.name}`}
            data-testid="upload-preview"
            className={cx('size-full object-contain', busy && 'animate-pulse opacity-70')}
          />
        ) : (
          <ImageIcon className="size-12 text-neutral-400 dark:text-neutral-500" aria-hidden />
        )}
      </figure>
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        {picture && (
          <p
            className="truncate text-sm text-neutral-600 dark:text-neutral-400"
            title={picture.name}
          >
            {picture.name}
          </p>
        )}
        <p id={hintId} className="text-neutral-700 dark:text-neutral-300">
          {dragging ? (
            <span className="font-medium">Drop the picture to search with it</span>
          ) : (
            <>
              Drop a picture here, paste one (
              <kbd className="rounded border border-neutral-300 px-1 font-sans text-xs dark:border-neutral-600">
                Ctrl
              </kbd>{' '}
              +{' '}
              <kbd className="rounded border border-neutral-300 px-1 font-sans text-xs dark:border-neutral-600">
                V
              </kbd>
              ), or choose a file. JPEG or PNG, up to 10 MB.
            </>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <input
            id={inputId}
            type="file"
            accept="image/jpeg,image/png"
            className="peer sr-only"
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            disabled={busy}
            onChange={(event) => {
              const file = firstFile(event.target.files);
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
          <label
            htmlFor={inputId}
            className={cx(
              'inline-flex h-10 cursor-pointer items-center gap-2 rounded-lg bg-accent-600 px-4 text-sm font-medium text-white transition-colors hover:bg-accent-700 dark:bg-accent-500 dark:text-neutral-950 dark:hover:bg-accent-400',
              'peer-focus-visible:ring-2 peer-focus-visible:ring-accent-500 peer-focus-visible:ring-offset-2 peer-focus-visible:ring-offset-white dark:peer-focus-visible:ring-offset-neutral-950',
              busy && 'pointer-events-none opacity-60',
            )}
          >
            <CameraIcon aria-hidden />
            {picture ? 'Choose another picture' : 'Choose a picture'}
          </label>
          {busy && (
            <span role="status" className="text-sm text-neutral-600 dark:text-neutral-400">
              Looking at your picture…
            </span>
          )}
        </div>
        {error && <InlineError id={errorId} message={error.message} technical={error.technical} />}
        {children}
      </div>
    </div>
  );
}
