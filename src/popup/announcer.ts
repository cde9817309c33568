/**
 * What a screen reader hears when the order on screen changes: the app shell keeps one
 * polite live region from the first paint (a region added together with its text is often
 * not read), and the order view tells it Paid, Part-paid, Expired or Cancelled, once each.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockchainStatus } from '../sdk';
import { statusLabel } from '../shared/status';

const ANNOUNCED: ReadonlySet<BlockchainStatus> = new Set<BlockchainStatus>(['paid', 'partial', 'expired', 'cancelled']);

type Listener = (text: string) => void;
let listener: Listener | null = null;
const told = new Set<string>();

/** The live region's text; the region re-renders it whenever something is announced. */
export function useAnnouncement(): string {
  const [text, setText] = useState('');
  useEffect(() => {
    listener = setText;
    return () => {
      if (listener === setText) listener = null;
    };
  }, []);
  return text;
}

/** Announces an order's status once, when it turns into one worth hearing while on screen. */
export function announceStatus(uuid: string, before: BlockchainStatus | undefined, now: BlockchainStatus): boolean {
  if (before === undefined || before === now || !ANNOUNCED.has(now)) return false;
  const key = `${uuid}:${now}`;
  if (told.has(key)) return false;
  told.add(key);
  listener?.(statusLabel({ blockchain_status: now }).word);
  return true;
}

/** Follows the order on screen and announces its status changes. */
export function useStatusAnnouncement(uuid: string, status: BlockchainStatus | undefined): void {
  const seen = useRef<BlockchainStatus | undefined>(undefined);
  useEffect(() => {
    if (status === undefined) return;
    announceStatus(uuid, seen.current, status);
    seen.current = status;
  }, [uuid, status]);
}

/** For tests: forgets what was told. */
export function resetAnnouncements(): void {
  told.clear();
}
