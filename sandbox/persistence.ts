import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { StoredOrder } from './order-model';
import type { StoredToken } from './tokens';

export interface PersistedState {
  version: 1;
  clockOffsetMs: number;
  orders: StoredOrder[];
  tokens: [string, StoredToken][];
}

/** Reads the data file once at start-up (sync is fine there); undefined when it does not exist. */
export function loadState(file: string): PersistedState | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || (parsed as { version?: unknown }).version !== 1) {
    throw new Error(`${file} is not a sandbox data file (version 1)`);
  }
  return parsed as PersistedState;
}

/** Debounced, asynchronous, atomic (write-then-rename) saves: never blocks a request. */
export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly snapshot: () => PersistedState,
    private readonly delayMs = 200,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, this.delayMs);
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await this.write();
    }
    await this.writing;
  }

  private write(): Promise<void> {
    const data = JSON.stringify(this.snapshot());
    const tmp = `${this.file}.tmp`;
    this.writing = this.writing
      .then(() => writeFile(tmp, data, 'utf8'))
      .then(() => rename(tmp, this.file))
      .catch((err: unknown) => {
        console.error(`sandbox: could not save ${this.file}:`, err);
      });
    return this.writing;
  }
}
