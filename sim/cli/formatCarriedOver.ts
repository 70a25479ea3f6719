// The carried-over table of `omnisim run`: work open when the run started (initialState) and
// what became of it. Printed apart because these tickets are not in the channel figures.

import type { Report } from '../run/Report.ts';
import type { CarriedOverFigures } from '../metrics/CarriedOverAcc.ts';
import type { Unit } from './formatEstimate.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
import { renderTable } from './renderTable.ts';

const ROWS: [keyof CarriedOverFigures, string, Unit][] = [
  ['tickets', 'open at the start', 'count'],
  ['inProgress', '  in progress with agents', 'count'],
  ['waiting', '  waiting', 'count'],
  ['answered', 'waiting ones answered', 'count'],
  ['gaveUp', 'waiting ones who gave up', 'count'],
  ['waitingAtEnd', 'still waiting at the end', 'count'],
  ['meanAnsweredAfterSeconds', 'answered after the start, mean', 'seconds'],
  ['meanAgeWhenAnsweredSeconds', 'age when answered, mean', 'seconds'],
  ['lastAnsweredAtSeconds', 'last answered, after the start', 'seconds'],
];

export function formatCarriedOver(report: Report): string {
  const co = report.carriedOver ?? {};
  const names = Object.keys(co) as (keyof typeof co)[];
  if (names.length === 0) return '';
  const rows = ROWS.map(([key, label, unit]) => [label, ...names.map((c) => formatFigure(co[c]![key], unit, report.replications))]);
  return renderTable(['carried over (not in the figures above)', ...names], rows) + '\n' + oneReplicationNote(rows);
}
