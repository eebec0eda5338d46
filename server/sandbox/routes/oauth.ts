// The vendor's OAuth operations: GET /v2/oauth/authorize (redirecting to a small sign-in and
// consent page, as the vendor redirects to its login page) and POST /v2/oauth/access_token.
// Refusals: an unknown client or a redirect URI on an unregistered host (400, never
// redirected to), a wrong client secret (401), an unknown, reused or expired code (400).
// (Its types add `config.rateLimit`; the app registers the plugin.)
import type {} from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { SandboxError } from '../errors';
import { CONSENT_CSS, consentPage, type ConsentParams } from '../oauth/consent-page';
import { OAuthRefusal, oauthStore, type OAuthDeps } from '../oauth';
import { fromOtherSite } from '../../lib/same-origin';
import { KNOWN_SCOPES } from '../oauth/store';

const AUTHORIZE_QUERY = {
  type: 'object',
  required: ['client_id', 'redirect_uri', 'response_type', 'state'],
  properties: {
    client_id: { type: 'string' },
    redirect_uri: { type: 'string' },
    response_type: { type: 'string', enum: ['code'] },
    scope: { type: 'string', default: 'user.view' },
    state: { type: 'string' },
    realm: { type: 'string', enum: ['customer', 'contributor'], default: 'customer' },
  },
} as const;

const TOKEN_BODY = {
  type: 'object',
  required: ['client_id', 'grant_type'],
  properties: {
    client_id: { type: 'string' },
    client_secret: { type: 'string' },
    code: { type: 'string' },
    expires: { type: 'boolean', default: false },
    grant_type: {
      type: 'string',
      enum: ['authorization_code', 'client_credentials', 'refresh_token'],
    },
    realm: { type: 'string', enum: ['customer', 'contributor'], default: 'customer' },
    refresh_token: { type: 'string' },
  },
} as const;

/** Sign-in attempts allowed per client address and minute. */
const SIGN_IN_RATE = { max: 30, timeWindow: '1 minute' };

export const oauthRoutes: FastifyPluginAsync<OAuthDeps> = async (app, deps) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const store = oauthStore(deps);

  // The token endpoint takes form data as well as JSON, as the vendor's does.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  /** The authorize parameters, checked: a bad one is a 400 (nothing is redirected to it). */
  function checked(params: ConsentParams): ConsentParams {
    if (!store.client(params.client_id))
      throw SandboxError.badRequest('Unknown client_id', '$.query.client_id', 'INVALID_CLIENT');
    const problem = store.redirectProblem(params.client_id, params.redirect_uri);
    if (problem)
      throw SandboxError.badRequest(problem, '$.query.redirect_uri', 'INVALID_REDIRECT_URI');
    const unknown = params.scope.split(' ').filter((s) => s && !KNOWN_SCOPES.includes(s));
    if (unknown.length > 0)
      throw SandboxError.badRequest(`Unknown scope(s): ${unknown.join(', ')}`, '$.query.scope');
    if (params.realm !== 'customer')
      throw SandboxError.badRequest('The sandbox has customer accounts only', '$.query.realm');
    return params;
  }

  function page(
    reply: FastifyReply,
    params: ConsentParams,
    extra: { username?: string; error?: string } = {},
  ) {
    const client = store.client(params.client_id);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        consentPage({
          params,
          appName: client?.name ?? 'An application',
          redirectHost: new URL(params.redirect_uri).host,
          ...extra,
        }),
      );
  }

  function redirectBack(
    reply: FastifyReply,
    params: ConsentParams,
    answer: Record<string, string>,
  ) {
    const target = new URL(params.redirect_uri);
    for (const [name, value] of Object.entries({ ...answer, state: params.state }))
      target.searchParams.set(name, value);
    return reply.header('cache-control', 'no-store').redirect(target.toString(), 302);
  }

  api.get(
    '/oauth/authorize',
    { config: { auth: { kind: 'public' } }, schema: { querystring: AUTHORIZE_QUERY } },
    async (request, reply) => {
      const params = checked(request.query);
      const login = `/v2/oauth/login?${new URLSearchParams({ ...params }).toString()}`;
      return reply
        .code(302)
        .header('location', login)
        .type('text/html; charset=utf-8')
        .send(`Moved temporarily. Redirecting to ${login}`);
    },
  );

  api.get(
    '/oauth/login',
    { config: { auth: { kind: 'public' } }, schema: { querystring: AUTHORIZE_QUERY } },
    async (request, reply) => page(reply, checked(request.query)),
  );

  api.post(
    '/oauth/login',
    {
      onRequest: refuseCrossSite,
      config: { auth: { kind: 'public' }, rateLimit: SIGN_IN_RATE },
      schema: {
        body: {
          ...AUTHORIZE_QUERY,
          properties: {
            ...AUTHORIZE_QUERY.properties,
            username: { type: 'string' },
            password: { type: 'string' },
            decision: { type: 'string', enum: ['allow', 'deny'] },
          },
        },
      },
    },
    async (request, reply) => {
      const { username = '', password = '', decision, ...rest } = request.body;
      const params = checked(rest);
      if (decision === 'deny') return redirectBack(reply, params, { error: 'access_denied' });
      const user = store.signIn(username, password);
      if (!user)
        return page(reply.code(401), params, {
          username,
          error: 'That username and password do not match a sandbox user.',
        });
      const code = store.issueCode({
        clientId: params.client_id,
        user,
        scopes: store.grantable(user, params.scope.split(' ').filter(Boolean)),
        realm: params.realm,
      });
      return redirectBack(reply, params, { code });
    },
  );

  api.post(
    '/oauth/access_token',
    {
      config: { auth: { kind: 'public' }, rateLimit: SIGN_IN_RATE },
      schema: { body: TOKEN_BODY },
    },
    async (request, reply) => {
      const body = request.body;
      try {
        const client = store.authenticateClient(body.client_id, body.client_secret);
        reply.header('cache-control', 'no-store');
        if (body.grant_type === 'authorization_code') {
          if (!body.code)
            throw SandboxError.badRequest(
              'code is required for grant_type=authorization_code',
              '$.body.code',
              'VALIDATION_OBJECT_REQUIRED',
            );
          return store.exchangeCode(client, body.code, body.expires);
        }
        if (body.grant_type === 'refresh_token') {
          if (!body.refresh_token)
            throw SandboxError.badRequest(
              'refresh_token is required for grant_type=refresh_token',
              '$.body.refresh_token',
              'VALIDATION_OBJECT_REQUIRED',
            );
          return store.refresh(client, body.refresh_token);
        }
        throw SandboxError.badRequest(
          'The sandbox issues user tokens only: use grant_type=authorization_code',
          '$.body.grant_type',
          'UNSUPPORTED_GRANT_TYPE',
        );
      } catch (error) {
        if (error instanceof OAuthRefusal)
          throw new SandboxError(
            error.status,
            error.status === 401 ? 'Unauthorized' : 'Bad Request',
            [{ code: error.code, message: error.message }],
          );
        throw error;
      }
    },
  );

  app.get('/oauth/consent.css', { config: { auth: { kind: 'public' } } }, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(CONSENT_CSS),
  );
};

/** The consent form is only ever posted from its own page (no cross-site sign-in). */
async function refuseCrossSite(request: FastifyRequest): Promise<void> {
  if (fromOtherSite(request))
    throw SandboxError.forbidden('The sign-in form must be posted from its own page');
}
