/** For the Redis tests: a real redis-server on a free port (stoppable and restartable), and child processes to talk to. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A redis-server without persistence on one port; `stop()` and `start()` again on the same port. */
export class RedisServer {
  #process: ChildProcessWithoutNullStreams | undefined;
  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found: apt-get install -y redis-server (or set REDIS_SERVER)`);
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    this.#process = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  }

  /** Kills the server (SIGKILL: no goodbye to the clients) and waits until it is gone. */
  async stop(): Promise<void> {
    const child = this.#process;
    this.#process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/** A child process whose stdout lines can be awaited one at a time. */
export class Worker {
  readonly #lines: string[] = [];
  readonly #waiters: ((line: string) => void)[] = [];
  stderr = '';
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const waiter = this.#waiters.shift();
      if (waiter) waiter(line);
      else this.#lines.push(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }
  next(): Promise<string> {
    const line = this.#lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve, reject) => {
      this.#waiters.push(resolve);
      this.child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${this.stderr}`)));
    });
  }
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }
  /** Sends `exit` and waits for the process to end. */
  async exit(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send('exit');
    await exited;
  }
}

/** Starts `count` redis-worker.test-util.ts processes with `env` and waits until each says `ready`. */
export async function startWorkers(root: string, count: number, env: Record<string, string>): Promise<Worker[]> {
  const workers = Array.from(
    { length: count },
    () => new Worker(spawn(process.execPath, ['--import', 'tsx', 'src/sdk/redis-worker.test-util.ts'], { cwd: root, env: { ...process.env, ...env } })),
  );
  const greetings = await Promise.all(workers.map((w) => w.next()));
  if (greetings.some((line) => line !== 'ready')) throw new Error(`workers did not start: ${greetings.join(', ')}`);
  return workers;
}
