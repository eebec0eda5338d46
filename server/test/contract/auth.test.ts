// Authentication as the vendor does it: Bearer token or basic auth with a client id and
// secret; 401 without credentials, 403 with a token that lacks the operation's scope.
import { expect, it } from 'vitest';
import {
  describeContract,
  errorText,
  field,
  isRecord,
  readCredentialsFile,
  useContractClient,
  vendor,
  itDocumented,
} from './harness';

const PROTECTED = [
  '/v2/images/search?query=cat',
  '/v2/images/categories',
  '/v2/user',
  '/v2/user/subscriptions',
];

/** Basic-auth client credentials, wherever the sandbox states them (credentials file). */
function findClientCredentials(source: unknown): [string, string] | undefined {
  if (Array.isArray(source)) {
    for (const item of source) {
      const found = findClientCredentials(item);
      if (found) return found;
    }
  } else if (isRecord(source)) {
    const id = source.client_id ?? source.clientId;
    const secret = source.client_secret ?? source.clientSecret;
    if (typeof id === 'string' && typeof secret === 'string') return [id, secret];
    for (const value of Object.values(source)) {
      const found = findClientCredentials(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** Tokens the sandbox seeds, with their scopes when it states them. */
function seededTokens(
  source: unknown,
  into: { token: string; scopes: string[] | undefined }[] = [],
) {
  if (Array.isArray(source)) source.forEach((item) => seededTokens(item, into));
  else if (isRecord(source)) {
    const token = source.access_token ?? source.accessToken ?? source.token;
    if (typeof token === 'string') {
      const scopes = Array.isArray(source.scopes) ? source.scopes.map(String) : undefined;
      into.push({ token, scopes });
    }
    Object.values(source).forEach((value) => seededTokens(value, into));
  }
  return into;
}

describeContract('contract: authentication', () => {
  const api = useContractClient(import.meta.filename);

  it.each(PROTECTED)('GET %s without credentials is 401', async (url) => {
    const { status, body } = await api.get(url, 'none');
    expect(status).toBe(401);
    expect(field(body, 'message')).toBeTypeOf('string');
  });

  it.each(PROTECTED)('GET %s with an unknown token is 401', async (url) => {
    expect((await api.get(url, { bearer: 'not-a-real-token' })).status).toBe(401);
  });

  it('wrong basic credentials are 401', async () => {
    expect((await api.get('/v2/images/search', { basic: ['nobody', 'wrong'] })).status).toBe(401);
  });

  it('GET /v2/test and /v2/test/validate need no credentials (the document gives them no security)', async () => {
    expect((await api.get('/v2/test', 'none')).status).toBe(200);
    expect((await api.get('/v2/test/validate?id=1', 'none')).status).toBe(200);
  });

  it('basic auth with the sandbox client id and secret searches and reads images', async () => {
    const credentials =
      findClientCredentials(readCredentialsFile(api.app)) ??
      findClientCredentials(api.app.sandbox.users());
    expect(credentials, 'the sandbox states a client id and secret').toBeDefined();
    if (!credentials) return;
    const { status, body } = await api.get('/v2/images/search?per_page=1', { basic: credentials });
    expect(status).toBe(200);
    const categories = await api.get('/v2/images/categories', { basic: credentials });
    expect(categories.status).toBe(200);
    expect(body).toHaveProperty('data');
  });

  it('basic auth is refused (403) where the document allows only OAuth: user and subscriptions', async () => {
    const credentials = findClientCredentials(readCredentialsFile(api.app));
    expect(credentials).toBeDefined();
    if (!credentials) return;
    for (const url of ['/v2/user', '/v2/user/subscriptions']) {
      expect((await api.get(url, { basic: credentials })).status, url).toBe(403);
    }
  });

  // The implemented operations that need a scope, as the document states it.
  const SCOPED = [
    { operationId: 'getUser', url: '/v2/user' },
    { operationId: 'getUserSubscriptionList', url: '/v2/user/subscriptions' },
  ];

  itDocumented(
    'a token lacking the scope an operation requires gets 403 naming the scope',
    async () => {
      const tokens = [
        ...seededTokens(readCredentialsFile(api.app)),
        ...seededTokens(api.app.sandbox.users()),
      ];
      for (const entry of tokens) {
        if (entry.scopes) continue;
        // Scopes not stated where the token is: ask the sandbox, as a client would.
        const { status, body } = await api.get('/v2/user/access_token', { bearer: entry.token });
        const scopes = field(body, 'scopes');
        if (status === 200 && Array.isArray(scopes)) entry.scopes = scopes.map(String);
      }
      let checked = 0;
      for (const { operationId, url } of SCOPED) {
        const required =
          vendor().operations.find((o) => o.operationId === operationId)?.scopes ?? [];
        for (const scope of required) {
          const limited = tokens.find((t) => t.scopes && !t.scopes.includes(scope));
          if (!limited) continue;
          const { status, body } = await api.get(url, { bearer: limited.token });
          expect(status, `${url} without ${scope}`).toBe(403);
          expect(errorText(body)).toContain(scope);
          checked++;
        }
      }
      expect(checked, 'the sandbox seeds at least one token lacking a scope').toBeGreaterThan(0);
    },
  );

  it('a token lacking purchases.view still searches (search needs no scope)', async () => {
    const limited = [...seededTokens(readCredentialsFile(api.app))].find(
      (t) => t.scopes && !t.scopes.includes('purchases.view'),
    );
    expect(limited).toBeDefined();
    if (!limited) return;
    expect((await api.get('/v2/images/search?per_page=1', { bearer: limited.token })).status).toBe(
      200,
    );
  });
});
