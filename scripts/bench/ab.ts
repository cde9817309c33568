/**
 * `npm run bench:ab -- <build A> <build B> [--rounds N]`: figure 1 (popup first paint,
 * 1,000 orders cached) as a paired A/B of two Chromium builds of the extension, say main
 * and a change, each from `EXT_OUT_DIR=<dir> npx vite build`.
 *
 * Both popups run in one browser (B's popup page and assets are copied beside A's, with
 * A's service worker). Each round opens A's popup, B's popup and the blank page, in an
 * order that rotates, the way figure 1 opens them. The report gives each side's median
 * and ratio to the blank page, and B − A paired by round: a shift in the machine's load
 * hits the three pages of one round alike, so the paired mean sees differences of a few
 * ms that medians of separate runs (±8 ms apart on a busy machine) cannot.
 * `--second-browser` keeps a second browser with the extension open meanwhile, idle, as
 * figure 9 does (its two browsers share the two cores): the popup's CPU work then weighs more.
 */
import { access, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSandbox } from '../../sandbox/server';
import { addBlankPage } from './blank-page';
import { launchExtension, POPUP, withExtension } from './browser';
import { ORDERS, openBlank, openPopup, popupSnapshotOf } from './figures/popup-paint';
import { loadOrders, snapshotList } from './orders';
import { median, pairedDifference } from './stats';

const USAGE = 'npm run bench:ab -- <extension build A> <extension build B> [--rounds N] [--second-browser]   (default 40 rounds)';
/** Where B's popup page goes in the combined build (its asset URLs are root-relative). */
const POPUP_B = 'bench-ab-b.html';

interface AbArgs {
  a: string;
  b: string;
  rounds: number;
  /** A second browser with the extension stays open, idle, as in figure 9 (two browsers share the cores). */
  secondBrowser: boolean;
}

function parseAbArgs(argv: readonly string[]): AbArgs {
  const dirs: string[] = [];
  let rounds = 40;
  let secondBrowser = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--second-browser') secondBrowser = true;
    else if (arg === '--rounds') {
      rounds = Number(argv[++i]);
      if (!Number.isInteger(rounds) || rounds < 2) throw new Error(`--rounds needs a whole number of at least 2\n${USAGE}`);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else dirs.push(resolve(arg));
  }
  if (dirs.length !== 2) throw new Error(`expected two extension builds, got ${dirs.length}\n${USAGE}`);
  return { a: dirs[0]!, b: dirs[1]!, rounds, secondBrowser };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** A copy of build A with build B's popup beside A's own. */
async function combine(a: string, b: string): Promise<string> {
  for (const dir of [a, b]) {
    if (!(await exists(join(dir, 'manifest.json'))) || !(await exists(join(dir, POPUP)))) {
      throw new Error(`${dir} is not a Chromium build of the extension (no manifest.json or ${POPUP})`);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'webpos-bench-ab-'));
  await cp(a, dir, { recursive: true });
  // Built asset names carry a hash of their content: a name both builds have is the same file.
  for (const name of await readdir(join(b, 'assets'))) {
    const source = join(b, 'assets', name);
    const target = join(dir, 'assets', name);
    if (!(await exists(target))) await cp(source, target);
    else if (!(await readFile(source)).equals(await readFile(target))) {
      throw new Error(`assets/${name} differs between the two builds, so their popups cannot share one extension`);
    }
  }
  await cp(join(b, POPUP), join(dir, POPUP_B));
  await addBlankPage(dir);
  return dir;
}

const format = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const args = parseAbArgs(process.argv.slice(2));
  const dir = await combine(args.a, args.b);
  const sandbox = await startSandbox({ port: 0, quiet: true, seed: ORDERS });
  const second = args.secondBrowser ? await launchExtension(dir) : null;
  try {
    await second?.configure(sandbox);
    await withExtension(dir, async (session) => {
      await session.configure(sandbox);
      await loadOrders(session, ORDERS);
      const snapshot = await snapshotList(await session.worker());
      const popupSnapshot = await popupSnapshotOf(session);
      const sides = {
        A: () => openPopup(session, snapshot, popupSnapshot, POPUP).then((v) => v.t),
        B: () => openPopup(session, snapshot, popupSnapshot, POPUP_B).then((v) => v.t),
        blank: () => openBlank(session).then((s) => s.t),
      };
      const order = ['A', 'B', 'blank'] as const;
      for (const side of order) await sides[side]();
      const samples: Record<(typeof order)[number], number[]> = { A: [], B: [], blank: [] };
      for (let round = 0; round < args.rounds; round++) {
        for (let k = 0; k < order.length; k++) {
          const side = order[(round + k) % order.length]!;
          samples[side].push(await sides[side]());
        }
        if ((round + 1) % 10 === 0) console.log(`  ${round + 1}/${args.rounds} rounds`);
      }
      const blank = median(samples.blank);
      console.log(`\nFigure 1, ${args.rounds} rounds (navigation start → first order row presented; Element Timing)`);
      console.log(`  blank page  ${format(blank)}`);
      for (const side of ['A', 'B'] as const) {
        const value = median(samples[side]);
        console.log(`  ${side} popup     ${format(value)}  ${(value / blank).toFixed(2)}× blank   (${side === 'A' ? args.a : args.b})`);
      }
      const diff = pairedDifference(samples.A, samples.B);
      console.log(`  B − A       mean ${diff.mean >= 0 ? '+' : ''}${diff.mean.toFixed(1)} ± ${diff.standardError.toFixed(1)} ms (standard error), median ${diff.median.toFixed(1)} ms`);
    });
  } finally {
    await second?.close();
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
