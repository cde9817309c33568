import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/send';
import { uiLocale } from '../shared/i18n';
import { uiSpeech, type Speech } from './language';
import { loadSpeech } from './load-speech';
import { OrderScreen } from './OrderScreen';
import { ReceiptQr, useReceiptRequest } from './ReceiptQr';
import { useCurrentOrder } from './useCurrentOrder';

/** The customer's language from the settings, read again whenever the cashier moves to another order. */
function useSpeech(switches: number): Speech {
  const [speech, setSpeech] = useState<Speech>(() => uiSpeech(uiLocale()));
  useEffect(() => {
    let alive = true;
    void send('settings.get', null)
      .then((result) => loadSpeech(result.ok ? result.data.customerLanguage : 'auto', uiLocale()))
      .then((next) => {
        if (alive) setSpeech((before) => (before.language === next.language && before.locale === next.locale ? before : next));
      });
    return () => {
      alive = false;
    };
  }, [switches]);
  useEffect(() => {
    document.documentElement.lang = speech.language;
    document.title = speech.say('customer_page_title');
  }, [speech]);
  return speech;
}

/** The window facing the customer: the sale at the counter, in the customer's language. */
export function CustomerApp() {
  const { uuid, cached, switches, offline } = useCurrentOrder();
  const speech = useSpeech(switches);
  const receipt = useReceiptRequest(switches);
  if (receipt !== null) return <ReceiptQr text={receipt} speech={speech} />;
  return <OrderScreen order={uuid && cached ? cached : null} speech={speech} offline={offline} />;
}
