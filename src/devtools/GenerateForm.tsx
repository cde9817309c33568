import { useMemo, useState } from 'preact/hooks';
import { CALLBACK_EVENTS, type CallbackEventName } from '../sdk/constants';
import type { SecretSource } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { copyText } from '../ui/copy';
import { ErrorBox } from '../ui/ErrorBox';
import { describedBy, Field } from '../ui/Field';
import { t } from '../shared/i18n';
import { curlCommand } from './curl';
import { secretPhrase } from './verdict-text';
import { exampleBody } from './example-payload';

// From the constants module, not the SDK index, which would pull the schemas into the panel.
const EVENTS: readonly CallbackEventName[] = CALLBACK_EVENTS;

const pretty = (event: CallbackEventName) => JSON.stringify(JSON.parse(exampleBody(event)), null, 2);

interface Signed {
  signature: string;
  secretSource: SecretSource;
  body: string;
}

export function GenerateForm({ onVerifyThis }: { onVerifyThis: (body: string, signature: string) => void }) {
  const [event, setEvent] = useState<CallbackEventName>('payment.completed');
  const [body, setBody] = useState(() => pretty('payment.completed'));
  const [secret, setSecret] = useState('');
  const [url, setUrl] = useState('http://localhost:3000/webhooks/webpos');
  const [signed, setSigned] = useState<Signed | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<'signature' | 'curl' | null>(null);

  const jsonProblem = useMemo(() => {
    try {
      JSON.parse(body);
      return null;
    } catch {
      return t('panel_generate_not_json');
    }
  }, [body]);
  const curl = signed ? curlCommand(url, signed.body, signed.signature) : null;

  async function sign(e: Event) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const reply = await send('webhook.sign', secret === '' ? { body } : { body, secret });
    setBusy(false);
    if (reply.ok) setSigned({ ...reply.data, body });
    else {
      setSigned(null);
      setError(reply.error);
    }
  }

  async function copy(what: 'signature' | 'curl', text: string) {
    setCopied((await copyText(text)) ? what : null);
  }

  return (
    <form class="generate-form" onSubmit={sign} noValidate>
      <Field id="gen-event" label={t('panel_generate_event')}>
        <select
          id="gen-event"
          value={event}
          onChange={(e) => {
            const next = e.currentTarget.value as CallbackEventName;
            setEvent(next);
            setBody(pretty(next));
            setSigned(null);
          }}
        >
          {EVENTS.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </Field>
      <Field id="gen-body" label={t('panel_generate_body')} hint={jsonProblem ?? t('panel_generate_body_hint', 'CallbackPaymentOrder')}>
        <textarea
          id="gen-body"
          rows={14}
          spellcheck={false}
          value={body}
          onInput={(e) => {
            setBody(e.currentTarget.value);
            setSigned(null);
          }}
          aria-describedby={describedBy('gen-body', null, true)}
        />
      </Field>
      <Field id="gen-secret" label={t('panel_generate_secret')} hint={t('panel_generate_secret_hint')}>
        <input id="gen-secret" type="password" autocomplete="off" spellcheck={false} value={secret} onInput={(e) => setSecret(e.currentTarget.value)} aria-describedby={describedBy('gen-secret', null, true)} />
      </Field>
      <Field id="gen-url" label={t('panel_generate_url')} error={curl && !curl.ok ? curl.error : null} hint={t('panel_generate_url_hint')}>
        <input
          id="gen-url"
          type="url"
          spellcheck={false}
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
          aria-invalid={Boolean(curl && !curl.ok)}
          aria-describedby={describedBy('gen-url', curl && !curl.ok ? curl.error : null, true)}
        />
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{t('panel_generate_sign')}</button>
      </div>
      {error ? <ErrorBox error={error} title={t('panel_generate_failed')} /> : null}

      {signed ? (
        <section class="signed" aria-label={t('panel_generate_signed')}>
          <div class="field-row">
            <span class="field-label" id="gen-signature-label">chainside-signature</span>
            <span class="muted">{t('panel_generate_signed_with', secretPhrase(signed.secretSource))}</span>
          </div>
          <div class="copy-row">
            <code aria-labelledby="gen-signature-label" class="signature-out" data-testid="signature">{signed.signature}</code>
            <button type="button" onClick={() => copy('signature', signed.signature)}>
              {copied === 'signature' ? t('common_copied') : t('panel_generate_copy_signature')}
            </button>
          </div>
          {curl?.ok ? (
            <>
              <div class="field-row">
                <span class="field-label" id="gen-curl-label">curl</span>
                <button type="button" onClick={() => copy('curl', curl.command)}>
                  {copied === 'curl' ? t('common_copied') : t('panel_generate_copy_curl')}
                </button>
              </div>
              <pre class="curl" aria-labelledby="gen-curl-label" tabIndex={0}>{curl.command}</pre>
            </>
          ) : null}
          <button type="button" class="link" onClick={() => onVerifyThis(signed.body, signed.signature)}>
            {t('panel_generate_load')}
          </button>
        </section>
      ) : null}
    </form>
  );
}
