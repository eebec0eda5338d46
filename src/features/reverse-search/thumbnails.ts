// The picture behind an upload, kept small for this browser session, so the page can show
// what was searched for after Back, Forward or a reload (the API keeps only the upload id).
const PREFIX = 'stockroom:cv-upload:';

export interface UploadThumbnail {
  url: string;
  name: string;
}

export function saveThumbnail(uploadId: string, thumbnail: UploadThumbnail): void {
  try {
    sessionStorage.setItem(PREFIX + uploadId, JSON.stringify(thumbnail));
  } catch {
    // Storage full or unavailable: the page shows a placeholder instead.
  }
}

export function readThumbnail(uploadId: string): UploadThumbnail | undefined {
  try {
    const text = sessionStorage.getItem(PREFIX + uploadId);
    const value: unknown = text ? JSON.parse(text) : undefined;
    if (typeof value !== 'object' || value === null) return undefined;
    const { url, name } = value as Record<string, unknown>;
    return typeof url === 'string' && typeof name === 'string' ? { url, name } : undefined;
  } catch {
    return undefined;
  }
}
