// Before a long or large run, the page says so (as `omnisim run` does on the command line): the
// expected tickets of every replication at the speeds `npm run bench` measures, and the memory
// the report's inputs take — every replication's figures, time series included, are kept until
// the report is built, and a browser tab gets a few GB. The page stays usable meanwhile, and
// fewer replications are a knob away.

import { expectedTickets, TICKETS_PER_SECOND } from '../../sim/run/runSize.ts';
import { metricsConfig } from '../../sim/run/simulate.ts';
import { runMetrics } from '../../sim/metrics/RunMetrics.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { formatDuration } from '../../sim/scenario/units.ts';

/** Runs expected to take longer than this at the low end of the speed range get the note. */
const NOTE_AFTER_SECONDS = 60;
/** Runs whose replications' figures take more memory than this get the note. */
const NOTE_AFTER_BYTES = 1e9;

const roughCount = (n: number) => (n >= 1e9 ? `${(n / 1e9).toPrecision(3)} billion` : n >= 1e6 ? `${(n / 1e6).toPrecision(3)} million` : String(Math.round(n)));
const roughTime = (s: number) => (s < 120 ? `${Math.round(s)} s` : s < 2 * 3600 ? `${Math.round(s / 60)} min` : s < 2 * 86400 ? `${Math.round(s / 3600)} h` : `${Math.round(s / 86400)} days`);

/** Bytes of numbers in a value (typed arrays, arrays, objects): what it holds, not the engine's overhead. */
export function bytesOf(v: unknown): number {
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (Array.isArray(v)) return v.reduce((n: number, x: unknown) => n + 8 + bytesOf(x), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x: unknown) => n + bytesOf(x), 0);
  return 8;
}

/** The memory one replication's figures take: an empty run's summary has every array at its full size. */
export function summaryBytes(compiled: CompiledScenario): number {
  const fold = runMetrics(metricsConfig(compiled));
  return bytesOf(fold.summarize(fold.initial()));
}

/**
 * The note (`message`), and a brief of it (`brief`) for the replications field's note when the
 * knobs bring it: the paragraph, under a field, made the knobs' form a column of text. Null for
 * a run expected to be quick and small.
 */
export function runSizeNote(compiled: CompiledScenario): { message: string; brief: string } | null {
  const sc = compiled.scenario;
  const runs = `${sc.replications.toLocaleString('en')} replication${sc.replications === 1 ? '' : 's'} × ${formatDuration(sc.horizon)}`;
  const tickets = expectedTickets(sc) * sc.replications;
  const slow = tickets / TICKETS_PER_SECOND.low;
  const bytes = summaryBytes(compiled) * sc.replications;
  const parts: string[] = [];
  const briefs: string[] = [];
  const quick = roughTime(tickets / TICKETS_PER_SECOND.high);
  if (slow > NOTE_AFTER_SECONDS) {
    parts.push(`about ${roughCount(tickets)} tickets (${runs}): at the 0.3–2.3 million tickets a second \`npm run bench\` measures, ${quick} to ${roughTime(slow)} or more in a browser`);
    briefs.push(`a long run, ${quick} to ${roughTime(slow)} or more`);
  }
  const gb = (bytes / 1e9).toPrecision(2);
  if (bytes > NOTE_AFTER_BYTES) {
    parts.push(`every replication's figures are kept until the report is built: about ${gb} GB for ${runs}, ` +
      'more than a browser tab may have (often 2–4 GB), so the page may slow down and stop before the end (a wider report.seriesInterval needs less)');
    briefs.push(`about ${gb} GB of figures, more than a tab may have`);
  }
  if (parts.length === 0) return null;
  return {
    message: `${parts.join('; ')}. The figures appear when every replication has run; fewer replications (the knobs) answer sooner`,
    brief: briefs.join('; '),
  };
}
