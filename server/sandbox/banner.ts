// What a sandbox prints at start-up: each user's Bearer token and sign-in password.
import { oauthStore, type OAuthDeps } from './oauth';

export function sandboxUserLines(
  sandbox: OAuthDeps & { users(): { username: string; accessToken: string }[] },
): string[] {
  const passwords = oauthStore(sandbox).passwords();
  return sandbox.users().map((user) => {
    const password = passwords.find((entry) => entry.username === user.username)?.password;
    return `  ${user.username.padEnd(12)} ${user.accessToken}  ${password ?? ''}`;
  });
}
