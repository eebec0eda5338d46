import { useEffect, useRef, type ReactNode } from 'react';
import { CloseIcon } from '@/components/icons';

/**
 * The filters on a small screen: a modal side sheet on the native <dialog> (focus is
 * trapped, Escape closes, the page behind is inert).
 */
export function FilterDrawer({
  open,
  onClose,
  footer,
  children,
}: {
  open: boolean;
  onClose: () => void;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="filter-drawer-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      className="fixed inset-y-0 right-auto left-0 m-0 h-dvh max-h-none w-[min(22rem,92vw)] max-w-none bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-black/40 dark:bg-neutral-950 dark:text-neutral-100"
    >
      {open && (
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
            <h2 id="filter-drawer-title" className="text-base font-semibold">
              Filters
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close filters"
              className="grid size-9 place-items-center rounded-full text-lg hover:bg-neutral-100 dark:hover:bg-neutral-800"
            >
              <CloseIcon />
            </button>
          </div>
          <div className="flex-1 overflow-y-auto px-4 pt-4">{children}</div>
          {footer && (
            <div className="border-t border-neutral-200 p-4 dark:border-neutral-800">{footer}</div>
          )}
        </div>
      )}
    </dialog>
  );
}
