import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WebhookVerdict } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { ErrorBox } from '../ui/ErrorBox';
import { describedBy, Field } from '../ui/Field';
import { plural, t } from '../shared/i18n';
import { splitRawRequest } from './raw-request';
import { bytesText } from './verdict-text';

export interface Prefill {
  body: string;
  signature: string;
  /** Changes on every prefill, so the same values can be loaded twice. */
  nonce: number;
}

interface Props {
  prefill: Prefill | null;
  hasStoredSecret: boolean | null;
  onVerdict: (verdict: WebhookVerdict) => void;
}

type Mode = 'fields' | 'raw';

export function VerifyForm({ prefill, hasStoredSecret, onVerdict }: Props) {
  const [mode, setMode] = useState<Mode>('fields');
  const [body, setBody] = useState('');
  const [signature, setSignature] = useState('');
  const [raw, setRaw] = useState('');
  const [secret, setSecret] = useState('');
  const [crlf, setCrlf] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const [rawError, setRawError] = useState<string | null>(null);

  useEffect(() => {
    if (!prefill) return;
    setMode('fields');
    setBody(prefill.body);
    setSignature(prefill.signature);
  }, [prefill]);

  const split = useMemo(() => (mode === 'raw' && raw.trim() ? splitRawRequest(raw) : null), [mode, raw]);

  async function verify(event: Event) {
    event.preventDefault();
    setError(null);
    setRawError(null);
    let input = { body, signature };
    if (mode === 'raw') {
      const result = splitRawRequest(raw);
      if (!result.ok) {
        setRawError(result.error);
        return;
      }
      input = { body: result.body, signature: result.signature ?? '' };
    }
    // Text boxes turn every CRLF into LF, so CRLF bodies are restored on request.
    if (crlf) input = { ...input, body: input.body.replace(/\r?\n/g, '\r\n') };
    setBusy(true);
    const reply = await send('webhook.verify', secret === '' ? input : { ...input, secret });
    setBusy(false);
    if (reply.ok) onVerdict(reply.data);
    else setError(reply.error);
  }

  const secretHint =
    hasStoredSecret === false
      ? t('panel_verify_secret_hint_none')
      : t('panel_verify_secret_hint');

  return (
    <form class="verify-form" onSubmit={verify} noValidate>
      <fieldset class="mode">
        <legend class="visually-hidden">{t('panel_verify_what_to_paste')}</legend>
        <label>
          <input type="radio" name="verify-mode" checked={mode === 'fields'} onChange={() => setMode('fields')} /> {t('panel_verify_mode_fields')}
        </label>
        <label>
          <input type="radio" name="verify-mode" checked={mode === 'raw'} onChange={() => setMode('raw')} /> {t('panel_verify_mode_raw')}
        </label>
      </fieldset>

      {mode === 'fields' ? (
        <>
          <Field id="verify-body" label={t('panel_verify_body_label')} hint={t('panel_verify_body_hint')} aside={plural('panel_chars', body.length)}>
            <textarea
              id="verify-body"
              rows={9}
              spellcheck={false}
              value={body}
              onInput={(e) => setBody(e.currentTarget.value)}
              aria-describedby={describedBy('verify-body', null, true)}
            />
          </Field>
          <Field id="verify-signature" label={t('panel_verify_signature_label')} hint={t('panel_verify_signature_hint', 'chainside-signature')}>
            <input
              id="verify-signature"
              class="mono"
              autocomplete="off"
              spellcheck={false}
              value={signature}
              onInput={(e) => setSignature(e.currentTarget.value)}
              aria-describedby={describedBy('verify-signature', null, true)}
            />
          </Field>
        </>
      ) : (
        <Field
          id="verify-raw"
          label={t('panel_verify_raw_label')}
          error={rawError ?? (split && !split.ok ? split.error : null)}
          hint={
            split?.ok ? (
              <span data-testid="raw-preview">
                {split.requestLine ?? t('panel_raw_no_request_line')} · {plural('panel_raw_headers', split.headers.length)} ·{' '}
                {t('panel_body_size', bytesText(new TextEncoder().encode(split.body).byteLength))} ·{' '}
                {split.signature === null ? t('panel_raw_no_signature', 'chainside-signature') : t('panel_raw_signature_found', 'chainside-signature')}
                {split.warnings.map((w) => <span class="warning" key={w}>{w}</span>)}
              </span>
            ) : (
              t('panel_verify_raw_hint')
            )
          }
        >
          <textarea
            id="verify-raw"
            rows={12}
            spellcheck={false}
            value={raw}
            placeholder={'POST /webhooks/webpos HTTP/1.1\nContent-Type: application/json\nchainside-signature: …\n\n{"event":"payment.completed",…}'}
            onInput={(e) => {
              setRaw(e.currentTarget.value);
              setRawError(null);
            }}
            aria-invalid={Boolean(rawError ?? (split && !split.ok))}
            aria-describedby={describedBy('verify-raw', rawError ?? (split && !split.ok ? split.error : null), true)}
          />
        </Field>
      )}

      <label class="checkbox">
        <input type="checkbox" checked={crlf} onChange={(e) => setCrlf(e.currentTarget.checked)} /> {t('panel_crlf_label')}
        <span class="muted"> {t('panel_crlf_note')}</span>
      </label>

      <Field id="verify-secret" label={t('panel_secret_optional')} hint={secretHint}>
        <input
          id="verify-secret"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={secret}
          onInput={(e) => setSecret(e.currentTarget.value)}
          aria-describedby={describedBy('verify-secret', null, true)}
        />
      </Field>

      <div class="actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {t('panel_verify_button')}
        </button>
        {busy ? <span class="muted">{t('panel_verify_checking')}</span> : null}
      </div>
      {error ? <ErrorBox error={error} title={t('panel_verify_failed')} /> : null}
    </form>
  );
}
