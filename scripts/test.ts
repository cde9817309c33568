/** `npm test`: typecheck, lint, unit tests, build, e2e — in that order, stopping at the first failure. */
import { spawnSync } from 'node:child_process';

const steps: { name: string; command: string[]; env?: Record<string, string>; note?: string }[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'typecheck sdk (no extension or DOM types)', command: ['npx', 'tsc', '--noEmit', '-p', 'src/sdk'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run'] },
  { name: 'build', command: ['npx', 'tsx', 'scripts/build.ts'] },
  {
    name: 'firefox lint',
    command: ['npx', 'web-ext', 'lint', '--source-dir', 'dist-firefox', '--no-input', '--output', 'text'],
    note: 'UNSAFE_VAR_ASSIGNMENT (innerHTML) is Preact’s own code; README.md says why it is safe.',
  },
  { name: 'e2e', command: ['npx', 'playwright', 'test'], env: { E2E_SKIP_BUILD: '1' } },
  { name: 'firefox e2e', command: ['npx', 'playwright', 'test', '-c', 'playwright.firefox.config.ts'], env: { E2E_SKIP_BUILD: '1' } },
];

const passed: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const [program, ...args] = step.command as [string, ...string[]];
  const run = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✖ ${step.name} failed after ${seconds}s (exit ${run.status ?? run.signal}). Passed before it: ${passed.join(', ') || 'none'}.`);
    process.exit(run.status ?? 1);
  }
  passed.push(step.name);
  console.log(`✔ ${step.name} (${seconds}s)${step.note ? `: ${step.note}` : ''}`);
}
console.log(`\nAll steps passed: ${passed.join(', ')}.`);
