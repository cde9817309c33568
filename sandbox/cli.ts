import { USAGE, parseCliArgs } from './cli-args';
import { startSandbox } from './server';

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseCliArgs(process.argv.slice(2));
  } catch (err: unknown) {
    console.error(`sandbox: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return;
  }
  const { options } = parsed;
  const sandbox = await startSandbox(options);
  if (!options.quiet) {
    console.log(`WebPOS sandbox listening on ${sandbox.url}`);
    console.log(`  client id : ${sandbox.clientId}`);
    console.log(`  secret    : ${sandbox.secret}`);
    console.log(`  admin API : ${sandbox.url}/__sandbox/`);
    if (options.seed) console.log(`  demo data : ${options.seed} orders (seed ${options.seedRandom ?? 1})`);
    if (options.forwardTo) console.log(`  forward to: ${options.forwardTo} (every callback, signed; log at ${sandbox.url}/__sandbox/deliveries)`);
    if (options.dataFile) console.log(`  data file : ${options.dataFile}`);
    if (options.faults) console.log(`  faults    : ${JSON.stringify(options.faults)}`);
  }
  const stop = (): void => {
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('sandbox: error while closing', err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('sandbox: could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
