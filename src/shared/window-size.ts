/** The customer display window's size, remembered between openings (the merchant sized it for their second screen). */

export interface WindowSize {
  width: number;
  height: number;
}

/** Sized for a small second screen facing the customer. */
export const DEFAULT_SIZE: WindowSize = { width: 800, height: 600 };
export const SIZE_KEY = 'customerDisplay.size';
const MIN = 320;
const MAX = 8000;

/** The remembered size from its stored text, or the default for anything missing or unreasonable. */
export function readSize(stored: string | null): WindowSize {
  try {
    const { width, height } = JSON.parse(stored ?? 'null') as Partial<WindowSize>;
    const fits = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= MIN && n <= MAX;
    return fits(width) && fits(height) ? { width, height } : DEFAULT_SIZE;
  } catch {
    return DEFAULT_SIZE;
  }
}
