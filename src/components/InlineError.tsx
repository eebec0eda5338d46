import { cx } from '@/lib/format';
import { AlertIcon } from './icons';

/** An error next to the action that caused it, with the API's words small below. */
export function InlineError({
  id,
  message,
  technical,
  className,
}: {
  id?: string;
  message: string;
  technical?: string | undefined;
  className?: string;
}) {
  return (
    <div
      id={id}
      role="alert"
      className={cx('flex gap-2 text-sm text-red-700 dark:text-red-400', className)}
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <div className="min-w-0">
        <p className="font-medium">{message}</p>
        {technical && (
          <p
            className="mt-0.5 font-mono text-[11px] break-words text-neutral-500 dark:text-neutral-400"
            data-testid="api-message"
          >
            {technical}
          </p>
        )}
      </div>
    </div>
  );
}
