import { cx } from '@/lib/format';
import { CloseIcon } from './icons';
import { dismissToast, type Toast } from './toast';

/** The toasts on screen, each with its action and a dismiss button. */
export default function ToastList({ toasts }: { toasts: readonly Toast[] }) {
  return (
    <>
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          data-testid="toast"
          className={cx(
            'pointer-events-auto flex w-full max-w-md items-start gap-3 rounded-xl px-4 py-3 text-sm shadow-xl shadow-black/20',
            toast.tone === 'error'
              ? 'bg-red-50 text-red-950 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-50 dark:ring-red-900'
              : 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-950',
          )}
        >
          <div className="min-w-0 flex-1 py-1">
            <p className="font-medium">{toast.message}</p>
            {toast.detail && (
              <p className="mt-0.5 font-mono text-xs break-words opacity-75">{toast.detail}</p>
            )}
          </div>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action?.onClick();
                dismissToast(toast.id);
              }}
              className={cx(
                'shrink-0 rounded-md px-2.5 py-1 font-semibold',
                toast.tone === 'error'
                  ? 'text-red-800 hover:bg-red-100 dark:text-red-200 dark:hover:bg-red-900'
                  : 'text-accent-300 hover:bg-white/10 dark:text-accent-700 dark:hover:bg-black/5',
              )}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => dismissToast(toast.id)}
            className="grid size-7 shrink-0 place-items-center rounded-full opacity-70 hover:opacity-100"
          >
            <CloseIcon />
          </button>
        </div>
      ))}
    </>
  );
}
