// The vendor's OAuth scopes Stockroom works with: what sign-in asks the API for, and what
// the sandbox grants its seeded users.
export const APP_SCOPES = [
  'user.view',
  'collections.view',
  'collections.edit',
  'licenses.view',
  'licenses.create',
  'purchases.view',
];
