// The Shutterstock-compatible sandbox: a v2 API at /v2 over a generated catalog in
// SQLite (sandbox.sqlite, re-creatable), with users, tokens, subscriptions and
// collections in a state database that is kept (state.sqlite), and generated media at
// /sandbox/media.
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { Accounts, type ApiClient } from './accounts';
import { installAuth } from './auth';
import { installJsonBodyParser } from './body';
import { Catalog } from './catalog';
import type { Catalogs } from './catalogs';
import { CatalogCollectionStore } from './collections/catalog-store';
import { ContributorCollections } from './collections/contributors';
import { ContributorProfiles } from './contributors/profiles';
import { FeaturedCollections } from './collections/featured';
import { audioKind, imageKind, videoKind, type MediaKind } from './collections/media';
import { CollectionStore } from './collections/store';
import { openDb, type Db } from './db';
import { EditorialCatalog } from './editorial/catalog';
import { editorialMediaPlugin } from './editorial/media';
import { openEditorialDb } from './editorial/seed';
import { installQueryChecks } from './errors';
import { createImagePreviewStore, imageMediaPlugin, type ImagePreviewStore } from './media';
import { catalogRoutes } from './routes/catalog';
import { collectionsRoutes } from './routes/collections';
import { contributorsRoutes } from './routes/contributors';
import { editorialImagesRoutes } from './routes/editorial-images';
import { featuredCollectionsRoutes } from './routes/featured-collections';
import { imagesRoutes } from './routes/images';
import { testRoutes } from './routes/test';
import { userRoutes } from './routes/user';
import { editorialVideosRoutes } from './routes/editorial-videos';
import { videosRoutes } from './routes/videos';
import { featuredVideoCollectionsRoutes } from './routes/featured-video-collections';
import { FeaturedVideoCollections } from './videos/featured';
import { DEFAULT_VIDEO_CATALOG, openVideoCatalog, type VideoCatalog } from './videos';
import { videoMediaPlugin } from './videos/media/plugin';
import { videoMediaSpec } from './videos/media/spec';
import type { GeneratorOptions } from './seed/generate';
import { catalogVersion, DEFAULT_CATALOG, markSeeded, seedCatalog } from './seed';
import { openStateDb } from './state';
import { seedTeamHistory } from './licenses/history-seed';
import { openAudioCatalog, type AudioCatalog } from './audio';
import { audioMediaPlugin } from './audio/media/plugin';
import { audioRoutes } from './routes/audio';
import { sfxRoutes } from './routes/sfx';
import { licensesRoutes } from './routes/licenses';
import { cvRoutes } from './routes/cv';
import { oauthRoutes } from './routes/oauth';
import { aiAudioRoutes } from './routes/ai-audio';
import type { RendersDeps } from './ai-audio';
import { aiAudioMediaPlugin } from './ai-audio/media';
import type { OAuthDeps } from './oauth';
import { downloadsPlugin } from './downloads';
import { DownloadSigner } from './downloads/signing';

export interface SandboxUser {
  id: string;
  username: string;
  name: string;
  team: string;
  scopes: string[];
  accessToken: string;
}

export interface Sandbox {
  users(): SandboxUser[];
  defaultUser(): SandboxUser;
  /** The API client's id and secret, for basic auth. */
  apiClient(): Pick<ApiClient, 'client_id' | 'client_secret'>;
  credentialsFile: string;
  dataDir: string;
  /** The catalog database (generated; re-created when the generator changes). */
  db: Db;
  /** The state database (accounts, collections; migrated, never re-created). */
  state: Db;
  catalog: Catalog;
  /** Editorial images and live feeds (editorial.sqlite). */
  editorial: EditorialCatalog;
  /** Videos and editorial videos (videos.sqlite). */
  videos: VideoCatalog;
  /** Music tracks and sound effects (audio.sqlite). */
  audio: AudioCatalog;
  accounts: Accounts;
  /** Signs and checks licensed-download URLs (secret kept in the data directory). */
  downloads: DownloadSigner;
  /** How long seeding took on this start, or undefined when an existing catalog was reused. */
  seedMs: number | undefined;
  close(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sandbox: Sandbox;
  }
}

export interface SandboxOptions {
  dataDir: string;
  /** Sets the default user's Bearer token (otherwise generated once and kept). */
  defaultAccessToken: string | undefined;
  /** Sets the API client's id and secret (otherwise generated once and kept). */
  client?: Pick<ApiClient, 'client_id' | 'client_secret'> | undefined;
  /** Print seeding progress (first start only). */
  showProgress: boolean;
  /** The generated catalog (default: DEFAULT_CATALOG, 100,000 images); tests use smaller ones. */
  catalog?: GeneratorOptions;
  /**
   * Give a new state database the team's past (licenses of every type, collections); the
   * product's first start does, tests that need an empty state do not (the default).
   */
  seedHistory?: boolean;
}

export async function openSandbox(options: SandboxOptions): Promise<Sandbox> {
  const catalogOptions = options.catalog ?? DEFAULT_CATALOG;
  const { db, fresh } = openDb(options.dataDir, catalogVersion(catalogOptions));
  let seedMs: number | undefined;
  if (fresh) {
    seedMs = seedCatalog(db, { showProgress: options.showProgress, catalog: catalogOptions }).ms;
  }
  const state = openStateDb(options.dataDir);
  const credentialsFile = path.join(options.dataDir, 'sandbox-credentials.json');
  const accounts = new Accounts(state, credentialsFile, options.defaultAccessToken, options.client);
  if (fresh) markSeeded(db, catalogOptions);
  const catalog = new Catalog(db);
  const { catalog: videos } = openVideoCatalog(
    options.dataDir,
    {
      ...DEFAULT_VIDEO_CATALOG,
      contributorSeed: catalogOptions.seed,
      contributorCount: catalogOptions.contributorCount,
    },
    options.showProgress,
  );
  const editorialDb = openEditorialDb(options.dataDir, undefined, options.showProgress).db;
  const editorial = new EditorialCatalog(editorialDb);
  const { catalog: audio } = openAudioCatalog(options.dataDir, {
    showProgress: options.showProgress,
  });
  if (options.seedHistory && accounts.created) {
    seedTeamHistory(state, {
      images: db,
      videos: videos.db,
      audio: audio.db,
      editorial: editorialDb,
    });
  }

  const toUser = (user: ReturnType<Accounts['defaultUser']>): SandboxUser => ({
    id: user.id,
    username: user.username,
    name: `${user.first_name} ${user.last_name}`,
    team: user.team_name,
    scopes: user.scopes.split(' '),
    accessToken: user.access_token,
  });
  return {
    users: () => accounts.all().map(toUser),
    defaultUser: () => toUser(accounts.defaultUser()),
    apiClient: () => accounts.apiClient(),
    credentialsFile,
    dataDir: options.dataDir,
    db,
    state,
    catalog,
    editorial,
    videos,
    audio,
    accounts,
    downloads: DownloadSigner.open(options.dataDir),
    seedMs,
    close: () => {
      db.close();
      videos.db.close();
      editorialDb.close();
      audio.close();
      state.close();
    },
  };
}

const oauthDeps = ({ state, accounts, credentialsFile }: Sandbox): OAuthDeps => ({
  state,
  accounts,
  credentialsFile,
});
const rendersDeps = ({ state, dataDir }: Sandbox): RendersDeps => ({ state, dataDir });
const catalogsOf = ({ catalog, editorial, videos, audio }: Sandbox): Catalogs => ({
  catalog,
  editorial,
  videos,
  audio,
});

/**
 * The v2 API: one plugin per vendor resource, auth on all of them; errors in the vendor's
 * shape come from the server's one error handler (server/errors.ts).
 */
const v2Plugin: FastifyPluginAsync<{ sandbox: Sandbox; previews: ImagePreviewStore }> = async (
  app,
  { sandbox, previews },
) => {
  installQueryChecks(app);
  installJsonBodyParser(app);
  installAuth(app, sandbox.accounts);
  // One collections plugin per media type, over one store: /v2/{images,videos,audio}/collections.
  const kinds: Record<'image' | 'video' | 'audio', MediaKind> = {
    image: imageKind(sandbox.catalog),
    video: videoKind(sandbox.videos),
    audio: audioKind(sandbox.audio),
  };
  const collections = new CollectionStore(sandbox.state);
  await app.register(featuredCollectionsRoutes, {
    featured: new FeaturedCollections(sandbox.catalog),
  });
  for (const kind of Object.values(kinds)) {
    await app.register(collectionsRoutes, { kind, store: collections });
  }
  await app.register(catalogRoutes, { store: new CatalogCollectionStore(sandbox.state), kinds });
  await app.register(contributorsRoutes, {
    collections: new ContributorCollections(sandbox.db),
    profiles: new ContributorProfiles(sandbox.db, sandbox.audio.db),
  });
  await app.register(imagesRoutes, { catalog: sandbox.catalog, previews });
  await app.register(editorialImagesRoutes, { editorial: sandbox.editorial });
  await app.register(videosRoutes, { catalog: sandbox.videos });
  await app.register(featuredVideoCollectionsRoutes, {
    featured: new FeaturedVideoCollections(sandbox.videos),
  });
  await app.register(editorialVideosRoutes, { catalog: sandbox.videos });
  await app.register(audioRoutes, { audio: sandbox.audio });
  await app.register(sfxRoutes, { audio: sandbox.audio });
  await app.register(userRoutes, { accounts: sandbox.accounts, db: sandbox.state });
  await app.register(testRoutes);
  await app.register(licensesRoutes, {
    state: sandbox.state,
    signer: sandbox.downloads,
    catalogs: catalogsOf(sandbox),
  });
  await app.register(cvRoutes, {
    dataDir: sandbox.dataDir,
    catalog: sandbox.catalog,
    db: sandbox.db,
    videos: sandbox.videos,
  });
  await app.register(oauthRoutes, oauthDeps(sandbox));
  await app.register(aiAudioRoutes, rendersDeps(sandbox));
};

export const sandboxPlugin: FastifyPluginAsync<{ sandbox: Sandbox }> = async (app, { sandbox }) => {
  // Build the similar-images index (~0.3 s) once the server listens, not on the first request.
  app.addHook('onListen', async () => {
    setImmediate(() => sandbox.catalog.similar.warm());
  });
  const imageMedia = {
    cacheDir: path.join(sandbox.dataDir, 'media'),
    lookup: (id: string) => sandbox.catalog.images.previewSpec(id),
  };
  const previews = createImagePreviewStore(imageMedia);
  await app.register(v2Plugin, { prefix: '/v2', sandbox, previews });
  await app.register(downloadsPlugin, {
    dataDir: sandbox.dataDir,
    signer: sandbox.downloads,
    catalogs: catalogsOf(sandbox),
  });
  await app.register(aiAudioMediaPlugin, rendersDeps(sandbox));
  await app.register(editorialMediaPlugin, {
    cacheDir: path.join(sandbox.dataDir, 'media'),
    catalog: sandbox.editorial,
  });
  await app.register(videoMediaPlugin, {
    cacheDir: path.join(sandbox.dataDir, 'media'),
    lookup: (kind, id) => videoMediaSpec(sandbox.videos, kind, id),
  });
  await app.register(audioMediaPlugin, {
    cacheDir: path.join(sandbox.dataDir, 'media'),
    track: (id) => sandbox.audio.tracks.soundSpec(id),
    sfx: (id) => sandbox.audio.sfx.soundSpec(id),
  });
  await app.register(imageMediaPlugin, { ...imageMedia, store: previews });
};
