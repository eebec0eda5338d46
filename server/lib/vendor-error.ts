// The vendor's error body, { message, errors: [{ code, message, path, data? }] }, and the
// error that answers with it. Shared by the sandbox and the gateway: each answers every
// refusal in this one shape (the handler that sends it is in sandbox/errors.ts, installed
// for the whole server by server/errors.ts).

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
export class VendorError extends Error {
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
  ): VendorError {
    return new VendorError(400, 'Validation failed', [
      { code, message, path, ...(data !== undefined ? { data } : {}) },
    ]);
  }

  static notFound(message: string, path?: string): VendorError {
    return new VendorError(404, message, [
      { code: 'NOT_FOUND', message, ...(path ? { path } : {}) },
    ]);
  }

  static unauthorized(message: string): VendorError {
    return new VendorError(401, 'Unauthorized', [{ code: 'UNAUTHORIZED', message }]);
  }

  static forbidden(message: string): VendorError {
    return new VendorError(403, 'Forbidden', [{ code: 'FORBIDDEN', message }]);
  }

  body(): ErrorBody {
    return { message: this.message, errors: this.errors };
  }
}
