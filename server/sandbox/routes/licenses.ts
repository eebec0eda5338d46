// The vendor's licensing operations for every media type: license, license history and
// re-download. (Scaffold: filled in by the licensing work.)
import type { FastifyPluginAsync } from 'fastify';
import type { Sandbox } from '..';

export const licensesRoutes: FastifyPluginAsync<{ sandbox: Sandbox }> = async () => {};
