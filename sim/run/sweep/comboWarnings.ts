// Warnings that only a combination of grid values gives: a team of 0 agents on one axis with the
// other team's voice capacity 0 on another, a horizon of 8d with a warm-up of 0s. Told at the
// values together (`grid.horizon[1] with grid.warmup[1]: with "8d" and "0s", the scenario's
// warmup: …`), once per combination, and not when the scenario or one of the values alone
// already warns the same way: that was told already.
//
// Which points: every one. checkGrid compiles every point anyway, for values that are only wrong
// together, so the warnings come with that compile at no cost; a bounded selection would save
// nothing and miss combinations. The only compiles added are those that find the fewest values
// giving a new warning (pairs first, then larger sets, in axis order: deterministic), one search
// per warning told, so at most the cap's worth.

import type { Sweep, GridPoint } from './Sweep.ts';
import { pointUnit } from './Sweep.ts';
import { readUnit } from './runUnit.ts';
import type { Problem } from '../../scenario/read/Problems.ts';
import type { PathStep } from '../../scenario/read/placeOf.ts';

/** One value of the grid: its axis (path), its position in the axis, and the value. */
interface GridValue {
  key: string;
  path: string;
  index: number;
  value: unknown;
}

/**
 * The same warning whatever its numbers: a value that leaves 8 agents for a load of 10 and the
 * same value with a bigger spike (a load of 12) say one thing, told once, by the value alone.
 */
export const warningShape = (w: Problem) => `${w.path}: ${w.message.replace(/\d+(?:[.,]\d+)*/g, '#')}`;

/** Tells a warning at values together; `prefix` says them ("with 0 and 0, "). */
export type TellCombination = (at: PathStep[][], prefix: string, w: Problem) => void;

export class ComboWarnings {
  private readonly base: Set<string>;
  /** Value key → the shapes of the warnings the value gives alone. */
  private readonly aloneShapes = new Map<string, Set<string>>();
  /** Shape → the combinations (value keys) it was told at. */
  private readonly told = new Map<string, string[][]>();
  /** Combination (value keys) → its warnings, compiled once. */
  private readonly compiled = new Map<string, Problem[]>();

  /** Made before any value is checked: the sweep's warnings are then the scenario's own. */
  constructor(private readonly sweep: Sweep, private readonly tell: TellCombination, private readonly more: () => boolean) {
    this.base = new Set(sweep.warnings.map(warningShape));
  }

  /** The warnings `axis`'s value at `index` gives alone on the scenario. */
  valueAlone(axis: string, index: number, warnings: readonly Problem[]): void {
    this.aloneShapes.set(valueKey(axis, index), new Set(warnings.map(warningShape)));
  }

  /** A point that compiled, with its warnings: tells those new to a combination of its values. */
  point(p: GridPoint, warnings: readonly Problem[]): void {
    const values = this.sweep.grid.flatMap((axis, a) => (axis.path === 'variant' ? [] : [{
      key: valueKey(axis.path, p.at[a]!), path: axis.path, index: p.at[a]!, value: p.values[axis.path],
    }]));
    const keys = values.map((v) => v.key);
    for (const w of warnings) {
      if (!this.more()) return;
      const shape = warningShape(w);
      if (this.base.has(shape) || values.some((v) => this.aloneShapes.get(v.key)?.has(shape))) continue;
      if (this.told.get(shape)?.some((combo) => combo.every((k) => keys.includes(k)))) continue;
      const [combo, warning] = this.fewest(values, shape) ?? [values, w];
      this.told.set(shape, [...(this.told.get(shape) ?? []), combo.map((v) => v.key)]);
      this.tell(combo.map((v) => ['grid', v.path, v.index]), `with ${listed(combo.map((v) => JSON.stringify(v.value)))}, `, warning);
    }
  }

  /** The first smaller set of `values` (pairs first, in axis order) that gives a warning of this shape. */
  private fewest(values: readonly GridValue[], shape: string): [GridValue[], Problem] | null {
    for (let size = 2; size < values.length; size++) {
      for (const combo of subsets(values, size)) {
        const found = this.warningsOf(combo).find((x) => warningShape(x) === shape);
        if (found) return [combo, found];
      }
    }
    return null;
  }

  private warningsOf(combo: readonly GridValue[]): Problem[] {
    const key = combo.map((v) => v.key).join(' ');
    let warnings = this.compiled.get(key);
    if (!warnings) {
      const r = readUnit(pointUnit(this.sweep, { index: 0, values: Object.fromEntries(combo.map((v) => [v.path, v.value])) }, 0));
      warnings = 'errors' in r ? [] : r.warnings;
      this.compiled.set(key, warnings);
    }
    return warnings;
  }
}

const valueKey = (axis: string, index: number) => JSON.stringify([axis, index]);

/** "a and b", "a, b and c". */
function listed(xs: readonly string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** The subsets of `xs` of `size` elements, each in the order of `xs`, in lexicographic order. */
function* subsets<T>(xs: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= xs.length - size; i++) for (const rest of subsets(xs, size - 1, i + 1)) yield [xs[i]!, ...rest];
}
