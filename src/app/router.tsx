import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type LoaderFunction } from 'react-router';
import { clientLoader as searchLoader } from '@/features/search/routes/search-loader';
import { NotFoundPage, RootErrorBoundary, RouteErrorBoundary } from './errors';
import { PageFallback, RootLayout } from './layout';

/** A lazy route: its component module and its loader module, fetched in parallel. */
interface RouteComponentModule {
  Component: ComponentType;
}
interface RouteLoaderModule {
  clientLoader: (queryClient: QueryClient) => LoaderFunction;
}

/**
 * Route modules export a component; loader modules a factory that receives the query
 * client, so the loader prefetches through the same cache the page reads. Each part is
 * lazy on its own: the loader (and its API request) starts as soon as its small module is
 * there, while the component's module and its imports are still on their way.
 */
function lazyRoute(
  queryClient: QueryClient,
  loadComponent: () => Promise<RouteComponentModule>,
  loadLoader: () => Promise<RouteLoaderModule>,
) {
  return {
    loader: async () => (await loadLoader()).clientLoader(queryClient),
    Component: async () => (await loadComponent()).Component,
  };
}
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: '/',
      Component: RootLayout,
      errorElement: <RootErrorBoundary />,
      children: [
        {
          // While the first page's module and data load, the real header is already up (and
          // can be typed into); only the page area shows a skeleton.
          HydrateFallback: PageFallback,
          errorElement: <RouteErrorBoundary />,
          children: [
            {
              index: true,
              // Most visits start at the search: its loader (a few lines) is in the entry,
              // so the results are asked for as soon as the app runs, while the page's
              // code is still on its way.
              loader: searchLoader(queryClient),
              lazy: {
                Component: async () =>
                  (await import('@/features/search/routes/search-route')).Component,
              },
            },
            {
              // Old and hand-typed links: the search lives at "/".
              path: 'search',
              loader: ({ request }) => redirect(`/${new URL(request.url).search}`),
            },
            {
              path: 'images/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/asset/routes/asset-route'),
                () => import('@/features/asset/routes/asset-loader'),
              ),
            },
            {
              path: 'collections',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/collections/routes/collections-route'),
                () => import('@/features/collections/routes/collections-loader'),
              ),
            },
            {
              path: 'collections/featured',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/collections/routes/featured-route'),
                () => import('@/features/collections/routes/featured-loader'),
              ),
            },
            {
              path: 'collections/featured/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/collections/routes/featured-collection-route'),
                () => import('@/features/collections/routes/featured-collection-loader'),
              ),
            },
            {
              // The API's share_url points here: an image collection is at /collections/:id.
              path: 'collections/images/:id',
              // Keeps the query: a shared link's share_code must reach the collection page.
              loader: ({ params, request }) =>
                redirect(
                  `/collections/${encodeURIComponent(params.id ?? '')}${new URL(request.url).search}`,
                ),
            },
            {
              path: 'collections/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/collections/routes/collection-route'),
                () => import('@/features/collections/routes/collection-loader'),
              ),
            },
            // ---- audio (music, sound effects), the All search, contributors, keywords ----
            {
              path: 'music',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/music/routes/music-route'),
                () => import('@/features/music/routes/music-loader'),
              ),
            },
            {
              path: 'music/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/music/routes/track-route'),
                () => import('@/features/music/routes/track-loader'),
              ),
            },
            {
              path: 'sfx',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/sfx/routes/sfx-search-route'),
                () => import('@/features/sfx/routes/sfx-search-loader'),
              ),
            },
            {
              path: 'sfx/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/sfx/routes/sfx-route'),
                () => import('@/features/sfx/routes/sfx-loader'),
              ),
            },
            {
              path: 'all',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/all-search/routes/all-route'),
                () => import('@/features/all-search/routes/all-loader'),
              ),
            },
            {
              path: 'contributors/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/contributors/routes/contributor-route'),
                () => import('@/features/contributors/routes/contributor-loader'),
              ),
            },
            {
              path: 'contributors/:contributorId/collections/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/collections/routes/contributor-collection-route'),
                () => import('@/features/collections/routes/contributor-collection-loader'),
              ),
            },
            {
              path: 'keywords',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/keywords/routes/keywords-route'),
                () => import('@/features/keywords/routes/keywords-loader'),
              ),
            },
            // ---- video, editorial (images and video), live feeds ----
            {
              path: 'videos',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/videos/routes/video-search-route'),
                () => import('@/features/videos/routes/video-search-loader'),
              ),
            },
            {
              path: 'videos/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/videos/routes/video-detail-route'),
                () => import('@/features/videos/routes/video-detail-loader'),
              ),
            },
            {
              path: 'editorial',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/editorial/routes/images-search-route'),
                () => import('@/features/editorial/routes/images-search-loader'),
              ),
            },
            {
              path: 'editorial/videos',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/editorial/routes/videos-search-route'),
                () => import('@/features/editorial/routes/videos-search-loader'),
              ),
            },
            {
              path: 'editorial/videos/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/editorial/routes/videos-detail-route'),
                () => import('@/features/editorial/routes/videos-detail-loader'),
              ),
            },
            {
              path: 'editorial/livefeeds',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/editorial/routes/livefeeds-route'),
                () => import('@/features/editorial/routes/livefeeds-loader'),
              ),
            },
            {
              path: 'editorial/livefeeds/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/editorial/routes/livefeed-route'),
                () => import('@/features/editorial/routes/livefeed-loader'),
              ),
            },
            {
              path: 'editorial/:id',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/editorial/routes/images-detail-route'),
                () => import('@/features/editorial/routes/images-detail-loader'),
              ),
            },
            // ---- licensing, reverse image search, accounts, custom music ----
            {
              path: 'downloads',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/downloads/routes/downloads-route'),
                () => import('@/features/downloads/routes/downloads-loader'),
              ),
            },
            {
              path: 'reverse-search',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/reverse-search/routes/reverse-search-route'),
                () => import('@/features/reverse-search/routes/reverse-search-loader'),
              ),
            },
            {
              path: 'account',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/account/routes/account-route'),
                () => import('@/features/account/routes/account-loader'),
              ),
            },
            {
              path: 'settings',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/account/routes/settings-route'),
                () => import('@/features/account/routes/settings-loader'),
              ),
            },
            {
              path: 'custom-music',
              lazy: lazyRoute(
                queryClient,
                () => import('@/features/custom-music/routes/custom-music-route'),
                () => import('@/features/custom-music/routes/custom-music-loader'),
              ),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
