/** The `webpos` bin of the package: runs `runCli` on this process's arguments and environment. */
import { readFile } from 'node:fs/promises';
import { runCli } from './cli-run';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: async (path) => new Uint8Array(await readFile(path)),
});
