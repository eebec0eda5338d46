import { lazy, Suspense } from 'react';
import { loadCollectionNameForm } from './collection-name-form-loader';
import type { CollectionNameFormProps } from './CollectionNameForm';

const Form = lazy(() => loadCollectionNameForm().then((m) => ({ default: m.CollectionNameForm })));

/** The collection-name form, loaded the first time one is shown. */
export function LazyCollectionNameForm(props: CollectionNameFormProps) {
  return (
    <Suspense fallback={<div className={props.className} aria-busy="true" />}>
      <Form {...props} />
    </Suspense>
  );
}
