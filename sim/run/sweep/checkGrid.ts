// Every grid point must compile before anything runs. Each value is tried alone on the scenario
// first, so a bad value is reported once, at its own place in the sweep file; then the points
// that combine two or more edits, for values that are only wrong together, or that only together
// give a warning (comboWarnings.ts).

import type { Sweep } from './Sweep.ts';
import { gridPoints, pointUnit } from './Sweep.ts';
import type { ReportAt, ReportAtValues } from './SweepProblem.ts';
import { ComboWarnings } from './comboWarnings.ts';
import { readUnit } from './runUnit.ts';
import type { Problem } from '../../scenario/read/Problems.ts';
import type { PathStep } from '../../scenario/read/placeOf.ts';

/**
 * Reports at most `max` problems. A variant is one of the scenario's, already checked with it.
 * A value that compiles but gives the scenario a warning it does not have alone is told to
 * `warn`, at the value; so is a warning only values together give, at them all (at most `max`
 * warnings in all, those of single values first).
 */
export function checkGrid(sweep: Sweep, report: ReportAt, max: number, warn: ReportAtValues): void {
  let left = max;
  let warningsLeft = max;
  const bad = new Set<string>();
  const key = (e: Problem) => `${e.path}: ${e.message}`;
  const baseWarnings = new Set(sweep.warnings.map(key));
  // The scenario's path says what the value broke; its place is the grid's, not the scenario's.
  const said = (prefix: string, e: Problem) => `${prefix}the scenario's ${e.path === '' ? 'whole' : e.path}: ${e.message}`;
  const tell = (steps: readonly PathStep[], prefix: string, all: readonly Problem[]) => {
    const problems = withoutVariantRepeats(all);
    for (const e of problems.slice(0, left)) report(steps, said(prefix, e));
    left -= problems.length;
  };
  const warnNew = (steps: readonly PathStep[], prefix: string, all: readonly Problem[]) => {
    const added = withoutVariantRepeats(all).filter((w) => !baseWarnings.has(key(w)));
    for (const w of added.slice(0, warningsLeft)) warn([steps], said(prefix, w));
    warningsLeft -= added.length;
  };
  const combos = new ComboWarnings(sweep, (at, prefix, w) => {
    if (warningsLeft-- > 0) warn(at, said(prefix, w));
  }, () => warningsLeft > 0);
  for (const axis of sweep.grid) {
    if (axis.path === 'variant') continue;
    for (const [i, value] of axis.values.entries()) {
      if (left <= 0) return;
      const r = readUnit(pointUnit(sweep, { index: 0, values: { [axis.path]: value } }, 0));
      const prefix = `with ${JSON.stringify(value)}, `;
      if (!('errors' in r)) {
        warnNew(['grid', axis.path, i], prefix, r.warnings);
        combos.valueAlone(axis.path, i, r.warnings);
        continue;
      }
      bad.add(JSON.stringify([axis.path, value]));
      tell(['grid', axis.path, i], prefix, r.errors);
    }
  }
  for (const p of gridPoints(sweep.grid)) {
    if (left <= 0) return;
    const edits = Object.entries(p.values).filter(([path]) => path !== 'variant');
    if (edits.length < 2) continue; // the value alone, checked above
    if (edits.some((e) => bad.has(JSON.stringify(e)))) continue; // reported above
    const r = readUnit(pointUnit(sweep, p, 0));
    if ('errors' in r) tell(['grid'], `point ${p.index} (${edits.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}): `, r.errors);
    else combos.point(p, withoutVariantRepeats(r.warnings));
  }
}

/** Each variant repeats the problems an edit makes in the base (`variants.x → path`): told once. */
function withoutVariantRepeats(problems: readonly Problem[]): Problem[] {
  const said = new Set(problems.map((e) => `${e.path}: ${e.message}`));
  return problems.filter((e) => {
    const inBase = e.path.replace(/^variants\..+? → /, '');
    return inBase === e.path || !said.has(`${inBase}: ${e.message}`);
  });
}
