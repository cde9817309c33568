// Creates a payment order, prints its BIP21 URI, and waits until it is paid or expired.
//
// Run it against the local sandbox (`npm run sandbox` in another terminal), once the SDK is
// installed (in this repository: `npm run sdk:pack -- --install examples`):
//
//   node examples/create-and-watch.mjs 12.50
//
// Then pay it from a third terminal (or let it expire after 15 minutes):
//   curl -X POST http://127.0.0.1:8787/__sandbox/orders/<uuid>/step -d '{"to":"paid"}'
//
// Settings (defaults: the sandbox's demo account): WEBPOS_BASE_URL, WEBPOS_CLIENT_ID,
// WEBPOS_SECRET, WEBPOS_POLL_SECONDS (2). Exit code: 0 paid, 2 expired or cancelled, 1 error.
import { Client, SdkError } from '@webpos-counter/sdk';

const client = new Client({
  mode: 'sandbox',
  baseUrl: process.env.WEBPOS_BASE_URL ?? 'http://127.0.0.1:8787',
  clientId: process.env.WEBPOS_CLIENT_ID ?? 'demo-merchant',
  secret: process.env.WEBPOS_SECRET ?? 'sandbox-demo-secret',
});
const pollMs = Number(process.env.WEBPOS_POLL_SECONDS ?? 2) * 1000;
const amount = process.argv[2] ?? '10.00';
const FINAL = { paid: 0, expired: 2, cancelled: 2 };

try {
  const order = await client.createPaymentOrder({ amount, reference: 'create-and-watch example' });
  console.log(`order ${order.uuid}`);
  console.log(`pay ${order.amount} sat to ${order.address}`);
  console.log(`uri ${order.uri}`);
  console.log(`expires ${order.expiration_time}`);

  let last = '';
  for (;;) {
    const current = await client.getPaymentOrder(order.uuid);
    const { status, blockchain_status: chain } = current.state;
    const line = status === chain ? status : `${status} (${chain})`;
    if (line !== last) console.log(`status ${line}`);
    last = line;
    if (status in FINAL) process.exit(FINAL[status]);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
} catch (error) {
  // SdkError has a stable `code`; HTTP errors also carry the server's `requestId`.
  console.error(error instanceof SdkError ? `${error.code}: ${error.message}` : error);
  process.exit(1);
}
