import { useEffect, useId, useRef, useState } from 'react';
import { useCreateCollection } from '@/api/collection-mutations';
import { Button } from '@/components/Button';
import {
  describeCollectionError,
  validateCollectionName,
  type CollectionProblem,
} from '@/components/collection-errors';
import type { CollectionMediaType } from '@/api/types';
import { fieldClass, SelectField } from '@/components/fields';
import { InlineError } from '@/components/InlineError';
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
  const id = useId();
  const [media, setMedia] = useState<CollectionMediaType>(initialMedia);
  const creates = {
    image: useCreateCollection('image'),
    video: useCreateCollection('video'),
    audio: useCreateCollection('audio'),
  };
  const create = creates[media];
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<CollectionProblem | undefined>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return (
    <form
      aria-label="New collection"
      className="mb-6 flex max-w-xl flex-col gap-2 rounded-xl border border-neutral-200 bg-neutral-50 p-4 dark:border-neutral-800 dark:bg-neutral-900/60"
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = validateCollectionName(name);
        if (invalid) {
          setProblem({ message: invalid, technical: undefined });
          return;
        }
        const trimmed = name.trim();
        // The tile shows at once; the form stays until the API agrees, so a refusal is
        // shown here with the name still typed.
        create.mutateAsync({ name: trimmed }).then(
          () => {
            if (mounted.current) onDone();
            showToast({ message: `Created “${trimmed}”` });
          },
          (error: unknown) => {
            const described = describeCollectionError(error);
            if (mounted.current) setProblem(described);
            else
              showToast({
                tone: 'error',
                message: `Couldn’t create “${trimmed}”: ${described.message}`,
                detail: described.technical,
              });
          },
        );
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Name of the new collection
      </label>
      <div className="flex flex-wrap gap-2">
        <SelectField
          label="Type of the new collection"
          hideLabel
          value={media}
          options={TYPES}
          onValueChange={(value) => setMedia(value as CollectionMediaType)}
          className="w-28"
        />
        <input
          id={id}
          value={name}
          autoFocus
          placeholder="e.g. Client — spring campaign"
          onChange={(event) => {
            setName(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onDone();
            }
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          className={cx(fieldClass, 'min-w-48 flex-1 aria-invalid:border-red-500')}
        />
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {problem && <InlineError id={`${id}-error`} {...problem} />}
    </form>
  );
}
