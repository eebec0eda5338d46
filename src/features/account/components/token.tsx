/** What each scope lets the token do, in the app's words. */
const SCOPE_TEXT: Record<string, string> = {
  'user.view': 'See account details',
  'collections.view': 'See collections',
  'collections.edit': 'Change collections',
  'licenses.view': 'See licenses and downloads',
  'licenses.create': 'License and download',
  'purchases.view': 'See subscriptions',
};

export function ScopeList({ scopes }: { scopes: string[] }) {
  return (
    <div>
      <h3 className="mb-2 text-sm text-neutral-600 dark:text-neutral-400">Scopes</h3>
      {scopes.length === 0 ? (
        <p className="text-sm">None</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Scopes">
          {scopes.map((scope) => (
            <li
              key={scope}
              title={SCOPE_TEXT[scope]}
              className="rounded-full border border-neutral-200 bg-neutral-50 px-3 py-1 text-xs dark:border-neutral-700 dark:bg-neutral-800"
            >
              <span className="font-mono font-medium">{scope}</span>
              {SCOPE_TEXT[scope] && (
                <span className="text-neutral-600 dark:text-neutral-400">
                  {' '}
                  · {SCOPE_TEXT[scope]}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
