import { signInHref } from '@/api/session';
import { buttonClass } from '@/components/button-class';
import { SignInError } from '@/components/SignInError';

/**
 * Where to come back to after signing in: the page the user asked for, without a failed
 * sign-in's `signin_error` (that page was only the messenger: back to the start then).
 */
function returnPath(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const search = new URLSearchParams(location.search);
  if (search.has('signin_error')) return '/';
  return `${location.pathname}${location.search}${location.hash}`;
}

/**
 * The whole page when the server requires sign-in and no one is signed in: the app shows
 * nothing of the catalog or the account until then.
 */
export function SignInPage({
  location,
}: {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
}) {
  const error = new URLSearchParams(location.search).get('signin_error');
  return (
    <main className="grid min-h-dvh place-items-center bg-neutral-50 px-4 py-12 dark:bg-neutral-950">
      <div className="w-full max-w-sm space-y-6 rounded-2xl border border-neutral-200 bg-white p-8 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        <div className="flex items-center gap-2 text-lg font-semibold tracking-tight text-neutral-950 dark:text-white">
          <svg viewBox="0 0 32 32" className="size-8" aria-hidden="true">
            <rect width="32" height="32" rx="8" className="fill-accent-500" />
            <path d="M8 11h16v3H8zm0 5h16v3H8zm0 5h11v3H8z" fill="#fff" />
          </svg>
          Stockroom
        </div>
        <div className="space-y-2">
          <h1 className="text-xl font-semibold text-neutral-950 dark:text-white">
            Sign in to continue
          </h1>
          <p className="text-sm text-neutral-600 dark:text-neutral-300">
            Your team’s Stockroom uses your own Shutterstock account: your collections, your
            subscriptions and your licenses.
          </p>
        </div>
        {error && <SignInError code={error} />}
        <a href={signInHref(returnPath(location))} className={`${buttonClass('primary')} w-full`}>
          Sign in with Shutterstock
        </a>
      </div>
    </main>
  );
}
