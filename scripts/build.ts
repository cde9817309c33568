/** Builds the extension for Chromium (dist/) and Firefox (dist-firefox/). */
import { execFileSync } from 'node:child_process';

const targets = process.argv.includes('--chrome-only') ? ['chrome'] : ['chrome', 'firefox'];
for (const target of targets) {
  const modeArgs = target === 'firefox' ? ['--mode', 'firefox'] : [];
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...modeArgs], { stdio: 'inherit' });
  console.log(`built ${target === 'firefox' ? 'dist-firefox/' : 'dist/'}`);
}
