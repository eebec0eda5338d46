// Limits of the per-user collections. The vendor document states none for names or items
// per request (only the catalog collections' 50 items); these are the sandbox's own.
export const COLLECTION_NAME_MAX = 100;
export const COLLECTION_ITEMS_PER_REQUEST = 150;
export const COLLECTION_PER_PAGE_MAX = 150;
