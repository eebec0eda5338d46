// Fetching many licensed files for one ZIP: a few at a time, each with a fresh link; a
// failed item is tried again (a refused, expired link is replaced by a new re-download),
// and the ones that still fail are reported, not fatal. Shared by the Downloads page and
// bulk licensing; no UI here.
import { ApiError } from '@/api/client';
import type { DownloadedFile, DownloadProgress } from '@/api/files';

export interface CollectItem {
  key: string;
  /** A fresh download link (a re-download: new URL, no charge). */
  link: (signal: AbortSignal) => Promise<string>;
}

export interface CollectedFile {
  key: string;
  name: string;
  blob: Blob;
}

export interface FailedItem {
  key: string;
  error: unknown;
}

export interface CollectProgress {
  done: number;
  failed: number;
  total: number;
  /** Bytes received so far over all items, and bytes expected of those that said. */
  loaded: number;
  expected: number;
}

export interface CollectOptions {
  fetchFile: (
    url: string,
    options: { signal?: AbortSignal; onProgress?: (p: DownloadProgress) => void },
  ) => Promise<DownloadedFile>;
  onProgress?: (progress: CollectProgress) => void;
  signal?: AbortSignal;
  /** Tries per item (first one included). */
  attempts?: number;
  concurrency?: number;
  /** Wait before try n (n ≥ 2), in ms. */
  backoff?: (attempt: number) => number;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });

/** A refusal that asking again will not change (not found, not allowed); expiry is not one. */
function isFinal(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 400 || error.status === 404 || error.status === 401;
}

/** Names unique within the ZIP: a second "a.jpg" becomes "a (2).jpg". */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  taken.add(candidate);
  return candidate;
}

export async function collectFiles(
  items: readonly CollectItem[],
  {
    fetchFile,
    onProgress,
    signal,
    attempts = 3,
    concurrency = 3,
    backoff = (attempt) => 500 * 2 ** (attempt - 2),
  }: CollectOptions,
): Promise<{ files: CollectedFile[]; failed: FailedItem[] }> {
  const files: CollectedFile[] = [];
  const failed: FailedItem[] = [];
  const loaded = new Map<string, number>();
  const expected = new Map<string, number>();
  const taken = new Set<string>();
  const report = () =>
    onProgress?.({
      done: files.length,
      failed: failed.length,
      total: items.length,
      loaded: [...loaded.values()].reduce((a, b) => a + b, 0),
      expected: [...expected.values()].reduce((a, b) => a + b, 0),
    });

  const one = async (item: CollectItem) => {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await wait(backoff(attempt), signal);
      try {
        // Every try asks for a new link, so an expired or refused one is simply replaced.
        const url = await item.link(signal ?? new AbortController().signal);
        const file = await fetchFile(url, {
          ...(signal ? { signal } : {}),
          onProgress: ({ loaded: bytes, total }) => {
            loaded.set(item.key, bytes);
            if (total !== undefined) expected.set(item.key, total);
            report();
          },
        });
        const name = uniqueName(file.filename ?? item.key, taken);
        files.push({ key: item.key, name, blob: file.blob });
        loaded.set(item.key, file.blob.size);
        expected.set(item.key, file.blob.size);
        report();
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        lastError = error;
        loaded.delete(item.key);
        if (isFinal(error)) break;
      }
    }
    failed.push({ key: item.key, error: lastError });
    report();
  };

  report();
  const queue = [...items];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await one(item);
  });
  await Promise.all(workers);
  return { files, failed };
}

/** The collected files as one ZIP (client-zip, loaded when first needed). */
export async function zipFiles(files: readonly CollectedFile[]): Promise<Blob> {
  const { downloadZip } = await import('client-zip');
  const lastModified = new Date();
  return downloadZip(
    files.map((file) => ({ name: file.name, input: file.blob, lastModified })),
  ).blob();
}
