/** The collection-name form's module, fetched once. */
export const loadCollectionNameForm = () => import('./CollectionNameForm');

/**
 * Fetches the name form (and the form library under it) ahead, from the hover or focus on
 * the button that opens one: no page pays for it before someone names a collection.
 */
export const preloadCollectionNameForm = () => void loadCollectionNameForm();
