// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FORM, toSettingsSave } from './form';
import { PassphraseCard } from './PassphraseCard';

const sent = vi.hoisted(() => [] as { type: string; payload: unknown }[]);
vi.mock('../messaging/send', () => ({
  send: async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    return { ok: true, data: { vault: 'unlocked' } };
  },
}));

afterEach(() => {
  cleanup();
  sent.length = 0;
});

describe('a new passphrase and its confirmation, on the first save', () => {
  it('are refused when they differ, even with the same length', () => {
    const result = toSettingsSave({ ...EMPTY_FORM, passphrase: 'correct horse', passphraseConfirm: 'correct house' });
    expect('errors' in result && result.errors.passphraseConfirm).toBe('The two passphrases differ. Type the same passphrase twice.');
  });

  it('are refused when only the confirmation is typed', () => {
    expect(toSettingsSave({ ...EMPTY_FORM, passphrase: '', passphraseConfirm: 'correct horse' })).toHaveProperty('errors');
  });

  it('are saved with the settings when they agree', () => {
    const result = toSettingsSave({ ...EMPTY_FORM, passphrase: 'correct horse', passphraseConfirm: 'correct horse' });
    expect('save' in result && result.save.passphrase).toBe('correct horse');
  });
});

describe('changing the passphrase', () => {
  const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

  it('sends nothing while the new one and its confirmation differ, even with the same length', async () => {
    render(<PassphraseCard vault="unlocked" onChanged={() => undefined} />);
    fill('Current passphrase', 'correct horse');
    fill('New passphrase', 'battery staple');
    fill('Confirm new passphrase', 'battery stapel');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText('The two passphrases differ. Type the same passphrase twice.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the change when they agree', async () => {
    render(<PassphraseCard vault="unlocked" onChanged={() => undefined} />);
    fill('Current passphrase', 'correct horse');
    fill('New passphrase', 'battery staple');
    fill('Confirm new passphrase', 'battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'vault.change', payload: { current: 'correct horse', next: 'battery staple' } }]));
  });
});
