// The vendor's user operations: the user, their access token and their subscriptions.
import type { FastifyPluginAsync } from 'fastify';
import type { Accounts } from '../accounts';
import { requestUser } from '../auth';
import type { Db } from '../db';
import { SandboxError } from '../errors';
import { formatsOf, metadataOf, type SubscriptionRow } from '../licenses/store';

export const userRoutes: FastifyPluginAsync<{ accounts: Accounts; db: Db }> = async (
  app,
  { accounts, db },
) => {
  const subscriptionsOf = db.prepare<[string], SubscriptionRow>(
    'SELECT * FROM subscriptions WHERE user_id = ? ORDER BY id',
  );

  app.get(
    '/user',
    { config: { auth: { kind: 'user', scopes: ['user.view'] } } },
    async (request) => {
      const user = requestUser(request);
      return {
        id: user.id,
        username: user.username,
        first_name: user.first_name,
        last_name: user.last_name,
        full_name: `${user.first_name} ${user.last_name}`,
        email: user.email,
        language: user.language,
        customer_id: user.customer_id,
        organization_id: user.team_id,
        is_premier: false,
        is_premier_parent: false,
        only_enhanced_license: false,
        only_sensitive_use: false,
        premier_permissions: [],
      };
    },
  );

  app.get('/user/access_token', { config: { auth: { kind: 'any' } } }, async (request) => {
    const principal = request.principal;
    if (!principal) throw SandboxError.unauthorized('Missing access token');
    const clientId = accounts.apiClient().client_id;
    if (principal.kind === 'client') return { client_id: clientId, realm: 'customer', scopes: [] };
    const { user } = principal;
    return {
      client_id: clientId,
      customer_id: user.customer_id,
      user_id: user.id,
      username: user.username,
      organization_id: user.team_id,
      realm: 'customer',
      scopes: principal.scopes,
      ...(principal.expiresAt !== undefined
        ? { expires_in: Math.max(0, Math.round((principal.expiresAt - Date.now()) / 1000)) }
        : {}),
    };
  });

  app.get(
    '/user/subscriptions',
    { config: { auth: { kind: 'user', scopes: ['purchases.view'] } } },
    async (request) => {
      const rows = subscriptionsOf.all(requestUser(request).id);
      return {
        data: rows.map((row) => ({
          id: row.id,
          asset_type: row.asset_type,
          license: row.license,
          description: row.description,
          expiration_time: row.end_time,
          allotment: {
            downloads_left: row.downloads_left,
            downloads_limit: row.downloads_limit,
            start_time: row.start_time,
            end_time: row.end_time,
          },
          formats: formatsOf(row),
          metadata: metadataOf(row),
          ...(row.price_amount !== null
            ? {
                price_per_download: {
                  local_amount: row.price_amount,
                  local_currency: row.price_currency,
                },
              }
            : {}),
        })),
        page: 1,
        per_page: rows.length,
        total_count: rows.length,
      };
    },
  );
};
