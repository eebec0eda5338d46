// The vendor's error body, { message, errors: [{ code, message, path, data? }] }, and the
// handlers that make every failure of the server answer with it (see server/errors.ts for
// where they are installed): validation errors become a 400 naming the parameter, unknown
// routes a 404, framework refusals their status, anything unexpected a 500 (never a hang).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VendorError as SandboxError, type ErrorBody, type ErrorItem } from '../lib/vendor-error';

export { SandboxError, type ErrorBody, type ErrorItem };

/**
 * The `errors` of a several-by-id answer (GET /v2/images?id=…): one entry naming the ids
 * that were not found, or nothing when all were.
 */
export function missingIdsErrors(missing: string[], noun: string): { errors?: ErrorItem[] } {
  if (missing.length === 0) return {};
  return {
    errors: [
      {
        code: 'NOT_FOUND',
        message: `${noun} not found: ${missing.join(', ')}`,
        path: '$.query.id',
        items: missing.map((id) => ({ id })),
      },
    ],
  };
}

const VALIDATION_CODES: Record<string, string> = {
  type: 'VALIDATION_TYPE_ERROR',
  enum: 'VALIDATION_ENUM_MISMATCH',
  required: 'VALIDATION_OBJECT_REQUIRED',
  minimum: 'VALIDATION_MINIMUM',
  maximum: 'VALIDATION_MAXIMUM',
  exclusiveMinimum: 'VALIDATION_MINIMUM',
  exclusiveMaximum: 'VALIDATION_MAXIMUM',
  maxItems: 'VALIDATION_ARRAY_LENGTH_LONG',
  minItems: 'VALIDATION_ARRAY_LENGTH_SHORT',
  pattern: 'VALIDATION_PATTERN',
  format: 'VALIDATION_INVALID_FORMAT',
  maxLength: 'VALIDATION_STRING_LENGTH_LONG',
  minLength: 'VALIDATION_STRING_LENGTH_SHORT',
};

const CONTEXTS: Record<string, string> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

/** '$.query.per_page' from Ajv's instancePath ('/per_page', '/image_type/0') or a missing property. */
function issuePath(context: string, issue: ValidationIssue): string {
  const segments = issue.instancePath.split('/').filter(Boolean);
  if (issue.keyword === 'required') segments.push(String(issue.params.missingProperty));
  // A bad array item names the parameter itself.
  const name = segments.find((segment) => !/^\d+$/.test(segment));
  return `$.${CONTEXTS[context] ?? context}${name ? `.${name}` : ''}`;
}

function issueMessage(path: string, issue: ValidationIssue): string {
  const name = path.split('.').pop();
  switch (issue.keyword) {
    case 'enum':
      return `${name} must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}`;
    case 'required':
      return `Missing required property: ${name}`;
    default:
      return `${name} ${issue.message ?? 'is invalid'}`;
  }
}

/** The offending input as sent, for the error's `data`. */
function sentValue(request: FastifyRequest, context: string, path: string): string | undefined {
  const source: unknown = {
    querystring: request.query,
    params: request.params,
    headers: request.headers,
  }[context];
  const name = path.split('.').slice(2).join('.');
  if (!name || typeof source !== 'object' || source === null) return undefined;
  const value: unknown = (source as Record<string, unknown>)[name];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

export function validationBody(error: FastifyError, request: FastifyRequest): ErrorBody {
  const context = error.validationContext ?? 'querystring';
  return {
    message: 'Validation failed',
    errors: (error.validation ?? []).map((issue) => {
      const path = issuePath(context, issue);
      const data = sentValue(request, context, path);
      return {
        code: VALIDATION_CODES[issue.keyword] ?? 'VALIDATION_ERROR',
        message: issueMessage(path, issue),
        path,
        ...(data !== undefined ? { data } : {}),
      };
    }),
  };
}

/** Ajv coerces "1e400" to Infinity and lets it through number checks; refuse it here. */
function rejectInfiniteNumbers(request: FastifyRequest): void {
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw SandboxError.badRequest(
        `${name} must be a finite number`,
        `$.query.${name}`,
        'VALIDATION_TYPE_ERROR',
      );
    }
  }
}

/** The vendor-style code for a framework error (Fastify's codes are internal names). */
const FRAMEWORK_CODES: Record<string, string> = {
  FST_ERR_BAD_URL: 'INVALID_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
};
/** Fastify's words where they would echo the request back (a whole path) or say little. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not validly percent-encoded',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is too long',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request body’s content type is not supported here',
};
const STATUS_CODES: Record<number, string> = {
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'BODY_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
};

/** The vendor's body for a refusal the framework (or Node's HTTP parser) made. */
export function frameworkErrorBody(status: number, message: string, code?: string): ErrorBody {
  const vendorCode =
    (code && FRAMEWORK_CODES[code]) ??
    STATUS_CODES[status] ??
    (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR');
  return { message, errors: [{ code: vendorCode, message }] };
}

const INTERNAL_ERROR: ErrorBody = {
  message: 'Internal error',
  errors: [{ code: 'INTERNAL_ERROR', message: 'The server failed to handle this request.' }],
};

/**
 * The one error handler of the server (sandbox, gateway, sign-in, app): a SandboxError as
 * thrown, a schema violation as the vendor's 400 naming the parameter, any other refusal
 * (body too large, bad media type, rate limit, …) with its status in the vendor's body,
 * and anything unexpected as a logged 500 that says nothing about the inside.
 */
export function vendorErrorHandler(
  error: FastifyError | SandboxError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof SandboxError) return reply.code(error.statusCode).send(error.body());
  if (error.validation) return reply.code(400).send(validationBody(error, request));
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = (error.code && FRAMEWORK_MESSAGES[error.code]) ?? error.message;
    return reply.code(status).send(frameworkErrorBody(status, message, error.code));
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send(INTERNAL_ERROR);
}

/** The vendor's 404 for a path no route answers. */
export function notFoundReply(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? request.url;
  return reply
    .code(404)
    .send(SandboxError.notFound(`No route for ${request.method} ${path}`).body());
}

/** Refuses infinite numbers in query strings on a plugin scope (the sandbox's /v2). */
export function installQueryChecks(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => rejectInfiniteNumbers(request));
}

/** Installs the vendor-shaped error and not-found handlers on a plugin scope. */
export function installErrorHandlers(app: FastifyInstance): void {
  installQueryChecks(app);
  app.setErrorHandler(vendorErrorHandler);
  app.setNotFoundHandler(notFoundReply);
}
