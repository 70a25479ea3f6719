// `omnisim erlang`: the analytic answer (Erlang C, or Erlang A with --patience) for flags
// as a user writes them. Pure: flags in, text out; every bad flag becomes a UserError.

import { erlang } from '../analytic/erlang.ts';
import type { QueueFigures, QueueInput } from '../analytic/QueueFigures.ts';
import { describeTarget, minimumAgents, type StaffingTarget } from '../analytic/staffing.ts';
import { formatDuration, parseDuration, parseRate } from '../scenario/units.ts';
import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { InputError } from '../InputError.ts';
import { duration, parseTarget } from './erlangTarget.ts';
import { groupThousands } from './formatEstimate.ts';

export interface ErlangOptions {
  rate?: string;
  aht?: string;
  agents?: string;
  concurrency?: string;
  patience?: string;
  threshold?: string;
  target?: string;
  json?: boolean;
}

/** A service-level target with no --threshold is read against this one (and the output says so). */
const DEFAULT_THRESHOLD_SECONDS = 20;

/**
 * The text to print for `omnisim erlang` (an aligned table, or JSON with --json). --agents is
 * required unless --target asks for the minimum staffing. Throws UserError naming the flag for
 * any bad input, and for an Erlang C queue that the given agents cannot keep up with.
 */
export function erlangCommand(opts: ErlangOptions): string {
  const rateText = required('--rate', opts.rate, 'a rate such as 200/h or 3/m');
  const rate = positive('--rate', parseRate(rateText), rateText);
  const ahtText = required('--aht', opts.aht, 'a mean handle time such as 180s or 3m');
  const aht = positive('--aht', parseDuration(ahtText), ahtText);
  const concurrency = opts.concurrency === undefined ? 1 : wholeNumber('--concurrency', opts.concurrency);
  const patience = opts.patience === undefined ? undefined
    : positive('--patience', parseDuration(opts.patience), opts.patience);
  const flagThreshold = opts.threshold === undefined ? undefined : duration('--threshold', opts.threshold);
  const parsed = opts.target === undefined ? undefined : parseTarget(opts.target);
  const target = parsed?.target;
  // `sl=80%/20s` gives the threshold with the target, as `omnisim staff --target` writes it.
  if (parsed?.threshold !== undefined && flagThreshold !== undefined && parsed.threshold !== flagThreshold) {
    throw new UserError(`--target: sl gives a threshold of ${formatDuration(parsed.threshold)}, --threshold ${formatDuration(flagThreshold)}: give one of them`);
  }
  const threshold = parsed?.threshold ?? flagThreshold;
  const agents = opts.agents === undefined ? undefined : wholeNumber('--agents', opts.agents);
  if (agents === undefined && target === undefined) {
    throw new UserError('--agents: required unless --target asks for the minimum staffing (e.g. --agents 14)');
  }
  const notes: string[] = [];
  if (threshold === undefined) notes.push(`no --threshold given; service level is measured within ${DEFAULT_THRESHOLD_SECONDS}s`);
  // As `omnisim staff` says of the same goal (abandonGoalNote): without patience it asks for nothing but a stable queue.
  if (target?.maxAbandonRate !== undefined && patience === undefined) {
    notes.push('without --patience customers never give up (Erlang C): the abandon rate is 0 at any staffing that keeps up, so the abandon goal asks only for more servers than the offered load. Give --patience for Erlang A');
  }
  const base = { arrivalRatePerSecond: rate, meanHandleSeconds: aht, concurrency,
    thresholdSeconds: threshold ?? DEFAULT_THRESHOLD_SECONDS, ...(patience === undefined ? {} : { patienceSeconds: patience }) };

  const minimum = target === undefined ? undefined : staff(base, target);
  const shown = agents ?? minimum!;
  const figures = analyse({ ...base, agents: shown });
  if (!figures.stable) throw unstable(figures, shown, concurrency, minimum);
  if (minimum !== undefined && agents !== undefined && agents < minimum) {
    notes.push(`${agents} agents do not meet the target; the minimum is ${minimum}`);
  }
  const table = minimum === undefined ? [] : neighbours(base, minimum);

  if (opts.json) {
    return `${JSON.stringify({
      model: figures.model, agents: shown, concurrency, servers: figures.servers,
      offeredLoad: figures.offeredLoad, thresholdSeconds: figures.thresholdSeconds,
      ...(patience === undefined ? {} : { patienceSeconds: patience }),
      waitProbability: figures.waitProbability, serviceLevel: figures.serviceLevel,
      meanWaitSeconds: figures.meanWaitSeconds, asaSeconds: figures.asaSeconds, meanQueueLength: figures.meanQueueLength,
      abandonRate: figures.abandonRate, occupancy: figures.occupancy,
      ...(minimum === undefined ? {} : {
        requiredAgents: minimum,
        // An overloaded staffing has no steady state, so no service level (the table says "unstable").
        serviceLevelByAgents: table.map(([n, f]) => ({ agents: n, stable: f.stable, serviceLevel: f.stable ? f.serviceLevel : null })),
      }),
      ...(notes.length > 0 ? { notes } : {}),
    }, null, 2)}\n`;
  }
  const lines: string[] = [];
  if (target !== undefined) {
    lines.push(`Minimum staffing for ${describeTarget(target, base.thresholdSeconds)}: ${minimum} agents`, '');
  }
  lines.push(...describe(figures, shown, concurrency, rate, aht, patience));
  if (table.length > 0) lines.push('', ...neighbourTable(table, minimum!, figures.model === 'erlang-a'));
  if (notes.length > 0) lines.push('', ...notes.map((n) => `note: ${n}`));
  return `${lines.join('\n')}\n`;
}

function analyse(input: QueueInput): QueueFigures {
  try { return erlang(input); } catch (e) { throw asUserError(e, '--patience'); }
}

function staff(base: Omit<QueueInput, 'agents'>, target: StaffingTarget): number {
  try { return minimumAgents(base, target).agents; } catch (e) { throw asUserError(e, '--target'); }
}

function asUserError(e: unknown, flag: string): unknown {
  return e instanceof InputError ? new UserError(`${flag}: ${e.message}`) : e;
}

/** The service level at N−2 … N+2 agents (never below 1), to show how sharp the minimum is. */
function neighbours(base: Omit<QueueInput, 'agents'>, n: number): Array<[number, QueueFigures]> {
  const rows: Array<[number, QueueFigures]> = [];
  for (let k = Math.max(1, n - 2); k <= n + 2; k++) rows.push([k, analyse({ ...base, agents: k })]);
  return rows;
}

function neighbourTable(rows: Array<[number, QueueFigures]>, required: number, abandons: boolean): string[] {
  const t = formatDuration(rows[0]![1].thresholdSeconds);
  // With abandonment E[Wq] (all arrivals) and ASA (answered) differ: both are shown.
  const header = ['agents', `SL(${t})`, 'mean wait', ...(abandons ? ['ASA', 'abandon'] : []), 'occupancy'];
  const body = rows.map(([n, f]) => [
    `${n === required ? '> ' : ''}${n}`,
    ...(f.stable
      ? [percent(f.serviceLevel), formatDuration(f.meanWaitSeconds), ...(abandons ? [formatDuration(f.asaSeconds), percent(f.abandonRate)] : []), percent(f.occupancy)]
      : ['unstable', '-', ...(abandons ? ['-', '-'] : []), '-']),
  ]);
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  return all.map((r) => `  ${r.map((cell, c) => cell.padStart(widths[c]!)).join('  ')}`);
}

function describe(f: QueueFigures, agents: number, concurrency: number, rate: number, aht: number, patience?: number): string[] {
  const title = f.model === 'erlang-a'
    ? `Erlang A (M/M/N+M, mean patience ${formatDuration(patience!)})`
    : 'Erlang C (M/M/N, customers never abandon)';
  // As in a run's report: E[Wq] over every arrival, ASA over the answered ones (equal without abandonment).
  const waits: Array<[string, string]> = f.model === 'erlang-a'
    ? [['mean wait E[Wq]', formatDuration(f.meanWaitSeconds)], ['ASA (answered)', formatDuration(f.asaSeconds)]]
    : [['mean wait E[Wq] = ASA', formatDuration(f.meanWaitSeconds)]];
  const rows: Array<[string, string]> = [
    ['arrivals', `${number(rate * 3600)}/h`],
    ['handle time', formatDuration(aht)],
    ['agents', concurrency === 1 ? `${agents}` : `${agents} × ${concurrency} slots = ${f.servers} servers`],
    ['offered load', `${f.offeredLoad.toFixed(2)} Erlangs`],
    ['P(wait)', percent(f.waitProbability)],
    ['service level', `${percent(f.serviceLevel)} answered within ${formatDuration(f.thresholdSeconds)}`],
    ...waits,
    ['mean queue', number(f.meanQueueLength)],
    ['abandon rate', percent(f.abandonRate)],
    ['occupancy', percent(f.occupancy)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [title, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
}

/** `minimum`: --target's answer, when --agents asked for the figures of a team that cannot keep up besides. */
function unstable(f: QueueFigures, agents: number, concurrency: number, minimum?: number): UserError {
  const a = f.offeredLoad.toFixed(f.offeredLoad < 10 ? 2 : 1);
  const staffing = concurrency === 1 ? `${agents} agents` : `${agents} agents × ${concurrency} slots`;
  return new UserError(
    `unstable: offered load A = ${a} Erlangs needs more than ${Math.floor(f.offeredLoad)} servers, and ${staffing} `
    + `give only ${f.servers}; without abandonment the queue grows without bound. `
    + (minimum === undefined ? 'Raise --agents, or give --patience to model customers who hang up (Erlang A).'
      : `--target needs ${minimum} agents: leave out --agents to see their figures, or give --agents ${minimum} or more.`));
}

function required(flag: string, text: string | undefined, expected: string): string {
  if (text === undefined || text.trim() === '') throw new UserError(`${flag}: required, expected ${expected}`);
  return text;
}

function positive(flag: string, parsed: number | { error: string }, text: string): number {
  if (typeof parsed !== 'number') throw new UserError(`${flag}: ${parsed.error}`);
  if (!(parsed > 0) || !Number.isFinite(parsed)) throw new UserError(`${flag}: expected a value above zero, got "${text}"`);
  return parsed;
}

function wholeNumber(flag: string, text: string): number {
  const v = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!(v >= 1) || !Number.isSafeInteger(v)) throw new UserError(`${flag}: expected a whole number ≥ 1, got "${text}"`);
  return v;
}

const percent = (f: number) => `${(f * 100).toFixed(2)}%`;
/** Four significant digits as a planner writes them: never "1.325e-14" nor "3600000" (groupThousands). */
function number(v: number): string {
  if (v > 0 && v < 0.0001) return '< 0.0001';
  const rounded = +v.toPrecision(4);
  return Math.abs(rounded) >= 10_000 ? groupThousands(Math.round(rounded)) : String(rounded);
}

export function addErlangCommand(program: Command, io: CliIo): void {
  program
    .command('erlang')
    .description('Erlang C (or Erlang A with --patience) figures, and the minimum agents for a target')
    .requiredOption('--rate <rate>', 'arrival rate, e.g. 200/h')
    .requiredOption('--aht <duration>', 'mean handle time, e.g. 180s')
    .option('--agents <n>', 'agents; required unless --target asks for the minimum (then its figures are shown)')
    .option('--concurrency <k>', 'concurrent conversations per agent (servers = agents × k; default 1)')
    .option('--patience <duration>', 'mean patience (Erlang A)')
    .option('--threshold <duration>', 'service-level threshold, e.g. 20s (default 20s)')
    .option('--target <target>', 'minimum agents for e.g. 80% (with --threshold), or sl=80%/20s,asa=30s,abandon=5%,occupancy=85%; asa is the ASA, the mean wait of answered tickets (as in a run\'s report and staff --target)')
    .option('--json', 'JSON output with the report\'s metric names')
    .action((o: Record<string, string | boolean>) => {
      io.out(erlangCommand(o as Parameters<typeof erlangCommand>[0]));
    });
}
