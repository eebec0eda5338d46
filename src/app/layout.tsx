import { Suspense, type ReactNode } from 'react';
import {
  Link,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigate,
  useNavigation,
} from 'react-router';
import { GridSkeleton } from '@/components/GridSkeleton';
import { CameraIcon, CollectionsIcon, DownloadIcon, MoonIcon, SunIcon } from '@/components/icons';
import { SearchCombobox } from '@/components/SearchCombobox';
import { SkipLinks, SkipToResults } from '@/components/SkipLinks';
import { Toaster } from '@/components/Toaster';
import { cx } from '@/lib/format';
import { parseSearchParams, searchHref } from '@/lib/search-params';
import { currentMediaTab, currentQuery, searchTarget } from './media-tabs';
import { AccountMenu } from './AccountMenu';
import { MediaTabs } from './MediaTabs';
import { ReturnFocus } from './return-focus';
import { useTheme } from './theme';

function Logo() {
  return (
    <Link
      to="/"
      className="flex shrink-0 items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-neutral-950 dark:text-white"
    >
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-accent-500" />
        <path d="M8 11h16v3H8zm0 5h16v3H8zm0 5h11v3H8z" fill="#fff" />
      </svg>
      <span className="max-sm:sr-only">Stockroom</span>
    </Link>
  );
}

function ThemeToggle() {
  const [theme, toggle] = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      className="grid size-10 shrink-0 place-items-center rounded-full text-xl text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-white"
    >
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

function LibraryLink({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  const { pathname } = useLocation();
  const current = pathname === to || pathname.startsWith(`${to}/`);
  return (
    <Link
      to={to}
      aria-current={current ? 'page' : undefined}
      className={cx(
        'flex h-10 shrink-0 items-center gap-2 rounded-full px-3 text-sm font-medium',
        current
          ? 'bg-neutral-100 text-neutral-950 dark:bg-neutral-800 dark:text-white'
          : 'text-neutral-700 hover:bg-neutral-100 hover:text-neutral-950 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-white',
      )}
    >
      <span className="text-lg">{icon}</span>
      <span className="max-sm:sr-only">{label}</span>
    </Link>
  );
}

function SearchByImageLink() {
  const current = useLocation().pathname === '/reverse-search';
  return (
    <Link
      to="/reverse-search"
      aria-label="Search by image"
      aria-current={current ? 'page' : undefined}
      title="Search by image"
      className={cx(
        'grid size-10 shrink-0 place-items-center rounded-full text-xl hover:bg-neutral-100 hover:text-neutral-900 dark:hover:bg-neutral-800 dark:hover:text-white',
        current
          ? 'bg-neutral-100 text-neutral-950 dark:bg-neutral-800 dark:text-white'
          : 'text-neutral-600 dark:text-neutral-300',
      )}
    >
      <CameraIcon />
    </Link>
  );
}

function Header() {
  const location = useLocation();
  const navigate = useNavigate();
  const onSearchPage = location.pathname === '/';
  const current = onSearchPage ? parseSearchParams(location.search) : {};
  const shownQuery = currentQuery(location.pathname, location.search) ?? '';
  return (
    <header className="sticky top-0 z-30 border-b border-neutral-200 bg-white/90 backdrop-blur-md dark:border-neutral-800 dark:bg-neutral-950/90">
      {/* On a phone the search box takes a row of its own, so the query stays readable. */}
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-3 gap-y-2 px-4 pt-3 sm:flex-nowrap sm:gap-6 sm:px-6">
        <Logo />
        <SearchCombobox
          initialQuery={shownQuery}
          placeholder={currentMediaTab(location.pathname)?.placeholder ?? 'Search images'}
          shortcut="/"
          className="min-w-0 flex-1 max-sm:order-last max-sm:basis-full sm:max-w-2xl"
          onSearch={(query) => {
            // A new query keeps the filters and sort already chosen, in the media type shown.
            if (onSearchPage) {
              void navigate(searchHref({ ...current, query: query || undefined }));
            } else {
              void navigate(searchTarget(location.pathname, location.search, query));
            }
          }}
        />
        <SkipToResults />
        <SearchByImageLink />
        <div className="ml-auto flex items-center gap-1">
          <nav aria-label="Library" className="flex items-center gap-1">
            <LibraryLink to="/collections" icon={<CollectionsIcon />} label="Collections" />
            <LibraryLink to="/downloads" icon={<DownloadIcon />} label="Downloads" />
          </nav>
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
      <div className="mx-auto flex max-w-[1800px] items-center gap-3 px-4 sm:px-6">
        <div className="min-w-0 flex-1">
          <MediaTabs />
        </div>
        <Link
          to="/keywords"
          className="shrink-0 rounded-sm py-2.5 text-sm font-medium whitespace-nowrap text-neutral-600 hover:text-neutral-950 max-sm:hidden dark:text-neutral-400 dark:hover:text-white"
        >
          From a brief…
        </Link>
        <Link
          to="/custom-music"
          className="shrink-0 rounded-sm py-2.5 text-sm font-medium whitespace-nowrap text-neutral-600 hover:text-neutral-950 max-sm:hidden dark:text-neutral-400 dark:hover:text-white"
        >
          Custom music
        </Link>
      </div>
    </header>
  );
}

function NavigationProgress() {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  return (
    <div
      aria-hidden="true"
      className={cx(
        'fixed inset-x-0 top-0 z-50 h-0.5 origin-left bg-accent-500 transition-transform duration-700 ease-out',
        busy ? 'scale-x-75' : 'scale-x-0 duration-150',
      )}
    />
  );
}

export function PageFallback() {
  return (
    <div className="mx-auto max-w-[1800px] px-4 py-6 sm:px-6">
      <div className="skeleton mb-5 h-7 w-64 rounded-md" />
      <GridSkeleton rows={4} layoutKey="fallback" />
    </div>
  );
}

export function RootLayout() {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLinks />
      <NavigationProgress />
      <Header />
      <Suspense fallback={<PageFallback />}>
        <Outlet />
      </Suspense>
      <Toaster />
      <ScrollRestoration />
      <ReturnFocus />
    </div>
  );
}
