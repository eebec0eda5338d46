import { NavLink, useSearchParams } from 'react-router';
import { cx } from '@/lib/format';

const LINKS = [
  { to: '/editorial', label: 'Images', end: true },
  { to: '/editorial/videos', label: 'Video', end: false },
  { to: '/editorial/livefeeds', label: 'Live feeds', end: false },
] as const;

/** The editorial sections; the country rides along. */
export function EditorialNav() {
  const [searchParams] = useSearchParams();
  const country = searchParams.get('country');
  return (
    <nav aria-label="Editorial" className="flex gap-1 text-sm">
      {LINKS.map((link) => (
        <NavLink
          key={link.to}
          to={country ? `${link.to}?country=${country}` : link.to}
          end={link.end}
          className={({ isActive }) =>
            cx(
              'rounded-full px-3 py-1.5 font-medium',
              isActive
                ? 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900'
                : 'text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800',
            )
          }
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
