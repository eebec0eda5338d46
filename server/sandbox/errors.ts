// The vendor's error body, { message, errors: [{ code, message, path, data? }] }, and the
// handlers that make every failure under /v2 answer with it: validation errors become a
// 400 naming the parameter, unknown routes a 404, anything unexpected a 500 (never a hang).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface ErrorItem {
  code: string;
  message: string;
  path?: string;
  data?: string;
  /** The items the error is about (the vendor's `items`), e.g. ids not found. */
  items?: { id: string }[];
}

export interface ErrorBody {
  message: string;
  errors: ErrorItem[];
}

/** An error a handler throws to answer with the vendor's status and body. */
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

export class SandboxError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly errors: ErrorItem[],
  ) {
    super(message);
  }

  static badRequest(
    message: string,
    path: string,
    code = 'VALIDATION_ERROR',
    data?: string,
  ): SandboxError {
    return new SandboxError(400, 'Validation failed', [
      { code, message, path, ...(data !== undefined ? { data } : {}) },
    ]);
  }

  static notFound(message: string, path?: string): SandboxError {
    return new SandboxError(404, message, [
      { code: 'NOT_FOUND', message, ...(path ? { path } : {}) },
    ]);
  }

  static unauthorized(message: string): SandboxError {
    return new SandboxError(401, 'Unauthorized', [{ code: 'UNAUTHORIZED', message }]);
  }

  static forbidden(message: string): SandboxError {
    return new SandboxError(403, 'Forbidden', [{ code: 'FORBIDDEN', message }]);
  }

  body(): ErrorBody {
    return { message: this.message, errors: this.errors };
  }
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

/** Installs the vendor-shaped error and not-found handlers on a plugin scope. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => rejectInfiniteNumbers(request));
  app.setErrorHandler(
    (error: FastifyError | SandboxError, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof SandboxError) return reply.code(error.statusCode).send(error.body());
      if (error.validation) return reply.code(400).send(validationBody(error, request));
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return reply.code(status).send({
          message: error.message,
          errors: [{ code: error.code ?? 'BAD_REQUEST', message: error.message }],
        });
      }
      request.log.error({ err: error }, 'sandbox request failed');
      return reply.code(500).send({
        message: 'Internal error',
        errors: [{ code: 'INTERNAL_ERROR', message: 'The sandbox failed to handle this request.' }],
      });
    },
  );
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const body = SandboxError.notFound(`No route for ${request.method} ${path}`).body();
    return reply.code(404).send(body);
  });
}
