import type { PublicSettings } from '../messaging/protocol';
import { t } from '../shared/i18n';
import { describedBy, Field } from '../ui/Field';
import { hintFor, textInput } from './fields';
import type { FormState, SectionProps } from './form';

function modeName(mode: FormState['mode']): string {
  return mode === 'sandbox' ? t('options_mode_sandbox') : t('options_mode_live');
}

/** Which WebPOS account this till uses: the mode, the client id and the secret. */
export function AccountCard(props: SectionProps & { saved: PublicSettings | null }) {
  const { form, errors, set, saved, fixed } = props;
  return (
    <section class="card">
      <h2>{t('options_account_heading')}</h2>
      <fieldset class="field" aria-describedby={describedBy('mode', errors.mode, true)}>
        <legend class="field-label">{t('options_mode_label')}</legend>
        <div class="segmented">
          {(['sandbox', 'live'] as const).map((mode) => (
            <label key={mode} class={form.mode === mode ? 'selected' : undefined}>
              <input type="radio" name="mode" value={mode} checked={form.mode === mode} disabled={fixed?.('mode')} onChange={() => set('mode', mode)} />
              {modeName(mode)}
            </label>
          ))}
        </div>
        <div class="field-hint" id="mode-hint">
          {hintFor(props, 'mode', form.mode === 'sandbox' ? t('options_mode_sandbox_hint') : t('options_mode_live_hint'))}
        </div>
        {errors.mode ? (
          <div class="field-error" id="mode-error">
            {errors.mode}
          </div>
        ) : null}
      </fieldset>

      <Field id="clientId" label={t('options_client_id_label')} error={errors.clientId} hint={hintFor(props, 'clientId', t('options_client_id_hint'))}>
        <input type="text" autocomplete="off" spellcheck={false} {...textInput('clientId', props, true)} />
      </Field>

      <Field
        id="secret"
        label={t('options_secret_label')}
        error={errors.secret}
        hint={saved?.hasSecret ? t('options_secret_hint_set', saved.secretFingerprint ?? '—') : t('options_secret_hint_new')}
      >
        <input type="password" autocomplete="new-password" placeholder={saved?.hasSecret ? t('options_secret_unchanged') : ''} {...textInput('secret', props, true)} />
      </Field>
    </section>
  );
}
