import { Link, useLocation } from 'react-router';
import { cx } from '@/lib/format';
import { currentMediaTab, currentQuery, MEDIA_TABS } from './media-tabs';

/** The media switcher: links that keep the query when switching type. */
export function MediaTabs() {
  const { pathname, search } = useLocation();
  const query = currentQuery(pathname, search);
  const current = currentMediaTab(pathname);
  return (
    <nav aria-label="Media type" className="-mb-px flex gap-1 overflow-x-auto text-sm">
      {MEDIA_TABS.map((tab) => {
        const active = tab === current;
        return (
          <Link
            key={tab.to}
            to={query ? `${tab.to}?${new URLSearchParams({ query }).toString()}` : tab.to}
            aria-current={active ? 'page' : undefined}
            className={cx(
              'border-b-2 px-3 py-2.5 font-medium whitespace-nowrap',
              active
                ? 'border-accent-500 text-neutral-950 dark:text-white'
                : 'border-transparent text-neutral-700 hover:text-neutral-950 dark:text-neutral-300 dark:hover:text-white',
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
