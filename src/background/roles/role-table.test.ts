import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageType, OrderMessages } from '../../messaging/protocol';
import { MANAGER_ONLY } from './guard';
import { ROLE_RULES } from './role-table';
import type { RoleTable } from './rules';

describe('the role table', () => {
  it('has one rule per message type, no more and no fewer (checked by the compiler)', () => {
    expectTypeOf<keyof typeof ROLE_RULES>().toEqualTypeOf<MessageType>();
    // A folder's table that forgets one of its messages does not compile.
    // @ts-expect-error 'order.reset' has no rule
    const missing = { 'orders.cached': 'anyone', 'orders.refresh': 'anyone', 'orders.more': 'anyone', 'orders.export': 'anyone', 'order.get': 'anyone', 'order.cancel': 'anyone', 'order.callbacks': 'anyone', 'order.simulate': 'anyone' } satisfies RoleTable<keyof OrderMessages>;
    // Nor does a rule for a message nobody declared.
    // @ts-expect-error 'order.refund' is no message type
    const extra = { ...ROLE_RULES, 'order.refund': 'anyone' } satisfies RoleTable;
    expect(Object.keys(missing)).toHaveLength(8);
    expect(Object.keys(extra)).toContain('order.refund');
  });

  it('keeps the manager-only messages, and guards the panel, the export, cancel, the sandbox steps and the close of day by their own rules', () => {
    expect([...MANAGER_ONLY].sort()).toEqual(['role.removePin', 'role.setPin', 'settings.save', 'settings.test', 'vault.change', 'vault.remove']);
    const own = (Object.keys(ROLE_RULES) as MessageType[]).filter((type) => typeof ROLE_RULES[type] === 'function');
    expect(own.sort()).toEqual(['day.read', 'order.cancel', 'order.payPart', 'order.reset', 'order.simulate', 'orders.export', 'webhook.sign', 'webhook.verify']);
  });
});
