import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text files of the build worth sending compressed (source maps are left to the server). */
const PRECOMPRESSED = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

/**
 * Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) twin beside every text file
 * of the build, public/ files included, once at build time: the server sends the one the
 * browser accepts (@fastify/static's preCompressed), at a ratio no on-the-fly compression
 * could afford per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'stockroom:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await fs.readdir(outDir, { recursive: true, withFileTypes: true }))
        // index.html is filled in per request (its nonce, server/spa.ts): no twin is ever sent.
        .filter(
          (entry) =>
            entry.isFile() && PRECOMPRESSED.test(entry.name) && entry.name !== 'index.html',
        )
        .map((entry) => path.join(entry.parentPath, entry.name));
      await Promise.all(
        files.map(async (file) => {
          const body = await fs.readFile(file);
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ]);
          // A twin that saves nothing is not worth a negotiation.
          if (br.length < body.length) await fs.writeFile(`${file}.br`, br);
          if (gz.length < body.length) await fs.writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

// React Router's package exports point every bundler at its development build (warnings,
// invariant messages); a production bundle takes the production build it also ships.
const reactRouterProduction = (file: string) =>
  path.resolve(import.meta.dirname, 'node_modules/react-router/dist/production', file);

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), precompress()],
  resolve: {
    alias: [
      { find: '@', replacement: path.resolve(import.meta.dirname, 'src') },
      ...(mode === 'production'
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : []),
    ],
  },
  // Written on the page's scripts, its stylesheet and <meta property="csp-nonce">: the server
  // puts a fresh nonce in its place on every page it sends (server/spa.ts).
  html: { cspNonce: 'stockroom-csp-nonce' },
  build: {
    outDir: process.env.STOCKROOM_DIST_DIR || 'dist',
    target: 'es2022',
    modulePreload: {
      // Every browser the es2022 target runs in has <link rel="modulepreload"> but Safari
      // before 17, where the preload is merely skipped (the scripts load as imports): the
      // polyfill would cost every first page its bytes.
      polyfill: false,
      // index.html preloads what the first page needs. A lazy chunk's own imports are left
      // to the browser (one more round trip the first time a kind of page opens, usually on
      // hover, before the click) instead of being listed for every route in the entry:
      // about 2.5 kB less JavaScript before the first page.
      // The search page, where most visits start, is the exception: its chunk's imports are
      // fetched with it, not one level at a time as each arrives.
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'html' || /(?:^|\/)search-route-[\w-]+\.js$/.test(file) ? deps : [],
    },
    sourcemap: true,
    rolldownOptions: {
      output: {
        // React, the router and TanStack Query in one chunk that every page needs, rather
        // than scattered over a dozen small chunks the search page then loads one by one.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](react-query|query-core))[\\/]/,
            },
            {
              // The app's own modules the entry imports (the shell, the API client, the
              // class and format helpers): loaded by every page, so one chunk rather than
              // the entry and three small ones beside it.
              name: 'app',
              test: /src[\\/]/,
              tags: ['$initial'],
            },
            {
              // What every search page has around its results (the region, its heading,
              // the filter column, the justified grid and its paging, the cards' pictures,
              // selection, pages, the prefetch of the cards' marks): one small chunk rather
              // than several, and only these modules, not what they import.
              name: 'search-page',
              test: /src[\\/](components[\\/](ResultsRegion|ResultSummary|FilterColumn|FilterSection|filter-fields|RangeField|FilteredSearchPage|search-words|MediaGrid|use-grid-paging|CardPicture|CoverImage|use-url-state|use-selection|grid-marks|fields)|lib[\\/](pages|images|filter-values))\.tsx?$/,
              includeDependenciesRecursively: false,
            },
            {
              // What every result card or row carries: its actions (license, save, the
              // touch-screen sheet's button). One chunk, not three beside each grid.
              name: 'card-actions',
              test: /src[\\/]components[\\/](CardActions|SaveToCollectionMenu|LazySavePanel|license[\\/](LicenseButton|use-license-action|LazyLicenseDialog))\.tsx?$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
