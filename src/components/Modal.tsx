// Every modal of the app on Radix Dialog: the page behind is inert and hidden from
// assistive technology, focus moves in and is trapped, Escape and a click on the overlay
// close, and focus goes back to what opened it. Only lazily loaded modules import it, so
// the dialog library comes with the first opening of a dialog, never with a page.
import * as Dialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import { cx } from '@/lib/format';
import { CloseIcon } from './icons';

export interface ModalProps {
  open?: boolean;
  /** Escape, a click on the overlay, or a close button. */
  onClose: () => void;
  /** `false` while the dialog must stay (a request under way): Escape and the overlay do nothing. */
  dismissible?: boolean;
  /**
   * `center`: a box in the middle; `sheet-left`: a full-height sheet from the left edge;
   * `sheet-bottom`: a sheet along the bottom edge (a touch screen's action sheet).
   */
  placement?: 'center' | 'sheet-left' | 'sheet-bottom';
  /** Once closed and focus is back on what opened it: the next step may take focus. */
  onClosed?: () => void;
  /** Overrides the dim behind (`bg-black/40` unless given). */
  overlayClassName?: string;
  /** The box's size, colours and scrolling. */
  className?: string;
  /** Says the dialog has a description (a `ModalDescription` inside); otherwise none is announced. */
  described?: boolean;
  'data-testid'?: string;
  children: ReactNode;
}

export function Modal({
  open = true,
  onClose,
  dismissible = true,
  placement = 'center',
  overlayClassName = 'bg-black/40',
  className,
  described = false,
  onClosed,
  'data-testid': testId,
  children,
}: ModalProps) {
  // Radix returns focus to its own Trigger; these dialogs open from the app's buttons, so
  // the element focused at opening is kept and focused again on the way out.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) {
      opener.current = document.activeElement;
    }
  }, [open]);
  const refuse = (event: Event) => {
    if (!dismissible) event.preventDefault();
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay
          className={cx(
            'fixed inset-0 z-[70]',
            placement === 'center' && 'grid place-items-center overflow-y-auto p-4',
            overlayClassName,
          )}
        >
          <Dialog.Content
            data-testid={testId}
            {...(described ? {} : { 'aria-describedby': undefined })}
            onEscapeKeyDown={refuse}
            onPointerDownOutside={refuse}
            onInteractOutside={refuse}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (opener.current?.isConnected) opener.current.focus();
              onClosed?.();
            }}
            className={cx(
              'text-neutral-900 shadow-2xl focus:outline-none dark:text-neutral-100',
              placement === 'center'
                ? 'relative rounded-2xl'
                : placement === 'sheet-left'
                  ? 'fixed inset-y-0 left-0 h-dvh w-[min(22rem,92vw)]'
                  : 'fixed inset-x-0 bottom-0 max-h-[85dvh] overflow-y-auto rounded-t-2xl pb-[env(safe-area-inset-bottom)]',
              className,
            )}
          >
            {children}
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The dialog's name: a heading the dialog is labelled by. */
export function ModalTitle({ className, ...props }: ComponentProps<typeof Dialog.Title>) {
  return <Dialog.Title className={className} {...props} />;
}

/** What the dialog is about, read with its name. */
export function ModalDescription(props: ComponentProps<typeof Dialog.Description>) {
  return <Dialog.Description {...props} />;
}

/**
 * The dialog's round × button: closes it as Escape does. `disabled` while the dialog must
 * stay; `className` replaces the default size and colours.
 */
export function ModalClose({
  label = 'Close',
  disabled,
  className = 'size-8 text-neutral-600 hover:bg-neutral-100 hover:text-neutral-950 dark:text-neutral-400 dark:hover:bg-neutral-800 dark:hover:text-white',
}: {
  label?: string;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <Dialog.Close
      aria-label={label}
      disabled={disabled}
      className={cx('grid shrink-0 place-items-center rounded-full disabled:opacity-40', className)}
    >
      <CloseIcon />
    </Dialog.Close>
  );
}
