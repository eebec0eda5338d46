// The framework floor: a minimal React + React Router + TanStack Query app, built here from
// the installed packages and served as Stockroom is (precompressed, immutable assets).
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ROOT } from './server';

/** A floor app's page, `head` after its title. */
export const floorHtml = (title: string, head = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${title}</title>
${head}  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`;

/**
 * A floor app's main module: `code` defines its `Page`, mounted at every path under React
 * Router and TanStack Query, as the floor's; `react` and `router` name what else it imports.
 */
export const floorMain = (
  code: string,
  imports: { react?: string[]; router?: string[] } = {},
) => `import { ${['StrictMode', ...(imports.react ?? [])].join(', ')} } from 'react';
import { createRoot } from 'react-dom/client';
import { ${['createBrowserRouter', ...(imports.router ?? [])].join(', ')} } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';

const queryClient = new QueryClient();
${code}
const router = createBrowserRouter([{ path: '*', Component: Page }]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
`;

const FLOOR_PAGE = `const items = Array.from({ length: 20 }, (_, i) => 'Item ' + (i + 1));

function Page() {
  const { data } = useQuery({ queryKey: ['items'], queryFn: async () => items });
  return (
    <main>
      <h1>The framework floor</h1>
      <nav><Link to="/other">Another page</Link></nav>
      <ul>{data?.map((item) => <li key={item}>{item}</li>)}</ul>
    </main>
  );
}
`;

/** Builds the floor app (under node_modules/.cache, so it resolves the installed packages). */
export function buildFloor(): Promise<{ dist: string; jsGzipBytes: number }> {
  return buildReactApp('stockroom-floor', {
    'index.html': floorHtml('Floor'),
    'main.tsx': floorMain(FLOOR_PAGE, { router: ['Link'] }),
  });
}

/**
 * Builds a small app of the given files with the installed React, React Router and TanStack
 * Query, under node_modules/.cache/`name`, then writes brotli and gzip twins of its scripts
 * and stylesheets as Stockroom's build does.
 */
export async function buildReactApp(
  name: string,
  files: Record<string, string | Buffer>,
): Promise<{ dist: string; jsGzipBytes: number }> {
  const dir = path.join(ROOT, 'node_modules', '.cache', name);
  const dist = path.join(dir, 'dist');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const production = (file: string) =>
    path.join(ROOT, 'node_modules/react-router/dist/production', file);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // The same production build of React Router as Stockroom's (vite.config.ts).
    resolve: {
      alias: [
        { find: /^react-router$/, replacement: production('index.mjs') },
        { find: /^react-router\/dom$/, replacement: production('dom-export.mjs') },
      ],
    },
    build: { outDir: dist, emptyOutDir: true, target: 'es2022' },
  });
  let jsGzipBytes = 0;
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|css)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = fs.readFileSync(file);
    const gzip = gzipSync(body, { level: 9 });
    if (entry.name.endsWith('.js')) jsGzipBytes += gzip.length;
    fs.writeFileSync(`${file}.br`, brotliCompressSync(body));
    fs.writeFileSync(`${file}.gz`, gzip);
  }
  return { dist, jsGzipBytes };
}

/** Serves the floor as Stockroom is served: precompressed, hashed assets immutable. */
export async function serveFloor(
  dist: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { default: Fastify } = await import('fastify');
  const { default: fastifyStatic } = await import('@fastify/static');
  const app = Fastify();
  await app.register(fastifyStatic, {
    root: dist,
    preCompressed: true,
    cacheControl: false,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders(res, file) {
      res.setHeader(
        'Cache-Control',
        file.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  app.setNotFoundHandler((_request, reply) =>
    reply.header('Cache-Control', 'no-cache').type('text/html').send(html),
  );
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}
