import { useEffect, useState } from 'preact/hooks';
import { text as localText } from '../shared/local-text';
import browser from 'webextension-polyfill';
import { insecureForLive, optionalPermissionFor } from '../shared/hosts';
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { SETTINGS_LIMITS } from '../shared/limits';
import type { ConnectionReport, PublicSettings, RoleState } from '../messaging/protocol';
import { errorText, type WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { HOSTS } from '../sdk/constants';
import { CopyDetails } from '../ui/ErrorBox';
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

const { timeoutSeconds: TIMEOUT, pollIntervalSeconds: POLL } = SETTINGS_LIMITS;

function modeName(mode: FormState['mode']): string {
  return mode === 'sandbox' ? t('options_mode_sandbox') : t('options_mode_live');
}

function connectedText(report: ConnectionReport): string {
  return report.mode === 'sandbox' ? t('options_connected_sandbox', report.host) : t('options_connected_live', report.host);
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
    setStatus({ kind: 'busy', text: t('options_saving') });
    if (access && !(await access.catch(() => false))) {
      setErrors({ baseUrl: t('options_host_permission_denied') });
      setStatus({
        kind: 'error',
        error: { code: 'permission_denied', message: 'The browser did not allow access to this host, so the settings were not saved.', text: localText('options_host_permission_denied') },
      });
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
    setStatus({ kind: 'ok', text: t('options_saved') });
  };

  const onTest = async () => {
    setStatus({ kind: 'busy', text: t('options_testing') });
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

      <ManagerCard onRole={setRole} />

      <form class="options-form" onSubmit={onSave} noValidate>
        <fieldset class="plain" disabled={cashier}>
        <section class="card">
          <h2>{t('options_account_heading')}</h2>
          <fieldset class="field" aria-describedby={describedBy('mode', errors.mode, true)}>
            <legend class="field-label">{t('options_mode_label')}</legend>
            <div class="segmented">
              {(['sandbox', 'live'] as const).map((mode) => (
                <label key={mode} class={form.mode === mode ? 'selected' : undefined}>
                  <input type="radio" name="mode" value={mode} checked={form.mode === mode} onChange={() => set('mode', mode)} />
                  {modeName(mode)}
                </label>
              ))}
            </div>
            <div class="field-hint" id="mode-hint">
              {form.mode === 'sandbox' ? t('options_mode_sandbox_hint') : t('options_mode_live_hint')}
            </div>
            {errors.mode ? (
              <div class="field-error" id="mode-error">
                {errors.mode}
              </div>
            ) : null}
          </fieldset>

          <Field id="clientId" label={t('options_client_id_label')} error={errors.clientId} hint={t('options_client_id_hint')}>
            <input type="text" autocomplete="off" spellcheck={false} {...text('clientId', {}, true)} />
          </Field>

          <Field
            id="secret"
            label={t('options_secret_label')}
            error={errors.secret}
            hint={saved?.hasSecret ? t('options_secret_hint_set', saved.secretFingerprint ?? '—') : t('options_secret_hint_new')}
          >
            <input
              type="password"
              autocomplete="new-password"
              placeholder={saved?.hasSecret ? t('options_secret_unchanged') : ''}
              {...text('secret', {}, true)}
            />
          </Field>
        </section>

        <section class="card">
          <h2>{t('options_connection_heading')}</h2>
          <Field
            id="baseUrl"
            label={t('options_base_url_label')}
            aside={t('common_optional')}
            error={errors.baseUrl}
            hint={t('options_base_url_hint', HOSTS[form.mode])}
          >
            <input type="url" inputMode="url" spellcheck={false} placeholder={HOSTS[form.mode]} {...text('baseUrl', {}, true)} />
          </Field>

          <div class="two-columns">
            <Field id="timeoutSeconds" label={t('options_timeout_label')} error={errors.timeoutSeconds} hint={t('options_range_hint', formatNumber(TIMEOUT.min), formatNumber(TIMEOUT.max))}>
              <input type="number" min={TIMEOUT.min} max={TIMEOUT.max} step={1} inputMode="numeric" {...text('timeoutSeconds', {}, true)} />
            </Field>
            <Field id="pollIntervalSeconds" label={t('options_poll_label')} error={errors.pollIntervalSeconds} hint={t('options_range_hint', formatNumber(POLL.min), formatNumber(POLL.max))}>
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
              {t('options_notifications_label')}
            </label>
            <div class="field-hint" id="notifications-hint">
              {t('options_notifications_hint')}
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
            {t('common_save')}
          </button>
          <button type="button" onClick={onTest} disabled={busy}>
            {t('options_test_connection')}
          </button>
        </div>

        </fieldset>

        <div role="status" aria-live="polite" class={`status status-${status.kind}`}>
          {status.kind === 'busy' || status.kind === 'ok' ? status.text : null}
          {status.kind === 'error' ? (
            <>
              <strong>{status.error.code === 'invalid_settings' ? t('options_correct_fields') : t('options_not_connected')}</strong>{' '}
              {status.error.code === 'invalid_settings' ? null : errorText(status.error)}
              {status.error.code === 'invalid_settings' ? null : <> <CopyDetails error={status.error} /></>}
            </>
          ) : null}
        </div>
      </form>

      {saved && saved.vault !== 'off' && !cashier ? <PassphraseCard vault={saved.vault} onChanged={(next, done) => (setSaved(next), setForm(formFromSettings(next)), next.vault === 'off' ? setStatus({ kind: 'ok', text: done }) : undefined)} /> : null}
    </main>
  );
}
