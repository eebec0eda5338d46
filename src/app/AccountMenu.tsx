import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useSession } from '@/api/session';
import { UserIcon } from '@/components/icons';

// The menu's panel loads on first open: the shell stays small.
const AccountMenuPanel = lazy(() => import('./AccountMenuPanel'));

const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');

/** The header's account button: who is signed in, and a small menu (a disclosure) to go on. */
export function AccountMenu() {
  const user = useSession().data?.user;
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={user ? `Account: ${user.name}` : 'Account'}
        title={user?.name ?? 'Account'}
        onClick={() => setOpen((value) => !value)}
        className="grid size-10 shrink-0 place-items-center rounded-full text-xl text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-white"
      >
        {user ? (
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-full bg-accent-600 text-xs font-semibold text-white dark:bg-accent-500 dark:text-neutral-950"
          >
            {initials(user.name)}
          </span>
        ) : (
          <UserIcon />
        )}
      </button>
      {open && (
        <Suspense>
          <AccountMenuPanel
            id={panelId}
            user={user}
            within={root}
            onClose={(refocus) => {
              setOpen(false);
              if (refocus) button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
