import { text, type LocalText } from '../../shared/local-text';

type WebhookInputCode = 'no_secret' | 'bad_request' | 'body_too_large';

/**
 * An error that crosses the message boundary with a stable `code`, an English `message`
 * (never a secret) and the words the panel shows (`text`).
 */
export class WebhookInputError extends Error {
  readonly code: WebhookInputCode;
  readonly text: LocalText;
  constructor(code: WebhookInputCode, message: string, localText?: LocalText) {
    super(message);
    this.name = 'WebhookInputError';
    this.code = code;
    this.text = localText ?? text(code === 'no_secret' ? 'error_webhook_no_secret' : 'error_bad_request');
  }
}
