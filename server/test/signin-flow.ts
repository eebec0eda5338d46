// "Sign in with Shutterstock" at a sandbox over HTTP, as a browser does it: the authorize
// redirect, then the consent form posted with a user's password. For tests whose gateway
// talks to a sandbox over the network (real-API mode).
import fs from 'node:fs';

/** A sandbox user's sign-in password, from its sandbox-credentials.json. */
export function sandboxPassword(credentialsFile: string, username: string): string {
  const credentials = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as {
    users: { username: string; password?: string }[];
  };
  const password = credentials.users.find((user) => user.username === username)?.password;
  if (!password) throw new Error(`no password for ${username} in ${credentialsFile}`);
  return password;
}

/**
 * Follows `authorizeUrl` (where the gateway's /auth/signin sent the browser) to the
 * sandbox's consent page and allows access as `username`; returns the URL the sandbox
 * sends the browser back to (the gateway's /auth/callback with a code and the state).
 */
export async function approveAtSandbox(
  authorizeUrl: string,
  username: string,
  password: string,
): Promise<URL> {
  const login = await fetch(authorizeUrl, { redirect: 'manual' });
  const loginUrl = new URL(login.headers.get('location') ?? '', authorizeUrl);
  const form = new URLSearchParams(loginUrl.search);
  form.set('username', username);
  form.set('password', password);
  form.set('decision', 'allow');
  const approved = await fetch(new URL('/v2/oauth/login', loginUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return new URL(approved.headers.get('location') ?? '');
}
