import { describe, expect, it } from 'vitest';
import { BLOCKCHAIN_STATUSES } from '../sdk';
import { isOpen, statusLabel } from './status';

describe('statusLabel', () => {
  it('gives every blockchain status a word and a tone', () => {
    for (const blockchain_status of BLOCKCHAIN_STATUSES) {
      const label = statusLabel({ blockchain_status });
      expect(label.word.length).toBeGreaterThan(0);
      expect(label.description.endsWith('.')).toBe(true);
    }
  });

  it('keeps word and colour in agreement: one tone per word', () => {
    const toneOfWord = new Map<string, string>();
    for (const blockchain_status of BLOCKCHAIN_STATUSES) {
      const { word, tone } = statusLabel({ blockchain_status });
      expect(toneOfWord.get(word) ?? tone).toBe(tone);
      toneOfWord.set(word, tone);
    }
  });

  it.each([
    ['pending', 'Pending', 'pending'],
    ['partial', 'Partly paid', 'progress'],
    ['paid', 'Paid', 'paid'],
    ['expired', 'Expired', 'expired'],
    ['cancelled', 'Cancelled', 'cancelled'],
    ['network_dispute', 'Dispute', 'dispute'],
    ['chargeback', 'Chargeback', 'chargeback'],
  ] as const)('%s reads %s in the %s colour', (blockchain_status, word, tone) => {
    expect(statusLabel({ blockchain_status })).toMatchObject({ word, tone });
  });

  it('treats only pending orders as open', () => {
    expect(isOpen({ status: 'pending' })).toBe(true);
    expect(isOpen({ status: 'paid' })).toBe(false);
    expect(isOpen({ status: 'expired' })).toBe(false);
  });
});
