import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WebhookVerdict } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { ErrorBox } from '../ui/ErrorBox';
import { describedBy, Field } from '../ui/Field';
import { splitRawRequest } from './raw-request';

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
      ? 'No secret is saved in the options: paste one. It is used for this check only and never stored.'
      : 'Blank uses the secret saved in the options, which never leaves the background. A pasted secret is used for this check only and never stored.';

  return (
    <form class="verify-form" onSubmit={verify} noValidate>
      <fieldset class="mode">
        <legend class="visually-hidden">What to paste</legend>
        <label>
          <input type="radio" name="verify-mode" checked={mode === 'fields'} onChange={() => setMode('fields')} /> Body and signature
        </label>
        <label>
          <input type="radio" name="verify-mode" checked={mode === 'raw'} onChange={() => setMode('raw')} /> Whole HTTP request
        </label>
      </fieldset>

      {mode === 'fields' ? (
        <>
          <Field id="verify-body" label="Webhook body" hint="The raw body exactly as received: every space and newline counts." aside={`${body.length.toLocaleString()} chars`}>
            <textarea
              id="verify-body"
              rows={9}
              spellcheck={false}
              value={body}
              onInput={(e) => setBody(e.currentTarget.value)}
              aria-describedby={describedBy('verify-body', null, true)}
            />
          </Field>
          <Field id="verify-signature" label="Signature" hint="The chainside-signature header value (base64).">
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
          label="Raw request"
          error={rawError ?? (split && !split.ok ? split.error : null)}
          hint={
            split?.ok ? (
              <span data-testid="raw-preview">
                {split.requestLine ?? 'No request line'} · {split.headers.length} header{split.headers.length === 1 ? '' : 's'} · body{' '}
                {new TextEncoder().encode(split.body).byteLength.toLocaleString()} bytes ·{' '}
                {split.signature === null ? 'no chainside-signature header' : 'chainside-signature found'}
                {split.warnings.map((w) => <span class="warning" key={w}>{w}</span>)}
              </span>
            ) : (
              'Request line, headers, a blank line, then the body, as your server logged it.'
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
        <input type="checkbox" checked={crlf} onChange={(e) => setCrlf(e.currentTarget.checked)} /> Body uses CRLF line endings
        <span class="muted"> (text boxes turn CRLF into LF when you paste)</span>
      </label>

      <Field id="verify-secret" label="Secret (optional)" hint={secretHint}>
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
          Verify
        </button>
        {busy ? <span class="muted">Checking…</span> : null}
      </div>
      {error ? <ErrorBox error={error} title="Could not verify" /> : null}
    </form>
  );
}
