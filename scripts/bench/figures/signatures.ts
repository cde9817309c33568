/**
 * Figure 5: `verifySignature` (WebCrypto, as the SDK ships it) against `node:crypto`
 * doing the same verification — HMAC-SHA512 keyed with SHA-256(secret) over the same
 * raw body string, then a constant-time compare with the decoded signature — in the
 * same process, interleaved batch by batch.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { computeSignature, verifySignature } from '../../../src/sdk/index';
import { interleaved, median, nowMs } from '../stats';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';

const SECRET = 'bench-secret-0123456789';
const SIZES = [
  { id: '5a', label: '1 KiB', bytes: 1024, perBatch: 2000 },
  { id: '5b', label: '64 KiB', bytes: 64 * 1024, perBatch: 200 },
  { id: '5c', label: '1 MiB', bytes: 1024 * 1024, perBatch: 16 },
] as const;

/** A callback-shaped ASCII JSON body of exactly `bytes` bytes. */
export function body(bytes: number): string {
  const unit = JSON.stringify({
    event: 'payment.completed',
    created_at: '2024-05-01T10:00:00Z',
    object_type: 'payment_order',
    object: { uuid: '6f1c2b1e-8a57-4c1f-9d0e-3b5f0d9c2a11', amount: '12.50', details: '2 espresso' },
  });
  let text = '';
  while (text.length < bytes) text += unit;
  return text.slice(0, bytes);
}

function nodeVerifier(secret: string): (raw: string, signature: string) => boolean {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return (raw, signature) => {
    const expected = Buffer.from(signature, 'base64');
    const mac = createHmac('sha512', key).update(raw, 'utf8').digest();
    return expected.length === mac.length && timingSafeEqual(expected, mac);
  };
}

export const signatures: Figure = {
  id: '5',
  title: 'Signature verification',
  browser: false,
  run: async ({ quick }: BenchOptions): Promise<FigureResult[]> => {
    const runs = quick ? 10 : 25;
    const nodeVerify = nodeVerifier(SECRET);
    const results: FigureResult[] = [];
    for (const size of SIZES) {
      const raw = body(size.bytes);
      const signature = await computeSignature(SECRET, raw);
      if (!(await verifySignature(SECRET, raw, signature)) || !nodeVerify(raw, signature)) {
        throw new Error(`signature of the ${size.label} body did not verify`);
      }
      const n = quick ? Math.max(4, size.perBatch / 2) : size.perBatch;
      const sdkBatch = async () => {
        const start = nowMs();
        for (let i = 0; i < n; i++) if (!(await verifySignature(SECRET, raw, signature))) throw new Error('verify failed');
        return (nowMs() - start) / n;
      };
      const nodeBatch = async () => {
        const start = nowMs();
        for (let i = 0; i < n; i++) if (!nodeVerify(raw, signature)) throw new Error('verify failed');
        return (nowMs() - start) / n;
      };
      await sdkBatch();
      await nodeBatch();
      const samples = await interleaved(runs, sdkBatch, nodeBatch);
      results.push(
        row({
          id: size.id,
          name: `verifySignature ${size.label}`,
          value: median(samples.value),
          unit: 'ms',
          baseline: { value: median(samples.baseline), label: 'node:crypto HMAC' },
          budget: size.bytes === 1024 * 1024 ? { max: 1.3, on: 'ratio' } : null,
          runs,
          note: `median of ${runs} batches of ${n} calls, per call`,
        }),
      );
    }
    return results;
  },
};
