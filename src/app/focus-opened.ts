/** How long Back waits for the opened result to be on the page again (its route's code, lazy rows). */
const WAIT_MS = 2000;

/**
 * Focus on the result whose link is `href` once it is on the page, without scrolling (the
 * router puts the page back where it was); unless focus has gone somewhere already, or the
 * result does not come back (other results, or not in time).
 */
export function focusOpened(href: string) {
  const attempt = () => {
    const result = Array.from(document.querySelectorAll<HTMLElement>('[data-nav-item]')).find(
      (item) => item.getAttribute('href') === href,
    );
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
