import { NavLink } from 'react-router';
import { cx } from '@/lib/format';

const TABS = [
  { to: '/collections', label: 'Your collections', end: true },
  { to: '/collections/featured', label: 'Featured', end: false },
] as const;

/** Your collections | Featured. */
export function CollectionsNav() {
  return (
    <nav
      aria-label="Collections"
      className="mb-6 flex gap-1 border-b border-neutral-200 text-sm dark:border-neutral-800"
    >
      {TABS.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) =>
            cx(
              '-mb-px border-b-2 px-3 py-2.5 font-medium whitespace-nowrap',
              isActive
                ? 'border-accent-500 text-neutral-950 dark:text-white'
                : 'border-transparent text-neutral-600 hover:text-neutral-950 dark:text-neutral-400 dark:hover:text-white',
            )
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
