/**
 * A fast path for valibot on the SDK's hot path (every response is validated). It reads a
 * schema's definition once and builds plain closures that check a value and copy it the way
 * valibot's own run would (same output: unknown keys dropped, defaults filled in). Only a
 * value that passes takes this path: anything that fails goes through valibot, which names
 * every issue. A schema using a piece this file does not know is never compiled, so it is
 * always checked by valibot itself. `fast-parse.test.ts` holds the two to the same answers.
 */
import type * as v from 'valibot';
import { rule } from './rules';

/** Returned by a compiled check when the value does not fit: valibot then reports why. */
export const INVALID: unique symbol = Symbol('invalid');
type Check = (value: unknown) => unknown;

/** The parts of valibot's schema objects read here (its public `entries`, `pipe`, ... fields). */
interface SchemaNode {
  kind: string;
  type: string;
  reference?: unknown;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
  fallback?: unknown;
  pipe?: readonly SchemaNode[];
  requirement?: unknown;
}

const compiled = new WeakMap<object, Check | null>();

/** The compiled check for a schema, or null when it uses a piece not handled here. */
export function fastCheckFor(schema: v.GenericSchema): Check | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

function compile(schema: SchemaNode): Check | null {
  if (schema.fallback !== undefined) return null;
  if (schema.pipe) return compilePipe(schema.pipe);
  switch (schema.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'picklist': {
      const options = schema.options ?? [];
      return (value) => (options.includes(value) ? value : INVALID);
    }
    case 'literal': {
      const literal = schema.literal;
      return (value) => (value === literal || (Number.isNaN(value) && Number.isNaN(literal)) ? value : INVALID);
    }
    case 'optional':
    case 'nullish':
      return compileWrapper(schema);
    case 'array':
      return schema.item ? compileArray(schema.item) : null;
    case 'object':
      return schema.entries ? compileObject(schema.entries) : null;
    default:
      return null;
  }
}

function compileWrapper(schema: SchemaNode): Check | null {
  if (typeof schema.default === 'function' || !schema.wrapped) return null;
  const inner = compile(schema.wrapped);
  if (inner === null) return null;
  const fallbackValue = schema.default;
  const absent = schema.type === 'nullish' ? (value: unknown) => value === null || value === undefined : (value: unknown) => value === undefined;
  return (value) => {
    if (absent(value)) {
      if (fallbackValue !== undefined) value = fallbackValue;
      if (absent(value)) return value;
    }
    return inner(value);
  };
}

function compileArray(item: SchemaNode): Check | null {
  const inner = compile(item);
  if (inner === null) return null;
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    const out: unknown[] = [];
    for (const element of value) {
      const checked = inner(element);
      if (checked === INVALID) return INVALID;
      out.push(checked);
    }
    return out;
  };
}

interface Entry {
  key: string;
  check: Check;
  /** optional or nullish: the key may be missing. */
  mayBeMissing: boolean;
  /** Used when the key is missing (valibot runs the entry on it). */
  missingDefault: unknown;
}

function compileObject(entries: Record<string, SchemaNode>): Check | null {
  const list: Entry[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const check = compile(entry);
    if (check === null) return null;
    const mayBeMissing = entry.type === 'optional' || entry.type === 'nullish';
    list.push({ key, check, mayBeMissing, missingDefault: mayBeMissing ? entry.default : undefined });
  }
  return (value) => {
    if (!value || typeof value !== 'object') return INVALID;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, check, mayBeMissing, missingDefault } of list) {
      if (key in input) {
        const checked = check(input[key]);
        if (checked === INVALID) return INVALID;
        out[key] = checked;
      } else if (!mayBeMissing) {
        return INVALID;
      } else if (missingDefault !== undefined) {
        const checked = check(missingDefault);
        if (checked === INVALID) return INVALID;
        out[key] = checked;
      }
    }
    return out;
  };
}

function compilePipe(pipe: readonly SchemaNode[]): Check | null {
  const [first, ...actions] = pipe;
  if (!first || first.kind !== 'schema') return null;
  const base = compile(first);
  if (base === null) return null;
  const tests: ((value: never) => boolean)[] = [];
  for (const action of actions) {
    if (action.kind === 'metadata') continue;
    const test = actionTest(action);
    if (test === null) return null;
    tests.push(test);
  }
  return (value) => {
    const checked = base(value);
    if (checked === INVALID) return INVALID;
    for (const test of tests) if (!test(checked as never)) return INVALID;
    return checked;
  };
}

/** The validations the SDK's schemas use, as plain tests with valibot's own conditions. */
function actionTest(action: SchemaNode): ((value: never) => boolean) | null {
  if (action.kind !== 'validation') return null;
  const requirement = action.requirement;
  if (typeof requirement === 'number') {
    if (action.type === 'min_value') return (value: number) => value >= requirement;
    if (action.type === 'max_value') return (value: number) => value <= requirement;
    if (action.type === 'min_length') return (value: string) => !(value.length < requirement);
    if (action.type === 'max_length') return (value: string) => !(value.length > requirement);
    return null;
  }
  if (typeof requirement === 'function' && (action.type === 'integer' || action.reference === rule)) {
    const test = requirement as (value: unknown) => unknown;
    return (value: never) => Boolean(test(value));
  }
  if (requirement instanceof RegExp && (action.type === 'uuid' || action.type === 'regex') && !requirement.global && !requirement.sticky) {
    return (value: string) => requirement.test(value);
  }
  return null;
}
