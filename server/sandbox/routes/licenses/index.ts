// The vendor's licensing operations for every media type: license (POST …/licenses),
// license history (GET …/licenses) and re-download (POST …/licenses/{id}/downloads),
// for images, videos, music, sound effects, editorial images (and the older
// /v2/editorial/licenses) and editorial videos. A license request may carry an
// Idempotency-Key header: a repeat answers with the first answer and charges nothing.
// The schemas are in schemas.ts, each group's handlers in a module of its own.
import type { FastifyPluginAsync } from 'fastify';
import type { Catalogs } from '../../catalogs';
import type { Db } from '../../db';
import type { DownloadSigner } from '../../downloads/signing';
import { licenseKinds } from '../../licenses/kinds';
import { Licensing } from '../../licenses/licensing';
import { LicenseStore } from '../../licenses/store';
import { historyEndpoints } from './history';
import { licenseEndpoints } from './license';
import { redownloadEndpoints } from './redownload';

export { LICENSE_ITEMS_MAX } from './schemas';

export const licensesRoutes: FastifyPluginAsync<{
  /** The state database: licenses, subscriptions, idempotency keys. */
  state: Db;
  /** Signs the download links licensing hands out. */
  signer: DownloadSigner;
  catalogs: Catalogs;
}> = async (app, { state, signer, catalogs }) => {
  const kinds = licenseKinds(catalogs);
  const licensing = new Licensing(new LicenseStore(state), kinds, signer);
  licenseEndpoints(app, licensing, kinds);
  historyEndpoints(app, licensing);
  redownloadEndpoints(app, licensing);
};
