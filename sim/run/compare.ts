// `omnisim compare`: a scenario's variants run on common random numbers — replication r of
// every variant uses the same seeded streams — so each metric's difference is estimated from
// paired replications (d_r = variant_r − reference_r), with its own 95 % interval. A
// difference is significant when that interval excludes 0.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { estimate } from '../metrics/Estimate.ts';
import { rangeOf, unitOf, writtenUnitOf } from './metricUnit.ts';
import type { WrittenUnit } from './metricUnit.ts';
import type { Estimate } from '../metrics/Estimate.ts';
import { simulate } from './simulate.ts';
import { inReport, reportScope } from './reportScope.ts';

export interface VariantInput {
  name: string;
  compiled: CompiledScenario;
}

export interface Difference extends Estimate {
  significant: boolean;
  /**
   * Replications in which only one of the two variants had a figure (a mean with nothing to
   * measure it by in the other: no answered customer after a spike). The difference is over the
   * pairs where both had one, so it need not equal the difference of the two columns' means.
   * Present only when above 0 and some pair had figures in both (a difference at all).
   */
  unpaired?: number;
}

export interface Comparison {
  scenario: string;
  seed: number;
  replications: number;
  reference: string;
  /** Metric paths in report order ("channels.messaging.serviceLevel", "sessions.stranded" …). */
  metrics: string[];
  /** Each metric's unit, that of its values and of their differences: a share's difference is
   *  in fractions of 1 too (-0.005: 0.5 percentage points fewer), not relative. */
  units: Record<string, WrittenUnit>;
  variants: { name: string; values: Record<string, Estimate> }[];
  /** Each variant other than the reference, minus the reference, paired by replication. */
  differences: { name: string; values: Record<string, Difference> }[];
}

/** The numbers of a run summary by path (series left out). */
export function flattenSummary(s: RunSummary): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (prefix: string, v: unknown) => {
    if (typeof v === 'number') out.set(prefix, v);
    else if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    }
  };
  const { series: _series, brandWindows, ...rest } = s;
  walk('', rest);
  // R7: a brand's window figures read as the report has them, under their window.
  for (const [w, byBrand] of Object.entries(brandWindows ?? {})) walk(`windows.${w}.brands`, byBrand);
  return out;
}

export function compareVariants(variants: readonly VariantInput[], onProgress?: (done: number, total: number) => void): Comparison {
  if (variants.length < 2) throw new RangeError('compare needs at least two variants');
  const first = variants[0]!.compiled.scenario;
  const n = first.replications;
  const runs: Map<string, number>[][] = variants.map(() => []);
  let done = 0;
  for (let r = 0; r < n; r++) {
    variants.forEach((v, i) => {
      runs[i]!.push(flattenSummary(simulate(v.compiled, r)));
      onProgress?.(++done, n * variants.length);
    });
  }
  // What each variant's report holds: no sessions without messaging, no channel without traffic.
  variants.forEach((v, i) => {
    const scope = reportScope(v.compiled.scenario, runs[i]!);
    for (const m of runs[i]!) for (const k of [...m.keys()]) if (!inReport(k, scope)) m.delete(k);
  });
  const metrics: string[] = [];
  for (const m of runs.flat()) for (const k of m.keys()) if (!metrics.includes(k)) metrics.push(k);
  // A metric a variant lacks in one replication (a queue nobody entered there) is 0 in it. One
  // it lacks in every replication is not in that variant's report at all (no AI agent, no SLA
  // targets): 0 of a count, but no value of a share or a mean, which would compare as 0 %.
  const lacks = variants.map((_, i) => (k: string) => runs[i]!.every((m) => !m.has(k)));
  const valueOf = (i: number, r: number, k: string) => runs[i]![r]!.get(k) ?? (unitOf(k) !== 'count' && lacks[i]!(k) ? NaN : 0);
  const out: Comparison = {
    scenario: first.name, seed: first.seed, replications: n, reference: variants[0]!.name, metrics,
    units: Object.fromEntries(metrics.map((k) => [k, writtenUnitOf(k)])), variants: [], differences: [],
  };
  variants.forEach((v, i) => {
    const values: Record<string, Estimate> = {};
    for (const k of metrics) values[k] = estimate(Array.from({ length: n }, (_, r) => valueOf(i, r, k)), 0.95, rangeOf(k));
    out.variants.push({ name: v.name, values });
    if (i === 0) return;
    const diffs: Record<string, Difference> = {};
    for (const k of metrics) {
      const d = Array.from({ length: n }, (_, r) => valueOf(i, r, k) - valueOf(0, r, k));
      const e = estimate(d);
      diffs[k] = { ...e, significant: e.ci95 !== null && (e.ci95[0] > 0 || e.ci95[1] < 0) };
      const unpaired = d.filter((x, r) => Number.isNaN(x) && (Number.isFinite(valueOf(i, r, k)) || Number.isFinite(valueOf(0, r, k)))).length;
      if (unpaired > 0 && e.mean !== null) diffs[k].unpaired = unpaired;
    }
    out.differences.push({ name: v.name, values: diffs });
  });
  return out;
}
