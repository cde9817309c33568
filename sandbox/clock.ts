/** Wall clock plus an offset that POST /__sandbox/clock moves forward; every sandbox time reads from it. */
export class Clock {
  private offsetMs: number;

  constructor(offsetMs = 0) {
    this.offsetMs = offsetMs;
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(seconds: number): void {
    this.offsetMs += Math.round(seconds * 1000);
  }

  get offset(): number {
    return this.offsetMs;
  }

  setOffset(ms: number): void {
    this.offsetMs = ms;
  }
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
