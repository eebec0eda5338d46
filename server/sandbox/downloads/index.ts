// Licensed downloads: GET (and HEAD) /sandbox/downloads/<token>. The signed URL is the
// credential (no auth header): it names what was licensed and expires after 8 hours. The
// answer is a real file at the licensed size and format, without the preview watermark,
// made on the first request and kept on disk; byte ranges let players and download
// managers resume and seek.
//
// Refusals, in the vendor's error body: a malformed or changed link → 403
// INVALID_DOWNLOAD_LINK; an expired one → 410 DOWNLOAD_LINK_EXPIRED (re-download from the
// license history for a new link); an asset or size the catalog does not have → 404; a
// file that could not be made → 503 (try again).
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/compress';
import type { Catalogs } from '../catalogs';
import { SandboxError, type ErrorBody } from '../errors';
import { versionedCache } from '../lib/disk-cache';
import { createLimit } from '../lib/limit';
import { refuseMedia, sendMedia } from '../lib/send-media';
import { cacheKey, CONTENT_TYPES, downloadFileName, resolveDownload } from './files';
import { renderDownload } from './render';
import { DOWNLOADS_PATH, type DownloadSigner } from './signing';

/**
 * Bumped when the files change, so stale cached ones are not served (d4: files exactly
 * their announced size). Folders of other versions are removed at start.
 */
export const DOWNLOAD_RENDER_VERSION = 'd4';

export { downloadFileName, imageDownloadSize, resolveDownload } from './files';

function refusal(status: number, code: string, message: string): ErrorBody {
  const titles: Record<number, string> = {
    403: 'Forbidden',
    410: 'Gone',
    416: 'Range not satisfiable',
    503: 'Service unavailable',
  };
  const title = titles[status];
  return { message: title ?? 'Error', errors: [{ code, message }] };
}

const RE_DOWNLOAD =
  'Re-download the asset from your license history (POST …/licenses/{id}/downloads) for a new link.';

export interface DownloadsOptions {
  dataDir: string;
  /** Checks the links. */
  signer: DownloadSigner;
  /** What the links name. */
  catalogs: Catalogs;
}

export const downloadsPlugin: FastifyPluginAsync<DownloadsOptions> = async (
  app,
  { dataDir, signer, catalogs },
) => {
  const cache = versionedCache(path.join(dataDir, 'media', 'downloads'), DOWNLOAD_RENDER_VERSION, {
    sharded: false,
    onStaleError: (error) =>
      app.log.warn({ err: error }, 'could not remove earlier licensed files'),
  });
  // Making files is CPU-bound: one video encode and two other files at a time.
  const videoLimit = createLimit(1);
  const otherLimit = createLimit(2);

  const send = refuseMedia;

  const handler = async (
    request: FastifyRequest<{ Params: { '*': string } }>,
    reply: FastifyReply,
  ) => {
    const token = request.params['*'] ?? '';
    const verified = signer.verify(token);
    if (!verified.ok) {
      if (verified.reason === 'expired') {
        const when = verified.expiresAt?.toISOString() ?? 'an earlier time';
        return send(
          reply,
          410,
          refusal(
            410,
            'DOWNLOAD_LINK_EXPIRED',
            `This download link expired at ${when}; links are valid for 8 hours. ${RE_DOWNLOAD}`,
          ),
        );
      }
      const why =
        verified.reason === 'tampered'
          ? 'it was changed, or was not issued by this server'
          : 'it is not a download link this server issues';
      return send(
        reply,
        403,
        refusal(
          403,
          'INVALID_DOWNLOAD_LINK',
          `This download link is not valid: ${why}. ${RE_DOWNLOAD}`,
        ),
      );
    }

    const { target, expiresAt } = verified;
    let file: ReturnType<typeof resolveDownload>;
    try {
      file = resolveDownload(catalogs, target);
    } catch (error) {
      if (error instanceof SandboxError) return send(reply, error.statusCode, error.body());
      throw error;
    }

    let filePath: string;
    let stat: fs.Stats;
    try {
      const limit = file.kind === 'mov' ? videoLimit : otherLimit;
      filePath = await cache.file(cacheKey(target, file), (out) =>
        limit(() => renderDownload(file, out)),
      );
      stat = await fs.promises.stat(filePath);
    } catch (error) {
      request.log.error({ err: error, target }, 'licensed download could not be made');
      return send(
        reply,
        503,
        refusal(
          503,
          'DOWNLOAD_UNAVAILABLE',
          'The file could not be made just now; try the link again.',
        ),
      );
    }

    const secondsLeft = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
    return sendMedia(
      request,
      reply,
      { path: filePath, size: stat.size, modified: stat.mtime },
      {
        type: CONTENT_TYPES[file.kind],
        cacheControl: `private, max-age=${secondsLeft}, immutable`,
        headers: {
          'Content-Disposition': `attachment; filename="${downloadFileName(target, file)}"`,
          'X-Content-Type-Options': 'nosniff',
        },
        unsatisfiable: (size) =>
          refusal(416, 'RANGE_NOT_SATISFIABLE', `The file has ${size} bytes`),
      },
    );
  };

  // Files go as they are, with their length (download progress) and byte ranges.
  app.route({ method: ['GET', 'HEAD'], url: `${DOWNLOADS_PATH}/*`, compress: false, handler });
  app.route({ method: ['GET', 'HEAD'], url: DOWNLOADS_PATH, compress: false, handler });
};
