import { useEffect, useState } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import type { CallbackEventName } from '../../sdk';
import { ErrorBox } from '../../ui/ErrorBox';

interface SandboxControlsProps {
  uuid: string;
  /** Changes when the order's state does, so the offered callbacks are re-read. */
  stateKey: string;
  onChanged: (next: CachedOrder) => void;
}

/** Sandbox only: make the server act as if the customer paid (or not), without bitcoin. */
export function SandboxControls({ uuid, stateKey, onChanged }: SandboxControlsProps) {
  const [callbacks, setCallbacks] = useState<CallbackEventName[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  useEffect(() => {
    let alive = true;
    void send('order.callbacks', { uuid }).then((result) => {
      if (!alive) return;
      if (result.ok) setCallbacks(result.data.callbacks);
      else setError(result.error);
    });
    return () => {
      alive = false;
    };
  }, [uuid, stateKey]);

  const run = async (what: string, action: () => ReturnType<typeof send<'order.reset'>>) => {
    setBusy(what);
    setError(null);
    const result = await action();
    setBusy(null);
    if (result.ok) onChanged(result.data);
    else setError(result.error);
  };

  return (
    <section class="sandbox" aria-labelledby="sandbox-title">
      <h3 id="sandbox-title">Sandbox</h3>
      <p class="muted small">Try the flow without bitcoin: the sandbox moves the order and sends the callback.</p>
      <div class="actions wrap">
        {callbacks === null ? <span class="muted">Loading callbacks…</span> : null}
        {callbacks?.length === 0 ? <span class="muted">No callback applies to this order now.</span> : null}
        {callbacks?.map((callback) => (
          <button
            type="button"
            key={callback}
            disabled={busy !== null}
            onClick={() => run(callback, () => send('order.simulate', { uuid, callback }))}
          >
            Simulate {callback}
          </button>
        ))}
        <button type="button" disabled={busy !== null} onClick={() => run('reset', () => send('order.reset', { uuid }))}>
          Reset
        </button>
      </div>
      {error ? <ErrorBox error={error} title="The sandbox did not do that" /> : null}
    </section>
  );
}
