import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WebhookVerdict } from '../messaging/protocol';
import { send } from '../messaging/send';
import { t } from '../shared/i18n';
import { EventsTab } from './EventsTab';
import { GenerateForm } from './GenerateForm';
import { History } from './History';
import { PanelTabs, type PanelTab } from './PanelTabs';
import { createHistoryStore, entryFor, type HistoryEntry } from './history-store';
import { Verdict } from './Verdict';
import { VerifyForm, type Prefill } from './VerifyForm';

export function Panel() {
  const store = useMemo(() => createHistoryStore(), []);
  const [verdict, setVerdict] = useState<WebhookVerdict | null>(null);
  const [checks, setChecks] = useState(0);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  const [hasStoredSecret, setHasStoredSecret] = useState<boolean | null>(null);
  const [sandbox, setSandbox] = useState(false);
  const [tab, setTab] = useState<PanelTab>('verify');

  useEffect(() => {
    void store.list().then(setHistory);
    void send('settings.get', null).then((reply) => {
      setHasStoredSecret(reply.ok ? reply.data.hasSecret : null);
      setSandbox(reply.ok && reply.data.mode === 'sandbox');
    });
  }, [store]);

  async function record(next: WebhookVerdict) {
    setVerdict(next);
    setChecks((n) => n + 1);
    try {
      setHistory(await store.add(entryFor(next)));
    } catch {
      // Storage full or unavailable: the verdict still shows; only the history misses it.
    }
  }

  return (
    <main class="panel">
      <header class="panel-head">
        <h1>{t('panel_heading')}</h1>
        <p class="muted">{sandbox ? t('panel_intro_sandbox') : t('panel_intro')}</p>
      </header>
      {sandbox ? <PanelTabs tab={tab} onChange={setTab} /> : null}
      <div {...(sandbox ? { id: 'panel-verify', role: 'tabpanel', 'aria-labelledby': 'tab-verify' } : {})} hidden={sandbox && tab !== 'verify'}>
        <div class="columns">
          <section class="card" aria-labelledby="verify-title">
            <h2 id="verify-title">{t('panel_verify_title')}</h2>
            <VerifyForm prefill={prefill} hasStoredSecret={hasStoredSecret} onVerdict={(v) => void record(v)} />
            <Verdict verdict={verdict} checks={checks} />
            <History
              entries={history}
              onClear={() => {
                setHistory([]);
                void store.clear();
              }}
            />
          </section>
          <section class="card" aria-labelledby="generate-title">
            <h2 id="generate-title">{t('panel_generate_title')}</h2>
            <GenerateForm onVerifyThis={(body, signature) => setPrefill({ body, signature, nonce: Date.now() })} />
          </section>
        </div>
      </div>
      {sandbox ? (
        <div id="panel-events" role="tabpanel" aria-labelledby="tab-events" hidden={tab !== 'events'}>
          <EventsTab
            active={tab === 'events'}
            onLoadIntoVerifier={(body, signature) => {
              setPrefill({ body, signature, nonce: Date.now() });
              setTab('verify');
            }}
          />
        </div>
      ) : null}
    </main>
  );
}
