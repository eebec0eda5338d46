import { lazy, Suspense, useState } from 'react';
import { useToasts } from './toast';

// The toasts (and Radix Toast) come with the first one shown, never with a page.
const ToastList = lazy(() => import('./ToastList'));

/** Where toasts appear, at the bottom of the screen: see ToastList. */
export function Toaster() {
  const toasts = useToasts();
  // Once shown, the list stays mounted, so later toasts are announced by the same region.
  const [used, setUsed] = useState(false);
  if (toasts.length > 0 && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <ToastList toasts={toasts} />
    </Suspense>
  );
}
