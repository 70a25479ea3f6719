// A sweep's `grid:` (path → list of values), checked against its scenario before any run: each
// path must lead into the scenario, each `variant` value must name one of its variants.

import type { GridAxis } from './Sweep.ts';
import type { ReportAt } from './SweepProblem.ts';
import { parsePath, setPath, isError } from './setPath.ts';

export interface GridBase {
  /** The scenario as its file holds it, and where the sweep file names it. */
  raw: unknown;
  path: string;
  variants: string[];
}

/** The axes that can be run; every other one is reported where the sweep file writes it. */
export function readGrid(g: unknown, base: GridBase, report: ReportAt): GridAxis[] {
  if (!g || typeof g !== 'object' || Array.isArray(g) || Object.keys(g).length === 0) {
    report(['grid'], 'expected a mapping of path: [values…], e.g. agents[chat].count: [8, 10, 12]');
    return [];
  }
  const grid: GridAxis[] = [];
  for (const [path, values] of Object.entries(g)) {
    if (!Array.isArray(values) || values.length === 0) {
      report(['grid', path], 'expected a non-empty list of values');
      continue;
    }
    if (path === 'variant') {
      let known = true;
      values.forEach((v, i) => {
        if (base.variants.includes(String(v))) return;
        known = false;
        report(['grid', path, i], `no variant "${String(v)}" in ${base.path} (variants: ${base.variants.join(', ') || 'none'})`);
      });
      if (known) grid.push({ path, values });
      continue; // an unknown variant is reported; the points are checked without this axis
    }
    const segs = parsePath(path);
    // Whether the path leads into the scenario does not depend on the value: checked once.
    const set = 'error' in segs ? segs : setPath(base.raw, segs, values[0]);
    if (isError(set)) report(['grid', path], set.error);
    else grid.push({ path, values });
  }
  return grid;
}
