// `omnisim staff`: flags → a staffing search → a staffing curve as a table, CSV or JSON.

import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import type { CompiledScenario } from '../engine/compileScenario.ts';
import { CHANNELS } from '../model/codes.ts';
import { findStaffing } from '../run/staffing.ts';
import { teamCapacity } from '../scenario/channelCapacity.ts';
import type { TeamConfig } from '../scenario/Scenario.ts';
import type { StaffingResult } from '../run/staffing.ts';
import { duration } from './erlangTarget.ts';
import { UserError } from './UserError.ts';
import { InputError } from '../InputError.ts';
import { checkWritable, distinctOutputs, oneToStandardOutput, writeOutput } from './writeOutput.ts';
import { loadScenario } from './loadScenario.ts';
import { withRunOptions } from '../run/runScenario.ts';
import { prettyJson } from '../run/prettyJson.ts';
import { writtenFigure } from '../run/writtenFigures.ts';
import { ProgressBar } from './ProgressBar.ts';
import { chatter, checkQuiet } from './quiet.ts';
import { replicationsFlag, wholeFlag } from './flags.ts';
import { formatStaffing, staffingCsv } from './formatStaffing.ts';
import { parseTargets, percentFlag } from './staffTarget.ts';
import { unreachedChannels } from '../run/deflectedStaffing.ts';
import { notMetSummary } from '../run/notMet.ts';

export interface StaffFlags {
  target?: string[];
  team?: string;
  brand?: string;
  by?: string;
  interval?: string;
  shrinkage?: string;
  maxIterations?: string;
}

export function staff(compiled: CompiledScenario, f: StaffFlags, progress?: (m: string) => void): StaffingResult {
  const sc = compiled.scenario;
  if (!f.target || f.target.length === 0) throw new UserError('staff: give at least one --target, e.g. --target messaging:sl=80%/60s');
  const targets = parseTargets(f.target, sc);
  const first = targets[0]!.channel;
  // By default the team with most capacity on the first target's channel, among those that
  // take every target's channel (and --brand's tickets, R7): findStaffing refuses a team that does not.
  const takesBrand = (t: TeamConfig) => f.brand === undefined || t.brands === undefined || t.brands.includes(f.brand);
  const takesAll = (t: TeamConfig) => takesBrand(t) && targets.every((x) => teamCapacity(sc, t, x.channel) > 0);
  const team = f.team ?? [...sc.teams].sort((a, b) => Number(takesAll(b)) - Number(takesAll(a)) ||
    teamCapacity(sc, b, first) * b.count - teamCapacity(sc, a, first) * a.count)[0]?.name;
  if (!team || !sc.teams.some((t) => t.name === team)) throw new UserError(`--team: no team "${f.team}" (teams: ${sc.teams.map((t) => t.name).join(', ')})`);
  if (f.by !== undefined && f.by !== 'team' && f.by !== 'interval') throw new UserError(`--by: expected team or interval, got "${f.by}"`);
  const varies = targets.some((t) => {
    const a = sc.channels[CHANNELS.indexOf(t.channel)]!.arrivals;
    return a.times !== null || a.spikes.length > 0 || new Set(a.profile).size > 1;
  });
  // A slot length asks for a curve: with --by team (one number for the run) it would go unused.
  if (f.interval !== undefined && f.by === 'team') {
    throw new UserError(`--interval ${f.interval} with --by team: a slot length is for a staffing curve (--by interval); --by team answers one number for the whole run. Leave out --interval, or give --by interval`);
  }
  const interval = f.interval !== undefined ? duration('--interval', f.interval) : 1800;
  if (!(interval > 0 && 86400 % interval === 0)) throw new UserError(`--interval: expected a slot length that divides the day into whole slots, e.g. 15m, 30m or 1h; got "${f.interval}"`);
  const shrinkage = f.shrinkage ? percentFlag('--shrinkage', f.shrinkage) : 0;
  if (shrinkage >= 1) throw new UserError('--shrinkage: must be below 100%');
  const maxIterations = f.maxIterations ? Number(f.maxIterations) : 8;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new UserError(`--max-iterations: expected a whole number ≥ 1, got "${f.maxIterations}"`);
  try {
    return findStaffing(compiled, {
      team, targets, ...(f.brand !== undefined ? { brand: f.brand } : {}), by: (f.by as 'team' | 'interval' | undefined) ?? (varies || f.interval !== undefined ? 'interval' : 'team'), interval, shrinkage, maxIterations,
      ...(progress ? { onProgress: progress } : {}),
    });
  } catch (e) {
    if (e instanceof InputError) throw new UserError(e.message);
    throw e;
  }
}

export function addStaffCommand(program: Command, io: CliIo): void {
  program
    .command('staff')
    .description('the fewest agents of a team meeting service targets, per slot of the day or for the whole run')
    .argument('<scenario>', 'scenario file; - reads standard input')
    .option('--target <target...>', 'CHANNEL:KEY=VALUE,… e.g. messaging:sl=80%/60s,asa=30s voice:abandon=5%; asa is the ASA, the mean wait of answered tickets (the report\'s asaSeconds)')
    .option('--team <name>', 'the team to size (default: of the teams that take every target\'s channel, and --brand\'s tickets, the one with most capacity on the first)')
    .option('--brand <name>', 'the targets are for this brand\'s customers (R7): its figures, not the whole channel\'s')
    .option('--by <mode>', 'interval (a staffing curve) or team (one number); default: interval when arrivals vary or --interval is given')
    .option('--interval <duration>', 'slot length of the curve, dividing the day (default: 30m); not with --by team')
    .option('--shrinkage <pct>', 'share of paid time agents are not available (breaks, training…)', '0%')
    .option('--max-iterations <n>', 'simulation rounds for the curve', '8')
    .option('--replications <n>', 'replications per check (overrides the scenario)')
    .option('--seed <n>', 'seed (overrides the scenario), to check the answer on other random days')
    .option('--csv <file>', 'write the curve as CSV (- for standard output)')
    .option('--json <file>', 'write the result as JSON (- for standard output)')
    .option('--quiet', 'print nothing but errors: no warnings, progress or table (with --json or --csv)')
    .action((file: string, o: StaffFlags & { replications?: string; seed?: string; csv?: string; json?: string; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--csv', o.csv);
      oneToStandardOutput([['--json', o.json], ['--csv', o.csv]]);
      distinctOutputs([['the scenario', file]], [['--json', o.json], ['--csv', o.csv]]);
      checkQuiet(o.quiet, [o.json, o.csv], '--json FILE or --csv FILE');
      const say = chatter(io, o.quiet);
      const replications = replicationsFlag(o.replications, 2);
      const seed = wholeFlag('--seed', o.seed, 0);
      const compiled = withRunOptions(loadScenario(file, (w) => say.err(w + '\n')), {
        ...(seed !== undefined ? { seed } : {}),
        ...(replications !== undefined ? { replications } : {}),
      });
      const bar = new ProgressBar(say, 'staff');
      const r = staff(compiled, o, (m) => say.interactive && say.err(`\r${m}\x1b[K`));
      bar.done();
      if (say.interactive) say.err('\r\x1b[K');
      if (o.csv === '-') io.out(staffingCsv(r));
      else if (o.csv) writeOutput(o.csv, staffingCsv(r));
      const json = prettyJson(r, (v) => writtenFigure(v));
      if (o.json === '-') io.out(json);
      else if (o.json) writeOutput(o.json, json);
      if (o.json !== '-' && o.csv !== '-' && !o.quiet) io.out(formatStaffing(r));
      // After the result is written (nothing is lost): a target not met is the user's to act on,
      // told as erlang tells it, not left to a "!" in a table a script does not read.
      const missed = r.rows.filter((row) => !row.met).length;
      // Where no ticket reaches an agent, more agents (or iterations) change nothing.
      const unreached = r.rows.filter((row) => unreachedChannels(row).length > 0).length;
      const why = 'no ticket reaches an agent (every one deflected; see the note)';
      if (missed > 0 && r.by === 'team') {
        const notMet = r.rows[0]!.notMet;
        throw new UserError(unreached > 0 ? `no team size meets every target: ${why}`
          : notMet !== undefined ? notMetSummary(notMet) : 'no team size tried meets every target; the result shows the largest, marked !');
      }
      if (missed > 0) throw new UserError(slotsMissed(r, missed, unreached, why));
    });
}

/** The exit message of a curve with slots that miss: those no number of agents meets (every ticket
 *  deflected; levelled off, or capped by deflected customers: notMet), and those still climbing. */
function slotsMissed(r: StaffingResult, missed: number, unreached: number, why: string): string {
  const head = `${missed} of ${r.rows.length} slots miss a target (marked !)`;
  const stopped = r.rows.filter((row) => !row.met && row.notMet !== undefined && unreachedChannels(row).length === 0).length;
  const climbing = missed - unreached - stopped;
  if (stopped === 0) {
    return unreached === missed ? `${head}: in them ${why}` : `${head}; raise --max-iterations, or check the targets` + (unreached > 0 ? ` (in ${unreached} of them ${why})` : '');
  }
  return `${head}: in ${stopped === missed ? 'them' : `${stopped} of them`} more agents do not help (see the notes)` +
    (unreached > 0 ? `; in ${unreached} ${why}` : '') + (climbing > 0 ? `; ${climbing} still short: raise --max-iterations, or check the targets` : '');
}
