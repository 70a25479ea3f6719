// The omnisim command line: the only Node-specific entry point. Each command parses its
// flags, calls the pure core, and prints; user errors exit non-zero with a message, never a
// stack trace.

import { Command, CommanderError } from 'commander';
import { checkWritable, oneToStandardOutput, writeOutput } from './writeOutput.ts';
import { processIo } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { loadScenario, loadScenarioWithVariants, readScenarioFile } from './loadScenario.ts';
import { compareVariants } from '../run/compare.ts';
import { formatComparison, comparisonCsv } from './formatComparison.ts';
import { prettyJson } from '../run/prettyJson.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import { runScenario, withRunOptions } from '../run/runScenario.ts';
import { reportJson } from '../run/Report.ts';
import { formatReport } from './formatReport.ts';
import { ProgressBar } from './ProgressBar.ts';
import { explainSettings } from './explainSettings.ts';
import { writeCsv } from './writeCsv.ts';
import { erlangCommand } from './erlangCommand.ts';
import { importTriggersCommand } from './importTriggersCommand.ts';
import { staff, formatStaffing, staffingCsv } from './staffCommand.ts';
import type { StaffFlags } from './staffCommand.ts';
import { htmlReport } from './htmlReport.ts';
import { addSweepCommands } from './sweepCommands.ts';
import { looksLikeSweep, validateSweep } from './validateSweep.ts';
import { runSizeNote } from './formatRunSize.ts';
import { chatter, checkQuiet } from './quiet.ts';
import { instantFlag, replicationsFlag, wholeFlag } from './flags.ts';
import { formatDuration } from '../scenario/units.ts';
import { FATES, findTicket, formatTrace, traceTicket } from '../run/traceTicket.ts';
import type { Fate } from '../run/traceTicket.ts';

/** The flags of a run that change its numbers, to record how a report was made. */
function runFlags(o: { seed?: string; replications?: string; variant?: string }): string[] {
  return [
    ...(o.variant ? ['--variant', o.variant] : []),
    ...(o.seed ? ['--seed', o.seed] : []),
    ...(o.replications ? ['--replications', o.replications] : []),
  ];
}

export function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name('omnisim')
    .description('Omnichannel routing and capacity simulator (messaging, email, voice).')
    .showHelpAfterError('(run omnisim --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();

  program
    .command('run')
    .description('simulate a scenario and print its report')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--seed <n>', 'seed (overrides the scenario)')
    .option('--replications <n>', 'independent replications (overrides the scenario)')
    .option('--json <file>', 'write the JSON report to a file, or - for standard output')
    .option('--csv <dir>', 'write channels.csv, queues.csv and series.csv into a folder')
    .option('--html <file>', 'write a self-contained HTML report with the charts (opens offline), or - for standard output')
    .option('--variant <name>', 'run one of the scenario\'s variants')
    .option('--explain-settings', 'list every routing setting in effect, then run')
    .option('--quiet', 'print nothing but errors: no warnings, progress bar or table (with --json, --csv or --html)')
    .action((file: string, o: { seed?: string; replications?: string; json?: string; csv?: string; html?: string; variant?: string; explainSettings?: boolean; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--html', o.html); checkWritable('--csv', o.csv, 'folder');
      if (o.csv === '-') throw new UserError('--csv -: --csv writes three files (channels.csv, queues.csv, series.csv) into a folder; give a folder, or --json - for the report on standard output');
      oneToStandardOutput([['--json', o.json], ['--html', o.html]]);
      checkQuiet(o.quiet, [o.json, o.csv, o.html], '--json FILE, --csv DIR or --html FILE');
      const say = chatter(io, o.quiet);
      // With a result on standard output, everything else goes to standard error.
      const toStdout = o.json === '-' || o.html === '-';
      const seed = wholeFlag('--seed', o.seed, 0);
      const replications = replicationsFlag(o.replications, 1);
      const compiled = withRunOptions(loadScenario(file, (w) => say.err(w + '\n'), o.variant), {
        ...(seed !== undefined ? { seed } : {}),
        ...(replications !== undefined ? { replications } : {}),
      });
      const sc = compiled.scenario;
      if (o.explainSettings) (toStdout ? io.err : io.out)(explainSettings(sc.settings) + '\n');
      const size = runSizeNote(sc);
      if (size) say.err(`${size}\n`);
      const bar = new ProgressBar(say, `${sc.name}`);
      const started = Date.now();
      const report = runScenario(compiled, (p) => bar.update(p.done, p.replications, `rep ${Math.min(p.replications, Math.floor(p.done) + 1)}/${p.replications}`));
      bar.done();
      const json = reportJson(report);
      if (o.json === '-') io.out(json);
      else if (o.json) writeOutput(o.json, json);
      if (o.csv) for (const path of writeCsv(o.csv, report)) say.err(`wrote ${path}\n`);
      if (o.html) {
        const html = htmlReport(report, sc, ['omnisim run', file, ...runFlags(o)].join(' '));
        if (o.html === '-') io.out(html);
        else {
          writeOutput(o.html, html);
          say.err(`wrote ${o.html}\n`);
        }
      }
      if (!toStdout && !o.quiet) {
        io.out(formatReport(report, sc));
        if (o.json) io.out(`\nJSON report: ${o.json}\n`);
        if (io.interactive) io.err(`(${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
      }
    });

  program
    .command('validate')
    .description('check a scenario or sweep file; exit 1 with path-qualified errors')
    .argument('<scenario>', 'scenario file (YAML or JSON), or a sweep file (one with a grid)')
    .action((file: string) => {
      if (looksLikeSweep(file)) {
        io.out(validateSweep(file, (line) => io.err(`${line}\n`)));
        return;
      }
      const r = readScenarioFile(file);
      for (const w of r.warnings) io.err(`warning: ${formatProblem(w, file)}\n`);
      if (!r.compiled) {
        for (const e of r.errors) io.err(`${formatProblem(e, file)}\n`);
        throw new UserError(`${file}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}`);
      }
      const sc = r.compiled.scenario;
      const size = runSizeNote(sc);
      if (size) io.err(`${size}\n`);
      const agents = sc.teams.reduce((n, t) => n + t.count, 0);
      const channels = sc.channels.filter((c) => c.enabled).map((c) => c.channel).join(', ');
      // Pull inboxes, replayed exports and carried-over work, when the scenario has them.
      const pull = sc.inboxes.filter((x) => x.mode === 'pull').length;
      const replayed = sc.channels.reduce((n, c) => n + (c.arrivals.replay ? c.arrivals.replay.rows.length : 0), 0);
      const carried = sc.initialState.reduce((n, x) => n + x.queued + x.inProgress, 0);
      const ai = sc.channels.filter((c) => c.enabled && c.aiAgent !== null).map((c) => c.channel);
      const extras = [
        ...(ai.length > 0 ? [`an AI agent on ${ai.join(', ')}`] : []),
        ...(pull > 0 ? [`${pull} pull inbox${pull === 1 ? '' : 'es'}`] : []),
        ...(replayed > 0 ? [`${replayed} replayed ticket${replayed === 1 ? '' : 's'}`] : []),
        ...(carried > 0 ? [`${carried} ticket${carried === 1 ? '' : 's'} open at the start`] : []),
      ].map((x) => `${x}; `).join('');
      io.out(`${file}: ok — "${sc.name}": ${channels}; ${agents} agents in ${sc.teams.length} team${sc.teams.length === 1 ? '' : 's'}; ` +
        `${sc.queues.length} custom queue${sc.queues.length === 1 ? '' : 's'}; ${extras}${sc.replications} × ${formatDuration(sc.horizon)}\n`);
    });

  program
    .command('compare')
    .description("run a scenario's variants on common random numbers and compare them metric by metric")
    .argument('<scenario>', 'scenario file with a `variants:` section')
    .option('--variant <name...>', 'variants to compare (the first is the reference); default: all')
    .option('--replications <n>', 'paired replications (overrides the scenario)')
    .option('--seed <n>', 'seed (overrides the scenario)')
    .option('--json <file>', 'write the comparison as JSON to a file, or - for standard output')
    .option('--csv <file>', 'write the comparison as CSV, or - for standard output')
    .option('--all', 'list every metric, not only the headline ones')
    .option('--quiet', 'print nothing but errors: no warnings, progress bar or table (with --json or --csv)')
    .action((file: string, o: { variant?: string[]; replications?: string; seed?: string; json?: string; csv?: string; all?: boolean; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--csv', o.csv);
      oneToStandardOutput([['--json', o.json], ['--csv', o.csv]]);
      checkQuiet(o.quiet, [o.json, o.csv], '--json FILE or --csv FILE');
      const say = chatter(io, o.quiet);
      const seed = wholeFlag('--seed', o.seed, 0);
      const replications = replicationsFlag(o.replications, 2);
      const r = loadScenarioWithVariants(file, (w) => say.err(w + '\n'));
      if (r.variants.length === 0) {
        throw new UserError(`${file}: no variants to compare; add for example\n  variants:\n    baseline: {}\n    recipe:\n      settings: { routeAgentEndedAsEmail: true }`);
      }
      let chosen = r.variants.length === 1 ? [{ name: 'base', compiled: r.compiled }, ...r.variants] : r.variants;
      if (o.variant) {
        const names = [...chosen.map((v) => v.name)];
        for (const n of o.variant) if (!names.includes(n)) throw new UserError(`--variant: "${n}" is not a variant of ${file} (variants: ${names.join(', ')})`);
        const twice = o.variant.find((n, i) => o.variant!.indexOf(n) !== i);
        if (twice !== undefined) throw new UserError(`--variant: "${twice}" is named twice; a variant compared with itself differs by nothing`);
        chosen = o.variant.map((n) => chosen.find((v) => v.name === n)!);
        if (chosen.length < 2) throw new UserError('--variant: name at least two variants to compare');
      }
      const runOpts = { ...(seed !== undefined ? { seed } : {}), ...(replications !== undefined ? { replications } : {}) };
      const inputs = chosen.map((v) => ({ name: v.name, compiled: withRunOptions(v.compiled, runOpts) }));
      if (inputs[0]!.compiled.scenario.replications < 2) throw new UserError('compare needs at least 2 replications (--replications 10 or more)');
      const bar = new ProgressBar(say, 'compare');
      const comparison = compareVariants(inputs, (done, total) => bar.update(done, total, `${done}/${total} runs`));
      bar.done();
      if (o.json === '-') io.out(prettyJson(comparison, (v) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : null)));
      else if (o.json) writeOutput(o.json, prettyJson(comparison, (v) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : null)));
      if (o.csv === '-') io.out(comparisonCsv(comparison));
      else if (o.csv) writeOutput(o.csv, comparisonCsv(comparison));
      if (o.json !== '-' && o.csv !== '-' && !o.quiet) io.out(formatComparison(comparison, o.all));
    });

  program
    .command('staff')
    .description('the fewest agents of a team meeting service targets, per slot of the day or for the whole run')
    .argument('<scenario>', 'scenario file')
    .option('--target <target...>', 'CHANNEL:KEY=VALUE,… e.g. messaging:sl=80%/60s,asa=30s voice:abandon=5%')
    .option('--team <name>', 'the team to size (default: the one with most capacity on the first target channel)')
    .option('--by <mode>', 'interval (a staffing curve) or team (one number); default: interval when arrivals vary')
    .option('--interval <duration>', 'slot length of the curve', '30m')
    .option('--shrinkage <pct>', 'share of paid time agents are not available (breaks, training…)', '0%')
    .option('--max-iterations <n>', 'simulation rounds for the curve', '8')
    .option('--replications <n>', 'replications per check (overrides the scenario)')
    .option('--csv <file>', 'write the curve as CSV (- for standard output)')
    .option('--json <file>', 'write the result as JSON (- for standard output)')
    .option('--quiet', 'print nothing but errors: no warnings, progress or table (with --json or --csv)')
    .action((file: string, o: StaffFlags & { replications?: string; csv?: string; json?: string; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--csv', o.csv);
      oneToStandardOutput([['--json', o.json], ['--csv', o.csv]]);
      checkQuiet(o.quiet, [o.json, o.csv], '--json FILE or --csv FILE');
      const say = chatter(io, o.quiet);
      const replications = replicationsFlag(o.replications, 2);
      const compiled = withRunOptions(loadScenario(file, (w) => say.err(w + '\n')), replications !== undefined ? { replications } : {});
      const bar = new ProgressBar(say, 'staff');
      const r = staff(compiled, o, (m) => say.interactive && say.err(`\r${m}\x1b[K`));
      bar.done();
      if (say.interactive) say.err('\r\x1b[K');
      if (o.csv === '-') io.out(staffingCsv(r));
      else if (o.csv) writeOutput(o.csv, staffingCsv(r));
      const json = prettyJson(r, (v) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : null));
      if (o.json === '-') io.out(json);
      else if (o.json) writeOutput(o.json, json);
      if (o.json !== '-' && o.csv !== '-' && !o.quiet) io.out(formatStaffing(r));
    });

  addSweepCommands(program, io);

  program
    .command('trace')
    .description("print one ticket's event history (created, queued, offered, assigned, session ended, …)")
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--ticket <id>', 'the ticket to follow')
    .option('--find <fate>', `follow the first ticket with this fate: ${FATES.join(', ')}`)
    .option('--after <time>', 'with --find: only tickets created after this time, e.g. 10:00 or 1d')
    .option('--replication <r>', 'which replication (default 0)')
    .option('--seed <n>', 'seed (overrides the scenario)')
    .option('--variant <name>', 'trace in this variant of the scenario')
    .option('--json', 'the events as JSON lines')
    .action((file: string, o: { ticket?: string; find?: string; after?: string; replication?: string; seed?: string; variant?: string; json?: boolean }) => {
      const seed = wholeFlag('--seed', o.seed, 0);
      const replication = wholeFlag('--replication', o.replication, 0) ?? 0;
      if (o.ticket !== undefined && (o.find !== undefined || o.after !== undefined)) {
        throw new UserError(`trace: ${o.find !== undefined ? '--find' : '--after'} with --ticket: --ticket names the ticket, --find (with --after) chooses one by its fate; give one or the other`);
      }
      const compiled = withRunOptions(loadScenario(file, (w) => io.err(w + '\n'), o.variant), seed !== undefined ? { seed } : {});
      if (replication >= compiled.scenario.replications) {
        throw new UserError(`--replication: the scenario has ${compiled.scenario.replications} replication(s), numbered from 0; got ${replication}`);
      }
      let ticket = wholeFlag('--ticket', o.ticket, 1);
      if (ticket === undefined) {
        if (!o.find) throw new UserError('trace: give --ticket ID or --find FATE (e.g. --find stranded)');
        if (!(FATES as readonly string[]).includes(o.find)) throw new UserError(`--find: expected one of ${FATES.join(', ')}, got "${o.find}"`);
        const after = o.after === undefined ? 0 : instantFlag('--after', o.after);
        const found = findTicket(compiled, replication, o.find as Fate, after);
        if (found === null) throw new UserError(`no ticket in replication ${replication} is ${o.find}${o.after ? ` after ${o.after}` : ''}`);
        ticket = found;
      }
      const trace = traceTicket(compiled, replication, ticket);
      if (trace.events.length === 0) throw new UserError(`ticket ${ticket} was not created in replication ${replication} (tickets are numbered from 1 in creation order)`);
      if (o.json) {
        io.out(trace.events.map((ev) => JSON.stringify(ev)).join('\n') + '\n');
        return;
      }
      io.out(`ticket ${ticket} · ${compiled.scenario.name} · seed ${compiled.scenario.seed} · replication ${replication}\n\n`);
      io.out(formatTrace(trace));
    });

  program
    .command('import-triggers')
    .description('map a Triggers API export (JSON) onto omnisim triggers, reporting every field it cannot map')
    .argument('<file>', 'JSON export: { "triggers": [ … ] }')
    .option('--map <file>', 'JSON mapping ids to names: {"groups": {"360001": "support"}, "agents": {…}, "schedules": {…}, "skills": {…}}')
    .option('--out <file>', 'write the mapped triggers as a YAML scenario section (- for standard output, the report then on standard error)')
    .action((file: string, o: { map?: string; out?: string }) => {
      checkWritable('--out', o.out);
      const r = importTriggersCommand(file, o.map);
      if (o.out === '-') {
        io.err(r.report);
        io.out(r.yaml);
        return;
      }
      io.out(r.report);
      if (o.out) {
        writeOutput(o.out, r.yaml);
        io.out(`\nwrote ${o.out} (paste it into a scenario, or reference the export with triggers: [{ import: ${file} }])\n`);
      } else {
        io.out('\n' + r.yaml);
      }
    });

  program
    .command('erlang')
    .description('Erlang C (or Erlang A with --patience) figures, and the minimum agents for a target')
    .requiredOption('--rate <rate>', 'arrival rate, e.g. 200/h')
    .requiredOption('--aht <duration>', 'mean handle time, e.g. 180s')
    .option('--agents <n>', 'agents')
    .option('--concurrency <k>', 'concurrent conversations per agent (servers = agents × k)')
    .option('--patience <duration>', 'mean patience (Erlang A)')
    .option('--threshold <duration>', 'service-level threshold, e.g. 20s')
    .option('--target <target>', 'minimum agents for e.g. 80% (with --threshold), or sl=80%/20s,asa=30s,abandon=5%,occupancy=85%')
    .option('--json', 'JSON output with the report\'s metric names')
    .action((o: Record<string, string | boolean>) => {
      io.out(erlangCommand(o as Parameters<typeof erlangCommand>[0]));
    });

  return program;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof UserError) {
      io.err(`omnisim: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof RangeError) {
      io.err(`omnisim: ${e.message}\n`);
      return 1;
    }
    io.err(`omnisim: internal error: ${(e as Error).message ?? String(e)}\n  (this is a bug in omnisim; set OMNISIM_DEBUG=1 for details)\n`);
    if (process.env['OMNISIM_DEBUG']) io.err(`${(e as Error).stack}\n`);
    return 70;
  }
}
