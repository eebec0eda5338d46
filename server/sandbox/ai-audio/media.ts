// The files behind custom music, public like the vendor's download links:
//   /sandbox/media/renders/:id/:file — a finished render's files (the id is 28 random
//     characters, as unguessable as the vendor's signed links), as attachments under the
//     requested file name, with byte ranges for players;
//   /sandbox/media/ai-audio/{descriptors,instruments}/:id/preview.mp3 — previews,
//     synthesised on first request and kept on disk.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { PCM_INPUT, pcmBytes } from '../audio/media/encode';
import { versionedCache } from '../lib/disk-cache';
import { runFfmpeg } from '../lib/ffmpeg';
import { createLimit } from '../lib/limit';
import { IMMUTABLE, refuseMedia, sendMedia } from '../lib/send-media';
import { PREVIEWS_PATH, RENDER_FILES_PATH, rendersOf, type RendersDeps } from '.';
import { descriptorPreview, instrumentPreview } from './synth';
import { descriptorById, instrumentById } from './vocab';

/** Bump when the previews' synthesis changes. */
const PREVIEW_VERSION = 'p2';

function sendError(reply: FastifyReply, status: number, message: string) {
  return status === 404
    ? refuseMedia(reply, status, 'Not found', 'NOT_FOUND', message)
    : refuseMedia(reply, status, 'Unavailable', 'UNAVAILABLE', message);
}

const encodeMp3 = (pcm: Float32Array, title: string) =>
  runFfmpeg(
    [
      ...PCM_INPUT,
      ...['-map_metadata', '-1', '-metadata', `title=${title}`],
      ...['-c:a', 'libmp3lame', '-b:a', '96k', '-compression_level', '7', '-f', 'mp3', 'pipe:1'],
    ],
    pcmBytes(pcm),
  );

export const aiAudioMediaPlugin: FastifyPluginAsync<RendersDeps> = async (app, deps) => {
  const renders = rendersOf(deps, app.log);
  const previews = versionedCache(path.join(deps.dataDir, 'media', 'ai-audio'), PREVIEW_VERSION);
  const limit = createLimit(1);

  app.get<{ Params: { id: string; file: string } }>(
    `${RENDER_FILES_PATH}/:id/:file`,
    async (request, reply) => {
      const { id, file } = request.params;
      const row = /^[A-Za-z0-9]{28}$/.test(id) ? renders.find(id) : undefined;
      const described =
        row?.status === 'CREATED' ? row.files.find((f) => f.file === file) : undefined;
      if (!row || !described) return sendError(reply, 404, `No such render file: ${id}/${file}`);
      let body: Buffer;
      try {
        body = await fs.readFile(renders.filePath(id, file)).catch(async () => {
          await renders.rebuild(row);
          return fs.readFile(renders.filePath(id, file));
        });
      } catch (error) {
        request.log.error({ err: error, render: id, file }, 'render file unavailable');
        return sendError(reply, 503, 'The file could not be made; try again');
      }
      return sendMedia(request, reply, body, {
        type: described.content_type === 'audio/mp3' ? 'audio/mpeg' : described.content_type,
        cacheControl: 'private, max-age=3600',
        etag: false,
        headers: {
          'Content-Disposition': `attachment; filename="${described.filename.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(described.filename)}`,
        },
      });
    },
  );

  app.get<{ Params: { kind: string; id: string } }>(
    `${PREVIEWS_PATH}/:kind/:id/preview.mp3`,
    async (request, reply) => {
      const { kind, id } = request.params;
      const descriptor = kind === 'descriptors' ? descriptorById.get(id) : undefined;
      const instrument = kind === 'instruments' ? instrumentById.get(id) : undefined;
      if (!descriptor && !instrument) return sendError(reply, 404, `No preview for ${kind}/${id}`);
      let body: Buffer;
      try {
        ({ body } = await previews.get(`${kind}-${id}.mp3`, () =>
          limit(async () =>
            descriptor
              ? encodeMp3(await descriptorPreview(descriptor), descriptor.name)
              : encodeMp3(await instrumentPreview(instrument!), instrument!.name),
          ),
        ));
      } catch (error) {
        request.log.error({ err: error, kind, id }, 'custom music preview unavailable');
        return sendError(reply, 503, 'The preview could not be made; try again');
      }
      return sendMedia(request, reply, body, {
        type: 'audio/mpeg',
        cacheControl: IMMUTABLE,
        etag: false,
      });
    },
  );
};
