import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OrderRow } from '../../messaging/protocol';
import { tagsOf } from '../../messaging/order-tags';
import { t } from '../../shared/i18n';

export type TillScope = 'this' | 'all';

/** Only this till's orders, or every till's. A cashier starts on this till's; the manager on all. */
export function useTillScope(tillName: string, cashierMode: boolean) {
  const [scope, setScope] = useState<TillScope>(cashierMode && tillName ? 'this' : 'all');
  // The role arrives after the first drawing: a cashier is moved to this till once, then chooses.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current || !cashierMode || !tillName) return;
    moved.current = true;
    setScope('this');
  }, [cashierMode, tillName]);
  const effective: TillScope = tillName ? scope : 'all';
  return { scope: effective, setScope };
}

/** The rows a scope keeps (same array when nothing is left out). */
export function useScopedRows(rows: readonly OrderRow[], scope: TillScope, tillName: string): readonly OrderRow[] {
  return useMemo(() => (scope === 'this' ? rows.filter((row) => tagsOf(row.details).till === tillName) : rows), [rows, scope, tillName]);
}

export function TillFilter({ tillName, scope, onChange }: { tillName: string; scope: TillScope; onChange: (scope: TillScope) => void }) {
  return (
    <div class="field">
      <label for="till-filter">{t('orders_till_filter')}</label>
      <select id="till-filter" value={scope} onChange={(e) => onChange(e.currentTarget.value as TillScope)}>
        <option value="this">{t('orders_till_this', tillName)}</option>
        <option value="all">{t('orders_till_all')}</option>
      </select>
    </div>
  );
}
