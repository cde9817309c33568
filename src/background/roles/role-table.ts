/** Every message's role rule, joined from the table beside each feature folder's handlers. */
import type { RoleTable } from './rules';
import { createRules } from '../create/handlers';
import { dayRules } from '../day/handlers';
import { orderRules } from '../orders/handlers';
import { platformRules } from '../platform/handlers';
import { policyRules } from '../policy/handlers';
import { roleRules } from './handlers';
import { sandboxEventRules } from '../sandbox-events';
import { settingsRules } from '../settings/handlers';
import { vaultRules } from '../vault/handlers';
import { webhookRules } from '../webhook';
import { tillRules } from '../till/handlers';

/** `satisfies`: a message type with no rule, or a rule for no message, does not compile. */
export const ROLE_RULES = {
  ...platformRules,
  ...settingsRules,
  ...vaultRules,
  ...roleRules,
  ...orderRules,
  ...createRules,
  ...webhookRules,
  ...sandboxEventRules,
  ...policyRules,
  ...dayRules,
  ...tillRules,
} satisfies RoleTable;
