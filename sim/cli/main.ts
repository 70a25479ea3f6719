// The omnisim command line: the only Node-specific entry point. Each command parses its
// flags, calls the pure core, and prints; user errors (UserError, InputError) exit 1 with a
// message, never a stack trace; anything else is a bug, told as an internal error (exit 70).

import { Command, CommanderError } from 'commander';
import { processIo } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { InputError } from '../InputError.ts';
import { addRunCommand } from './runCommand.ts';
import { addValidateCommand } from './validateCommand.ts';
import { addCompareCommand } from './compareCommand.ts';
import { addStaffCommand } from './staffCommand.ts';
import { addSweepCommands } from './sweepCommands.ts';
import { addTraceCommand } from './traceCommand.ts';
import { addImportTriggersCommand } from './importTriggersCommand.ts';
import { addErlangCommand } from './erlangCommand.ts';
import { configureUsageErrors } from './usageErrors.ts';
import pkg from '../../package.json' with { type: 'json' };

export function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name('omnisim')
    .description('Omnichannel routing and capacity simulator (messaging, email, voice).')
    .version(pkg.version, '--version', 'print omnisim\'s version (to name in a bug report)')
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
  configureUsageErrors(program);
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
    if (e instanceof InputError) {
      io.err(`omnisim: ${e.message}\n`);
      return 1;
    }
    // A RangeError of the language ("Maximum call stack size exceeded") is a bug like any other.
    io.err(`omnisim: internal error: ${e instanceof Error ? e.message : String(e)}\n  (this is a bug in omnisim; set OMNISIM_DEBUG=1 for details)\n`);
    if (process.env['OMNISIM_DEBUG'] && e instanceof Error) io.err(`${e.stack}\n`);
    return 70;
  }
}