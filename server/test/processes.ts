// Real servers in processes of their own, for the team-deployment suite: a standalone
// sandbox, gateway instances (`server/main.ts --api-only`) and Debian's redis-server, each on
// a free loopback port in 4600–4699, each stopped (or killed) like a deploy would.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REDIS_SERVER = '/usr/bin/redis-server';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A port in 4600–4699 that nothing listens on now. */
export async function freePort(): Promise<number> {
  const start = 4600 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 4600 + ((start - 4600 + i) % 100);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4600–4699');
}

/** Calls `check` until it returns true (a server coming up); fails with `what` after `limitMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  limitMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

export interface Started {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything it printed, for a failing test's message. */
  output: () => string;
  /** SIGTERM, and wait for it to exit. */
  stop: () => Promise<void>;
  /** SIGKILL: a crash, nothing finished. */
  kill: () => Promise<void>;
}

function run(command: string, args: string[], env: Record<string, string>, cwd = ROOT) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    child,
    output: () => output,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

/** A TypeScript entry point of the server, run by Node with tsx, answering at /healthz. */
export async function startServer(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<Started> {
  const port = await freePort();
  const started = run(process.execPath, ['--import', 'tsx', script, ...args], {
    HOST: '127.0.0.1',
    PORT: String(port),
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${script} on ${url}`, async () => {
      if (started.child.exitCode !== null)
        throw new Error(`${script} exited:\n${started.output()}`);
      return (await fetch(`${url}/healthz`)).ok;
    });
  } catch (error) {
    await started.kill();
    throw new Error(`${String(error)}\n${started.output()}`);
  }
  return { url, port, process: started.child, ...started };
}

export interface RedisServer extends Started {
  /** Starts it again on the same port (empty: nothing is saved). */
  restart: () => Promise<RedisServer>;
}

async function pingRedis(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data: Buffer) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

/** Debian's redis-server on a loopback port, saving nothing, in a directory of its own. */
export async function startRedis(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-redis-'));
  const args = [
    '--port',
    String(chosen),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ];
  const started = run(REDIS_SERVER, [...args, '--dir', dir], {}, dir);
  await waitFor(`redis-server on port ${chosen}`, () => pingRedis(chosen), 20_000);
  const cleanUp = async <T>(step: () => Promise<T>) => {
    const result = await step();
    fs.rmSync(dir, { recursive: true, force: true });
    return result;
  };
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    process: started.child,
    output: started.output,
    stop: () => cleanUp(started.stop),
    kill: () => cleanUp(started.kill),
    restart: () => startRedis(chosen),
  };
}
