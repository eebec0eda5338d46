// Cursor paging, as the vendor's editorial search and updates do it: an opaque string
// (base64url JSON holding the offset) for the next and previous pages.
import { SandboxError } from '../errors';

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ v: 1, o: offset })).toString('base64url');
}

/** The offset a cursor stands for; a cursor this sandbox did not make is a 400 naming `path`. */
export function decodeCursor(cursor: string, path: string): number {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && 'v' in value && 'o' in value) {
      const offset = value.o;
      if (
        value.v === 1 &&
        typeof offset === 'number' &&
        Number.isSafeInteger(offset) &&
        offset >= 0
      )
        return offset;
    }
  } catch {
    // not JSON: refused below
  }
  throw SandboxError.badRequest(
    'cursor is not a cursor from a previous response',
    path,
    'VALIDATION_ERROR',
    cursor,
  );
}
