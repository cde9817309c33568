import { useState } from 'preact/hooks';
import type { RoleState } from '../messaging/protocol';
import { errorText } from '../messaging/result';
import { t } from '../shared/i18n';
import { AccountCard } from './AccountCard';
import { AlertFields } from './AlertFields';
import { ConnectionCard } from './ConnectionCard';
import { CustomerDisplayField } from './CustomerDisplayField';
import { ShopNameField } from './ShopNameField';
import { ItemsCard } from './ItemsCard';
import { ManagerCard } from './ManagerCard';
import { PassphraseCard } from './PassphraseCard';
import { PassphraseSetup } from './PassphraseSetup';
import { PolicyCard } from './PolicyCard';
import { RefreshFields } from './RefreshFields';
import { SaveStatusLine } from './SaveStatus';
import { TillCard } from './TillCard';
import { ShortcutCard } from './ShortcutCard';
import { useSaveAndTest, useSettingsForm } from './useOptionsForm';

export function OptionsPage() {
  const settings = useSettingsForm();
  const { form, saved, errors, set, loadError, show, policy, fixed } = settings;
  const { status, setStatus, onSave, onTest } = useSaveAndTest(settings);
  const [role, setRole] = useState<RoleState | null>(null);
  const cashier = role?.role === 'cashier';
  const busy = status.kind === 'busy';
  const section = { form, errors, set, fixed };

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icons/icon-48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('page_title_options')}</h1>
          <p class="muted">{t('options_intro')}</p>
        </div>
      </header>

      {loadError ? (
        <div class="error-box" role="alert">
          <strong>{t('options_load_failed')}</strong>
          <div>{errorText(loadError)}</div>
        </div>
      ) : null}

      <PolicyCard policy={policy} />

      <ManagerCard onRole={setRole} policy={policy} />

      <form class="options-form" onSubmit={onSave} noValidate>
        <fieldset class="plain" disabled={cashier}>
          <AccountCard {...section} saved={saved} />
          <ConnectionCard {...section}>
            <RefreshFields {...section} />
            <AlertFields {...section} />
            <CustomerDisplayField {...section} />
            <ShopNameField {...section} />
          </ConnectionCard>
          <TillCard {...section} />
          <ItemsCard {...section} />

          {saved?.vault === 'off' || !saved ? <PassphraseSetup {...section} /> : null}

          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('common_save')}
            </button>
            <button type="button" onClick={onTest} disabled={busy}>
              {t('options_test_connection')}
            </button>
          </div>
        </fieldset>

        <SaveStatusLine status={status} />
      </form>

      {saved && saved.vault !== 'off' && !cashier ? (
        <PassphraseCard vault={saved.vault} onChanged={(next, done) => (show(next), next.vault === 'off' ? setStatus({ kind: 'ok', text: done }) : undefined)} />
      ) : null}

      <ShortcutCard />
    </main>
  );
}
