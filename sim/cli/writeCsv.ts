// `omnisim run --csv DIR`: every section of the report as CSV files a spreadsheet opens directly:
// channels.csv (channel, metric, mean, ci95 low, ci95 high; an AI agent's, first-reply SLA and
// carried-over figures as metrics aiAgent.*, sla.*, carriedOver.*), queues.csv, series.csv;
// sessions.csv (metric, …) with messaging; triggers.csv (trigger, metric, …) with triggers;
// windows.csv (window, its span, channel, brand, metric, …) when the report has windows (a
// spike's before / during / after), with a row per brand (R7) besides the channel's own (brand
// empty); and brands.csv (brand, channel, metric, …) when the scenario has brands. run.csv says
// which run the folder holds (scenario, variant, seed, replications, horizon, warm-up), since the
// other files name no scenario and a spreadsheet of several runs' files needs to tell them apart.

import { existsSync, mkdirSync } from 'node:fs';
import { writeOutput } from './writeOutput.ts';
import { UserError } from './UserError.ts';
import { join } from 'node:path';
import type { Report } from '../run/Report.ts';
import { csvLine } from '../run/writtenFigures.ts';
import type { Estimate } from '../metrics/Estimate.ts';

export function reportCsv(report: Report): Record<string, string> {
  const row = (...cells: unknown[]) => csvLine(cells);
  const est = (e: Estimate) => [e.mean, e.ci95?.[0] ?? null, e.ci95?.[1] ?? null];
  const channels = [row('channel', 'metric', 'mean', 'ci95_low', 'ci95_high')];
  for (const [c, metrics] of Object.entries(report.channels)) {
    for (const [m, e] of Object.entries(metrics!)) channels.push(row(c, m, ...est(e as Estimate)));
  }
  // The report's sections per channel, as metrics named by section: R6's AI agent (aiAgent.taken …),
  // R15's first-reply SLA (sla.breached …), work carried over from before the run (carriedOver.queued …).
  for (const section of ['aiAgent', 'sla', 'carriedOver'] as const) {
    for (const [c, metrics] of Object.entries(report[section] ?? {})) {
      for (const [m, e] of Object.entries(metrics!)) channels.push(row(c, `${section}.${m}`, ...est(e as Estimate)));
    }
  }
  const queues = [row('queue', 'channel', 'metric', 'mean', 'ci95_low', 'ci95_high')];
  for (const [q, stats] of Object.entries(report.queues)) {
    for (const [m, e] of Object.entries(stats)) if (m !== 'channel') queues.push(row(q, stats.channel, m, ...est(e as Estimate)));
  }
  const iv = report.series.intervalSeconds;
  const columns = Object.entries(report.series.channels).flatMap(([c, s]) =>
    Object.entries(s as unknown as Record<string, ArrayLike<number>>).map(([k, values]) => ({ name: `${c}_${k}`, values })));
  const series = [row('time_seconds', ...columns.map((c) => c.name))];
  const len = columns[0]?.values.length ?? 0;
  for (let i = 0; i < len; i++) series.push(row(i * iv, ...columns.map((c) => c.values[i]!)));
  const run = [row('field', 'value'), row('scenario', report.scenario), row('variant', report.variant), row('seed', report.seed),
    row('replications', report.replications), row('horizon_seconds', report.horizonSeconds), row('warmup_seconds', report.warmupSeconds)];
  const files: Record<string, string> = { 'run.csv': run.join('\n') + '\n', 'channels.csv': channels.join('\n') + '\n', 'queues.csv': queues.join('\n') + '\n', 'series.csv': series.join('\n') + '\n' };
  const windowEntries = Object.entries(report.windows);
  if (windowEntries.length > 0) {
    const windows = [row('window', 'from_seconds', 'to_seconds', 'every_seconds', 'channel', 'brand', 'metric', 'mean', 'ci95_low', 'ci95_high')];
    for (const [w, win] of windowEntries) {
      const span = [win.from, win.to, win.every ?? null];
      for (const [c, metrics] of Object.entries(win.channels)) {
        for (const [m, e] of Object.entries(metrics!)) windows.push(row(w, ...span, c, null, m, ...est(e as Estimate)));
      }
      for (const [b, byChannel] of Object.entries(win.brands ?? {})) {
        for (const [c, metrics] of Object.entries(byChannel)) for (const [m, e] of Object.entries(metrics!)) windows.push(row(w, ...span, c, b, m, ...est(e as Estimate)));
      }
    }
    files['windows.csv'] = windows.join('\n') + '\n';
  }
  // What ending messaging sessions did (stranded tickets and their ages, R4, R43 …): with messaging.
  if (report.sessions) {
    const sessions = [row('metric', 'mean', 'ci95_low', 'ci95_high')];
    for (const [m, e] of Object.entries(report.sessions)) sessions.push(row(m, ...est(e as Estimate)));
    files['sessions.csv'] = sessions.join('\n') + '\n';
  }
  const triggerEntries = Object.entries(report.triggers);
  if (triggerEntries.length > 0) {
    const triggers = [row('trigger', 'metric', 'mean', 'ci95_low', 'ci95_high')];
    for (const [t, metrics] of triggerEntries) for (const [m, e] of Object.entries(metrics)) triggers.push(row(t, m, ...est(e as Estimate)));
    files['triggers.csv'] = triggers.join('\n') + '\n';
  }
  if (report.brands) {
    const brands = [row('brand', 'channel', 'metric', 'mean', 'ci95_low', 'ci95_high')];
    for (const [b, byChannel] of Object.entries(report.brands)) {
      for (const [c, metrics] of Object.entries(byChannel)) for (const [m, e] of Object.entries(metrics!)) brands.push(row(b, c, m, ...est(e as Estimate)));
    }
    files['brands.csv'] = brands.join('\n') + '\n';
  }
  return files;
}

/** Every file `run --csv` may write: a report without one of the sections writes no such file. */
const CSV_FILES = ['run.csv', 'channels.csv', 'queues.csv', 'series.csv', 'sessions.csv', 'triggers.csv', 'windows.csv', 'brands.csv'];

/** Those of our files in the folder that this run did not write (`written`, as writeCsv returns
 *  them): an earlier run's, of a section this report has not, which a reader would take for this one's. */
export function staleCsv(dir: string, written: readonly string[]): string[] {
  return CSV_FILES.map((name) => join(dir, name)).filter((path) => !written.includes(path) && existsSync(path));
}

export function writeCsv(dir: string, report: Report): string[] {
  try {
    // Not recursive: checkWritable made sure the parent exists, and a recursive mkdir loops
    // for ever on some virtual file systems (/proc).
    if (!existsSync(dir)) mkdirSync(dir);
  } catch (e) {
    throw new UserError(`--csv ${dir}: cannot make the folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return Object.entries(reportCsv(report)).map(([name, body]) => {
    const path = join(dir, name);
    writeOutput(path, body);
    return path;
  });
}
