/**
 * `npm run policy:pin-hash -- <PIN>` (or the PIN on stdin): prints the `managerPinHash` policy
 * value for that PIN, hashed exactly as the till hashes it (src/background/roles/pin.ts: PBKDF2-SHA-256,
 * a random salt, 600,000 iterations). The PIN's digits never go into the policy file.
 */
import { readFileSync } from 'node:fs';
import { hashPin, pinProblem } from '../../src/background/roles/pin';
import { pinHashLine } from '../../src/background/policy/managed-policy';
import { englishText } from '../../src/shared/english';

const pin = (process.argv[2] ?? readFileSync(0, 'utf8')).trim();
const problem = pinProblem(pin);
if (problem) {
  console.error(englishText(problem.text));
  process.exit(1);
}
console.log(pinHashLine(await hashPin(pin)));
