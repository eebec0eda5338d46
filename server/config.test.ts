// When the server requires sign-in, and what it refuses to start with.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configProblem, readConfig } from './config';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('STOCKROOM_REQUIRE_SIGNIN', () => {
  it('is off for one person on a loopback address, as it always was', () => {
    for (const HOST of [undefined, '127.0.0.1', 'localhost', '::1', '127.0.0.2'])
      expect(readConfig(HOST ? { HOST } : {}).requireSignIn, String(HOST)).toBe(false);
  });

  it('is on for any other address, or with an OAuth application, unless turned off', () => {
    expect(readConfig({ HOST: '0.0.0.0' }).requireSignIn).toBe(true);
    expect(readConfig({ HOST: '10.1.2.3' }).requireSignIn).toBe(true);
    expect(readConfig({ SHUTTERSTOCK_CLIENT_ID: 'app' }).requireSignIn).toBe(true);
    expect(readConfig({ HOST: '0.0.0.0', STOCKROOM_REQUIRE_SIGNIN: '0' }).requireSignIn).toBe(
      false,
    );
    expect(readConfig({ STOCKROOM_REQUIRE_SIGNIN: '1' }).requireSignIn).toBe(true);
  });

  it('refuses a personal token when sign-in is required, unless explicitly allowed', () => {
    const shared = { HOST: '0.0.0.0', SHUTTERSTOCK_API_TOKEN: 'v2/personal' };
    expect(configProblem(readConfig(shared))).toMatch(/SHUTTERSTOCK_API_TOKEN/);
    const app = { SHUTTERSTOCK_CLIENT_ID: 'app', SHUTTERSTOCK_CLIENT_SECRET: 'secret' };
    expect(
      configProblem(readConfig({ ...shared, ...app, STOCKROOM_ALLOW_API_TOKEN: '1' })),
    ).toBeUndefined();
    expect(configProblem(readConfig({ ...shared, STOCKROOM_REQUIRE_SIGNIN: '0' }))).toBeUndefined();
    expect(configProblem(readConfig({ SHUTTERSTOCK_API_TOKEN: 'v2/personal' }))).toBeUndefined();
  });

  it('refuses to require sign-in on the real API when no one could sign in', () => {
    const problem = configProblem(
      readConfig({
        HOST: '0.0.0.0',
        SHUTTERSTOCK_API_TOKEN: 'v2/t',
        STOCKROOM_ALLOW_API_TOKEN: '1',
      }),
    );
    expect(problem).toMatch(/SHUTTERSTOCK_CLIENT_ID/);
  });

  it('refuses an API address the gateway could never reach', () => {
    const problemWith = (url: string) =>
      configProblem(readConfig({ SHUTTERSTOCK_API_URL: url, SHUTTERSTOCK_API_TOKEN: 'v2/t' }));
    expect(problemWith('api.shutterstock.com')).toMatch(/must be an http or https address/);
    expect(problemWith('ftp://api.example.com')).toMatch(/must be an http or https address/);
    // Fetch refuses these ports outright: every request would fail as "unreachable".
    expect(problemWith('http://127.0.0.1:4190')).toMatch(/port 4190.*fetch refuses/);
    expect(problemWith('http://127.0.0.1:6000/')).toMatch(/port 6000/);
    expect(problemWith('http://127.0.0.1:4173')).toBeUndefined();
    expect(problemWith('https://api.shutterstock.com')).toBeUndefined();
  });

  it('npm start says why it will not start with a shared personal token, and exits', () => {
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '0.0.0.0',
        PORT: '0',
        SHUTTERSTOCK_API_TOKEN: 'v2/personal',
        STOCKROOM_REQUIRE_SIGNIN: '',
        STOCKROOM_ALLOW_API_TOKEN: '',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain('Stockroom will not start');
    expect(started.stderr).toContain('STOCKROOM_ALLOW_API_TOKEN=1');
  });
});
