import { englishText } from '../../shared/english';
import { text, type LocalText } from '../../shared/local-text';

type WebhookInputCode = 'no_secret' | 'bad_request' | 'body_too_large';

/**
 * An error that crosses the message boundary with a stable `code` and the words the panel
 * shows (`text`); its English `message` is the English catalogue's sentence for them.
 * `details` names what was wrong (never a secret).
 */
export class WebhookInputError extends Error {
  readonly code: WebhookInputCode;
  readonly text: LocalText;
  readonly details: string | undefined;
  constructor(code: WebhookInputCode, localText?: LocalText, details?: string) {
    const words = localText ?? text(code === 'no_secret' ? 'error_webhook_no_secret' : 'error_bad_request');
    super(englishText(words));
    this.name = 'WebhookInputError';
    this.code = code;
    this.text = words;
    this.details = details;
  }
}
