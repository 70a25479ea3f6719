// The brand tables of `omnisim run` (R7): per brand and arrival channel, the customer figures
// of the channel table — who waits longer when agents serve only some brands — and, when the
// report has windows (a spike's before / during / after), the same per window.

import type { Report, BrandReport } from '../run/Report.ts';
import type { ChannelName } from '../model/codes.ts';
import type { Unit } from './formatEstimate.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
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

type ByBrand = NonNullable<Report['brands']>;

export function formatBrands(report: Report): string {
  return brandTable('brand (R7)', report.brands ?? {}, ' for that brand', report.replications);
}

/** One table per report window that has brand figures. */
export function formatBrandWindows(report: Report): string {
  return Object.entries(report.windows)
    .map(([name, w]) => (w.brands ? brandTable(`brand · ${name}`, w.brands, ' for that brand in that window', report.replications) : ''))
    .filter((t) => t !== '')
    .join('\n');
}

function brandTable(title: string, brands: ByBrand, where: string, replications: number): string {
  const rows: string[][] = [];
  for (const [brand, byChannel] of Object.entries(brands)) {
    for (const [channel, f] of Object.entries(byChannel) as [ChannelName, BrandReport][]) {
      rows.push([`${brand} · ${channel}`, ...COLUMNS.map(([key, , unit]) => formatFigure(f[key], unit, replications))]);
    }
  }
  if (rows.length === 0) return '';
  const dashes = COLUMNS.filter((_, i) => rows.some((r) => r[i + 1] === '—')).map(([key]) => key);
  return renderTable([title, ...COLUMNS.map(([, label]) => label)], rows) + '\n' + noFigureNote(dashes, where) + oneReplicationNote(rows);
}
