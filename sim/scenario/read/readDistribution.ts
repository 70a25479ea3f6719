// A random duration: `{ distribution: lognormal, mean: 4m, cv: 0.8 }` and its kin, or a bare
// duration "3m" meaning exponential with that mean.

import type { DistributionSpec, DistributionName } from '../../kernel/distributions/Distribution.ts';
import type { Problems } from './Problems.ts';
import { duration, join, list, mapping, number, bool, oneOf } from './fields.ts';

const NAMES: readonly DistributionName[] = ['exponential', 'lognormal', 'gamma', 'erlang', 'uniform', 'deterministic', 'empirical'];

const KEYS: Record<DistributionName, readonly string[]> = {
  exponential: ['mean'],
  lognormal: ['mean', 'sd', 'cv'],
  gamma: ['mean', 'cv', 'shape'],
  erlang: ['mean', 'k'],
  uniform: ['min', 'max'],
  deterministic: ['value', 'mean'],
  empirical: ['values', 'interpolate'],
};

export function readDistribution(v: unknown, path: string, p: Problems): DistributionSpec | undefined {
  if (typeof v === 'string' || typeof v === 'number') {
    const mean = duration(v, path, p, { min: 0, above: true });
    return mean === undefined ? undefined : { distribution: 'exponential', mean };
  }
  const head = mapping(v, path, p, ['distribution', ...new Set(Object.values(KEYS).flat())]);
  if (!head) return undefined;
  const name = oneOf(head['distribution'] ?? 'exponential', join(path, 'distribution'), p, NAMES);
  if (!name) return undefined;
  const m = mapping(v, path, p, ['distribution', ...KEYS[name]]);
  if (!m) return undefined;
  const d = (key: string, above = true) => duration(m[key], join(path, key), p, { min: 0, above });
  const need = (key: string) => {
    if (m[key] === undefined) p.error(join(path, key), `a ${name} distribution needs "${key}"`);
    return m[key] !== undefined;
  };
  switch (name) {
    case 'exponential': {
      if (!need('mean')) return undefined;
      const mean = d('mean');
      return mean === undefined ? undefined : { distribution: name, mean };
    }
    case 'lognormal': {
      if (!need('mean')) return undefined;
      const mean = d('mean');
      if (m['sd'] !== undefined && m['cv'] !== undefined) p.error(path, 'give either sd or cv for a lognormal, not both');
      if (m['sd'] === undefined && m['cv'] === undefined) p.error(path, 'a lognormal needs sd (a duration) or cv (sd/mean)');
      const sd = m['sd'] !== undefined ? d('sd', false) : undefined;
      const cv = m['cv'] !== undefined ? number(m['cv'], join(path, 'cv'), p, { min: 0 }) : undefined;
      if (mean === undefined || (sd === undefined && cv === undefined)) return undefined;
      return { distribution: name, mean, sd: sd ?? cv! * mean };
    }
    case 'gamma': {
      if (!need('mean')) return undefined;
      const mean = d('mean');
      if ((m['cv'] === undefined) === (m['shape'] === undefined)) p.error(path, 'a gamma needs exactly one of cv or shape');
      const shape = m['shape'] !== undefined ? number(m['shape'], join(path, 'shape'), p, { min: 0, above: true })
        : m['cv'] !== undefined ? inverseSquare(number(m['cv'], join(path, 'cv'), p, { min: 0, above: true })) : undefined;
      return mean === undefined || shape === undefined ? undefined : { distribution: name, mean, shape };
    }
    case 'erlang': {
      if (!need('mean') || !need('k')) return undefined;
      const mean = d('mean');
      const k = number(m['k'], join(path, 'k'), p, { min: 1, whole: true });
      return mean === undefined || k === undefined ? undefined : { distribution: name, mean, k };
    }
    case 'uniform': {
      if (!need('min') || !need('max')) return undefined;
      const min = duration(m['min'], join(path, 'min'), p, { min: 0 });
      const max = duration(m['max'], join(path, 'max'), p, { min: 0 });
      if (min !== undefined && max !== undefined && max < min) p.error(join(path, 'max'), `max (${max}s) is below min (${min}s)`);
      return min === undefined || max === undefined || max < min ? undefined : { distribution: name, min, max };
    }
    case 'deterministic': {
      const key = m['mean'] !== undefined && m['value'] === undefined ? 'mean' : 'value';
      if (!need(key)) return undefined;
      const value = duration(m[key], join(path, key), p, { min: 0 });
      return value === undefined ? undefined : { distribution: name, value };
    }
    case 'empirical': {
      if (!need('values')) return undefined;
      const raw = list(m['values'], join(path, 'values'), p);
      if (!raw) return undefined;
      if (raw.length === 0) p.error(join(path, 'values'), 'an empirical distribution needs at least one observed value');
      const values = raw.map((x, i) => duration(x, join(join(path, 'values'), i), p, { min: 0 }));
      const interpolate = m['interpolate'] === undefined ? false : bool(m['interpolate'], join(path, 'interpolate'), p);
      if (raw.length === 0 || values.some((x) => x === undefined) || interpolate === undefined) return undefined;
      return { distribution: name, values: values as number[], interpolate };
    }
  }
}

function inverseSquare(cv: number | undefined): number | undefined {
  return cv === undefined ? undefined : 1 / (cv * cv);
}
