import { lazy, startTransition, Suspense, useRef, useState, type ReactNode } from 'react';
import { useSession } from '@/api/session';
import { UserIcon } from '@/components/icons';
import { accountLabel } from './account-label';

// The menu (Radix DropdownMenu, its trigger included) loads on intent: the shell stays
// small, and until then this plain button stands in for the trigger, looking the same.
const loadMenu = () => import('./AccountMenuPanel');
const AccountDropdown = lazy(loadMenu);

const ACCOUNT_BUTTON =
  'grid size-10 shrink-0 place-items-center rounded-full text-xl text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-white';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');

/** The header's account button: who is signed in, and a small menu to go on. */
export function AccountMenu() {
  const user = useSession().data?.user;
  // 1: hovered or focused, the menu's code is on its way; 2: clicked before it came.
  const [armed, setArmed] = useState(0);
  const stand = useRef<HTMLButtonElement>(null);
  const face: ReactNode = user ? (
    <span
      aria-hidden="true"
      className="grid size-8 place-items-center rounded-full bg-accent-600 text-xs font-semibold text-white dark:bg-accent-500 dark:text-neutral-950"
    >
      {initials(user.name)}
    </span>
  ) : (
    <UserIcon />
  );
  // Kept on screen (a transition) until the menu's code is there, then swapped for the trigger.
  const arm = (to: number) => startTransition(() => setArmed((now) => Math.max(now, to)));
  const ready = () => arm(1);

  const standIn = (
    <button
      ref={stand}
      type="button"
      aria-expanded={false}
      aria-label={accountLabel(user)}
      title={user?.name ?? 'Account'}
      onPointerEnter={ready}
      onFocus={ready}
      onClick={() => arm(2)}
      className={ACCOUNT_BUTTON}
    >
      {face}
    </button>
  );

  return (
    <Suspense fallback={standIn}>
      {armed ? (
        <AccountDropdown
          user={user}
          face={face}
          className={ACCOUNT_BUTTON}
          defaultOpen={armed > 1}
          // The swap happens under a focused stand-in: focus moves to the real trigger.
          stand={stand}
        />
      ) : (
        standIn
      )}
    </Suspense>
  );
}
