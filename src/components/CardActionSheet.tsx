import { BookmarkIcon, CheckIcon, DownloadIcon } from './icons';
import { Modal, ModalTitle } from './Modal';

export interface CardAction {
  key: 'license' | 'save' | 'select';
  label: string;
  run: () => void;
}

const ICONS = {
  license: DownloadIcon,
  save: BookmarkIcon,
  select: CheckIcon,
} as const;

/**
 * A card's actions on a touch screen: a sheet along the bottom edge, named for the asset,
 * one large button per action and Cancel. Loaded with the first opening.
 */
export default function CardActionSheet({
  open,
  title,
  actions,
  onChoose,
  onClose,
  onClosed,
}: {
  open: boolean;
  title: string;
  actions: readonly CardAction[];
  onChoose: (action: CardAction) => void;
  onClose: () => void;
  onClosed: () => void;
}) {
  return (
    <Modal
      open={open}
      onClose={onClose}
      onClosed={onClosed}
      placement="sheet-bottom"
      data-testid="card-action-sheet"
      className="bg-white p-2 dark:bg-neutral-900"
    >
      <ModalTitle className="truncate px-3 pt-2 pb-2.5 text-sm font-semibold text-neutral-600 dark:text-neutral-400">
        {title}
      </ModalTitle>
      <ul className="flex flex-col">
        {actions.map((action) => {
          const Icon = ICONS[action.key];
          return (
            <li key={action.key}>
              <button
                type="button"
                onClick={() => onChoose(action)}
                className="flex h-12 w-full items-center gap-3 rounded-xl px-3 text-left text-base font-medium hover:bg-neutral-100 focus-visible:bg-neutral-100 dark:hover:bg-neutral-800 dark:focus-visible:bg-neutral-800"
              >
                <Icon className="text-xl text-neutral-500 dark:text-neutral-400" />
                {action.label}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={onClose}
        className="mt-2 h-12 w-full rounded-xl bg-neutral-100 text-base font-semibold text-neutral-800 hover:bg-neutral-200 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700"
      >
        Cancel
      </button>
    </Modal>
  );
}
