import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { NotFoundFallback } from './errors';

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
  if (decoded.includes('\0')) return undefined;
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
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
    setHeaders(res, filePath) {
      // Vite fingerprints everything under assets/: cache it for good.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('Cache-Control', 'no-cache');
      }
    },
  });
  const html = fs.readFileSync(indexHtml, 'utf8');
  // Any other GET is a route of the app (or a file of the build); the rest is the API's 404.
  return (request, reply) => {
    const url = request.raw.url ?? '/';
    if (request.method !== 'GET' || isApiPath(url)) return undefined;
    const file = builtFile(root, url);
    if (file) return reply.sendFile(path.relative(root, file));
    return reply.header('Cache-Control', 'no-cache').type('text/html').send(html);
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
