// The figures of a report window (a spike's before / during / after), in the order the run
// table, the HTML report and the live page show them — one list for all three.

import type { WindowReport } from '../run/Report.ts';
import type { Unit } from './formatEstimate.ts';

export const WINDOW_ROWS: readonly [keyof WindowReport, string, Unit][] = [
  ['offered', 'offered', 'count'],
  ['waitProbability', 'queued', 'percent'],
  ['asaSeconds', 'ASA', 'seconds'],
  ['serviceLevel', 'service level', 'percent'],
  ['abandonRate', 'abandon rate', 'percent'],
  ['throughputPerHour', 'answered per hour', 'rate'],
];
