/**
 * The settings' bounds: the worker refuses a form outside them and the options
 * page offers the same range. (The limit on an order's text fields is the API's,
 * `MAX_TEXT_LENGTH` from the SDK.)
 */
export const SETTINGS_LIMITS = {
  clientIdMax: 200,
  secretMax: 500,
  timeoutSeconds: { min: 1, max: 120 },
  pollIntervalSeconds: { min: 5, max: 3600 },
} as const;
