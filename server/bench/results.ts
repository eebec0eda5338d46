// Enter in the header search → the first 8 result images painted, over new queries.
import { launchChromium, VIEWPORT } from './paint';

/**
 * Words for the results measure: each asked once per mode (a new query every time), each
 * finding at least 8 images in the sandbox's catalog (a word that finds none would time
 * nothing: resultsLatency refuses it).
 */
export const RESULT_WORDS = {
  images: [
    'lighthouse',
    'meadow',
    'violin',
    'desert',
    'bakery',
    'castle',
    'guitar',
    'lantern',
    'bicycle',
    'harbour',
    'horse',
    'waterfall',
    'penguin',
    'umbrella',
    'eagle',
    'wolf',
    'rainbow',
    'compass',
    'dolphin',
    'bridge',
  ],
  all: [
    'cathedral',
    'sunflower',
    'airport',
    'festival',
    'cactus',
    'library',
    'island',
    'robot',
    'garden',
    'piano',
    'bamboo',
    'stadium',
    'tiger',
    'boat',
    'pottery',
    'subway',
    'coral',
    'balloon',
    'harvest',
    'telescope',
  ],
};

// In-page code (the server's type check has no DOM types: kept as source text).
/**
 * Notes when Enter goes down, by the event's own clock, and from then on, every frame, the
 * frame in which each image is first seen loaded: what the page did is timed in the page,
 * not when the harness, a round trip or two behind, gets to look.
 */
const ARM_ENTER_CLOCK = `(() => {
  window.benchEnterAt = undefined;
  const seen = (window.benchSeen = new Map());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') window.benchEnterAt = event.timeStamp;
  }, { capture: true, once: true });
  const stopAt = performance.now() + 15000;
  const watch = (now) => {
    for (const img of document.images) {
      const id = /\\/images\\/([^/]+)\\//.exec(img.currentSrc)?.[1];
      if (id && !seen.has(id) && img.complete && img.naturalWidth > 0) seen.set(id, now);
    }
    if (window.benchSeen === seen && now < stopAt) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;
/** Resolves, once every wanted image id has been seen loaded, the ms from Enter to the last. */
const PAINTED_AFTER_ENTER = `(wanted) => new Promise((resolve) => {
  const giveUp = performance.now() + 15000;
  const check = (now) => {
    const seen = window.benchSeen;
    if (wanted.every((id) => seen.has(id))) {
      window.benchSeen = undefined;
      // An image the last answer had too was on the page already: 0.
      const last = Math.max(...wanted.map((id) => seen.get(id)));
      resolve(Math.max(0, last - (window.benchEnterAt ?? now)));
    } else if (now > giveUp) resolve(NaN);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * From the header search on the image search (`/`) or the All page (`/all`): types each
 * query, presses Enter, and times from the key press to the frame where the last of the
 * first 8 images of the answer is loaded (the frame it is painted in).
 */
export async function resultsLatency(
  baseUrl: string,
  mode: 'images' | 'all',
  words: readonly string[],
): Promise<number[]> {
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${mode === 'all' ? '/all?query=start' : '/?query=start'}`);
    await page.waitForLoadState('networkidle');
    const box = page.getByRole('combobox').first();
    for (const word of words) {
      await box.fill(word);
      const answer = page.waitForResponse((response) => {
        const url = new URL(response.url());
        return url.pathname === '/api/v2/images/search' && url.searchParams.get('query') === word;
      });
      await page.evaluate(ARM_ENTER_CLOCK);
      await box.press('Enter');
      const body = (await (await answer).json()) as { data: { id: string }[] };
      const ids = body.data.slice(0, 8).map((image) => image.id);
      if (ids.length < 8) {
        throw new Error(`"${word}" finds ${ids.length} images: each word must find 8 or more`);
      }
      const ms = await page.evaluate<number>(`(${PAINTED_AFTER_ENTER})(${JSON.stringify(ids)})`);
      times.push(ms);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return times;
}
