// How `omnisim sweep` prints when no --csv or --json is asked for: one row per grid point, its
// grid values, then each metric as mean ± half-width in the metric's unit (as `run` and
// `compare` show them). Columns are headed by the shortest end of each path that tells it
// apart from the others; the full paths head the CSV and JSON.

import type { SweepResult } from '../run/sweep/SweepResult.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
import { unitOf } from './formatComparison.ts';
import { renderTable } from './renderTable.ts';
import { noFigureNote } from './formatNoFigure.ts';

/** Splits a path at its dots, leaving dots inside brackets alone: a[x.y].b → [a[x.y], b]. */
function segments(path: string): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '.' && depth === 0) { out.push(path.slice(from, i)); from = i + 1; }
  }
  out.push(path.slice(from));
  return out;
}

/**
 * For each path, its last `min` or more segments: as few as keep it apart from every other
 * path of the list ("messaging.serviceLevel" beside "email.serviceLevel").
 */
export function shortNames(paths: readonly string[], min = 1): string[] {
  const split = paths.map(segments);
  return split.map((s, i) => {
    for (let n = Math.min(min, s.length); n < s.length; n++) {
      const end = s.slice(-n).join('.');
      if (split.every((o, j) => j === i || o.slice(-n).join('.') !== end)) return end;
    }
    return paths[i]!;
  });
}

const cell = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function formatSweep(r: SweepResult, metrics: readonly string[]): string {
  const axes = r.grid.map((g) => g.path);
  const shown = metrics.filter((m) => r.points.some((p) => p.metrics[m] !== undefined));
  const header = ['point', ...shortNames(axes, 2), ...shortNames(shown, 2)];
  const rows = r.points.map((p) => [
    String(p.index),
    ...axes.map((a) => cell(p.values[a])),
    ...shown.map((m) => formatFigure(p.metrics[m], unitOf(m), r.replications)),
  ]);
  // "—" is told as run tells it: which figures, and why (no ticket answered, no agent could take the channel …).
  const dashes = [...new Set(shown.filter((_, j) => rows.some((row) => row[1 + axes.length + j] === '—')).map((m) => m.slice(m.lastIndexOf('.') + 1)))];
  return `${r.sweep} · ${r.replications} replications per point · mean ± half-width of the 95 % interval (its ends where it is cut at 0 or 100 %)\n\n` +
    `${renderTable(header, rows)}\n${noFigureNote(dashes, ' at that point')}${oneReplicationNote(rows)}\n` +
    `--csv FILE or --json FILE write every figure with the full metric paths.\n`;
}
