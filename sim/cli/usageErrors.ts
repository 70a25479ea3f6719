// How a command line commander cannot parse is told: as every other error, "omnisim COMMAND:
// message", then where that command's usage is (not the top level's), and — when a list option
// such as --target or --variant took the scenario as one of its values — how to write it.

import type { Command } from 'commander';

export function configureUsageErrors(program: Command): void {
  program.configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'omnisim: ')) });
  for (const command of program.commands) {
    command.showHelpAfterError(`(run omnisim ${command.name()} --help for usage)`);
    command.configureOutput({ outputError: (text, write) => write(usageError(command, text)) });
  }
}

function usageError(command: Command, text: string): string {
  const said = text.replace(/^error: /, `omnisim ${command.name()}: `);
  const missing = /missing required argument '([^']+)'/.exec(text)?.[1];
  if (missing === undefined) return said;
  // A variadic option takes every value up to the next option: `staff --target voice:sl=80% s.yaml`
  // gives it the scenario too, and commander then says the scenario is missing.
  const list = command.options.find((o) => o.variadic && (command.getOptionValue(o.attributeName()) as unknown[] | undefined)?.length);
  if (!list) return said;
  return `${said}  ${list.long} takes every value after it up to the next option, so the ${missing} may have been read as one of them: ` +
    `give the ${missing} first (omnisim ${command.name()} FILE ${list.long} …)\n`;
}
