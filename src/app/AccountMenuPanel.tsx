import { useEffect, type RefObject } from 'react';
import { Link, useLocation } from 'react-router';
import { signInHref, useSignOut, type SessionInfo } from '@/api/session';

const ITEM =
  'flex w-full items-center rounded-md px-3 py-2 text-left text-sm text-neutral-800 hover:bg-neutral-100 dark:text-neutral-100 dark:hover:bg-neutral-800';

/** The account menu's panel: who is signed in, Account, Settings, sign in or out. */
export default function AccountMenuPanel({
  id,
  user,
  within,
  onClose,
}: {
  id: string;
  user: SessionInfo['user'];
  /** The menu's element: a click outside it closes the panel. */
  within: RefObject<HTMLElement | null>;
  /** Closes the panel; `refocus` puts focus back on the menu's button (Escape). */
  onClose: (refocus: boolean) => void;
}) {
  const location = useLocation();
  const signOut = useSignOut();

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!within.current?.contains(event.target as Node)) onClose(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(true);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [within, onClose]);

  return (
    <div
      id={id}
      className="absolute top-full right-0 z-40 mt-2 w-64 rounded-xl border border-neutral-200 bg-white p-1.5 shadow-lg dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="border-b border-neutral-200 px-3 pt-1.5 pb-2.5 dark:border-neutral-800">
        <p className="truncate text-sm font-semibold" data-testid="account-name">
          {user ? user.name : 'Not signed in'}
        </p>
        <p className="truncate text-xs text-neutral-600 dark:text-neutral-400">
          {user ? `Signed in as ${user.username}` : 'Using the server’s account'}
        </p>
      </div>
      <nav aria-label="Account" className="flex flex-col pt-1">
        <Link to="/account" className={ITEM} onClick={() => onClose(false)}>
          Account
        </Link>
        <Link to="/settings" className={ITEM} onClick={() => onClose(false)}>
          Settings
        </Link>
        {user ? (
          <button
            type="button"
            className={ITEM}
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
        ) : (
          <a href={signInHref(`${location.pathname}${location.search}`)} className={ITEM}>
            Sign in with Shutterstock
          </a>
        )}
        {signOut.isError && (
          <p role="alert" className="px-3 py-2 text-xs text-red-700 dark:text-red-400">
            Could not sign out. Try again.
          </p>
        )}
      </nav>
    </div>
  );
}
