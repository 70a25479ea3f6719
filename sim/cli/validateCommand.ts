// `omnisim validate FILE`: checks a scenario (or a sweep file) without running it; every
// problem at its file:line:col, exit 1 when there is one.

import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { allWarnings, readScenarioFile } from './loadScenario.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import { looksLikeSweep, validateSweep } from './validateSweep.ts';
import { looksLikeTriggerExport, triggerExportMessage } from './triggerExport.ts';
import { runSizeNote } from './formatRunSize.ts';
import { formatDuration } from '../scenario/units.ts';
import { brandNames } from '../scenario/brandNames.ts';
import { recipeNotes } from '../scenario/recipeNote.ts';

export function addValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check a scenario or sweep file; exit 1 with path-qualified errors')
    .argument('<scenario>', 'scenario file (YAML or JSON), or a sweep file (one with a grid); - reads standard input')
    .action((file: string) => {
      if (looksLikeSweep(file)) {
        io.out(validateSweep(file, (line) => io.err(`${line}\n`)));
        return;
      }
      const r = readScenarioFile(file);
      for (const w of allWarnings(r)) io.err(`warning: ${formatProblem(w, file)}\n`);
      if (!r.compiled && looksLikeTriggerExport(r.raw)) throw new UserError(triggerExportMessage(file));
      if (!r.compiled) {
        for (const e of r.errors) io.err(`${formatProblem(e, file)}\n`);
        throw new UserError(`${file}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}`);
      }
      const sc = r.compiled.scenario;
      for (const n of recipeNotes(sc, r.variants)) io.err(`${n}\n`);
      const size = runSizeNote(sc);
      if (size) io.err(`${size}\n`);
      const agents = sc.teams.reduce((n, t) => n + t.count, 0);
      const channels = sc.channels.filter((c) => c.enabled).map((c) => c.channel).join(', ');
      // Pull inboxes, replayed exports and carried-over work, when the scenario has them.
      const pull = sc.inboxes.filter((x) => x.mode === 'pull').length;
      const replayed = sc.channels.reduce((n, c) => n + (c.arrivals.replay ? c.arrivals.replay.rows.length : 0), 0);
      const carried = sc.initialState.reduce((n, x) => n + x.queued + x.inProgress, 0);
      const ai = sc.channels.filter((c) => c.enabled && c.aiAgent !== null).map((c) => c.channel);
      const brands = brandNames(sc);
      const restricted = sc.teams.filter((t) => t.brands !== undefined).length;
      const extras = [
        ...(brands.length > 0 ? [`${brands.length} brand${brands.length === 1 ? '' : 's'} (${brands.join(', ')}), ${restricted} team${restricted === 1 ? '' : 's'} restricted to some`] : []),
        ...(ai.length > 0 ? [`an AI agent on ${ai.join(', ')}`] : []),
        ...(pull > 0 ? [`${pull} pull inbox${pull === 1 ? '' : 'es'}`] : []),
        ...(replayed > 0 ? [`${replayed} replayed ticket${replayed === 1 ? '' : 's'}`] : []),
        ...(carried > 0 ? [`${carried} ticket${carried === 1 ? '' : 's'} open at the start`] : []),
      ].map((x) => `${x}; `).join('');
      // The run's size as `run` heads its report: "10 replications × 30d".
      io.out(`${file}: ok — "${sc.name}": ${channels}; ${agents} agent${agents === 1 ? '' : 's'} in ${sc.teams.length} team${sc.teams.length === 1 ? '' : 's'}; ` +
        `${sc.queues.length} custom queue${sc.queues.length === 1 ? '' : 's'}; ${extras}` +
        `${sc.replications} replication${sc.replications === 1 ? '' : 's'} × ${formatDuration(sc.horizon)}\n`);
    });
}
