import { describe, expect, it } from 'vitest';
import { englishSuspects } from './english-suspects';

describe('englishSuspects', () => {
  it('names the lines that read like English sentences', () => {
    const page = 'Importo\nCancel is not offered: the order has been paid.\nAggiorna\nThe QR code asks only for what is missing.';
    expect(englishSuspects(page)).toEqual(['Cancel is not offered: the order has been paid.', 'The QR code asks only for what is missing.']);
  });

  it('passes Italian sentences, single English words and data', () => {
    const page = [
      'Non è possibile annullare: per questo ordine è già arrivato un pagamento.',
      "Il codice QR chiede solo quello che manca all'importo.",
      'Updated',
      'till-2 #1042 · 2 espresso',
      'payment.completed',
    ].join('\n');
    expect(englishSuspects(page)).toEqual([]);
  });

  it('lists a repeated line once', () => {
    expect(englishSuspects('Look at the Orders list\nLook at the Orders list')).toEqual(['Look at the Orders list']);
  });
});
