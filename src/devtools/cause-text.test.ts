import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeI18n } from '../../scripts/i18n/catalogue';
import { MISMATCH_CAUSE_IDS } from '../sdk/mismatch';
import { causeText } from './cause-text';

const fromSdk = { id: 'hex-signature', title: 'The signature is hex-encoded instead of base64. Decoded, it is the right HMAC of this body.', fix: 'Encode as base64.' };

function speakItalian() {
  vi.stubGlobal('chrome', { i18n: fakeI18n('it', 'it-IT') });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('causeText', () => {
  it('shows the SDK’s own English, details included, on an English page', () => {
    expect(causeText(fromSdk)).toEqual({ title: fromSdk.title, fix: fromSdk.fix });
  });

  it('says every cause the SDK can name in Italian on an Italian page', () => {
    speakItalian();
    for (const id of MISMATCH_CAUSE_IDS) {
      const text = causeText({ id, title: 'English title', fix: 'English fix' });
      expect(text.lang, id).toBeUndefined();
      expect(text.title, id).not.toMatch(/English|panel_cause/);
      expect(text.fix, id).not.toMatch(/English|panel_cause|\$\d/);
    }
    expect(causeText({ id: 'trailing-newline-added', title: '', fix: '' })).toEqual({
      title: 'Dopo la firma è stato aggiunto un a capo alla fine del corpo.',
      fix: 'Verifica i byte grezzi della richiesta esattamente come ricevuti, prima di analizzarli, decodificarli o registrarli: non aggiungere un a capo (può aggiungerlo la lettura del corpo riga per riga, la copia di un file o un logger).',
    });
    expect(causeText(fromSdk).fix).toContain('L’header chainside-signature è il base64 standard');
    expect(causeText(fromSdk).fix).toContain('hash_hmac("sha512", $body, $key, true)');
    expect(causeText({ id: 'secret-quotes', title: '', fix: '' }).fix).toMatch(/^Togli le virgolette/);
  });

  it('keeps the SDK’s English, marked as English, for a cause it does not know', () => {
    speakItalian();
    expect(causeText({ id: 'something-new', title: 'New cause', fix: 'New fix' })).toEqual({ title: 'New cause', fix: 'New fix', lang: 'en' });
  });
});
