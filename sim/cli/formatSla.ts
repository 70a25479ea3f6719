// The first-reply SLA table of `omnisim run` (R15): per arrival channel with targets, the
// tickets answered that had one, how many were answered late, and the breached share.

import type { Report } from '../run/Report.ts';
import { formatEstimate } from './formatEstimate.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
import { renderTable } from './renderTable.ts';
import { noFigureNote } from './formatNoFigure.ts';

export function formatSla(report: Report): string {
  const rows = Object.entries(report.sla ?? {}).map(([channel, f]) => [
    channel, formatEstimate(f.tickets, 'count'), formatEstimate(f.breached, 'count'), formatFigure(f.breachedShare, 'percent', report.replications),
  ]);
  if (rows.length === 0) return '';
  const dashes = rows.some((r) => r[3] === '—') ? ['breachedShare'] : [];
  return renderTable(['first-reply SLA', 'answered with a target', 'breached', 'breached share'], rows) + '\n' + noFigureNote(dashes) + oneReplicationNote(rows);
}
