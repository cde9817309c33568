// Receives WebPOS callbacks with plain node:http: reads the raw body, lets CallbacksHandler
// verify the chainside-signature and parse the event, and explains a signature that fails.
//
// Each callback is processed once: WebPOS sends a callback again until it gets a 2xx (after a
// timeout or an error, and the sandbox's Resend does it on demand), so the same delivery can
// arrive twice, even twice at once. handleOnce runs the handler only for a callback (order,
// event, body bytes) not handled before: a repeat is acknowledged with 200 without running it
// again, one being handled right now gets 409 (WebPOS tries again later), and a handler that
// throws releases it so that the next delivery processes it. The memory store serves one
// process; with several, use RedisIdempotencyStore from '@webpos-counter/sdk/redis'.
//
// Run it against the local sandbox (`npm run sandbox` in another terminal), once the SDK is
// installed (in this repository: `npm run sdk:pack -- --install examples`):
//
//   node examples/node-webhook-server.mjs
//
// Orders created with callback_url http://127.0.0.1:3000/webpos/callback then report here
// (the sandbox accepts loopback callback URLs and signs with its secret).
// Settings: WEBPOS_SECRET (default: the sandbox's demo secret), PORT (3000; 0 picks a free one).
import { createServer } from 'node:http';
import { CallbackError, CallbacksHandler, explainSignatureMismatch, MAX_CALLBACK_BODY_BYTES } from '@webpos-counter/sdk';

const secret = process.env.WEBPOS_SECRET ?? 'sandbox-demo-secret';
const handler = new CallbacksHandler({ secret }); // idempotencyStore: a MemoryIdempotencyStore by default
const PATH = '/webpos/callback';

/** The body exactly as received (never re-serialize parsed JSON before verifying); null when too large. */
function rawBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_CALLBACK_BODY_BYTES) chunks.push(chunk); // past the limit, read on but keep nothing
    });
    req.on('end', () => resolve(size > MAX_CALLBACK_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== PATH) return res.writeHead(404).end();
  const body = await rawBody(req).catch(() => undefined);
  if (body === undefined) return res.writeHead(400).end();
  if (body === null) return res.writeHead(413).end('body_too_large');
  try {
    const { outcome, event } = await handler.handleOnce(req.headers, body, async (callback) => {
      // Act on the event here (fulfil, release stock…): this runs once per callback.
      console.log(`event ${callback.event} ${callback.object.uuid} ${callback.object.state.status}`);
    });
    if (outcome !== 'processed') console.log(`${outcome} ${event.event} ${event.object.uuid}`);
    res.writeHead(outcome === 'in_progress' ? 409 : 200).end(outcome);
  } catch (error) {
    if (!(error instanceof CallbackError)) {
      console.error(error);
      return res.writeHead(500).end();
    }
    console.log(`rejected ${error.reason}: ${error.message}`);
    if (error.reason === 'invalid_signature') {
      for (const cause of await explainSignatureMismatch(secret, body, String(req.headers['chainside-signature']))) {
        console.log(`  cause ${cause.id}: ${cause.title}\n  fix: ${cause.fix}`);
      }
    }
    res.writeHead(error.reason === 'body_too_large' ? 413 : 400).end(error.reason);
  }
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}${PATH}`);
});
