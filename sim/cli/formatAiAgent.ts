// The AI agent table of `omnisim run` (R6): per channel with an AI agent, the tickets it took,
// resolved on its own, escalated to a human and still held at the end; its resolved share and
// the mean time a ticket spent with it.

import type { Report } from '../run/Report.ts';
import { formatEstimate } from './formatEstimate.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
import { renderTable } from './renderTable.ts';
import { noFigureNote } from './formatNoFigure.ts';

export function formatAiAgent(report: Report): string {
  const rows = Object.entries(report.aiAgent ?? {}).map(([channel, f]) => [
    channel, formatEstimate(f.taken, 'count'), formatEstimate(f.resolved, 'count'), formatEstimate(f.escalated, 'count'),
    formatEstimate(f.withAiAtEnd, 'count'), formatFigure(f.resolvedShare, 'percent', report.replications), formatFigure(f.meanHeldSeconds, 'seconds', report.replications),
  ]);
  if (rows.length === 0) return '';
  const table = renderTable(['AI agent (R6)', 'took', 'resolved', 'escalated', 'held at end', 'resolved share', 'mean time held'], rows);
  const dashes = (['resolvedShare', 'meanHeldSeconds'] as const).filter((_, i) => rows.some((r) => r[5 + i] === '—'));
  return `${table}\n${noFigureNote(dashes)}${oneReplicationNote(rows)}Escalated tickets are in "offered" above from their escalation; their wait counts from then.\n`;
}
