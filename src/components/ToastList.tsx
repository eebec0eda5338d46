import * as RadixToast from '@radix-ui/react-toast';
import { cx } from '@/lib/format';
import { CloseIcon } from './icons';
import { dismissToast, type Toast } from './toast';

/** How long a toast stays when nothing holds it: longer when it offers an action. */
const duration = (toast: Toast) => toast.duration ?? (toast.action ? 10_000 : 6_000);

/**
 * The toasts on Radix Toast: each is announced (an error at once, the rest politely), waits
 * while hovered or focused or while the window is in the background, can be swiped away,
 * and F8 moves focus to them. The list sits above the selection bar while one is shown, so
 * a toast never covers its actions.
 */
export default function ToastList({ toasts }: { toasts: readonly Toast[] }) {
  return (
    <RadixToast.Provider label="Notifications" swipeDirection="down">
      {toasts.map((toast) => (
        <RadixToast.Root
          key={toast.id}
          data-testid="toast"
          type={toast.tone === 'error' ? 'foreground' : 'background'}
          duration={duration(toast)}
          onOpenChange={(open) => {
            if (!open) dismissToast(toast.id);
          }}
          className={cx(
            'pointer-events-auto flex w-full max-w-md items-start gap-3 rounded-xl px-4 py-3 text-sm shadow-xl shadow-black/20 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500',
            'data-[swipe=move]:translate-y-(--radix-toast-swipe-move-y) data-[swipe=cancel]:translate-y-0 data-[swipe=cancel]:transition-transform motion-reduce:transition-none',
            toast.tone === 'error'
              ? 'bg-red-50 text-red-950 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-50 dark:ring-red-900'
              : 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-950',
          )}
        >
          <div className="min-w-0 flex-1 py-1">
            <RadixToast.Title className="font-medium">{toast.message}</RadixToast.Title>
            {toast.detail && (
              <RadixToast.Description className="mt-0.5 font-mono text-xs break-words opacity-75">
                {toast.detail}
              </RadixToast.Description>
            )}
          </div>
          {toast.action && (
            <RadixToast.Action
              altText={`${toast.action.label}: press F8 to reach the notification`}
              onClick={() => toast.action?.onClick()}
              className={cx(
                'shrink-0 rounded-md px-2.5 py-1 font-semibold',
                toast.tone === 'error'
                  ? 'text-red-800 hover:bg-red-100 dark:text-red-200 dark:hover:bg-red-900'
                  : 'text-accent-300 hover:bg-white/10 dark:text-accent-700 dark:hover:bg-black/5',
              )}
            >
              {toast.action.label}
            </RadixToast.Action>
          )}
          <RadixToast.Close
            aria-label="Dismiss"
            className="grid size-7 shrink-0 place-items-center rounded-full opacity-70 hover:opacity-100"
          >
            <CloseIcon />
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      <RadixToast.Viewport className="pointer-events-none fixed inset-x-0 bottom-4 z-[60] m-0 flex list-none flex-col items-center gap-2 p-0 px-4 outline-none [body:has([data-testid=selection-bar])_&]:bottom-24" />
    </RadixToast.Provider>
  );
}
