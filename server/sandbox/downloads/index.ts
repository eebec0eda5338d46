// Licensed downloads: signed, expiring URLs under /sandbox/downloads, answered with real
// files at the licensed size and format, without the preview watermark.
// (Scaffold: filled in by the licensing work.)
import type { FastifyPluginAsync } from 'fastify';
import type { Sandbox } from '..';

export const downloadsPlugin: FastifyPluginAsync<{ sandbox: Sandbox }> = async () => {};
