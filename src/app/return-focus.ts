import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** The link opened from a page, kept in that page's history entry, for Back to it. */
const entryOpened = () => (history.state as { opened?: string } | null)?.opened;

/**
 * Back (or Forward) to a page a result was opened from gives focus to that result again,
 * where the keyboard left off, not to the top of the page: a result's main link (the one
 * marked `data-nav-item`, on every grid, list and tile) is noted in its page's history
 * entry as it is opened, by click or by Enter.
 */
export function ReturnFocus(): null {
  const { key } = useLocation();
  const navigation = useNavigationType();
  useEffect(() => {
    // In the capture phase: noted in this page's entry before the router moves on.
    const note = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a[data-nav-item]');
      const href = link?.getAttribute('href');
      if (href) history.replaceState({ ...history.state, opened: href }, '');
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
