/**
 * Hands a licensed file's URL to the browser as a download. The server names the file
 * (Content-Disposition: attachment), so the page stays where it is.
 */
export function startDownload(url: string, filename?: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename ?? '';
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a Blob made in the page (a ZIP) under a file name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  startDownload(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
