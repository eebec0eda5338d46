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
import { jsonDepthExceeds, tooDeepError } from '../lib/json-depth';
import { SandboxError } from './errors';

export { JSON_MAX_DEPTH, jsonDepthExceeds } from '../lib/json-depth';

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
