// One OAuth store per sandbox, shared by the /v2/oauth routes, the gateway's sign-in and
// the start-up banner (which prints the users' passwords).
import fs from 'node:fs';
import type { Accounts } from '../accounts';
import { addTokenResolver } from '../auth';
import type { Db } from '../db';
import { OAuthStore } from './store';

/** What the OAuth store is made of: the state database, its accounts, the credentials file. */
export interface OAuthDeps {
  state: Db;
  accounts: Accounts;
  credentialsFile: string;
}

const stores = new WeakMap<Db, OAuthStore>();

export function oauthStore(sandbox: OAuthDeps): OAuthStore {
  let store = stores.get(sandbox.state);
  if (!store) {
    const created = new OAuthStore(sandbox.state, sandbox.accounts);
    addTokenResolver(sandbox.accounts, (token) => created.resolve(token));
    addToCredentialsFile(sandbox.credentialsFile, created);
    stores.set(sandbox.state, created);
    store = created;
  }
  return store;
}

/** Adds each user's password and the OAuth application to sandbox-credentials.json. */
function addToCredentialsFile(file: string, store: OAuthStore): void {
  let credentials: {
    users?: { username: string; password?: string }[];
    client?: { client_id: string };
  };
  try {
    credentials = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof credentials;
  } catch {
    return;
  }
  const passwords = store.passwords();
  for (const user of credentials.users ?? []) {
    user.password = passwords.find((entry) => entry.username === user.username)?.password;
  }
  const clientId = credentials.client?.client_id;
  const oauth = clientId
    ? {
        client_id: clientId,
        redirect_hosts: store.redirectHosts(clientId),
        authorize: '/v2/oauth/authorize',
        access_token: '/v2/oauth/access_token',
      }
    : undefined;
  fs.writeFileSync(file, `${JSON.stringify({ ...credentials, oauth }, null, 2)}\n`, {
    mode: 0o600,
  });
}

export { OAuthRefusal, OAuthStore } from './store';
