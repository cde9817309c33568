import * as v from 'valibot';

/** One failing field and rule, as reported by `ValidationError` and `validatePaymentOrderCreation`. */
export interface FieldIssue {
  field: string;
  rule: string;
  message: string;
}

/**
 * A named validation rule. Valibot reports custom checks as type "check"; this
 * action reports its own name instead, so a failure reads `{ rule: 'positive' }`.
 */
export function rule<T>(
  name: string,
  test: (value: T) => boolean,
  message: string,
): v.BaseValidation<T, T, v.BaseIssue<T>> & { readonly message: string; readonly requirement: (value: T) => boolean } {
  return {
    kind: 'validation',
    type: name,
    reference: rule,
    async: false,
    expects: null,
    message,
    requirement: test,
    '~run'(dataset, config) {
      if (dataset.typed && !test(dataset.value)) v._addIssue(this, 'input', dataset, config);
      return dataset;
    },
  };
}

const RULE_ALIASES: Record<string, string> = {
  string: 'type',
  number: 'type',
  boolean: 'type',
  object: 'type',
  array: 'type',
  nullable: 'type',
  picklist: 'enum',
  min_value: 'min',
  max_value: 'max',
};

function fieldOf(issue: v.BaseIssue<unknown>): string {
  if (!issue.path || issue.path.length === 0) return '';
  return issue.path.map((item) => String(item.key)).join('.');
}

/** Flattens valibot issues (including nested ones) into `{ field, rule, message }` records. */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue);
    // A missing (or undefined) key is a schema issue whose input is undefined.
    const missing = issue.kind === 'schema' && issue.input === undefined && field !== '';
    const ruleName = missing ? 'required' : (RULE_ALIASES[issue.type] ?? issue.type);
    const message = missing ? `${field || 'value'} is required` : issue.message;
    out.push({ field, rule: ruleName, message });
  }
  return out;
}
