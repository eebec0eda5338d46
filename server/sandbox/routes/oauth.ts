// The vendor's OAuth operations: authorize (with a small consent page) and access_token.
// (Scaffold: filled in by the accounts work.)
import type { FastifyPluginAsync } from 'fastify';
import type { Sandbox } from '..';

export const oauthRoutes: FastifyPluginAsync<{ sandbox: Sandbox }> = async () => {};
