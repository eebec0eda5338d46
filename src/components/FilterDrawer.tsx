import type { ReactNode } from 'react';
import { Modal, ModalClose, ModalTitle } from './Modal';

/**
 * The filters on a small screen: a modal side sheet from the left edge (focus is trapped,
 * Escape or a click beside it closes, the page behind is inert).
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
  return (
    <Modal
      open={open}
      onClose={onClose}
      placement="sheet-left"
      className="bg-white dark:bg-neutral-950"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
          <ModalTitle className="text-base font-semibold">Filters</ModalTitle>
          <ModalClose
            label="Close filters"
            className="size-9 text-lg hover:bg-neutral-100 dark:hover:bg-neutral-800"
          />
        </div>
        <div className="flex-1 overflow-y-auto px-4 pt-4">{children}</div>
        {footer && (
          <div className="border-t border-neutral-200 p-4 dark:border-neutral-800">{footer}</div>
        )}
      </div>
    </Modal>
  );
}
