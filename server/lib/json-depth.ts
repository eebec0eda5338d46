// How deep a JSON text nests, counted before anything parses it: the sandbox and the
// gateway both refuse a body nested deeper than any vendor operation takes (it would
// overflow the stack of schema validation or JSON.stringify) with the vendor's 400.
import { VendorError } from './vendor-error';

/** No vendor body comes close (a license request is 4 levels deep, a music render 5). */
export const JSON_MAX_DEPTH = 32;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * How deep the text's objects and arrays nest, counted without parsing (brackets inside
 * strings do not count), stopping as soon as it passes `limit`.
 */
export function jsonDepthExceeds(text: string, limit = JSON_MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_OBJECT || char === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

export const tooDeepError = () =>
  VendorError.badRequest(
    `The request body nests deeper than ${JSON_MAX_DEPTH} levels`,
    '$.body',
    'VALIDATION_BODY_TOO_DEEP',
  );
