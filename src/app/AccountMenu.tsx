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
  // Hovered or focused: the menu's code is on its way. Open is held here, not in the menu,
  // so a press that lands while the stand-in is being swapped for the trigger still opens it.
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
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
  const ready = () => startTransition(() => setArmed(true));
  const press = () =>
    startTransition(() => {
      setArmed(true);
      setOpen(true);
    });

  const standIn = (
    <button
      ref={stand}
      type="button"
      aria-expanded={false}
      aria-label={accountLabel(user)}
      title={user?.name ?? 'Account'}
      onPointerEnter={ready}
      onFocus={ready}
      // Opens on press, as the trigger it stands in for does; the click covers keyboards and
      // screen readers' virtual clicks. Both only ever open, so one press opening twice is fine.
      onPointerDown={(event) => {
        if (event.button === 0 && !event.ctrlKey) press();
      }}
      onClick={press}
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
          open={open}
          onOpenChange={setOpen}
          // The swap happens under a focused stand-in: focus moves to the real trigger.
          stand={stand}
        />
      ) : (
        standIn
      )}
    </Suspense>
  );
}
