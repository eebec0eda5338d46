// The files behind custom music, public like the vendor's download links:
//   /sandbox/media/renders/:id/:file — a finished render's files (the id is 28 random
//     characters, as unguessable as the vendor's signed links), as attachments under the
//     requested file name, with byte ranges for players;
//   /sandbox/media/ai-audio/{descriptors,instruments}/:id/preview.mp3 — previews,
//     synthesised on first request and kept on disk.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Sandbox } from '..';
import { SAMPLE_RATE } from '../audio/media/dsp';
import { runFfmpeg } from '../audio/media/encode';
import { parseRange } from '../audio/media/range';
import { DiskCache } from '../media/cache';
import { createLimit } from '../media/limit';
import { PREVIEWS_PATH, RENDER_FILES_PATH, rendersOf } from '.';
import { descriptorPreview, instrumentPreview } from './synth';
import { descriptorById, instrumentById } from './vocab';

/** Bump when the previews' synthesis changes. */
const PREVIEW_VERSION = 'p1';

function sendError(reply: FastifyReply, status: number, message: string) {
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .send({
      message: status === 404 ? 'Not found' : 'Unavailable',
      errors: [{ code: status === 404 ? 'NOT_FOUND' : 'UNAVAILABLE', message }],
    });
}

function sendBytes(request: FastifyRequest, reply: FastifyReply, body: Buffer) {
  reply.header('Accept-Ranges', 'bytes');
  const range = parseRange(request.headers.range, body.length);
  if (range.kind === 'unsatisfiable')
    return reply.code(416).header('Content-Range', `bytes */${body.length}`).send();
  if (range.kind === 'partial')
    return reply
      .code(206)
      .header('Content-Range', `bytes ${range.start}-${range.end}/${body.length}`)
      .send(body.subarray(range.start, range.end + 1));
  return reply.send(body);
}

const encodeMp3 = (pcm: Float32Array, title: string) =>
  runFfmpeg(
    [
      ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
      ...['-f', 'f32le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', 'pipe:0'],
      ...['-map_metadata', '-1', '-metadata', `title=${title}`],
      ...['-c:a', 'libmp3lame', '-b:a', '96k', '-compression_level', '7', '-f', 'mp3', 'pipe:1'],
    ],
    Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength),
  );

export const aiAudioMediaPlugin: FastifyPluginAsync<{ sandbox: Sandbox }> = async (
  app,
  { sandbox },
) => {
  const renders = rendersOf(sandbox, app.log);
  const previews = new DiskCache(path.join(sandbox.dataDir, 'media', 'ai-audio', PREVIEW_VERSION));
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
      reply
        .header('Cache-Control', 'private, max-age=3600')
        .header(
          'Content-Disposition',
          `attachment; filename="${described.filename.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(described.filename)}`,
        )
        .type(described.content_type === 'audio/mp3' ? 'audio/mpeg' : described.content_type);
      return sendBytes(request, reply, body);
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
      reply.header('Cache-Control', 'public, max-age=31536000, immutable').type('audio/mpeg');
      return sendBytes(request, reply, body);
    },
  );
};
