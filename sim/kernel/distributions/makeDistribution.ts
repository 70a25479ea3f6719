// Builds a sampler from its scenario description.

import type { Distribution, DistributionSpec } from './Distribution.ts';
import { Exponential } from './exponential.ts';
import { Lognormal } from './lognormal.ts';
import { Gamma } from './gamma.ts';
import { UniformDistribution } from './uniform.ts';
import { Deterministic } from './deterministic.ts';
import { Empirical } from './empirical.ts';

export function makeDistribution(spec: DistributionSpec): Distribution {
  switch (spec.distribution) {
    case 'exponential': return new Exponential(spec.mean);
    case 'lognormal': return spec.sd === 0 ? new Deterministic(spec.mean) : new Lognormal(spec.mean, spec.sd);
    case 'gamma': return new Gamma(spec.mean, spec.shape);
    case 'erlang': return new Gamma(spec.mean, spec.k, 'erlang');
    case 'uniform': return new UniformDistribution(spec.min, spec.max);
    case 'deterministic': return new Deterministic(spec.value);
    case 'empirical': return new Empirical(spec.values, spec.interpolate);
  }
}
