import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

export type SpaMode = 'static' | 'vite' | 'none';

/** Paths the SPA fallback must never answer: they belong to the API. */
const API_PREFIXES = ['/api/', '/v2/', '/sandbox/'];

function isApiPath(url: string): boolean {
  return API_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** Where the built SPA is: dist/, or STOCKROOM_DIST_DIR (Vite's build writes there too). */
export const distDir = () => path.resolve(process.env.STOCKROOM_DIST_DIR || 'dist');

async function serveBuilt(app: FastifyInstance): Promise<void> {
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
  app.setNotFoundHandler((request, reply) => {
    const url = request.raw.url ?? '/';
    if (request.method !== 'GET' || isApiPath(url)) {
      return reply.code(404).send({ message: 'Not found' });
    }
    const file = path.join(root, decodeURIComponent(url.split('?')[0] ?? '/'));
    if (file.startsWith(root) && file !== root && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(root, file));
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html').send(html);
  });
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

export const spaPlugin: FastifyPluginAsync<{ mode: SpaMode }> = async (app, { mode }) => {
  if (mode === 'static') await serveBuilt(app);
  else if (mode === 'vite') await serveVite(app);
};
(spaPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
