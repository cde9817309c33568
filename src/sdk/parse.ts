import * as v from 'valibot';
import { fastCheckFor, INVALID } from './fast-parse';
import { toFieldIssues, type FieldIssue } from './rules';

export type ParseResult<T> = { success: true; output: T } | { success: false; issues: FieldIssue[] };

/**
 * Validates with valibot, collecting every failing field rather than stopping at the first.
 * A valid value takes the compiled fast path (fast-parse.ts) with the same output.
 */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, data: unknown): ParseResult<T> {
  const fast = fastCheckFor(schema);
  if (fast !== null) {
    const output = fast(data);
    if (output !== INVALID) return { success: true, output: output as T };
  }
  const result = v.safeParse(schema, data, { abortEarly: false });
  return result.success ? { success: true, output: result.output } : { success: false, issues: toFieldIssues(result.issues) };
}
