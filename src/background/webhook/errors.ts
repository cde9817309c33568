/** An error that crosses the message boundary with a stable `code` and a message safe to show (never a secret). */
export class WebhookInputError extends Error {
  readonly code: string;
  constructor(code: 'no_secret' | 'bad_request' | 'body_too_large', message: string) {
    super(message);
    this.name = 'WebhookInputError';
    this.code = code;
  }
}
