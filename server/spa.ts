import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { NotFoundFallback } from './errors';
import { newNonce, noncePlaceholder, withStyleNonce } from './lib/csp-nonce';

export type SpaMode = 'static' | 'vite' | 'none';

/** Paths the SPA fallback must never answer: they belong to the API (and get its 404). */
const API_PREFIXES = ['/api', '/v2', '/sandbox', '/auth'];

function isApiPath(url: string): boolean {
  return API_PREFIXES.some(
    (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
  );
}

/** The file under root a URL path names, or undefined (bad encoding, outside root, none). */
function builtFile(root: string, url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || /\.(?:br|gz)$/.test(decoded)) return undefined;
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** Files the build writes .br/.gz twins for (or one of those twins, being sent). */
const PRECOMPRESSED_TWINS = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)(?:\.br|\.gz)?$/;

/**
 * Vite fingerprints everything under assets/ (the name changes with the content): cached
 * for a year without revalidation. Everything else (index.html, favicon, theme-init.js)
 * keeps its name across builds: revalidated on every use.
 */
export function cacheControlFor(root: string, filePath: string): string {
  return path.relative(root, filePath).startsWith(`assets${path.sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/** Where the built SPA is: dist/, or STOCKROOM_DIST_DIR (Vite's build writes there too). */
export const distDir = () => path.resolve(process.env.STOCKROOM_DIST_DIR || 'dist');

async function serveBuilt(app: FastifyInstance): Promise<NotFoundFallback> {
  const root = distDir();
  const indexHtml = path.join(root, 'index.html');
  if (!fs.existsSync(indexHtml)) {
    throw new Error('dist/index.html is missing: run `npm run build` first.');
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // The build's .br and .gz twins (vite.config.ts writes them) are sent to browsers that
    // accept them; they are not files of their own.
    preCompressed: true,
    // index.html is the fallback's: each copy sent carries its own nonce.
    globIgnore: ['**/*.br', '**/*.gz', 'index.html'],
    // Cache-Control is ours (setHeaders), not send's default max-age=0.
    cacheControl: false,
    setHeaders(res, filePath) {
      res.setHeader('Cache-Control', cacheControlFor(root, filePath));
      if (PRECOMPRESSED_TWINS.test(filePath)) res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  // The page around its nonce: each one sent gets a fresh nonce, in the page and in its
  // Content-Security-Policy (set by the security headers before this runs).
  const html = fs.readFileSync(indexHtml, 'utf8');
  const placeholder = noncePlaceholder(html);
  const htmlParts = placeholder ? html.split(placeholder) : [html];
  // Any other GET (or HEAD: a health check, `curl -I`) is a route of the app or a file of
  // the build; the rest is the API's 404.
  return (request, reply) => {
    const url = request.raw.url ?? '/';
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(url)) return undefined;
    const file = builtFile(root, url);
    if (file && file !== indexHtml) return reply.sendFile(path.relative(root, file));
    const nonce = newNonce();
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy === 'string') {
      reply.header('content-security-policy', withStyleNonce(policy, nonce));
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html').send(htmlParts.join(nonce));
  };
}

async function serveVite(app: FastifyInstance): Promise<void> {
  const { createServer } = await import('vite');
  const middie = (await import('@fastify/middie')).default;
  const vite = await createServer({
    server: { middlewareMode: true, hmr: { server: app.server } },
    appType: 'spa',
  });
  await app.register(middie);
  app.use((req, res, next) => {
    if (isApiPath(req.url ?? '/')) return next();
    vite.middlewares(req, res, next);
  });
  app.addHook('onClose', async () => vite.close());
}

/**
 * Serves the app on the server's root scope: returns the built app's fallback for paths no
 * route has (the server's not-found handler asks it first), if there is one.
 */
export async function serveSpa(
  app: FastifyInstance,
  mode: SpaMode,
): Promise<NotFoundFallback | undefined> {
  if (mode === 'static') return serveBuilt(app);
  if (mode === 'vite') await serveVite(app);
  return undefined;
}
