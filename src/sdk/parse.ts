import * as v from 'valibot';
import { toFieldIssues, type FieldIssue } from './rules';

export type ParseResult<T> = { success: true; output: T } | { success: false; issues: FieldIssue[] };

/** Validates with valibot, collecting every failing field rather than stopping at the first. */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, data: unknown): ParseResult<T> {
  const result = v.safeParse(schema, data, { abortEarly: false });
  return result.success ? { success: true, output: result.output } : { success: false, issues: toFieldIssues(result.issues) };
}
