// `omnisim trace SCENARIO`: one ticket's events, chosen by its id or by its fate.

import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { loadScenario } from './loadScenario.ts';
import { withRunOptions } from '../run/runScenario.ts';
import { instantFlag, wholeFlag } from './flags.ts';
import { runSizeNote } from './formatRunSize.ts';
import { formatDuration } from '../scenario/units.ts';
import { ProgressBar } from './ProgressBar.ts';
import { FATES, findTicket, formatTrace, traceTicket } from '../run/traceTicket.ts';
import type { Fate } from '../run/traceTicket.ts';
import { traceJson } from './traceJson.ts';

export function addTraceCommand(program: Command, io: CliIo): void {
  program
    .command('trace')
    .description("print one ticket's event history (created, queued, offered, assigned, session ended, …)")
    .argument('<scenario>', 'scenario file (YAML or JSON); - reads it from standard input')
    .option('--ticket <id>', 'the ticket to follow, by number (tickets are numbered from 1 in creation order); or --find')
    .option('--find <fate>', `follow the first ticket with this fate: ${FATES.join(', ')}`)
    .option('--after <time>', 'with --find: only tickets created after this time, e.g. 10:00 or 1d')
    .option('--replication <r>', 'which replication, numbered from 0 (default 0)')
    .option('--seed <n>', 'seed (overrides the scenario)')
    .option('--variant <name>', 'trace in this variant of the scenario')
    .option('--json', 'the events as JSON lines (times in seconds from the start, agents by name)')
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
      // A trace simulates one whole replication (a ticket's story can go on to the end): a year
      // of a large centre took a minute with nothing on the screen.
      const size = runSizeNote({ ...compiled.scenario, replications: 1 });
      if (size) io.err(`${size}\n`);
      const bar = new ProgressBar(io, 'trace');
      const progress = (f: number) => bar.update(f, 1, 'of the replication simulated');
      let ticket = wholeFlag('--ticket', o.ticket, 1);
      if (ticket === undefined) {
        if (!o.find) throw new UserError('trace: give --ticket ID or --find FATE (e.g. --find stranded)');
        if (!(FATES as readonly string[]).includes(o.find)) throw new UserError(`--find: expected one of ${FATES.join(', ')}, got "${o.find}"`);
        const after = o.after === undefined ? 0 : instantFlag('--after', o.after);
        // Searched to the end, it could only say "no ticket … after": the run had ended before.
        if (after >= compiled.scenario.horizon) {
          throw new UserError(`--after: ${o.after} is not before the end of the run (it lasts ${formatDuration(compiled.scenario.horizon)}, from d0 00:00)`);
        }
        const found = findTicket(compiled, replication, o.find as Fate, after, progress);
        bar.done();
        if (found === null) throw new UserError(`no ticket in replication ${replication} is ${o.find}${o.after ? ` after ${o.after}` : ''}`);
        ticket = found;
      }
      const trace = traceTicket(compiled, replication, ticket, progress);
      bar.done();
      if (trace.events.length === 0) throw new UserError(`ticket ${ticket} was not created in replication ${replication} (tickets are numbered from 1 in creation order)`);
      if (o.json) {
        io.out(traceJson(trace));
        return;
      }
      io.out(`ticket ${ticket} · ${compiled.scenario.name}${o.variant === undefined ? '' : ` · variant ${o.variant}`} · seed ${compiled.scenario.seed} · replication ${replication}\n\n`);
      io.out(formatTrace(trace));
    });
}
