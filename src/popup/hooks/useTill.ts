import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PublicSettings, RoleState } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';

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
  /** The worker has said who is at the till (the chooser is not offered before). */
  known: boolean;
  setCashier: (name: string | null) => Promise<WireError | null>;
  /** A lock ended the shift: the worker forgot the cashier and the role. */
  reread: () => void;
}

export function useTill(settings: PublicSettings | null): TillView {
  const [cashier, setCashierState] = useState<string | null>(null);
  const [role, setRole] = useState<RoleState['role'] | null>(null);
  const [known, setKnown] = useState(false);
  const reread = useCallback(() => {
    void Promise.all([send('till.cashier.get', null), send('role.get', null)]).then(([who, roleResult]) => {
      if (who.ok) setCashierState(who.data.name);
      if (roleResult.ok) setRole(roleResult.data.role);
      setKnown(true);
    });
  }, []);
  useEffect(reread, [reread]);
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
    cashier, role, known, setCashier, reread,
  };
}
