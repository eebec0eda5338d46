import { useState } from 'react';
import {
  useAddToCollection,
  useCreateCollection,
  useDeleteCollection,
  useRemoveFromCollection,
  useRenameCollection,
} from '@/api/collection-mutations';
import type { Collection, CollectionMediaType } from '@/api/types';
import { describeCollectionError, type CollectionProblem } from '@/components/collection-errors';
import { showToast } from '@/components/toast';
import { pluralize } from '@/lib/format';
import { itemNoun } from '../media';

function toastError(what: string, error: unknown) {
  const described = describeCollectionError(error);
  showToast({
    tone: 'error',
    message: `${what}: ${described.message}`,
    detail: described.technical,
  });
}

/**
 * Delete with a way back: the collection leaves the list at once, and a toast offers
 * "Undo", which recreates it (a new collection with the same name and items, in order).
 */
export function useDeleteWithUndo() {
  const remove = {
    image: useDeleteCollection('image'),
    video: useDeleteCollection('video'),
    audio: useDeleteCollection('audio'),
  };
  const create = {
    image: useCreateCollection('image'),
    video: useCreateCollection('video'),
    audio: useCreateCollection('audio'),
  };
  return (media: CollectionMediaType, collection: Collection, onDeleted?: () => void) => {
    remove[media]
      .mutateAsync({ collection })
      .then(({ itemIds }) => {
        onDeleted?.();
        showToast({
          message: `Deleted “${collection.name}”`,
          action: {
            label: 'Undo',
            onClick: () => {
              create[media]
                .mutateAsync({ name: collection.name, items: itemIds })
                .then(() => showToast({ message: `Restored “${collection.name}”` }))
                .catch((error: unknown) =>
                  toastError(`Couldn’t restore “${collection.name}”`, error),
                );
            },
          },
        });
      })
      .catch((error: unknown) => toastError(`Couldn’t delete “${collection.name}”`, error));
  };
}

/** Remove items, with "Undo" (adding them back is cheap). */
export function useRemoveWithUndo(media: CollectionMediaType, collectionId: string) {
  const remove = useRemoveFromCollection(media);
  const add = useAddToCollection(media);
  return (ids: readonly string[]) => {
    remove
      .mutateAsync({ collectionId, ids })
      .then(() =>
        showToast({
          message: `Removed ${pluralize(ids.length, itemNoun(media))}`,
          action: {
            label: 'Undo',
            onClick: () =>
              void add
                .mutateAsync({ collectionId, ids })
                .catch((error: unknown) => toastError('Couldn’t put them back', error)),
          },
        }),
      )
      .catch((error: unknown) => toastError('Couldn’t remove them', error));
  };
}

/**
 * Inline rename: the new name shows at once; if the API refuses, the field comes back
 * with what was typed and the reason beside it.
 */
export function useRenameFlow(media: CollectionMediaType, collection: Collection | undefined) {
  const rename = useRenameCollection(media);
  const [editing, setEditing] = useState(false);
  /** The name the field opens with: the current one, or the one the API refused. */
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<CollectionProblem | undefined>();

  const start = () => {
    if (!collection) return;
    setDraft(collection.name);
    setProblem(undefined);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setProblem(undefined);
  };
  /** Sends a name the form's schema accepted (trimmed); a refusal reopens the field with it. */
  const submit = (name: string) => {
    if (!collection) return;
    setEditing(false);
    setProblem(undefined);
    if (name === collection.name) return;
    rename.mutateAsync({ id: collection.id, name }).catch((error: unknown) => {
      setDraft(name);
      setProblem(describeCollectionError(error));
      setEditing(true);
    });
  };
  return {
    editing,
    draft,
    problem,
    start,
    cancel,
    submit,
    clearProblem: () => setProblem(undefined),
  };
}
