import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { configProblem, readConfig, usesRealApi } from './config';
import { listenGracefully } from './lib/start';
import { sandboxUserLines } from './sandbox/banner';
import { distDir } from './spa';

const dev = process.argv.includes('--dev');
/** The API, sign-in and health only, no app pages (the team integration tests start it so). */
const apiOnly = process.argv.includes('--api-only');

async function ensureBuilt(): Promise<void> {
  if (fs.existsSync(path.join(distDir(), 'index.html'))) return;
  console.log('Building the app (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

async function main(): Promise<void> {
  const config = readConfig();
  const problem = configProblem(config);
  if (problem) {
    console.error(`Stockroom will not start:\n${problem}`);
    process.exit(1);
  }
  if (!dev && !apiOnly) await ensureBuilt();
  const app = await buildApp({
    config,
    spa: apiOnly ? 'none' : dev ? 'vite' : 'static',
    showProgress: true,
  });
  const { url, say } = await listenGracefully(app, config);

  const lines = ['', `Stockroom is running at ${url}`];
  if (config.requireSignIn)
    lines.push(
      'Sign-in is required: /api answers only signed-in users (STOCKROOM_REQUIRE_SIGNIN).',
    );
  if (config.redisUrl)
    lines.push(
      'Sessions, sign-in, rate limits and the shared cache are in Redis (STOCKROOM_REDIS_URL).',
    );
  if (usesRealApi(config)) {
    lines.push(`The app uses the Shutterstock API at ${config.shutterstockApiUrl}.`);
    if (config.shutterstockClientId)
      lines.push(`Sign in with Shutterstock: register ${url}/auth/callback as a redirect URI.`);
    if (config.shutterstockApiToken && config.requireSignIn)
      lines.push(
        'SHUTTERSTOCK_API_TOKEN is allowed (STOCKROOM_ALLOW_API_TOKEN) but used for no one.',
      );
  } else {
    lines.push(
      'The app uses the built-in sandbox. Sandbox users (Bearer tokens for /v2, password to sign in):',
      ...sandboxUserLines(app.sandbox),
      `Sandbox API: ${url}/v2  (credentials in ${app.sandbox.credentialsFile})`,
    );
  }
  say(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
