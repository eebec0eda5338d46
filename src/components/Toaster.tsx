import { lazy, Suspense } from 'react';
import { useToasts } from './toast';

// The toasts themselves come with the first one shown: a page loads only the live region.
const ToastList = lazy(() => import('./ToastList'));

/** Where toasts appear: a polite live region at the bottom of the screen. */
export function Toaster() {
  const toasts = useToasts();
  return (
    <div
      aria-live="polite"
      aria-label="Notifications"
      role="region"
      // Above the selection bar while one is shown, so a toast never covers its actions.
      className="pointer-events-none fixed inset-x-0 bottom-4 z-[60] flex flex-col items-center gap-2 px-4 [body:has([data-testid=selection-bar])_&]:bottom-24"
    >
      {toasts.length > 0 && (
        <Suspense fallback={null}>
          <ToastList toasts={toasts} />
        </Suspense>
      )}
    </div>
  );
}
