import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useLocation } from 'react-router';
import { signInHref, useSignOut, type SessionInfo } from '@/api/session';
import { accountLabel } from './account-label';

const ITEM =
  'flex w-full items-center rounded-md px-3 py-2 text-left text-sm text-neutral-800 outline-none hover:bg-neutral-100 focus-visible:bg-neutral-100 data-[disabled]:opacity-60 data-[highlighted]:bg-neutral-100 dark:text-neutral-100 dark:hover:bg-neutral-800 dark:data-[highlighted]:bg-neutral-800';

/**
 * The account menu on Radix DropdownMenu: who is signed in, Account, Settings, sign in or
 * out. Arrow keys move, Escape or a click outside closes, focus returns to the button.
 */
export default function AccountDropdown({
  user,
  face,
  className,
  open,
  onOpenChange,
  stand,
}: {
  user: SessionInfo['user'];
  face: ReactNode;
  /** The trigger's look: the stand-in's. */
  className: string;
  /** Held by the stand-in's owner: pressed before this loaded, it mounts open. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The stand-in button this replaces: focus moves on if it had it. */
  stand: RefObject<HTMLButtonElement | null>;
}) {
  const location = useLocation();
  const signOut = useSignOut();
  const trigger = useRef<HTMLButtonElement>(null);
  const [focusTrigger] = useState(() => document.activeElement === stand.current && !open);
  useLayoutEffect(() => {
    if (focusTrigger) trigger.current?.focus();
  }, [focusTrigger]);

  return (
    <DropdownMenu.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenu.Trigger
        ref={trigger}
        aria-label={accountLabel(user)}
        title={user?.name ?? 'Account'}
        className={className}
      >
        {face}
      </DropdownMenu.Trigger>
      {/* Not portalled: the menu stays inside the header's banner landmark. */}
      <DropdownMenu.Content
        align="end"
        sideOffset={8}
        collisionPadding={8}
        className="z-40 w-64 rounded-xl border border-neutral-200 bg-white p-1.5 shadow-lg focus:outline-none dark:border-neutral-800 dark:bg-neutral-900"
      >
        <DropdownMenu.Label className="mb-1 border-b border-neutral-200 px-3 pt-1.5 pb-2.5 dark:border-neutral-800">
          <span className="block truncate text-sm font-semibold" data-testid="account-name">
            {user ? user.name : 'Not signed in'}
          </span>
          <span className="block truncate text-xs text-neutral-600 dark:text-neutral-400">
            {user ? `Signed in as ${user.username}` : 'Using the server’s account'}
          </span>
        </DropdownMenu.Label>
        <DropdownMenu.Item asChild className={ITEM}>
          <Link to="/account">Account</Link>
        </DropdownMenu.Item>
        <DropdownMenu.Item asChild className={ITEM}>
          <Link to="/settings">Settings</Link>
        </DropdownMenu.Item>
        {user ? (
          <DropdownMenu.Item
            className={ITEM}
            disabled={signOut.isPending}
            onSelect={(event) => {
              // The menu stays open to say how signing out goes.
              event.preventDefault();
              signOut.mutate();
            }}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </DropdownMenu.Item>
        ) : (
          <DropdownMenu.Item asChild className={ITEM}>
            <a href={signInHref(`${location.pathname}${location.search}`)}>
              Sign in with Shutterstock
            </a>
          </DropdownMenu.Item>
        )}
        {signOut.isError && (
          <p role="alert" className="px-3 py-2 text-xs text-red-700 dark:text-red-400">
            Could not sign out. Try again.
          </p>
        )}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
