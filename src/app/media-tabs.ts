export interface MediaTab {
  label: string;
  /** The tab's search page. */
  to: string;
  /** Whether a path belongs to this media type (its search, its detail pages). */
  owns: (pathname: string) => boolean;
  /** The header search box's placeholder on this type's pages. */
  placeholder: string;
}

const under = (root: string) => (pathname: string) =>
  pathname === root || pathname.startsWith(`${root}/`);

/**
 * The media types, in header order. A type is listed only once its pages exist (its
 * routes are in router.tsx); a type not built yet is simply left out.
 */
export const MEDIA_TABS: readonly MediaTab[] = [
  { label: 'All', to: '/all', owns: under('/all'), placeholder: 'Search everything' },
  {
    label: 'Images',
    to: '/',
    owns: (p) => p === '/' || p.startsWith('/images/'),
    placeholder: 'Search images',
  },
  { label: 'Video', to: '/videos', owns: under('/videos'), placeholder: 'Search video' },
  { label: 'Music', to: '/music', owns: under('/music'), placeholder: 'Search music' },
  { label: 'Sound effects', to: '/sfx', owns: under('/sfx'), placeholder: 'Search sound effects' },
  {
    label: 'Editorial',
    to: '/editorial',
    owns: (p) => under('/editorial')(p) && !under('/editorial/videos')(p),
    placeholder: 'Search editorial images',
  },
  {
    label: 'Editorial video',
    to: '/editorial/videos',
    owns: under('/editorial/videos'),
    placeholder: 'Search editorial video',
  },
];

/** The tab a path belongs to, if any. */
export function currentMediaTab(pathname: string): MediaTab | undefined {
  return MEDIA_TABS.find((tab) => tab.owns(pathname));
}

/** The search text of the page shown, when it is a media type's search page. */
export function currentQuery(pathname: string, search: string): string | undefined {
  const onSearchPage = MEDIA_TABS.some((tab) => tab.to === pathname);
  if (!onSearchPage) return undefined;
  return new URLSearchParams(search).get('query')?.trim() || undefined;
}

/**
 * Where a new query goes: the current type's search page, keeping its filters when already
 * there; from any other page (collections, a detail page), that type's search or images.
 */
export function searchTarget(pathname: string, search: string, query: string): string {
  const tab = currentMediaTab(pathname) ?? MEDIA_TABS.find((t) => t.to === '/')!;
  const params = new URLSearchParams(tab.to === pathname ? search : '');
  if (query) params.set('query', query);
  else params.delete('query');
  const text = params.toString();
  return text ? `${tab.to}?${text}` : tab.to;
}
