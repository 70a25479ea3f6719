// Readers for single values of a scenario. Each takes the raw value and its path, records a
// problem if the value is wrong (saying what was expected and what was found), and returns
// the parsed value or undefined.

import type { Problems } from './Problems.ts';
import { describeValue, suggest } from './describeValue.ts';
import { parseDuration, parseRate } from '../units.ts';

export type Raw = Record<string, unknown>;

/** A mapping with only the listed keys; unknown keys are errors with a suggestion. */
export function mapping(v: unknown, path: string, p: Problems, keys: readonly string[]): Raw | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    p.error(path, `expected a mapping (key: value lines), got ${describeValue(v)}`);
    return undefined;
  }
  const raw = v as Raw;
  for (const k of Object.keys(raw)) {
    if (!keys.includes(k)) {
      const s = suggest(k, keys);
      p.error(join(path, k), `unknown key "${k}"${s ? ` (did you mean "${s}"?)` : ''}; expected one of ${keys.join(', ')}`);
    }
  }
  return raw;
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export interface NumberRule {
  min?: number;
  max?: number;
  whole?: boolean;
  /** min is exclusive (> rather than ≥). */
  above?: boolean;
}

function ruleText(r: NumberRule): string {
  const kind = r.whole ? 'a whole number' : 'a number';
  const parts: string[] = [];
  if (r.min !== undefined) parts.push(`${r.above ? '>' : '≥'} ${r.min}`);
  if (r.max !== undefined) parts.push(`≤ ${r.max}`);
  return parts.length ? `${kind} ${parts.join(' and ')}` : kind;
}

export function number(v: unknown, path: string, p: Problems, rule: NumberRule = {}): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || (rule.whole && !Number.isInteger(v))) {
    p.error(path, `expected ${ruleText(rule)}, got ${describeValue(v)}`);
    return undefined;
  }
  // Name only the bound that is broken: "expected a whole number ≥ 0, got -2".
  if (rule.min !== undefined && (rule.above ? v <= rule.min : v < rule.min)) {
    p.error(path, `expected ${ruleText({ ...rule, max: undefined })}, got ${v}`);
    return undefined;
  }
  if (rule.max !== undefined && v > rule.max) {
    p.error(path, `expected ${ruleText({ ...rule, min: undefined })}, got ${v}`);
    return undefined;
  }
  return v;
}

/** A fraction written 0.8 or "80%". */
export function fraction(v: unknown, path: string, p: Problems): number | undefined {
  let x = v;
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*%\s*$/.test(v)) x = parseFloat(v) / 100;
  if (typeof x !== 'number' || !(x >= 0 && x <= 1)) {
    p.error(path, `expected a fraction between 0 and 1 (or a percentage such as 30%), got ${describeValue(v)}`);
    return undefined;
  }
  return x;
}

/** A mix's weight: a number ≥ 0 or a percentage ("70%" weighs 0.7); weights need not add up. */
export function weight(v: unknown, path: string, p: Problems): number | undefined {
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*%\s*$/.test(v)) return parseFloat(v) / 100;
  if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
    p.error(path, `expected a weight ≥ 0 (a number, or a percentage such as 30%), got ${describeValue(v)}`);
    return undefined;
  }
  return v;
}

export function text(v: unknown, path: string, p: Problems, nonEmpty = true): string | undefined {
  if (typeof v !== 'string' || (nonEmpty && v.trim() === '')) {
    p.error(path, `expected ${nonEmpty ? 'a non-empty ' : ''}text, got ${describeValue(v)}`);
    return undefined;
  }
  return v;
}

export function bool(v: unknown, path: string, p: Problems): boolean | undefined {
  if (typeof v !== 'boolean') {
    p.error(path, `expected true or false, got ${describeValue(v)}`);
    return undefined;
  }
  return v;
}

export function oneOf<T extends string>(v: unknown, path: string, p: Problems, values: readonly T[]): T | undefined {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  const s = typeof v === 'string' ? suggest(v, values) : undefined;
  p.error(path, `expected one of ${values.join(', ')}, got ${describeValue(v)}${s ? ` (did you mean "${s}"?)` : ''}`);
  return undefined;
}

/** A duration "90s", "10m", "1d2h"; a bare number is refused because its unit is unknown. */
export function duration(v: unknown, path: string, p: Problems, rule: NumberRule = {}): number | undefined {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    p.error(path, `expected a duration such as 90s, 10m or 2h, got ${v}`);
    return undefined;
  }
  if (typeof v === 'number') {
    p.error(path, `durations need a unit: write "${v}s", "${v}m" or "${v}h", got ${v}`);
    return undefined;
  }
  if (typeof v !== 'string') {
    p.error(path, `expected a duration such as 90s, 10m or 2h, got ${describeValue(v)}`);
    return undefined;
  }
  const d = parseDuration(v);
  if (typeof d !== 'number') {
    p.error(path, d.error);
    return undefined;
  }
  if ((rule.min !== undefined && (rule.above ? d <= rule.min : d < rule.min)) || (rule.max !== undefined && d > rule.max)) {
    const bounds = [rule.min !== undefined ? `${rule.above ? 'more than' : 'at least'} ${rule.min}s` : '', rule.max !== undefined ? `at most ${rule.max}s` : '']
      .filter(Boolean).join(' and ');
    p.error(path, `expected a duration ${bounds}, got "${v}"`);
    return undefined;
  }
  return d;
}

/** A rate "200/h", "3/m" → per second. */
export function rate(v: unknown, path: string, p: Problems): number | undefined {
  if (typeof v !== 'string') {
    p.error(path, `expected a rate such as 200/h or 3/m, got ${describeValue(v)}`);
    return undefined;
  }
  const r = parseRate(v);
  if (typeof r !== 'number') {
    p.error(path, r.error);
    return undefined;
  }
  return r;
}

export function list(v: unknown, path: string, p: Problems): unknown[] | undefined {
  if (!Array.isArray(v)) {
    p.error(path, `expected a list, got ${describeValue(v)}`);
    return undefined;
  }
  return v;
}

/** A list of names, also accepted as a single name. */
export function names(v: unknown, path: string, p: Problems): string[] | undefined {
  if (typeof v === 'string') return [v];
  const l = list(v, path, p);
  if (!l) return undefined;
  const out: string[] = [];
  l.forEach((x, i) => {
    const s = text(x, join(path, i), p);
    if (s !== undefined) out.push(s);
  });
  return out;
}
