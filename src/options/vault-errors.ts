import type { FieldIssue } from '../messaging/result';
import { fieldIssueText } from './form';

/** The worker's field issues, renamed to this card's own fields. */
export function errorsFromFieldIssues<F extends string>(fields: readonly FieldIssue[] | undefined, map: Record<string, F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const issue of fields ?? []) {
    const name = map[issue.field];
    if (name && out[name] === undefined) out[name] = fieldIssueText(issue);
  }
  return out;
}
