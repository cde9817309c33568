/** `webpos`: the SDK's command line. Arguments by `node:util` parseArgs; see HELP and the README. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { callbacks, create, order, orders, UsageError, verify, type CliIo, type Values } from './cli-commands';
import { ConfigError, SdkError, SdkHttpError, ValidationError } from './errors';

export { type CliIo } from './cli-commands';

export const EXIT = { ok: 0, failure: 1, usage: 2, config: 3 } as const;

const ENVIRONMENT = `Environment:
  WEBPOS_CLIENT_ID   the account's client id (required for API commands)
  WEBPOS_SECRET      the account's secret (required; verify uses it alone)
  WEBPOS_MODE        live (default) or sandbox
  WEBPOS_BASE_URL    another server, e.g. http://127.0.0.1:8787 for the local sandbox

Exit codes: 0 ok · 1 the API answered an error, or the callback is not valid · 2 usage
(unknown command or option, missing or invalid argument) · 3 configuration (environment)`;

interface Command {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: string[];
  run: (io: CliIo, values: Values, ...args: string[]) => Promise<number>;
}

const jsonOption = { json: { type: 'boolean' as const } };

const COMMANDS: Record<string, Command> = {
  orders: {
    usage: 'webpos orders [--status <status>] [--page <n>] [--page-size <n>] [--json]',
    summary: 'list payment orders, newest first (one per line: uuid, status, amount, currency, created, reference)',
    options: { status: { type: 'string' }, page: { type: 'string' }, 'page-size': { type: 'string' }, ...jsonOption },
    positionals: [],
    run: orders,
  },
  order: { usage: 'webpos order <uuid> [--json]', summary: 'show one payment order', options: jsonOption, positionals: ['uuid'], run: order },
  callbacks: {
    usage: 'webpos callbacks <uuid> [--json]',
    summary: "the order's callbacks as the API lists them (GET /payment-order/{uuid}/callbacks), one event per line",
    options: jsonOption,
    positionals: ['uuid'],
    run: callbacks,
  },
  create: {
    usage: 'webpos create <amount> [--reference <text>] [--details <text>] [--callback-url <url>] [--json]',
    summary: 'create a payment order for <amount> (a decimal, e.g. 10.00, in the account currency)',
    options: { reference: { type: 'string' }, details: { type: 'string' }, 'callback-url': { type: 'string' }, ...jsonOption },
    positionals: ['amount'],
    run: create,
  },
  verify: {
    usage: 'webpos verify --body-file <file> --signature <chainside-signature value>',
    summary: 'check a callback: its signature with WEBPOS_SECRET, then its JSON and event; a mismatch is explained',
    options: { 'body-file': { type: 'string' }, signature: { type: 'string' } },
    positionals: [],
    run: verify,
  },
};

export function generalHelp(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Usage: webpos <command> [options]   (webpos <command> --help for one command)\n\nCommands:\n${lines.join('\n')}\n\n${ENVIRONMENT}`;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.summary}\n\n${ENVIRONMENT}`;
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(generalHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`webpos: unknown command "${name}"\n\n${generalHelp()}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    if (positionals.length !== command.positionals.length) {
      throw new UsageError(`expected ${command.positionals.map((p) => `<${p}>`).join(' ') || 'no arguments'}, got ${positionals.length}`);
    }
    return await command.run(io, values, ...positionals);
  } catch (error) {
    return report(io, command, error);
  }
}

function report(io: CliIo, command: Command, error: unknown): number {
  if (error instanceof UsageError || (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
    io.err(`webpos: ${error.message}\nUsage: ${command.usage}`);
    return EXIT.usage;
  }
  if (error instanceof ConfigError) {
    io.err(`webpos: ${error.key} ${error.message.replace(/^Invalid SDK config "[^"]+": /, '')}`);
    return EXIT.config;
  }
  if (error instanceof ValidationError) {
    io.err(`webpos: ${error.message}\nUsage: ${command.usage}`);
    return EXIT.usage;
  }
  if (error instanceof SdkHttpError) {
    io.err(`webpos: ${error.code} ${error.errorCode} (HTTP ${error.status}): ${error.message}${error.requestId ? ` [request ${error.requestId}]` : ''}`);
    return EXIT.failure;
  }
  if (error instanceof SdkError) {
    io.err(`webpos: ${error.code}: ${error.message}`);
    return EXIT.failure;
  }
  io.err(`webpos: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.failure;
}
