/** The till's messages: who is at the till this shift (the till's name is a setting). */

/** The cashier chosen for this shift; null when nobody chose (or the till was locked since). */
export interface CashierState {
  name: string | null;
  /** The saved settings offer a chooser (a list of cashiers, or free text): a page's snapshot of settings may be stale. */
  offered: boolean;
}

export interface TillMessages {
  'till.cashier.get': { request: null; response: CashierState };
  /** null ends the shift; a name must be on the manager's list unless free text is allowed. */
  'till.cashier.set': { request: { name: string | null }; response: CashierState };
}
