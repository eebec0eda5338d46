import { useEffect, useRef, useState } from 'react';
import { useCreateCollection } from '@/api/collection-mutations';
import { Button } from '@/components/Button';
import { describeCollectionError, type CollectionProblem } from '@/components/collection-errors';
import { LazyCollectionNameForm } from '@/components/LazyCollectionNameForm';
import type { CollectionMediaType } from '@/api/types';
import { fieldClass, SelectField } from '@/components/fields';
import { showToast } from '@/components/toast';
import { cx } from '@/lib/format';
import { MEDIA_LABEL } from '../media';

const TYPES = (['image', 'video', 'audio'] as const).map((value) => ({
  value,
  label: MEDIA_LABEL[value],
}));

/**
 * "New collection": a type, a name and Enter. The collection appears at once; if the API
 * refuses, the form comes back with the name typed and the reason.
 */
export function NewCollectionForm({
  initialMedia = 'image',
  onDone,
}: {
  initialMedia?: CollectionMediaType;
  onDone: () => void;
}) {
  const [media, setMedia] = useState<CollectionMediaType>(initialMedia);
  const creates = {
    image: useCreateCollection('image'),
    video: useCreateCollection('video'),
    audio: useCreateCollection('audio'),
  };
  const create = creates[media];
  const [problem, setProblem] = useState<CollectionProblem | undefined>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const submit = (name: string) => {
    // The tile shows at once; the form stays until the API agrees, so a refusal is shown
    // here with the name still typed.
    create.mutateAsync({ name }).then(
      () => {
        if (mounted.current) onDone();
        showToast({ message: `Created “${name}”` });
      },
      (error: unknown) => {
        const described = describeCollectionError(error);
        if (mounted.current) setProblem(described);
        else
          showToast({
            tone: 'error',
            message: `Couldn’t create “${name}”: ${described.message}`,
            detail: described.technical,
          });
      },
    );
  };
  return (
    <LazyCollectionNameForm
      formLabel="New collection"
      className="mb-6 flex max-w-xl flex-col gap-2 rounded-xl border border-neutral-200 bg-neutral-50 p-4 dark:border-neutral-800 dark:bg-neutral-900/60"
      label="Name of the new collection"
      labelClassName="text-sm font-medium"
      rowClassName="flex flex-wrap gap-2"
      refusal={problem}
      onSubmit={submit}
      onCancel={onDone}
      onEdit={() => setProblem(undefined)}
      inputClassName={cx(fieldClass, 'min-w-48 flex-1')}
      inputProps={{ autoFocus: true, placeholder: 'e.g. Client — spring campaign' }}
      before={
        <SelectField
          label="Type of the new collection"
          hideLabel
          value={media}
          options={TYPES}
          onValueChange={(value) => setMedia(value as CollectionMediaType)}
          className="w-28"
        />
      }
      actions={
        <>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            Create
          </Button>
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        </>
      }
    />
  );
}
