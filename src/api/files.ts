// Licensed files, comps and generated tracks fetched by the page: with the name the server
// gives them and their progress as they arrive. Apart from the JSON client, so that only
// the pages that download carry it.
import { API_BASE, parseApiError, responseBody, send } from './client';

export interface DownloadProgress {
  loaded: number;
  /** From Content-Length; undefined when the server does not say. */
  total: number | undefined;
}

export interface DownloadedFile {
  blob: Blob;
  /** The server's name for it (Content-Disposition), when it gives one. */
  filename: string | undefined;
}

function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

export interface FetchFileOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
}

/** Fetches a file as a Blob (see fetchFile). */
export async function downloadFile(url: string, options: FetchFileOptions = {}): Promise<Blob> {
  return (await fetchFile(url, options)).blob;
}

/**
 * Where the app fetches a licensed file from. The sandbox's links are on this site; the
 * real API's are on the vendor's file host, which does not let this site's page read them,
 * so they go through the gateway (GET /api/files), which fetches and streams them.
 */
export function fileFetchUrl(url: string, origin = window.location.origin): string {
  const absolute = new URL(url, origin);
  if (absolute.origin === origin) return url;
  return `${API_BASE}/files?url=${encodeURIComponent(absolute.href)}`;
}

/**
 * Fetches a file (a licensed download's URL) with the name the server gives it, reporting
 * progress as it arrives. A refused URL (expired, tampered) rejects with an ApiError
 * carrying the server's words.
 */
export async function fetchFile(
  url: string,
  options: FetchFileOptions = {},
): Promise<DownloadedFile> {
  const { signal, onProgress } = options;
  const response = await send(fileFetchUrl(url), {
    ...(signal ? { signal } : {}),
    credentials: 'same-origin',
  });
  if (!response.ok) throw parseApiError(response.status, await responseBody(response));
  const header = response.headers.get('content-length');
  const total = header ? Number(header) : undefined;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const filename = filenameOf(response.headers.get('content-disposition'));
  if (!response.body || !onProgress) return { blob: await response.blob(), filename };
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  return { blob: new Blob(chunks, { type }), filename };
}
