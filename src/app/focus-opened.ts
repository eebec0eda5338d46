/** How long Back waits for the link to be on the page again (its route's code, lazy rows). */
const WAIT_MS = 2000;

/**
 * Focus on the link to `href` once it is on the page (a result's main link first, where a
 * card has several), without scrolling: the router puts the page back where it was. Unless
 * focus has gone somewhere already, or the link does not come back (other results, or not
 * in time).
 */
export function focusOpened(href: string) {
  const attempt = () => {
    const links = Array.from(document.querySelectorAll<HTMLElement>('a[href]')).filter(
      (link) => link.getAttribute('href') === href,
    );
    const result = links.find((link) => link.matches('[data-nav-item]')) ?? links[0];
    if (!result) return false;
    if (document.activeElement === document.body || document.activeElement === null)
      result.focus({ preventScroll: true });
    return true;
  };
  if (attempt()) return;
  const observer = new MutationObserver(() => {
    if (attempt()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), WAIT_MS);
}
