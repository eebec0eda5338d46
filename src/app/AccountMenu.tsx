import { Link } from 'react-router';
import { UserIcon } from '@/components/icons';

/**
 * The signed-in user's menu in the header: account, settings, sign in and out.
 * (Scaffold: a link to the account page until the accounts work fills it in.)
 */
export function AccountMenu() {
  return (
    <Link
      to="/account"
      aria-label="Account"
      title="Account"
      className="grid size-10 shrink-0 place-items-center rounded-full text-xl text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-white"
    >
      <UserIcon />
    </Link>
  );
}
