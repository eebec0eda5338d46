// The sandbox's small sign-in and consent page for GET /v2/oauth/authorize: server-rendered
// HTML with one stylesheet, no script (it must pass the app's Content-Security-Policy).

export interface ConsentParams {
  client_id: string;
  redirect_uri: string;
  response_type: string;
  scope: string;
  state: string;
  realm: string;
}

const SCOPE_TEXT: Record<string, string> = {
  'user.view': 'See your name, email and account details',
  'collections.view': 'See your collections',
  'collections.edit': 'Create and change your collections',
  'licenses.view': 'See your licenses and download history',
  'licenses.create': 'License and download assets with your subscriptions',
  'purchases.view': 'See your subscriptions and purchases',
};

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

export function consentPage(input: {
  params: ConsentParams;
  appName: string;
  redirectHost: string;
  username?: string;
  error?: string;
}): string {
  const { params } = input;
  const hidden = Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escape(value)}">`)
    .join('\n        ');
  const scopes = params.scope
    .split(' ')
    .filter(Boolean)
    .map((scope) => `<li>${escape(SCOPE_TEXT[scope] ?? scope)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>Sign in to the Shutterstock sandbox</title>
    <link rel="stylesheet" href="/v2/oauth/consent.css">
  </head>
  <body>
    <main class="card">
      <p class="brand"><span class="mark" aria-hidden="true"></span>Shutterstock sandbox</p>
      <h1>Sign in to continue to ${escape(input.appName)}</h1>
      <p class="lead">${escape(input.appName)} (${escape(input.redirectHost)}) asks to:</p>
      <ul class="scopes">${scopes}</ul>
      ${input.error ? `<p class="error" role="alert">${escape(input.error)}</p>` : ''}
      <form method="post" action="/v2/oauth/login">
        ${hidden}
        <label for="username">Username</label>
        <input id="username" name="username" autocomplete="username" required value="${escape(input.username ?? '')}"${input.username ? '' : ' autofocus'}>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required${input.username ? ' autofocus' : ''}>
        <div class="actions">
          <button type="submit" name="decision" value="deny" class="secondary" formnovalidate>Cancel</button>
          <button type="submit" name="decision" value="allow">Allow access</button>
        </div>
      </form>
      <p class="hint">Sandbox users and their passwords are printed when the server starts and kept in <code>sandbox-credentials.json</code>.</p>
    </main>
  </body>
</html>
`;
}

export const CONSENT_CSS = `
:root { color-scheme: light dark; --bg: #f5f5f5; --card: #fff; --text: #171717; --muted: #525252;
  --line: #d4d4d4; --accent: #c9321e; --accent-text: #fff; --error: #b91c1c; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0a0a0a; --card: #171717; --text: #f5f5f5; --muted: #a3a3a3; --line: #404040;
    --accent: #f5735b; --accent-text: #0a0a0a; --error: #fca5a5; }
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 24px;
  background: var(--bg); color: var(--text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
.card { width: 100%; max-width: 400px; background: var(--card); border: 1px solid var(--line);
  border-radius: 16px; padding: 28px; }
.brand { display: flex; align-items: center; gap: 8px; margin: 0 0 16px; font-weight: 600; color: var(--muted); font-size: 13px; }
.mark { width: 18px; height: 18px; border-radius: 5px; background: var(--accent); }
h1 { font-size: 20px; line-height: 1.3; margin: 0 0 8px; letter-spacing: -0.01em; }
.lead { margin: 0 0 6px; color: var(--muted); }
.scopes { margin: 0 0 20px; padding-left: 20px; color: var(--muted); font-size: 14px; }
label { display: block; font-size: 13px; font-weight: 600; margin: 12px 0 4px; }
input:not([type=hidden]) { width: 100%; height: 40px; padding: 0 12px; border: 1px solid var(--line);
  border-radius: 8px; background: transparent; color: inherit; font: inherit; }
input:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 20px; }
button { height: 40px; padding: 0 16px; border-radius: 8px; border: 1px solid var(--accent);
  background: var(--accent); color: var(--accent-text); font: inherit; font-weight: 600; cursor: pointer; }
button.secondary { background: transparent; color: var(--text); border-color: var(--line); }
.error { margin: 0 0 8px; padding: 8px 12px; border-radius: 8px; color: var(--error);
  border: 1px solid currentColor; font-size: 14px; }
.hint { margin: 20px 0 0; font-size: 12px; color: var(--muted); }
code { font-size: 12px; }
`;
