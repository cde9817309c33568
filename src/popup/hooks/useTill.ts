import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PublicSettings, RoleState } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { afterFirstPaint } from '../first-paint';

/** This till's name, who is at it this shift, and whether the till is in cashier mode. */
export interface TillView {
  tillName: string;
  cashiers: readonly string[];
  freeText: boolean;
  /** The shop keeps a list of cashiers or lets them type a name: the chooser has something to offer. */
  chooserOffered: boolean;
  cashier: string | null;
  /** Null until the worker said. */
  role: RoleState['role'] | null;
  /** The worker has said who is at the till and that its saved settings offer a chooser. */
  startShift: boolean;
  setCashier: (name: string | null) => Promise<WireError | null>;
  /** A lock ended the shift: the worker forgot the cashier and the role. */
  reread: () => void;
}

export function useTill(settings: PublicSettings | null): TillView {
  const [cashier, setCashierState] = useState<string | null>(null);
  const [role, setRole] = useState<RoleState['role'] | null>(null);
  const [startShift, setStartShift] = useState(false);
  const reread = useCallback(() => {
    void Promise.all([send('till.cashier.get', null), send('role.get', null)]).then(([who, roleResult]) => {
      if (roleResult.ok) setRole(roleResult.data.role);
      if (!who.ok) return;
      setCashierState(who.data.name);
      setStartShift(who.data.offered && who.data.name === null);
    });
  }, []);
  // Like every question at opening, asked once the first frame is on screen (see ../first-paint.ts).
  useEffect(() => void afterFirstPaint().then(reread), [reread]);
  const setCashier = useCallback(async (name: string | null) => {
    const result = await send('till.cashier.set', { name });
    if (!result.ok) return result.error;
    setCashierState(result.data.name);
    return null;
  }, []);
  const cashiers = settings?.cashiers ?? [];
  const freeText = settings?.cashierFreeText ?? false;
  return {
    tillName: settings?.tillName ?? '', cashiers, freeText, chooserOffered: cashiers.length > 0 || freeText,
    cashier, role, startShift, setCashier, reread,
  };
}
