// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageType, PublicSettings, RequestOf, SettingsSave } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import { publicSettings } from '../ui/public-settings.test-util';

const sent: { type: MessageType; payload: unknown }[] = [];
let saveReply: (payload: SettingsSave) => Result<PublicSettings>;
/** While set, the saved settings are answered only once it resolves (a cold worker). */
let settingsGate: Promise<void> | null = null;
const stored = publicSettings({ mode: 'live', clientId: 'merchant-9', baseUrl: '', timeoutSeconds: 25, pollIntervalSeconds: 300, notifications: false, sound: true, customerLanguage: 'it' });

const send = vi.fn(async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<unknown>> => {
  sent.push({ type, payload });
  if (type === 'settings.get') return settingsGate ? settingsGate.then(() => ({ ok: true, data: stored })) : { ok: true, data: stored };
  if (type === 'role.get') return { ok: true, data: { pinSet: false, role: 'manager', managerUntil: null } };
  if (type === 'settings.save') return saveReply(payload as SettingsSave);
  return { ok: false, error: { code: 'unexpected', message: type, text: { key: 'error_no_reply' } } };
});
vi.mock('../messaging/send', () => ({ send }));
/** What the browser answers permissions.request: granted, refused, or a rejection (a pattern the manifest does not list). */
let permissionAnswer: () => Promise<boolean>;
const permissionRequests: string[][] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      request: ({ origins }: { origins: string[] }) => {
        permissionRequests.push(origins);
        return permissionAnswer();
      },
    },
  },
}));

const { OptionsPage } = await import('./OptionsPage');

const input = <E extends HTMLElement = HTMLInputElement>(label: string) => screen.getByLabelText<E>(label);
const saves = () => sent.filter((m) => m.type === 'settings.save').map((m) => m.payload);

beforeEach(() => {
  sent.length = 0;
  permissionRequests.length = 0;
  permissionAnswer = async () => true;
  saveReply = (payload) => ({ ok: true, data: { ...stored, ...payload } });
});
afterEach(cleanup);

describe('the options page', () => {
  it('keeps what was typed before the saved settings arrived, and fills in the rest', async () => {
    let answer!: () => void;
    settingsGate = new Promise((resolve) => (answer = resolve));
    try {
      render(<OptionsPage />);
      fireEvent.input(input('Client ID'), { target: { value: 'typed-client' } });
      fireEvent.input(input('Secret'), { target: { value: 'typed-secret' } });
      answer();
      await waitFor(() => expect(input('Request timeout (seconds)').value).toBe('25'));
      expect(input('Client ID').value).toBe('typed-client');
      expect(input('Secret').value).toBe('typed-secret');
      expect(screen.getByLabelText<HTMLInputElement>('Live').checked).toBe(true);
    } finally {
      settingsGate = null;
    }
  });

  it('shows each saved setting in its own field', async () => {
    render(<OptionsPage />);
    await waitFor(() => expect(input('Client ID').value).toBe('merchant-9'));
    expect(screen.getByLabelText<HTMLInputElement>('Live').checked).toBe(true);
    expect(input('Secret').value).toBe('');
    expect(input('Request timeout (seconds)').value).toBe('25');
    expect(input('Refresh interval (seconds)').value).toBe('300');
    expect(input('Notifications').checked).toBe(false);
    expect(input('Sound on payment').checked).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>('Customer display language').value).toBe('it');
  });

  it('saves what each section edits under that setting’s own name', async () => {
    render(<OptionsPage />);
    await waitFor(() => expect(input('Client ID').value).toBe('merchant-9'));
    fireEvent.input(input('Request timeout (seconds)'), { target: { value: '40' } });
    fireEvent.input(input('Refresh interval (seconds)'), { target: { value: ' 60 ' } });
    fireEvent.click(input('Notifications'));
    fireEvent.click(input('Sound on payment'));
    fireEvent.change(screen.getByLabelText('Customer display language'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toMatchObject({
      mode: 'live',
      clientId: 'merchant-9',
      secret: '',
      baseUrl: '',
      timeoutSeconds: 40,
      pollIntervalSeconds: 60,
      notifications: true,
      sound: false,
      customerLanguage: 'en',
    });
    await screen.findByText('Settings saved.');
  });

  it('shows the worker’s refusal beside the field it names', async () => {
    saveReply = () => ({
      ok: false,
      error: {
        code: 'invalid_settings',
        message: 'Please correct: pollIntervalSeconds.',
        text: { key: 'error_invalid_settings' },
        fields: [{ field: 'pollIntervalSeconds', message: 'range', text: { key: 'settings_seconds_range', params: [5, 3600] } }],
      },
    });
    render(<OptionsPage />);
    await waitFor(() => expect(input('Client ID').value).toBe('merchant-9'));
    fireEvent.input(input('Refresh interval (seconds)'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Enter a number of seconds from 5 to 3600.');
    expect(input('Refresh interval (seconds)').getAttribute('aria-invalid')).toBe('true');
    expect(input('Request timeout (seconds)').getAttribute('aria-invalid')).toBe('false');
  });
});

describe('picking a local sandbox', () => {
  async function pickLocalSandbox() {
    render(<OptionsPage />);
    await waitFor(() => expect(input('Client ID').value).toBe('merchant-9'));
    fireEvent.click(input('Sandbox (test)'));
    fireEvent.input(input('API base URL'), { target: { value: 'http://127.0.0.1:8787' } });
    fireEvent.input(input('Secret'), { target: { value: 'typed-secret' } });
  }
  const tests = () => sent.filter((m) => m.type === 'settings.test');

  it('asks the browser for exactly that host, every port, when saved; saves once granted', async () => {
    await pickLocalSandbox();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(permissionRequests).toEqual([['http://127.0.0.1/*']]);
    expect(saves()).toEqual([expect.objectContaining({ mode: 'sandbox', baseUrl: 'http://127.0.0.1:8787', secret: 'typed-secret' })]);
  });

  it('asks for it when testing too, before anything is sent', async () => {
    await pickLocalSandbox();
    permissionAnswer = async () => false;
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const line = 'The browser did not allow the extension to reach 127.0.0.1:8787, so the connection was not tested. Press Test connection again and choose Allow when the browser asks.';
    await waitFor(() => expect(screen.getAllByText(line)).toHaveLength(2));
    expect(permissionRequests).toEqual([['http://127.0.0.1/*']]);
    expect(tests()).toEqual([]);
  });

  it('a refusal saves nothing, says what happened and what to do, and keeps what was typed', async () => {
    await pickLocalSandbox();
    permissionAnswer = async () => false;
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const line = 'The browser did not allow the extension to reach 127.0.0.1:8787, so nothing was saved. Press Save again and choose Allow when the browser asks.';
    // In the status line and beside the address.
    await waitFor(() => expect(screen.getAllByText(line)).toHaveLength(2));
    expect(input('API base URL').getAttribute('aria-invalid')).toBe('true');
    expect(saves()).toEqual([]);
    expect([input('API base URL').value, input('Secret').value, input<HTMLInputElement>('Sandbox (test)').checked]).toEqual(['http://127.0.0.1:8787', 'typed-secret', true]);

    // Allowed the second time: saved as typed.
    permissionAnswer = async () => true;
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(saves()).toEqual([expect.objectContaining({ baseUrl: 'http://127.0.0.1:8787', secret: 'typed-secret' })]);
  });

  it('a host this build cannot ask for (not in its manifest) is named, with the addresses that work', async () => {
    await pickLocalSandbox();
    permissionAnswer = () => Promise.reject(new Error('Only permissions specified in the manifest may be requested.'));
    fireEvent.input(input('API base URL'), { target: { value: 'http://192.168.1.5:8787' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const line = 'This version of the extension cannot ask for access to 192.168.1.5:8787. Use an https:// address, or http://127.0.0.1 or http://localhost for a local sandbox.';
    await waitFor(() => expect(screen.getAllByText(line)).toHaveLength(2));
    expect(permissionRequests).toEqual([['http://192.168.1.5:8787/*']]);
    expect(saves()).toEqual([]);
  });
});

