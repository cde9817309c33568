import { describe, expect, it } from 'vitest';
import type { BlockchainStatus } from '../../sdk';
import type { SoundName } from '../../shared/sound';
import { toRow } from '../orders/order-rows';
import type { StoredItem } from '../platform/storage-items';
import { order } from '../platform/test-fakes.test-util';
import { SoundAlerts } from './alerts';
import { PlayedSounds, type PlayedRecord } from './played-store';

const row = (status: BlockchainStatus, createdHere = true) => toRow(order(1, status, '2026-11-29T10:00:00Z'), createdHere);

function setup(options: { failPlay?: boolean } = {}) {
  let stored: PlayedRecord = {};
  const item: StoredItem<PlayedRecord> = { getValue: async () => stored, setValue: async (v) => void (stored = v), removeValue: async () => void (stored = {}) };
  const plays: SoundName[] = [];
  const warnings: string[] = [];
  let soundOn = true;
  const alerts = new SoundAlerts({
    soundOn: async () => soundOn,
    played: new PlayedSounds(item),
    player: { play: async (sound) => (options.failPlay ? Promise.reject(new Error('no speaker')) : void plays.push(sound)) },
    warn: (what) => warnings.push(what),
  });
  return { alerts, plays, warnings, stored: () => stored, setSound: (on: boolean) => (soundOn = on) };
}

describe('SoundAlerts', () => {
  it('plays the paid chime and the alert for orders made here', async () => {
    const { alerts, plays } = setup();
    expect(await alerts.onTransition(row('pending'), row('paid'))).toBe('paid');
    expect(await alerts.onTransition(row('paid'), row('chargeback'))).toBe('alert');
    expect(plays).toEqual(['paid', 'alert']);
  });

  it('plays each order state once, however often the change is seen again', async () => {
    const { alerts, plays } = setup();
    await Promise.all([alerts.onTransition(row('pending'), row('paid')), alerts.onTransition(row('pending'), row('paid'))]);
    // A stale copy turned it back to pending for a moment, then paid was seen again.
    await alerts.onTransition(row('paid'), row('pending'));
    await alerts.onTransition(row('pending'), row('paid'));
    expect(plays).toEqual(['paid']);
  });

  it('plays nothing with sound off, and remembers nothing, so the setting decides alone', async () => {
    const { alerts, plays, stored, setSound } = setup();
    setSound(false);
    expect(await alerts.onTransition(row('pending'), row('paid'))).toBeNull();
    expect(plays).toEqual([]);
    expect(stored()).toEqual({});
  });

  it('plays nothing for another till’s orders or states that are no news', async () => {
    const { alerts, plays } = setup();
    await alerts.onTransition(row('pending', false), row('paid', false));
    await alerts.onTransition(row('pending'), row('mempool_unconfirmed'));
    await alerts.onTransition(row('partial'), row('cancelled'));
    expect(plays).toEqual([]);
  });

  it('logs a sound that could not play instead of throwing', async () => {
    const { alerts, warnings } = setup({ failPlay: true });
    expect(await alerts.onTransition(row('pending'), row('paid'))).toBeNull();
    expect(warnings).toEqual(['sound']);
  });
});
