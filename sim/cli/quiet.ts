// `--quiet` (run, compare, staff, sweep): nothing but errors and the results. Warnings, the
// progress bar and notes ("wrote …", the sweep's size, timings) are written to `chatter`, which
// --quiet silences; errors are thrown and printed by main(), so they still show.

import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';

/** Where a command tells what is not its result: `io`, or nowhere with --quiet (no progress bar either). */
export function chatter(io: CliIo, quiet: boolean | undefined): CliIo {
  if (!quiet) return io;
  return { out: () => {}, err: () => {}, interactive: false, columns: io.columns };
}

/**
 * Refuses --quiet when the command's results would only be printed as a table, which --quiet
 * leaves out: it would print nothing. `outputs` are the flags' values, `names` how to give them.
 */
export function checkQuiet(quiet: boolean | undefined, outputs: readonly (string | undefined)[], names: string): void {
  if (quiet && outputs.every((o) => !o)) throw new UserError(`--quiet prints nothing: give it with ${names}`);
}
