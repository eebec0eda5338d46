import type { ReactNode } from 'react';
import { cx } from '@/lib/format';
import { Modal, ModalClose, ModalTitle } from '../Modal';

/**
 * The frame of the license dialogs: a panel that scrolls within the window, its title
 * (with what is licensed under it) and Close held in view while the body scrolls. While
 * `busy` (requests under way) it stays open: Escape, the overlay and Close do nothing.
 */
export function LicenseModal({
  heading,
  subtitle,
  wide = false,
  busy = false,
  onClose,
  'data-testid': testId,
  children,
}: {
  heading: string;
  subtitle?: ReactNode;
  /** A list of many assets rather than one asset's form. */
  wide?: boolean;
  busy?: boolean;
  onClose: () => void;
  'data-testid': string;
  children: ReactNode;
}) {
  return (
    <Modal
      onClose={onClose}
      dismissible={!busy}
      overlayClassName="bg-black/50"
      data-testid={testId}
      className={cx(
        'max-h-[calc(100dvh-2rem)] overflow-y-auto bg-white dark:bg-neutral-900',
        wide ? 'w-[min(40rem,calc(100vw-2rem))]' : 'w-[min(36rem,calc(100vw-2rem))]',
      )}
    >
      <div className="flex flex-col gap-5 p-6">
        <header className="sticky top-0 z-10 -mx-6 -mt-6 flex items-start justify-between gap-4 bg-white px-6 pt-6 pb-1 dark:bg-neutral-900">
          <div className="min-w-0">
            <ModalTitle className="text-lg font-semibold tracking-tight">{heading}</ModalTitle>
            {subtitle && (
              <p className="mt-0.5 truncate text-sm text-neutral-600 dark:text-neutral-400">
                {subtitle}
              </p>
            )}
          </div>
          <ModalClose disabled={busy} />
        </header>
        {children}
      </div>
    </Modal>
  );
}
