import { useState } from 'preact/hooks';
import type { WireError } from '../../messaging/result';
import { ErrorBox } from '../../ui/ErrorBox';
import { t } from '../../shared/i18n';
import type { TillView } from '../hooks/useTill';

/** "Who is at the till?": a name from the manager's list, or typed when the manager allows it. No password. */
export function CashierChooser({ till, onDone }: { till: TillView; onDone: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<WireError | null>(null);
  const choose = async (name: string | null) => {
    const refused = await till.setCashier(name);
    setError(refused);
    if (!refused) onDone();
  };
  return (
    <section class="cashier-chooser" aria-labelledby="cashier-title">
      <h2 id="cashier-title">{t('cashier_who')}</h2>
      {till.tillName ? <p class="muted">{t('cashier_at_till', till.tillName)}</p> : null}
      {till.cashiers.length > 0 ? (
        <ul class="cashier-list" aria-labelledby="cashier-title">
          {till.cashiers.map((name) => (
            <li key={name}>
              <button type="button" aria-pressed={till.cashier === name} onClick={() => void choose(name)}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {till.freeText ? (
        <form
          class="cashier-typed"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim() !== '') void choose(typed);
          }}
        >
          <div class="field">
            <label for="cashier-name">{t('cashier_typed_label')}</label>
            <input id="cashier-name" value={typed} maxLength={32} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary" disabled={typed.trim() === ''}>
            {t('cashier_start')}
          </button>
        </form>
      ) : null}
      {error ? <ErrorBox error={error} title={t('cashier_refused')} /> : null}
      <div class="actions wrap">
        {till.cashier ? (
          <button type="button" onClick={() => void choose(null)}>
            {t('cashier_end')}
          </button>
        ) : null}
        <button type="button" class="link" onClick={onDone}>
          {till.cashier ? t('common_back') : t('cashier_skip')}
        </button>
      </div>
    </section>
  );
}
