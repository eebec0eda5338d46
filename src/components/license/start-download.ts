import { fileFetchUrl } from '@/api/files';

/** Clicks a hidden download link, so the page stays where it is. */
function clickDownload(href: string, filename = ''): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Hands a licensed file's URL to the browser as a download. The server names the file
 * (Content-Disposition: attachment). A link on another host (the real API's file host)
 * goes through the gateway, so it is a same-origin download that keeps its name and
 * `filename` is honoured.
 */
export function startDownload(url: string, filename?: string): void {
  clickDownload(fileFetchUrl(url), filename);
}

/** Saves a Blob made in the page (a ZIP) under a file name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
