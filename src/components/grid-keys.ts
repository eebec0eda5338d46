// Arrow keys through a results region, and focus kept in it when results are replaced:
// loaded with the first focus in the region.

/** The results in the region, in document order. */
function resultsIn(region: HTMLElement): HTMLElement[] {
  return Array.from(region.querySelectorAll<HTMLElement>('[data-nav-item]'));
}

/** The item in the next row down (or up) whose centre is closest to the current one's. */
function inNextRow(
  items: HTMLElement[],
  from: HTMLElement,
  down: boolean,
): HTMLElement | undefined {
  const here = from.getBoundingClientRect();
  const centre = here.left + here.width / 2;
  const rects = items.map((item) => ({ item, rect: item.getBoundingClientRect() }));
  const beyond = rects.filter(({ rect }) =>
    down ? rect.top >= here.bottom - 1 : rect.bottom <= here.top + 1,
  );
  if (beyond.length === 0) return undefined;
  const edge = down
    ? Math.min(...beyond.map(({ rect }) => rect.top))
    : Math.max(...beyond.map(({ rect }) => rect.bottom));
  const row = beyond.filter(({ rect }) =>
    down ? rect.top < edge + rect.height / 2 : rect.bottom > edge - rect.height / 2,
  );
  const distance = (rect: DOMRect) => Math.abs(rect.left + rect.width / 2 - centre);
  return row.reduce((best, candidate) =>
    distance(candidate.rect) < distance(best.rect) ? candidate : best,
  ).item;
}

/**
 * From the result with focus: left and right through the list, up and down to the nearest
 * result in the next row.
 */
export function moveBetweenResults(region: HTMLElement, key: string) {
  const items = resultsIn(region);
  const from = document.activeElement as HTMLElement;
  const index = items.indexOf(from);
  if (index < 0) return;
  let next: HTMLElement | undefined;
  switch (key) {
    case 'ArrowRight':
      next = items[index + 1];
      break;
    case 'ArrowLeft':
      next = items[index - 1];
      break;
    case 'Home':
      next = items[0];
      break;
    case 'End':
      next = items.at(-1);
      break;
    default:
      next = inNextRow(items, from, key === 'ArrowDown');
  }
  if (!next) return;
  next.focus();
  next.scrollIntoView?.({ block: 'nearest' });
}

const watched = new WeakSet<HTMLElement>();

/**
 * Something in the results taken away while it has focus (new results replaced it: Back,
 * a filter's answer) would leave focus on the page's body, and a keyboard or screen-reader
 * user at the top of the page: focus goes on to the new result in the place of the one
 * that had it (or the last), the first result for any other control, the region itself
 * when there are none. Listeners of the region's own: React hears no event while it commits.
 */
export function keepFocusInResults(region: HTMLElement) {
  if (watched.has(region)) return;
  watched.add(region);
  // Noted as focus moves: while a result is being taken away, those before it may be gone.
  let index = resultsIn(region).indexOf(document.activeElement as HTMLElement);
  region.addEventListener('focusin', (event) => {
    index = resultsIn(region).indexOf(event.target as HTMLElement);
  });
  region.addEventListener('focusout', (event) => {
    const from = event.target as HTMLElement;
    const at = Math.max(index, 0);
    if (event.relatedTarget) return;
    setTimeout(() => {
      if (from.isConnected || !region.isConnected || document.activeElement !== document.body) {
        return;
      }
      const shown = resultsIn(region);
      (shown[Math.min(at, shown.length - 1)] ?? region).focus();
    });
  });
}
