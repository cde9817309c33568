/** The manager PIN's messages: who is at the till. */

/** Who is at the till: without a manager PIN always the manager; with one, the cashier until the PIN is entered. */
export interface RoleState {
  pinSet: boolean;
  role: 'manager' | 'cashier';
  /** Epoch ms when the manager's session ends; null for none. */
  managerUntil: number | null;
}

export interface RoleMessages {
  'role.get': { request: null; response: RoleState };
  'role.elevate': { request: { pin: string }; response: RoleState };
  'role.drop': { request: null; response: RoleState };
  'role.setPin': { request: { pin: string }; response: RoleState };
  'role.removePin': { request: null; response: RoleState };
}
