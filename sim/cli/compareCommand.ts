// `omnisim compare SCENARIO`: runs a scenario's variants on common random numbers and prints,
// per metric, each variant's mean and the paired difference with the reference.

import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { checkWritable, distinctOutputs, oneToStandardOutput, writeOutput } from './writeOutput.ts';
import { UserError } from './UserError.ts';
import { loadScenarioWithVariants } from './loadScenario.ts';
import { compareVariants } from '../run/compare.ts';
import { formatComparison, comparisonCsv } from './formatComparison.ts';
import { prettyJson } from '../run/prettyJson.ts';
import { writtenFigure } from '../run/writtenFigures.ts';
import { withRunOptions } from '../run/runScenario.ts';
import { ProgressBar } from './ProgressBar.ts';
import { chatter, checkQuiet } from './quiet.ts';
import { compareSizeNote } from './formatRunSize.ts';
import { replicationsFlag, wholeFlag } from './flags.ts';

export function addCompareCommand(program: Command, io: CliIo): void {
  program
    .command('compare')
    .description("run a scenario's variants on common random numbers and compare them metric by metric")
    .argument('<scenario>', 'scenario file with a `variants:` section; - reads standard input')
    .option('--variant <name...>', 'variants to compare (the first is the reference); default: all')
    .option('--replications <n>', 'paired replications (overrides the scenario)')
    .option('--seed <n>', 'seed (overrides the scenario)')
    .option('--json <file>', 'write the comparison as JSON to a file, or - for standard output')
    .option('--csv <file>', 'write the comparison as CSV, a row per variant and metric, each naming the scenario, seed and replications, and the metric\'s unit (a share and its difference as fractions of 1); - for standard output')
    .option('--all', 'list every metric, not only the headline ones')
    .option('--quiet', 'print nothing but errors: no warnings, progress bar or table (with --json or --csv)')
    .action((file: string, o: { variant?: string[]; replications?: string; seed?: string; json?: string; csv?: string; all?: boolean; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--csv', o.csv);
      oneToStandardOutput([['--json', o.json], ['--csv', o.csv]]);
      distinctOutputs([['the scenario', file]], [['--json', o.json], ['--csv', o.csv]]);
      checkQuiet(o.quiet, [o.json, o.csv], '--json FILE or --csv FILE');
      const say = chatter(io, o.quiet);
      const seed = wholeFlag('--seed', o.seed, 0);
      const replications = replicationsFlag(o.replications, 2);
      const r = loadScenarioWithVariants(file, (w) => say.err(w + '\n'));
      if (r.variants.length === 0) {
        throw new UserError(`${file}: no variants to compare; add for example\n  variants:\n    baseline: {}\n    recipe:\n      settings: { routeAgentEndedAsEmail: true }`);
      }
      // One variant is compared with the scenario itself, named "base" (or "scenario" when the variant is called base).
      const itself = r.variants[0]!.name === 'base' ? 'scenario' : 'base';
      let chosen = r.variants.length === 1 ? [{ name: itself, compiled: r.compiled }, ...r.variants] : r.variants;
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
      const reps = inputs[0]!.compiled.scenario.replications;
      if (reps < 2) {
        const from = replications === undefined ? ` (the scenario's replications: ${reps}; give --replications 10 or more)` : ' (--replications 10 or more)';
        throw new UserError(`compare needs at least 2 replications${from}`);
      }
      const size = compareSizeNote(inputs.map((v) => v.compiled.scenario));
      if (size) say.err(`${size}\n`);
      const bar = new ProgressBar(say, 'compare');
      const comparison = compareVariants(inputs, (done, total) => bar.update(done, total, `${done}/${total} runs`));
      bar.done();
      if (o.json === '-') io.out(prettyJson(comparison, (v) => writtenFigure(v)));
      else if (o.json) writeOutput(o.json, prettyJson(comparison, (v) => writtenFigure(v)));
      if (o.csv === '-') io.out(comparisonCsv(comparison));
      else if (o.csv) writeOutput(o.csv, comparisonCsv(comparison));
      if (o.json !== '-' && o.csv !== '-' && !o.quiet) io.out(formatComparison(comparison, o.all));
    });
}
