/** Credentials the sandbox uses when none are given (also shown by `npm run sandbox`). */
export const DEMO_CLIENT_ID = 'demo-merchant';
export const DEMO_SECRET = 'sandbox-demo-secret';
