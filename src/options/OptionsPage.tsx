import { useEffect, useState } from 'preact/hooks';
import { text as localText } from '../shared/local-text';
import browser from 'webextension-polyfill';
import { insecureForLive, optionalPermissionFor } from '../shared/hosts';
import { t } from '../shared/i18n';
import { SETTINGS_LIMITS } from '../shared/limits';
import type { ConnectionReport, PublicSettings, RoleState } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { HOSTS } from '../sdk';
import { describedBy, Field } from '../ui/Field';
import { EMPTY_FORM, errorsFromFields, formFromSettings, toSettingsForm, toSettingsSave, type FieldErrors, type FieldName, type FormState } from './form';
import { ManagerCard } from './ManagerCard';
import { PassphraseCard } from './PassphraseCard';
import { PassphraseSetup } from './PassphraseSetup';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'ok'; text: string }
  | { kind: 'error'; error: WireError };

const MODE_NAMES = { sandbox: 'Sandbox', live: 'Live' } as const;
const { timeoutSeconds: TIMEOUT, pollIntervalSeconds: POLL } = SETTINGS_LIMITS;

function connectedText(report: ConnectionReport): string {
  return `Connected to WebPOS ${MODE_NAMES[report.mode]} at ${report.host}.`;
}

/**
 * Asks for access to a custom API host. Must run first thing in a click handler:
 * the browser only shows its prompt during the user's gesture.
 */
function requestHostAccess(mode: FormState['mode'], baseUrl: string): Promise<boolean> | null {
  // An address the worker will refuse anyway is not worth a permission prompt.
  if (insecureForLive(mode, baseUrl)) return null;
  const pattern = optionalPermissionFor(baseUrl);
  if (!pattern) return null;
  return browser.permissions.request({ origins: [pattern] });
}

export function OptionsPage() {
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [saved, setSaved] = useState<PublicSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<WireError | null>(null);
  const [role, setRole] = useState<RoleState | null>(null);
  const cashier = role?.role === 'cashier';

  useEffect(() => {
    void send('settings.get', null).then((result) => {
      if (result.ok) {
        setSaved(result.data);
        setForm(formFromSettings(result.data));
      } else setLoadError(result.error);
    });
  }, []);

  const set = <K extends FieldName>(key: K, value: FormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const fail = (error: WireError) => {
    setErrors(errorsFromFields(error.fields));
    setStatus({ kind: 'error', error });
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    const access = requestHostAccess(form.mode, form.baseUrl); // before any await: needs the click's gesture
    setStatus({ kind: 'busy', text: 'Saving…' });
    if (access && !(await access.catch(() => false))) {
      const message = 'The browser did not allow access to this host, so the settings were not saved.';
      setErrors({ baseUrl: message });
      setStatus({ kind: 'error', error: { code: 'permission_denied', message, text: localText('error_host_access_refused') } });
      return;
    }
    const request = toSettingsSave(form);
    if ('errors' in request) {
      setErrors(request.errors);
      setStatus({ kind: 'error', error: { code: 'invalid_settings', message: 'The two passphrases differ.', text: localText('error_passphrases_differ') } });
      return;
    }
    const result = await send('settings.save', request.save);
    if (!result.ok) return fail(result.error);
    setSaved(result.data);
    setForm(formFromSettings(result.data));
    setErrors({});
    setStatus({ kind: 'ok', text: 'Settings saved.' });
  };

  const onTest = async () => {
    setStatus({ kind: 'busy', text: 'Testing the connection…' });
    const result = await send('settings.test', toSettingsForm(form));
    if (!result.ok) return fail(result.error);
    setErrors({});
    setStatus({ kind: 'ok', text: connectedText(result.data) });
  };

  const busy = status.kind === 'busy';
  const text = (id: FieldName, props: Record<string, unknown> = {}, hasHint = false) => ({
    id,
    name: id,
    value: form[id] as string,
    onInput: (e: Event) => set(id, (e.currentTarget as HTMLInputElement).value),
    'aria-invalid': Boolean(errors[id]),
    'aria-describedby': describedBy(id, errors[id], hasHint),
    ...props,
  });

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icons/icon-48.png" alt="" width={40} height={40} />
        <div>
          <h1>WebPOS Counter settings</h1>
          <p class="muted">Connect the extension to your Chainside Pay WebPOS account.</p>
        </div>
      </header>

      {loadError ? (
        <div class="error-box" role="alert">
          <strong>The settings could not be loaded</strong>
          <div>{loadError.message}</div>
        </div>
      ) : null}

      <ManagerCard onRole={setRole} />

      <form class="options-form" onSubmit={onSave} noValidate>
        <fieldset class="plain" disabled={cashier}>
        <section class="card">
          <h2>Account</h2>
          <fieldset class="field" aria-describedby={describedBy('mode', errors.mode, true)}>
            <legend class="field-label">Mode</legend>
            <div class="segmented">
              {(['sandbox', 'live'] as const).map((mode) => (
                <label key={mode} class={form.mode === mode ? 'selected' : undefined}>
                  <input type="radio" name="mode" value={mode} checked={form.mode === mode} onChange={() => set('mode', mode)} />
                  {MODE_NAMES[mode]}
                </label>
              ))}
            </div>
            <div class="field-hint" id="mode-hint">
              {form.mode === 'sandbox' ? 'Test orders with no real money; payments can be simulated.' : 'Real orders and real payments.'}
            </div>
            {errors.mode ? (
              <div class="field-error" id="mode-error">
                {errors.mode}
              </div>
            ) : null}
          </fieldset>

          <Field id="clientId" label="Client ID" error={errors.clientId}>
            <input type="text" autocomplete="off" spellcheck={false} {...text('clientId')} />
          </Field>

          <Field
            id="secret"
            label="Secret"
            error={errors.secret}
            hint={
              saved?.hasSecret
                ? `A secret is set (fingerprint ${saved.secretFingerprint ?? '—'}). Leave blank to keep it. It is only ever sent to the mode and API address it was saved with: changing either asks for it again.`
                : 'Stored only inside the extension’s background and sent only to the mode and API address it is saved with; no page ever shows it again.'
            }
          >
            <input
              type="password"
              autocomplete="new-password"
              placeholder={saved?.hasSecret ? '••••••••  (unchanged)' : ''}
              {...text('secret', {}, true)}
            />
          </Field>
        </section>

        <section class="card">
          <h2>Connection</h2>
          <Field
            id="baseUrl"
            label="API base URL"
            aside="Optional"
            error={errors.baseUrl}
            hint={`Blank uses ${HOSTS[form.mode]}. Other hosts ask for permission when you save.`}
          >
            <input type="url" inputMode="url" spellcheck={false} placeholder={HOSTS[form.mode]} {...text('baseUrl', {}, true)} />
          </Field>

          <div class="two-columns">
            <Field id="timeoutSeconds" label="Request timeout (seconds)" error={errors.timeoutSeconds} hint={`${TIMEOUT.min} to ${TIMEOUT.max}.`}>
              <input type="number" min={TIMEOUT.min} max={TIMEOUT.max} step={1} inputMode="numeric" {...text('timeoutSeconds', {}, true)} />
            </Field>
            <Field id="pollIntervalSeconds" label="Refresh interval (seconds)" error={errors.pollIntervalSeconds} hint={`${POLL.min} to ${POLL.max}.`}>
              <input type="number" min={POLL.min} max={POLL.max} step={1} inputMode="numeric" {...text('pollIntervalSeconds', {}, true)} />
            </Field>
          </div>

          <div class="field checkbox-field">
            <label for="notifications">
              <input
                id="notifications"
                type="checkbox"
                checked={form.notifications}
                onChange={(e) => set('notifications', e.currentTarget.checked)}
                aria-describedby="notifications-hint"
              />
              Notifications
            </label>
            <div class="field-hint" id="notifications-hint">
              Tell me when an order created here is paid, partly paid, expires, is cancelled, disputed or charged back.
            </div>
            {errors.notifications ? <div class="field-error">{errors.notifications}</div> : null}
          </div>

          <div class="field checkbox-field">
            <label for="sound">
              <input id="sound" type="checkbox" checked={form.sound} onChange={(e) => set('sound', e.currentTarget.checked)} aria-describedby="sound-hint" />
              {t('options_sound_label')}
            </label>
            <div class="field-hint" id="sound-hint">{t('options_sound_hint')}</div>
            {errors.sound ? <div class="field-error">{errors.sound}</div> : null}
          </div>

          <Field id="customerLanguage" label={t('options_customer_language_label')} error={errors.customerLanguage} hint={t('options_customer_language_hint')}>
            <select
              id="customerLanguage"
              aria-describedby={describedBy('customerLanguage', errors.customerLanguage, true)}
              value={form.customerLanguage} onChange={(e) => set('customerLanguage', e.currentTarget.value as FormState['customerLanguage'])}>
              <option value="auto">{t('options_customer_language_auto')}</option>
              <option value="en" lang="en">{t('language_en')}</option>
              <option value="it" lang="it">{t('language_it')}</option>
            </select>
          </Field>
        </section>

        {saved?.vault === 'off' || !saved ? <PassphraseSetup form={form} errors={errors} set={set} /> : null}

        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            Save
          </button>
          <button type="button" onClick={onTest} disabled={busy}>
            Test connection
          </button>
        </div>

        </fieldset>

        <div role="status" aria-live="polite" class={`status status-${status.kind}`}>
          {status.kind === 'busy' || status.kind === 'ok' ? status.text : null}
          {status.kind === 'error' ? (
            <>
              <strong>{status.error.code === 'invalid_settings' ? 'Please correct the marked fields.' : 'Not connected.'}</strong>{' '}
              {status.error.code === 'invalid_settings' ? null : status.error.message}
              {status.error.requestId ? <span class="muted"> Request id: {status.error.requestId}</span> : null}
            </>
          ) : null}
        </div>
      </form>

      {saved && saved.vault !== 'off' && !cashier ? <PassphraseCard vault={saved.vault} onChanged={(next, done) => (setSaved(next), setForm(formFromSettings(next)), next.vault === 'off' ? setStatus({ kind: 'ok', text: done }) : undefined)} /> : null}
    </main>
  );
}
