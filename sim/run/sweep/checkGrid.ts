// Every grid point must compile before anything runs. Each value is tried alone on the scenario
// first, so a bad value is reported once, at its own place in the sweep file; then the points
// that combine two or more edits, for values that are only wrong together, or that only together
// give a warning (comboWarnings.ts). A value wrong alone is only wrong if a point that has it
// is: a horizon of 2h is fine on a grid whose every point also sets the warm-up to 0s, though
// alone it is shorter than the scenario's warm-up. Such a value is told at its place when a
// point fails as it does alone; a point that fails otherwise is told as a combination.
// Warnings likewise: with more than one axis no point is a value alone, so a warning the value
// gives alone is told (at the value) only if a point that has the value gives it too.

import type { GridPoint, Sweep } from './Sweep.ts';
import { gridPoints, pointUnit } from './Sweep.ts';
import type { ReportAt, ReportAtValues } from './SweepProblem.ts';
import { ComboWarnings, warningShape } from './comboWarnings.ts';
import { readUnit } from './runUnit.ts';
import type { Problem } from '../../scenario/read/Problems.ts';
import type { PathStep } from '../../scenario/read/placeOf.ts';
import { expectedTickets } from '../runSize.ts';

/**
 * Reports at most `max` problems. A variant is one of the scenario's, already checked with it.
 * A value that compiles but gives the scenario a warning it does not have alone is told to
 * `warn`, at the value — with other axes, only if a point that has the value gives it too; so is a warning only values together give, at them all (at most `max`
 * warnings in all, those of single values first). Returns the tickets one replication of every
 * point creates together (expected), from the compiles it makes anyway; 0 once it gives up.
 */
export function checkGrid(sweep: Sweep, report: ReportAt, max: number, warn: ReportAtValues): number {
  let tickets = 0;
  /** Expected tickets of a value alone (a point's, when it is the point's only edit). */
  const aloneTickets = new Map<string, number>();
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
  const added = (all: readonly Problem[]) => withoutVariantRepeats(all).filter((w) => !baseWarnings.has(key(w)));
  const warnAt = (steps: readonly PathStep[], prefix: string, ws: readonly Problem[]) => {
    for (const w of ws.slice(0, warningsLeft)) warn([steps], said(prefix, w));
    warningsLeft -= ws.length;
  };
  const combos = new ComboWarnings(sweep, (at, prefix, w) => {
    if (warningsLeft-- > 0) warn(at, said(prefix, w));
  }, () => warningsLeft > 0);
  // Values wrong alone, while other axes may set what makes them right: told by the points.
  const wrongAlone = new Map<string, { steps: PathStep[]; prefix: string; errors: Problem[] }>();
  const axes = sweep.grid.filter((axis) => axis.path !== 'variant').length;
  // With other axes, a value's own warnings wait for a point that gives them (by shape: numbers aside).
  const warnsAlone = new Map<string, { steps: PathStep[]; prefix: string; warnings: Problem[]; given: Set<Problem> }>();
  // Points' warnings, for those only values together give: told after the values' own.
  const pointWarnings: [GridPoint, Problem[]][] = [];
  for (const axis of sweep.grid) {
    if (axis.path === 'variant') continue;
    for (const [i, value] of axis.values.entries()) {
      if (left <= 0) return 0;
      const r = readUnit(pointUnit(sweep, { index: 0, values: { [axis.path]: value } }, 0));
      const prefix = `with ${JSON.stringify(value)}, `;
      if (!('errors' in r)) {
        aloneTickets.set(JSON.stringify([axis.path, value]), expectedTickets(r.compiled.scenario));
        if (axes > 1) warnsAlone.set(JSON.stringify([axis.path, i]), { steps: ['grid', axis.path, i], prefix, warnings: added(r.warnings), given: new Set() });
        else warnAt(['grid', axis.path, i], prefix, added(r.warnings));
        combos.valueAlone(axis.path, i, r.warnings);
        continue;
      }
      if (axes > 1) {
        wrongAlone.set(JSON.stringify([axis.path, value]), { steps: ['grid', axis.path, i], prefix, errors: r.errors });
        continue;
      }
      bad.add(JSON.stringify([axis.path, value]));
      tell(['grid', axis.path, i], prefix, r.errors);
    }
  }
  for (const p of gridPoints(sweep.grid)) {
    if (left <= 0) return 0;
    const edits = Object.entries(p.values).filter(([path]) => path !== 'variant');
    if (edits.length < 2) { // the value alone, checked above
      tickets += 'variant' in p.values || edits.length === 0 ? pointTickets(sweep, p) : aloneTickets.get(JSON.stringify(edits[0])) ?? 0;
      continue;
    }
    if (edits.some((e) => bad.has(JSON.stringify(e)))) continue; // reported above
    const r = readUnit(pointUnit(sweep, p, 0));
    if (!('errors' in r)) {
      tickets += expectedTickets(r.compiled.scenario);
      const ws = withoutVariantRepeats(r.warnings);
      const shapes = new Set(ws.map(warningShape));
      sweep.grid.forEach((axis, a) => {
        const alone = warnsAlone.get(JSON.stringify([axis.path, p.at[a]]));
        for (const w of alone?.warnings ?? []) if (shapes.has(warningShape(w))) alone!.given.add(w);
      });
      if (ws.length > 0) pointWarnings.push([p, ws]);
      continue;
    }
    // The point's values wrong alone whose every problem the point has: theirs, told at them.
    let rest: readonly Problem[] = r.errors;
    for (const e of edits) {
      const alone = wrongAlone.get(JSON.stringify(e));
      if (!alone || !alone.errors.every((x) => r.errors.some((y) => key(y) === key(x)))) continue;
      bad.add(JSON.stringify(e));
      tell(alone.steps, alone.prefix, alone.errors);
      const theirs = new Set(alone.errors.map(key));
      rest = rest.filter((x) => !theirs.has(key(x)));
    }
    if (rest.length > 0) tell(['grid'], `point ${p.index} (${edits.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}): `, rest);
  }
  for (const v of warnsAlone.values()) warnAt(v.steps, v.prefix, v.warnings.filter((w) => v.given.has(w)));
  for (const [p, ws] of pointWarnings) combos.point(p, ws);
  return tickets;
}

/** A point's expected tickets, compiled as it runs (its variant included); 0 if it does not compile (told above). */
function pointTickets(sweep: Sweep, p: GridPoint): number {
  const r = readUnit(pointUnit(sweep, p, 0));
  return 'errors' in r ? 0 : expectedTickets(r.compiled.scenario);
}

/** Each variant repeats the problems an edit makes in the base (`variants.x → path`): told once. */
function withoutVariantRepeats(problems: readonly Problem[]): Problem[] {
  const said = new Set(problems.map((e) => `${e.path}: ${e.message}`));
  return problems.filter((e) => {
    const inBase = e.path.replace(/^variants\..+? → /, '');
    return inBase === e.path || !said.has(`${inBase}: ${e.message}`);
  });
}
