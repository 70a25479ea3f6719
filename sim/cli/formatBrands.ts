// The brand table of `omnisim run` (R7): per brand and arrival channel, the customer figures
// of the channel table — who waits longer when agents serve only some brands.

import type { Report, BrandReport } from '../run/Report.ts';
import type { ChannelName } from '../model/codes.ts';
import { formatEstimate } from './formatEstimate.ts';
import type { Unit } from './formatEstimate.ts';
import { renderTable } from './renderTable.ts';
import { noFigureNote } from './formatNoFigure.ts';

const COLUMNS: [keyof BrandReport, string, Unit][] = [
  ['offered', 'offered', 'count'],
  ['answered', 'answered', 'count'],
  ['abandoned', 'abandoned', 'count'],
  ['waitProbability', 'queued', 'percent'],
  ['asaSeconds', 'ASA', 'seconds'],
  ['serviceLevel', 'service level', 'percent'],
  ['abandonRate', 'abandon rate', 'percent'],
];

export function formatBrands(report: Report): string {
  const rows: string[][] = [];
  for (const [brand, byChannel] of Object.entries(report.brands ?? {})) {
    for (const [channel, f] of Object.entries(byChannel) as [ChannelName, BrandReport][]) {
      rows.push([`${brand} · ${channel}`, ...COLUMNS.map(([key, , unit]) => formatEstimate(f[key], unit))]);
    }
  }
  if (rows.length === 0) return '';
  const dashes = COLUMNS.filter((_, i) => rows.some((r) => r[i + 1] === '—')).map(([key]) => key);
  return renderTable(['brand (R7)', ...COLUMNS.map(([, label]) => label)], rows) + '\n' + noFigureNote(dashes, ' for that brand');
}
