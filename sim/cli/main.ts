// The omnisim command line: the only Node-specific entry point. Each command parses its
// flags, calls the pure core, and prints; user errors exit non-zero with a message, never a
// stack trace.

import { Command, CommanderError } from 'commander';
import { processIo } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { addRunCommand } from './runCommand.ts';
import { addValidateCommand } from './validateCommand.ts';
import { addCompareCommand } from './compareCommand.ts';
import { addStaffCommand } from './staffCommand.ts';
import { addSweepCommands } from './sweepCommands.ts';
import { addTraceCommand } from './traceCommand.ts';
import { addImportTriggersCommand } from './importTriggersCommand.ts';
import { addErlangCommand } from './erlangCommand.ts';

export function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name('omnisim')
    .description('Omnichannel routing and capacity simulator (messaging, email, voice).')
    .showHelpAfterError('(run omnisim --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();

  addRunCommand(program, io);
  addValidateCommand(program, io);
  addCompareCommand(program, io);
  addStaffCommand(program, io);
  addSweepCommands(program, io);
  addTraceCommand(program, io);
  addImportTriggersCommand(program, io);
  addErlangCommand(program, io);
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