import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConnectionReport, PolicyState, PublicSettings } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { t } from '../shared/i18n';
import { formatText, text as localText } from '../shared/local-text';
import { hostAccessError, requestHostAccess, type HostAccess } from './host-access';
import { EMPTY_FORM, errorsFromFields, formFromSettings, toSettingsForm, toSettingsSave, type FieldErrors, type FieldName, type FormState, type SetField } from './form';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'ok'; text: string }
  | { kind: 'error'; error: WireError };

/** The settings as saved, the form as typed, and the errors beside its fields. */
export function useSettingsForm() {
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [saved, setSaved] = useState<PublicSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [loadError, setLoadError] = useState<WireError | null>(null);
  const [policy, setPolicy] = useState<PolicyState | null>(null);
  /** Fields typed in before the saved settings first arrived (a cold worker can take seconds): kept over them. */
  const typedBeforeLoad = useRef<Set<FieldName> | null>(new Set());

  /** Shows what the worker now holds, in the form and beside it. */
  const show = (settings: PublicSettings) => {
    setSaved(settings);
    setForm(formFromSettings(settings));
  };

  const showLoaded = (settings: PublicSettings) => {
    const typed = typedBeforeLoad.current ?? new Set<FieldName>();
    typedBeforeLoad.current = null;
    setSaved(settings);
    setForm((current) => ({ ...formFromSettings(settings), ...Object.fromEntries([...typed].map((key) => [key, current[key]])) }));
  };

  useEffect(() => {
    void send('settings.get', null).then((result) => (result.ok ? showLoaded(result.data) : setLoadError(result.error)));
    void send('policy.get', null).then((result) => (result.ok ? setPolicy(result.data) : undefined));
  }, []);

  /** Managed values are always read-only (they win anyway); "lock settings" makes every one but the secret so. */
  const fixed = (name: FieldName) => (policy?.locked ? name !== 'secret' && !name.startsWith('passphrase') : (policy?.managed as readonly string[] | undefined)?.includes(name) === true);

  const set: SetField = (key, value) => {
    typedBeforeLoad.current?.add(key);
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  return { form, saved, errors, setErrors, loadError, set, show, policy, fixed };
}

type SettingsFormState = ReturnType<typeof useSettingsForm>;

function connectedText(report: ConnectionReport): string {
  return report.mode === 'sandbox' ? t('options_connected_sandbox', report.host) : t('options_connected_live', report.host);
}

/** Save and Test connection, and the line that says how they went. */
export function useSaveAndTest({ form, setErrors, show }: SettingsFormState) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const fail = (error: WireError) => {
    setErrors(errorsFromFields(error.fields));
    setStatus({ kind: 'error', error });
  };

  /** Says why the host is out of reach, beside the address and in the status; the form keeps what was typed. */
  const hostGranted = (access: HostAccess, action: 'save' | 'test'): boolean => {
    if (access === 'granted' || access === 'not_needed') return true;
    const error = hostAccessError(access, form.baseUrl, action);
    setErrors({ baseUrl: formatText(error.text) });
    setStatus({ kind: 'error', error });
    return false;
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    const access = requestHostAccess(form.mode, form.baseUrl); // before any await: needs the click's gesture
    setStatus({ kind: 'busy', text: t('options_saving') });
    if (!hostGranted(await access, 'save')) return;
    const request = toSettingsSave(form);
    if ('errors' in request) {
      setErrors(request.errors);
      setStatus({ kind: 'error', error: { code: 'invalid_settings', message: 'The two passphrases differ.', text: localText('error_passphrases_differ') } });
      return;
    }
    const result = await send('settings.save', request.save);
    if (!result.ok) return fail(result.error);
    show(result.data);
    setErrors({});
    setStatus({ kind: 'ok', text: t('options_saved') });
  };

  const onTest = async () => {
    const access = requestHostAccess(form.mode, form.baseUrl); // before any await, as in onSave
    setStatus({ kind: 'busy', text: t('options_testing') });
    if (!hostGranted(await access, 'test')) return;
    const result = await send('settings.test', toSettingsForm(form));
    if (!result.ok) return fail(result.error);
    setErrors({});
    setStatus({ kind: 'ok', text: connectedText(result.data) });
  };

  return { status, setStatus, onSave, onTest };
}
