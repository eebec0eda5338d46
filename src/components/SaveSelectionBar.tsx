import type { ReactNode } from 'react';
import type { CollectionMediaType } from '@/api/types';
import { pluralize } from '@/lib/format';
import { SaveToCollectionMenu } from './SaveToCollectionMenu';
import { SelectionBar } from './SelectionBar';
import { showToast, type Toast } from './toast';

/**
 * The bar over a selection: clear it, or save it to a collection (a toast says where, then
 * the selection clears). `children` are other actions, before Save.
 */
export function SaveSelectionBar({
  selection,
  media = 'image',
  noun = 'image',
  secondary = false,
  toastAction,
  children,
}: {
  selection: { ids: string[]; clear: () => void };
  media?: CollectionMediaType;
  /** What is selected, in the singular ("video", "track"). */
  noun?: string;
  /** Beside another action: a quieter "Save to…". */
  secondary?: boolean;
  /** An action on the toast, for the collection saved to ("View"). */
  toastAction?: (collection: { id: string; name: string }) => Toast['action'];
  children?: ReactNode;
}) {
  return (
    <SelectionBar count={selection.ids.length} onClear={selection.clear} noun={noun}>
      {children}
      <SaveToCollectionMenu
        ids={selection.ids}
        media={media}
        label={secondary ? 'Save to…' : `Save ${selection.ids.length} to collection`}
        shortLabel={secondary ? undefined : 'Save to…'}
        buttonVariant={secondary ? 'secondary' : 'primary'}
        className="h-8"
        onSaved={(collection, count) => {
          showToast({
            message: `Saved ${pluralize(count, noun)} to “${collection.name}”`,
            action: toastAction?.(collection),
          });
          selection.clear();
        }}
      />
    </SelectionBar>
  );
}
