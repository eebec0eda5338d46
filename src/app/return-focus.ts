import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** The link followed from a page, kept in that page's history entry, for Back to it. */
const entryOpened = () => (history.state as { opened?: string } | null)?.opened;

/**
 * Back (or Forward) to a page gives focus to the link that was followed from it (a result
 * in a grid, list or tile row, a tab, a header link), where the keyboard left off, not to
 * the top of the page, as a browser does between documents: the link is noted in its
 * page's history entry as it is followed, by click or by Enter.
 */
export function ReturnFocus(): null {
  const { key } = useLocation();
  const navigation = useNavigationType();
  useEffect(() => {
    // In the capture phase: noted in this page's entry before the router moves on.
    const note = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a[href]:not([download])');
      const href = link?.getAttribute('href');
      // Not a link within the page (the skip links).
      if (href && !href.startsWith('#'))
        history.replaceState({ ...history.state, opened: href }, '');
    };
    document.addEventListener('click', note, true);
    return () => document.removeEventListener('click', note, true);
  }, []);
  useEffect(() => {
    const href = entryOpened();
    if (navigation === 'POP' && href)
      void import('./focus-opened').then((m) => m.focusOpened(href));
  }, [key, navigation]);
  return null;
}
