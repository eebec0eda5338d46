import { useEffect, useRef } from 'react';

/** The image tiles at the top of the page whose pictures the sections under them wait for. */
const TOP_TILES = 8;
/** The longest they wait, from the images' answer: a slow picture does not hold the page. */
const MAX_WAIT_MS = 500;

/**
 * Calls `onTopIn` once the pictures of the first tiles in the returned ref's element have
 * loaded (or failed), at once when there are no tiles (`count` 0), or after MAX_WAIT_MS;
 * nothing while the images are not answered yet (`count` undefined).
 */
export function useTopTiles(count: number | undefined, onTopIn: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (count === undefined) return;
    if (count === 0 || !element) return onTopIn();
    const check = () => {
      const top = Array.from(element.querySelectorAll('img')).slice(0, TOP_TILES);
      if (top.every((img) => img.complete)) onTopIn();
    };
    // A picture's load and error events do not bubble, but pass the element on capture.
    element.addEventListener('load', check, true);
    element.addEventListener('error', check, true);
    const timer = setTimeout(onTopIn, MAX_WAIT_MS);
    check();
    return () => {
      element.removeEventListener('load', check, true);
      element.removeEventListener('error', check, true);
      clearTimeout(timer);
    };
  }, [count, onTopIn]);
  return ref;
}
