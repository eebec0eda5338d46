import { Button } from './Button';
import type { ConfirmDialogProps } from './ConfirmDialog';
import { Modal, ModalDescription, ModalTitle } from './Modal';

/** The open question of a ConfirmDialog (loaded on first use). */
export default function ConfirmModal({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Modal
      open={open}
      onClose={onCancel}
      described={Boolean(children)}
      className="w-[min(26rem,calc(100vw-2rem))] bg-white dark:bg-neutral-900"
    >
      <div className="flex flex-col gap-4 p-6">
        <ModalTitle className="text-lg font-semibold tracking-tight">{title}</ModalTitle>
        {children && (
          <ModalDescription asChild>
            <div className="text-sm text-neutral-600 dark:text-neutral-400">{children}</div>
          </ModalDescription>
        )}
        <div className="mt-2 flex justify-end gap-2">
          <Button autoFocus onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="danger" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
