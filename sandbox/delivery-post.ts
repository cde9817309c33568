/** One HTTP attempt at a callback: POST the exact bytes, keep the receiver's first bytes of answer. */

/** How much of the receiver's answer is kept in the delivery log. */
export const ANSWER_PREVIEW_BYTES = 2048;

export interface PostResult {
  /** HTTP status of the receiver's answer; null when there was none (network error, timeout). */
  status: number | null;
  /** The first ANSWER_PREVIEW_BYTES of the answer, as UTF-8 text (a cut character shows as U+FFFD). */
  answer: string;
  /** The answer was longer than what `answer` holds. */
  answerTruncated: boolean;
  error?: string;
}

/** Reads at most `limit` bytes of a body, then stops reading (a huge or endless answer costs nothing). */
async function readPreview(response: Response, limit: number): Promise<{ text: string; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (size > limit) {
        truncated = true;
        break;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.byteLength - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
    if (offset >= bytes.byteLength) break;
  }
  return { text: new TextDecoder().decode(bytes), truncated };
}

export async function postCallback(
  url: string,
  headers: Record<string, string>,
  rawBody: string,
  timeoutMs: number,
  track: (controller: AbortController) => () => void,
): Promise<PostResult> {
  const controller = new AbortController();
  const untrack = track(controller);
  const timeout = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  try {
    const response = await fetch(url, { method: 'POST', headers, body: rawBody, signal: controller.signal, redirect: 'manual' });
    const preview = await readPreview(response, ANSWER_PREVIEW_BYTES).catch(() => ({ text: '', truncated: false }));
    const result: PostResult = { status: response.status, answer: preview.text, answerTruncated: preview.truncated };
    if (!response.ok) result.error = `receiver answered ${response.status}`;
    return result;
  } catch (err: unknown) {
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : err;
    return { status: null, answer: '', answerTruncated: false, error: reason instanceof Error ? reason.message : String(reason) };
  } finally {
    clearTimeout(timeout);
    untrack();
  }
}
