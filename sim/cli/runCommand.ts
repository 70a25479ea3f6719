// `omnisim run SCENARIO`: simulates every replication and prints the report as a table, or
// writes it as JSON, CSV or a self-contained HTML page.

import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { checkWritable, distinctOutputs, oneToStandardOutput, writeOutput } from './writeOutput.ts';
import { UserError } from './UserError.ts';
import { loadScenario } from './loadScenario.ts';
import { runScenario, withRunOptions } from '../run/runScenario.ts';
import { reportJson } from '../run/Report.ts';
import { formatReport } from './formatReport.ts';
import { ProgressBar } from './ProgressBar.ts';
import { explainSettings } from './explainSettings.ts';
import { staleCsv, writeCsv } from './writeCsv.ts';
import { htmlReport } from './htmlReport.ts';
import { runSizeNote } from './formatRunSize.ts';
import { chatter, checkQuiet } from './quiet.ts';
import { replicationsFlag, wholeFlag } from './flags.ts';

/** The flags of a run that change its numbers, to record how a report was made. */
function runFlags(o: { seed?: string; replications?: string; variant?: string }): string[] {
  return [
    ...(o.variant ? ['--variant', o.variant] : []),
    ...(o.seed ? ['--seed', o.seed] : []),
    ...(o.replications ? ['--replications', o.replications] : []),
  ];
}

export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario and print its report')
    .argument('<scenario>', 'scenario file (YAML or JSON); - reads it from standard input')
    .option('--seed <n>', 'seed (overrides the scenario)')
    .option('--replications <n>', 'independent replications (overrides the scenario)')
    .option('--json <file>', 'write the JSON report to a file, or - for standard output')
    .option('--csv <dir>', 'write run.csv (which scenario, variant, seed), channels.csv, queues.csv and series.csv (and sessions.csv with messaging, triggers.csv with triggers, windows.csv with report windows or a spike, brands.csv with brands) into a folder')
    .option('--html <file>', 'write a self-contained HTML report with the charts (opens offline), or - for standard output')
    .option('--variant <name>', 'run one of the scenario\'s variants')
    .option('--explain-settings', 'list every routing setting in effect, then run')
    .option('--quiet', 'print nothing but errors: no warnings, progress bar or table (with --json, --csv or --html)')
    .action((file: string, o: { seed?: string; replications?: string; json?: string; csv?: string; html?: string; variant?: string; explainSettings?: boolean; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--html', o.html); checkWritable('--csv', o.csv, 'folder');
      if (o.csv === '-') throw new UserError('--csv -: --csv writes several files (channels.csv, queues.csv, series.csv …) into a folder; give a folder, or --json - for the report on standard output');
      oneToStandardOutput([['--json', o.json], ['--html', o.html]]);
      distinctOutputs([['the scenario', file]], [['--json', o.json], ['--html', o.html], ['--csv', o.csv]]);
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
      const report = runScenario(compiled, (p) => bar.update(p.done, p.replications, `rep ${Math.min(p.replications, Math.floor(p.done) + 1)}/${p.replications}`), o.variant ?? null);
      bar.done();
      const json = reportJson(report);
      if (o.json === '-') io.out(json);
      else if (o.json) writeOutput(o.json, json);
      if (o.csv) {
        const written = writeCsv(o.csv, report);
        for (const path of written) say.err(`wrote ${path}\n`);
        for (const path of staleCsv(o.csv, written)) say.err(`note: ${path} was not written by this run (its report has no such section): it is from an earlier one, left as it was\n`);
      }
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
}
