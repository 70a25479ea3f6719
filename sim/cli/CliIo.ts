// Where a command writes: injected so commands can be tested without a terminal.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
  /** Columns of the terminal, for tables and progress bars. */
  readonly columns: number;
}

export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY) && !process.env['CI'],
    columns: process.stderr.columns ?? 100,
  };
}
