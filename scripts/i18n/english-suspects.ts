/**
 * A hint, not a verdict: lines of a translated page that read like English sentences although
 * the English catalogue does not hold them (words still written in the code). A line is
 * suspect when it has two or more distinct English function words that are not Italian words.
 */

const ENGLISH_ONLY_WORDS = new Set([
  'the', 'and', 'is', 'are', 'was', 'were', 'to', 'of', 'for', 'with', 'this', 'that', 'not', 'from', 'your', 'you',
  'be', 'by', 'it', 'on', 'at', 'has', 'have', 'will', 'can', 'when', 'here', 'yet', 'been', 'what', 'which', 'an',
  'there', 'its', 'into', 'only', 'than', 'then', 'does', 'did', 'should', 'would', 'could', 'must',
]);

/** How many distinct English function words make a line suspect. */
export const SUSPECT_WORDS = 2;

export function englishSuspects(pageText: string): string[] {
  const suspects = new Set<string>();
  for (const raw of pageText.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    const found = new Set(line.toLowerCase().split(/[^\p{L}]+/u).filter((word) => ENGLISH_ONLY_WORDS.has(word)));
    if (found.size >= SUSPECT_WORDS) suspects.add(line);
  }
  return [...suspects];
}
