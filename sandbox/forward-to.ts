/** An http(s) URL without credentials; the sandbox POSTs every callback there. */
export function checkForwardTo(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--forward-to must be a full http:// or https:// URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--forward-to must be an http:// or https:// URL, got "${raw}"`);
  if (url.username || url.password) throw new Error('--forward-to must not contain a user name or password');
  return url.href;
}
