// The renders this browser started, kept in localStorage: the API lists renders only by
// id, and an id is good for 48 hours. Client state, shared by the page's components.
import { useSyncExternalStore } from 'react';

export interface StartedRender {
  id: string;
  /** The name the render was given (its file name without the extension). */
  name: string;
  /** ms since the epoch */
  startedAt: number;
}

const STORAGE_KEY = 'stockroom.custom-music.renders';
const KEEP_MS = 48 * 60 * 60 * 1000;
const MAX = 20;

const listeners = new Set<() => void>();
let cache: StartedRender[] | undefined;

function read(): StartedRender[] {
  if (cache) return cache;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    cache = Array.isArray(parsed)
      ? parsed.filter(
          (r): r is StartedRender =>
            typeof r === 'object' &&
            r !== null &&
            typeof (r as StartedRender).id === 'string' &&
            typeof (r as StartedRender).startedAt === 'number' &&
            (r as StartedRender).startedAt > Date.now() - KEEP_MS,
        )
      : [];
  } catch {
    cache = [];
  }
  return cache;
}

function write(next: StartedRender[]) {
  cache = next.slice(0, MAX);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(cache));
  } catch {
    // Storage full or unavailable: the list lasts for this visit.
  }
  for (const listener of listeners) listener();
}

export const renderHistory = {
  add(render: StartedRender) {
    write([render, ...read().filter((r) => r.id !== render.id)]);
  },
  remove(id: string) {
    write(read().filter((r) => r.id !== id));
  },
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    cache = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useRenderHistory(): StartedRender[] {
  return useSyncExternalStore(subscribe, read, () => []);
}
