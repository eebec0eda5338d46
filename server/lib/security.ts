// Security headers, cookies and opt-in rate limits for every server (the app with its
// gateway, the standalone sandbox): a Content-Security-Policy without inline scripts,
// frame-ancestors 'none', a same-origin referrer policy, nosniff.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { Redis } from 'ioredis';

export interface SecurityHeadersOptions {
  /** Vite in development injects inline scripts: no CSP then. */
  csp: boolean;
  /** Other origins (or schemes) the page may load images, media and data from. */
  remote?: string[];
  /**
   * Where a form may lead besides this origin: the standalone sandbox's consent form
   * redirects to each application's own callback.
   */
  formTargets?: string[];
  /** Whether other sites may embed this server's files (the standalone sandbox's media). */
  crossOriginResources?: boolean;
  /** Rate-limit counters shared by several instances; in the process without it. */
  redis?: Redis | undefined;
}

const securityHeadersPlugin: FastifyPluginAsync<SecurityHeadersOptions> = async (app, options) => {
  const remote = options.remote ?? [];
  await app.register(helmet, {
    contentSecurityPolicy: options.csp
      ? {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'"],
            imgSrc: ["'self'", 'data:', 'blob:', ...remote],
            mediaSrc: ["'self'", 'blob:', ...remote],
            connectSrc: ["'self'", ...remote],
            fontSrc: ["'self'"],
            workerSrc: ["'self'", 'blob:'],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'", ...(options.formTargets ?? [])],
            frameAncestors: ["'none'"],
          },
        }
      : false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: {
      policy: options.crossOriginResources ? 'cross-origin' : 'same-origin',
    },
    // Over plain HTTP (the default, on loopback) HSTS means nothing; behind HTTPS it is the proxy's call.
    strictTransportSecurity: false,
  });
  await app.register(cookie);
  // Opt-in: each route says its limit in `config.rateLimit`. With Redis, a counter that
  // cannot be reached does not fail the request: the session lookup that follows answers 503.
  await app.register(rateLimit, {
    global: false,
    ...(options.redis
      ? { redis: options.redis, nameSpace: 'stockroom:rate-limit:', skipOnError: true }
      : {}),
  });
};

/** Not encapsulated: its headers, cookies and limits apply to every route of the server. */
export const securityHeaders = fp(securityHeadersPlugin, {
  fastify: '5.x',
  name: 'stockroom-security-headers',
});
