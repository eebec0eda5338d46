// A small concurrency limit: at most `max` tasks run at once, the rest wait in order.
// Rendering is CPU-bound; bounding it keeps libuv's thread pool free for file reads,
// so cached previews keep flowing while a grid of new ones is being drawn.

export function createLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
