// Why a license (or a re-download) is refused: the vendor's status, a code and a message
// that names the cause, and the request path it is about.
import type { ErrorItem } from '../errors';

export class Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly path: string,
  ) {}

  static badRequest(code: string, message: string, path: string): Refusal {
    return new Refusal(400, code, message, path);
  }

  static forbidden(code: string, message: string, path: string): Refusal {
    return new Refusal(403, code, message, path);
  }

  static notFound(message: string, path: string): Refusal {
    return new Refusal(404, 'NOT_FOUND', message, path);
  }

  item(data?: string): ErrorItem {
    return {
      code: this.code,
      message: this.message,
      path: this.path,
      ...(data !== undefined ? { data } : {}),
    };
  }
}
