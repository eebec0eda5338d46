// Helpers for tests that check refusals: the vendor's error shape, and raw HTTP over a real
// socket for what app.inject cannot send (it resolves dot segments and never reaches Node's
// HTTP parser: oversized headers, malformed request lines, bad percent-encoding as sent).
import net from 'node:net';
import { expect } from 'vitest';

export interface VendorErrorBody {
  message: string;
  errors: { code: string; message: string; path?: string }[];
}

/** Whether a response body is the vendor's error shape: { message, errors: [{ code, message }] }. */
export function isVendorError(body: unknown): body is VendorErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { message, errors } = body as Record<string, unknown>;
  return (
    typeof message === 'string' &&
    message.length > 0 &&
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every(
      (error: unknown) =>
        typeof error === 'object' &&
        error !== null &&
        typeof (error as Record<string, unknown>).code === 'string' &&
        typeof (error as Record<string, unknown>).message === 'string',
    )
  );
}

/** Parses a JSON body and asserts it is the vendor's error shape; returns it. */
export function expectVendorError(contentType: unknown, text: string, where = ''): VendorErrorBody {
  expect(String(contentType), `${where}: content-type`).toMatch(/^application\/json/);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${where}: the body is not JSON: ${text.slice(0, 200)}`);
  }
  expect(isVendorError(body), `${where}: not the vendor's error shape: ${text.slice(0, 300)}`).toBe(
    true,
  );
  return body as VendorErrorBody;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `request` (a whole HTTP/1.1 message, as written) to 127.0.0.1:`port` and reads the
 * answer until the server closes the connection (send `Connection: close`).
 */
export function rawRequest(port: number, request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => (chunks.length > 0 ? undefined : reject(error)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = split === -1 ? '' : text.slice(split + 4);
      if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body });
    });
  });
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/** A GET (or other bodiless request) as written on the wire, closing the connection after. */
export function rawGet(
  target: string,
  headers: Record<string, string> = {},
  method = 'GET',
): string {
  const lines = Object.entries({ host: 'localhost', connection: 'close', ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** A request with a body as written on the wire. */
export function rawWithBody(
  method: string,
  target: string,
  body: string,
  headers: Record<string, string> = {},
): string {
  const all = { 'content-length': String(Buffer.byteLength(body)), ...headers };
  return `${rawGet(target, all, method).slice(0, -2)}\r\n${body}`;
}
