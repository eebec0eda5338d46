// JSON request bodies as the vendor's clients send them. The official SDKs set
// `Content-Type: application/json` on every request, bodiless DELETEs included, so an
// empty JSON body means "no body" here instead of Fastify's 400.
import type { FastifyInstance } from 'fastify';
import { SandboxError } from './errors';

export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(
        SandboxError.badRequest('The request body is not valid JSON', '$.body', 'INVALID_JSON'),
        undefined,
      );
    }
  });
}
