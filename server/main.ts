import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { readConfig, usesRealApi } from './config';
import { oauthStore } from './sandbox/oauth';
import { distDir } from './spa';

const dev = process.argv.includes('--dev');
const config = readConfig();

async function ensureBuilt(): Promise<void> {
  if (fs.existsSync(path.join(distDir(), 'index.html'))) return;
  console.log('Building the app (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

async function main(): Promise<void> {
  if (!dev) await ensureBuilt();
  const app = await buildApp({
    config,
    spa: dev ? 'vite' : 'static',
    logger: false,
    showProgress: true,
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal} received, closing…`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  console.log('');
  console.log(`Stockroom is running at ${url}`);
  if (usesRealApi(config)) {
    console.log(`The app uses the Shutterstock API at ${config.shutterstockApiUrl}.`);
    if (config.shutterstockClientId)
      console.log(`Sign in with Shutterstock: register ${url}/auth/callback as a redirect URI.`);
  } else {
    console.log(
      'The app uses the built-in sandbox. Sandbox users (Bearer tokens for /v2, password to sign in):',
    );
    const passwords = oauthStore(app.sandbox).passwords();
    for (const user of app.sandbox.users()) {
      const password = passwords.find((entry) => entry.username === user.username)?.password;
      console.log(`  ${user.username.padEnd(12)} ${user.accessToken}  ${password ?? ''}`);
    }
    console.log(`Sandbox API: ${url}/v2  (credentials in ${app.sandbox.credentialsFile})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
