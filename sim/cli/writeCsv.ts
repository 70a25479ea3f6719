// `omnisim run --csv DIR`: the report as three CSV files a spreadsheet opens directly:
// channels.csv (metric, channel, mean, ci95 low, ci95 high), queues.csv, series.csv.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../run/Report.ts';
import type { Estimate } from '../metrics/Estimate.ts';

export function reportCsv(report: Report): Record<string, string> {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
  const row = (...cells: unknown[]) => cells.map(cell).join(',');
  const est = (e: Estimate) => [e.mean, e.ci95?.[0] ?? null, e.ci95?.[1] ?? null];
  const channels = [row('channel', 'metric', 'mean', 'ci95_low', 'ci95_high')];
  for (const [c, metrics] of Object.entries(report.channels)) {
    for (const [m, e] of Object.entries(metrics!)) channels.push(row(c, m, ...est(e as Estimate)));
  }
  const queues = [row('queue', 'channel', 'metric', 'mean', 'ci95_low', 'ci95_high')];
  for (const [q, stats] of Object.entries(report.queues)) {
    for (const [m, e] of Object.entries(stats)) if (m !== 'channel') queues.push(row(q, stats.channel, m, ...est(e as Estimate)));
  }
  const iv = report.series.intervalSeconds;
  const names = Object.entries(report.series.channels).flatMap(([c, s]) => Object.keys(s).map((k) => [c, k] as const));
  const series = [row('time_seconds', ...names.map(([c, k]) => `${c}_${k}`))];
  const len = names.length ? (report.series.channels as Record<string, Record<string, number[]>>)[names[0]![0]]![names[0]![1]]!.length : 0;
  for (let i = 0; i < len; i++) {
    series.push(row(i * iv, ...names.map(([c, k]) => (report.series.channels as Record<string, Record<string, number[]>>)[c]![k]![i])));
  }
  return { 'channels.csv': channels.join('\n') + '\n', 'queues.csv': queues.join('\n') + '\n', 'series.csv': series.join('\n') + '\n' };
}

export function writeCsv(dir: string, report: Report): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(reportCsv(report)).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  });
}
