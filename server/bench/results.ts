// Enter in the header search → the first 8 result images painted, over new queries.
import { launchChromium, VIEWPORT } from './paint';

/** Words for the results measure: each asked once per mode (a new query every time). */
export const RESULT_WORDS = {
  images: [
    'lighthouse',
    'meadow',
    'violin',
    'glacier',
    'bakery',
    'canyon',
    'tractor',
    'lantern',
    'orchid',
    'harbour',
    'pyramid',
    'waterfall',
    'penguin',
    'umbrella',
    'volcano',
    'carousel',
    'vineyard',
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
    'kayak',
    'marathon',
    'bamboo',
    'stadium',
    'tiger',
    'snowboard',
    'pottery',
    'subway',
    'coral',
    'balloon',
    'harvest',
    'telescope',
  ],
};

// In-page code (the server's type check has no DOM types: kept as source text).
/** Notes when Enter goes down, by the event's own clock. */
const ARM_ENTER_CLOCK = `(() => {
  window.benchEnterAt = undefined;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') window.benchEnterAt = event.timeStamp;
  }, { capture: true, once: true });
})()`;
/** Resolves, on the frame where every wanted image id has a loaded <img>, the ms since Enter. */
const PAINTED_AFTER_ENTER = `(wanted) => new Promise((resolve) => {
  const giveUp = performance.now() + 15000;
  const check = (now) => {
    const images = [...document.querySelectorAll('img')];
    const done = wanted.every((id) => images.some((img) =>
      img.currentSrc.includes('/images/' + id + '/') && img.complete && img.naturalWidth > 0));
    if (done) resolve(now - (window.benchEnterAt ?? now));
    else if (now > giveUp) resolve(NaN);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * From the header search on the image search (`/`) or the All page (`/all`): types each
 * query, presses Enter, and times from the key press to the frame where the first 8
 * images of the answer are loaded (the frame they are painted in).
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
      const ms = await page.evaluate<number>(`(${PAINTED_AFTER_ENTER})(${JSON.stringify(ids)})`);
      times.push(ms);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return times;
}
