/**
 * The managed policy as the browser hands it over: `storage.managed` (Chromium reads it from
 * enterprise policy, Firefox from policies.json). Read once at worker start and again when
 * the browser reports a change; a browser without managed storage reads as no policy.
 */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export class PolicySource {
  readonly #area: ManagedArea | undefined;
  readonly #warn: (what: string, error: unknown) => void;
  #raw: Promise<unknown> | undefined;

  constructor(area: ManagedArea | undefined, warn: (what: string, error: unknown) => void) {
    this.#area = area;
    this.#warn = warn;
  }

  /** The raw policy (`{}` without one). */
  read(): Promise<unknown> {
    this.#raw ??= this.#fetch();
    return this.#raw;
  }

  /** The browser reported a change: the next read asks it again. */
  invalidate(): void {
    this.#raw = undefined;
  }

  async #fetch(): Promise<unknown> {
    if (!this.#area) return {};
    try {
      return await this.#area.get();
    } catch (error) {
      // Firefox without a policy for this add-on rejects: that is the ordinary till, not a fault.
      if (!(error instanceof Error && /managed storage manifest not found/i.test(error.message))) this.#warn('reading the managed policy', error);
      return {};
    }
  }
}
