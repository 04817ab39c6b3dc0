/**
 * Walks a zod 4 input schema to the fields a caller can send: every object key (through optional,
 * default, pipe, union, array …) with the base kind of its value. Used by the tests that send every
 * method of the contract wrong inputs, so a method added later is covered without editing them.
 */
import type { z } from 'zod';

export type FieldKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'enum' | 'other';

export interface FieldInfo {
  /** Path from the input's root; array items appear as index 0. */
  path: (string | number)[];
  kind: FieldKind;
  /** For numbers: the bounds the schema checks, when it has any. */
  min?: number;
  max?: number;
}

interface Def {
  type: string;
  [key: string]: unknown;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** The schema under wrappers that do not change what a caller sends. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: unknown = schema;
  for (let i = 0; i < 50; i++) {
    const def = defOf(current);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'lazy') current = (def.getter as () => unknown)();
    else break;
  }
  return current as z.ZodType;
}

function kindOf(schema: z.ZodType): FieldKind {
  const type = defOf(unwrap(schema)).type;
  if (type === 'string' || type === 'template_literal') return 'string';
  if (type === 'number' || type === 'int' || type === 'bigint') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array' || type === 'tuple' || type === 'set') return 'array';
  if (type === 'object' || type === 'record') return 'object';
  if (type === 'enum' || type === 'literal') return 'enum';
  return 'other';
}

function numberBounds(schema: z.ZodType): { min?: number; max?: number } {
  const bag = (unwrap(schema) as unknown as { _zod: { bag?: { minimum?: number; maximum?: number } } })._zod.bag ?? {};
  return { min: bag.minimum, max: bag.maximum };
}

export function walkFields(schema: z.ZodType, prefix: (string | number)[] = [], out: FieldInfo[] = [], depth = 0): FieldInfo[] {
  if (depth > 8) return out;
  const base = unwrap(schema);
  const def = defOf(base);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      const path = [...prefix, key];
      const kind = kindOf(child);
      out.push({ path, kind, ...(kind === 'number' ? numberBounds(child) : {}) });
      walkFields(child, path, out, depth + 1);
    }
  } else if (def.type === 'array') {
    walkFields(def.element as z.ZodType, [...prefix, 0], out, depth + 1);
  } else if (def.type === 'union') {
    for (const option of def.options as z.ZodType[]) walkFields(option, prefix, out, depth + 1);
  } else if (def.type === 'intersection') {
    walkFields(def.left as z.ZodType, prefix, out, depth + 1);
    walkFields(def.right as z.ZodType, prefix, out, depth + 1);
  } else if (def.type === 'record') {
    walkFields(def.valueType as z.ZodType, [...prefix, 'x'], out, depth + 1);
  }
  return out;
}

/** Wrong values for a field of this kind: a wrong type first, then out-of-range values. */
export function wrongValues(field: FieldInfo): unknown[] {
  switch (field.kind) {
    case 'string':
      return [12345, { a: 1 }, '字'.repeat(300_000)];
    case 'number':
      return ['abc', 1.5, 1e20, -1e20, true];
    case 'boolean':
      return ['是', 3];
    case 'array':
      return ['列表', { a: 1 }];
    case 'object':
      return ['一组', 7];
    case 'enum':
      return ['不存在的取值', 99, 'zz'];
    default:
      return [Symbol.for('x').toString(), 12345];
  }
}

/** Puts `value` at `path`, creating objects and one-item arrays on the way. */
export function inputWith(path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') return [inputWith(rest, value)];
  return { [head!]: inputWith(rest, value) };
}
