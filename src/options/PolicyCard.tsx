import type { PolicyState } from '../messaging/protocol';
import { t } from '../shared/i18n';
import { formatText } from '../shared/local-text';

/** Whether the organisation's policy says anything about this till. */
export function policyPresent(policy: PolicyState | null): policy is PolicyState {
  return policy !== null && (policy.managed.length > 0 || policy.locked || policy.pinManaged || policy.problems.length > 0);
}

/** What the organisation's policy sets here, that the secret is never part of it, and every policy value ignored, with why. */
export function PolicyCard({ policy }: { policy: PolicyState | null }) {
  if (!policyPresent(policy)) return null;
  return (
    <section class="card policy-card" aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('policy_heading')}</h2>
      <p>{policy.locked ? t('policy_locked_intro') : t('policy_managed_intro')}</p>
      <p>{t('policy_secret_note')}</p>
      {policy.pinManaged ? <p>{t('policy_pin_note')}</p> : null}
      {policy.problems.length > 0 ? (
        <div class="error-box" role="alert">
          <strong>{t('policy_problems_heading')}</strong>
          <ul>
            {policy.problems.map((problem) => (
              <li key={problem.key}>
                {problem.key === '*' ? formatText(problem.text) : `${t('policy_problem_key', problem.key)} ${formatText(problem.text)}`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
