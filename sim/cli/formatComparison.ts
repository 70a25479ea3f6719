// How `omnisim compare` prints: per metric, each variant's mean ± half-width and the paired
// difference from the reference (of shares, in percentage points: "pp"), marked * when its 95 %
// interval excludes zero. CSV too.

import type { Comparison } from '../run/compare.ts';
import { formatFigure, ONE_REPLICATION, oneReplicationNote } from './formatFigure.ts';
import { renderTable } from './renderTable.ts';
import { differenceUnit, readsAsZero } from './formatEstimate.ts';
import { unitOf } from '../run/metricUnit.ts';
import { csvLine } from '../run/writtenFigures.ts';

export { unitOf };

const NO_FIGURE = '— no figure: no replication of that variant had anything to measure it by (a difference: no pair of replications both had one)\n';
const ONE_PAIR = '¹ only one replication (for a difference, one pair) had anything to measure it by: its one value, not a mean with an interval';

const UNPAIRED_MARK = ' ²';
const UNPAIRED = '² over only the pairs of replications where both variants had a figure (in others one of them had none), so it need not equal the difference of the two columns';

const POINTS = ' · pp: percentage points, the difference of two shares (61.5 % against 62.0 % is -0.5 pp), not a relative change';

/** The metrics worth a line by default: headline channel figures, windows, sessions, triggers, SLA, AI agent, brands (R7). */
const HEADLINE = /^(channels\.\w+\.(offered|waitProbability|asaSeconds|serviceLevel|abandonRate|deflected|occupancy|throughputPerHour)|windows\..+\.(serviceLevel|asaSeconds|abandonRate)|sessions\.\w+|triggers\..+\.(fired|surveysSent|switchedOnSeconds)|sla\.\w+\.(breached|breachedShare)|aiAgent\.\w+\.(resolved|escalated|resolvedShare)|brands\..+\.\w+\.(serviceLevel|asaSeconds|abandonRate))$/;

export function formatComparison(c: Comparison, all = false): string {
  const shown = c.metrics.filter((m) => {
    if (!all && !HEADLINE.test(m)) return false;
    // Leave out lines where every variant is zero or undefined.
    return c.variants.some((v) => (v.values[m]?.mean ?? 0) !== 0);
  });
  const header = ['metric', ...c.variants.map((v) => (v.name === c.reference ? `${v.name} (reference)` : v.name)), ...c.differences.map((d) => `${d.name} − ${c.reference}`)];
  const rows = shown.map((m) => {
    const unit = unitOf(m);
    return [
      m,
      ...c.variants.map((v) => formatFigure(v.values[m], unit, c.replications)),
      ...c.differences.map((d) => {
        const e = d.values[m]!;
        if (e.mean === null) return '—';
        // Of two shares, in percentage points: "-0.5%" read as a relative change.
        const text = formatFigure(e, differenceUnit(unit), c.replications) + (e.unpaired ? UNPAIRED_MARK : '');
        // A gain is signed "+", but not one that rounds to zero ("+0.0/h" read as a gain).
        return `${e.mean > 0 && !readsAsZero(text) ? '+' : ''}${text}${e.significant ? ' *' : text.endsWith(ONE_REPLICATION) || e.unpaired ? '' : '  '}`;
      }),
    ];
  });
  return `${c.scenario} · seed ${c.seed} · ${c.replications} paired replications (common random numbers)\n\n` +
    renderTable(header, rows) + '\n' + (rows.some((r) => r.includes('—')) ? NO_FIGURE : '') + oneReplicationNote(rows, ONE_PAIR) +
    (rows.some((r) => r.some((x) => x.includes(UNPAIRED_MARK))) ? `${UNPAIRED}\n` : '') +
    `\n* the 95 % interval of the paired difference excludes 0${rows.some((r) => r.some((x) => x.includes(' pp'))) ? POINTS : ''}${all ? '' : ' · --all shows every metric'}\n`;
}

export function comparisonCsv(c: Comparison): string {
  // Every row names its comparison (scenario, seed, replications), as run.csv names a run: the
  // rows of several comparisons pasted into one sheet still tell which they came from.
  // The unit, last (the columns before it kept their places): a share is a fraction of 1, its
  // difference too (-0.005: 0.5 percentage points fewer), which a sheet formatting the column
  // as % would show as "-0.5%".
  const rows = ['scenario,seed,replications,variant,metric,mean,ci95_low,ci95_high,diff_mean,diff_low,diff_high,significant,unit'];
  const run = [c.scenario, c.seed, c.replications];
  // Names and metric paths hold names from the scenario (a trigger's title, a queue's): csvLine
  // quotes a comma or quote in one, so it cannot shift the columns.
  for (const v of c.variants) {
    const d = c.differences.find((x) => x.name === v.name);
    for (const m of c.metrics) {
      const e = v.values[m]!;
      const de = d?.values[m];
      rows.push(csvLine([...run, v.name, m, e.mean, e.ci95?.[0], e.ci95?.[1], de?.mean, de?.ci95?.[0], de?.ci95?.[1], de ? String(de.significant) : '', c.units[m]]));
    }
  }
  return rows.join('\n') + '\n';
}
