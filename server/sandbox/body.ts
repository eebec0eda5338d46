// JSON request bodies as the vendor's clients send them. The official SDKs set
// `Content-Type: application/json` on every request, bodiless DELETEs included, so an
// empty JSON body means "no body" here instead of Fastify's 400.
//
// Hostile bodies are refused before anything walks them: a body nested deeper than any
// vendor operation needs would overflow the stack of schema validation or JSON.stringify
// (a 500); one that sets __proto__ or constructor.prototype could poison objects. Both
// are a 400 in the vendor's shape. The gateway applies the same depth check before it
// forwards a JSON body, so the real API never sees one either.
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { SandboxError } from './errors';

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
  SandboxError.badRequest(
    `The request body nests deeper than ${JSON_MAX_DEPTH} levels`,
    '$.body',
    'VALIDATION_BODY_TOO_DEEP',
  );

/** A JSON body as a value, or the vendor's 400 (not JSON, too deep, prototype keys). */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (jsonDepthExceeds(text)) throw tooDeepError();
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const forbidden = error instanceof Error && /prototype/.test(error.message);
    throw SandboxError.badRequest(
      forbidden
        ? 'The request body sets __proto__ or constructor.prototype'
        : 'The request body is not valid JSON',
      '$.body',
      'INVALID_JSON',
    );
  }
}

export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    try {
      done(null, parseJsonBody(text));
    } catch (error) {
      done(error as SandboxError, undefined);
    }
  });
}
