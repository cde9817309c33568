import { useEffect, useState } from 'preact/hooks';
import { QrCode } from '../ui/QrCode';
import type { Speech } from './language';

/** The receipt the cashier put on the display (window.customerReceipt), until the sale at the counter changes. */
export function useReceiptRequest(switches: number): string | null {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    window.customerReceipt = setText;
    return () => {
      window.customerReceipt = undefined;
    };
  }, []);
  useEffect(() => setText(null), [switches]);
  return text;
}

/** A payment receipt as a QR code of plain text, for the customer to photograph. */
export function ReceiptQr({ text, speech }: { text: string; speech: Speech }) {
  return (
    <main class="screen receipt-qr">
      <div class="qr-side">
        <QrCode text={text} label={speech.say('customer_receipt_qr')} size={320} />
      </div>
      <div>
        <h1>{speech.say('customer_receipt_title')}</h1>
        <p>{speech.say('customer_receipt_hint')}</p>
      </div>
    </main>
  );
}
