// Whether a browser's changing request comes from another site, by what browsers say:
// Sec-Fetch-Site, else Origin compared with the server's own origin (default ports ignored).
import type { FastifyRequest } from 'fastify';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function fromOtherSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return originOf(origin) !== originOf(`${request.protocol}://${request.host}`);
}
