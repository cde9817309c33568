/** Command line: `npm run bench -- [--quick] [--only 1,3,5] [--extension-dir DIR] [--keep-build]`. */
export interface BenchArgs {
  quick: boolean;
  /** Figure numbers to run; empty: all. */
  only: string[];
  /** A built extension to measure instead of building one. */
  extensionDir: string | null;
  keepBuild: boolean;
}

export const USAGE = `npm run bench -- [options]
  --quick              fewer runs per figure (finishes in under two minutes)
  --only 1,3,5         run only these figures (results.json and README are not rewritten)
  --extension-dir DIR  measure this Chromium build instead of building into a temp dir
  --keep-build         keep the temporary build (its path is printed)`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, only: [], extensionDir: null, keepBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--quick') args.quick = true;
    else if (flag === '--keep-build') args.keepBuild = true;
    else if (flag === '--only') args.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--extension-dir') args.extensionDir = value();
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return args;
}
