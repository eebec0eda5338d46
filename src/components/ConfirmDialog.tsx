import { lazy, Suspense, useState, type ReactNode } from 'react';

// The dialog itself (and the dialog library) comes with the first question asked.
const ConfirmModal = lazy(() => import('./ConfirmModal'));

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question: focus moves in (to the safe choice) and is trapped, Escape or a click
 * outside cancels, and focus returns to where it was on close.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Once asked, it stays mounted, so closing is the dialog's own (focus goes back).
  const [asked, setAsked] = useState(false);
  if (props.open && !asked) setAsked(true);
  if (!props.open && !asked) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmModal {...props} />
    </Suspense>
  );
}
