import { Button } from './Button';
import { describeError } from './describe-error';
import { AlertIcon } from './icons';

export interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  compact?: boolean;
}

export function ErrorMessage({ error, onRetry, title, compact = false }: ErrorMessageProps) {
  const described = describeError(error);
  return (
    <div
      role="alert"
      className={
        compact
          ? 'flex flex-col gap-2 rounded-xl border border-red-200 bg-red-50 p-4 text-sm dark:border-red-900/60 dark:bg-red-950/40'
          : 'mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-16 text-center'
      }
    >
      {!compact && <AlertIcon className="size-10 text-accent-500" />}
      <h2 className={compact ? 'font-semibold' : 'text-xl font-semibold'}>
        {title ?? described.title}
      </h2>
      {described.detail && (
        <p className="text-neutral-600 dark:text-neutral-400">{described.detail}</p>
      )}
      {described.technical.length > 0 && (
        <p
          className="font-mono text-xs break-words text-neutral-500 dark:text-neutral-400"
          data-testid="api-message"
        >
          {described.technical.join(' — ')}
        </p>
      )}
      {onRetry && (
        <Button variant="primary" onClick={onRetry} className={compact ? 'self-start' : 'mt-2'}>
          Try again
        </Button>
      )}
    </div>
  );
}
