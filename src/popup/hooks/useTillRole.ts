import { useEffect, useState } from 'preact/hooks';
import type { RoleState } from '../../messaging/protocol';
import { send } from '../../messaging/send';

/**
 * Whether this page may offer the actions a cashier may not take on another till's order
 * (Cancel, the sandbox's test steps). The worker refuses them anyway; this only keeps a
 * cashier from being offered them and refused after confirming. Until the role is known,
 * only orders made here get them.
 */
export function useMayActOn(createdHere: boolean): boolean {
  const [role, setRole] = useState<RoleState['role'] | null>(null);
  useEffect(() => {
    let alive = true;
    void send('role.get', null).then((result) => {
      if (alive && result.ok) setRole(result.data.role);
    });
    return () => {
      alive = false;
    };
  }, []);
  return createdHere || role === 'manager';
}
