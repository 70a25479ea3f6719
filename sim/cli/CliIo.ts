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
  quietOnClosedPipes();
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY) && !process.env['CI'],
    columns: process.stderr.columns ?? 100,
  };
}

let pipesWatched = false;

/**
 * A reader that stops early (`omnisim run … --json - | head`) closes the pipe: the next write
 * fails with EPIPE. That is the reader's choice, not an error: leave quietly, like `cat`.
 */
function quietOnClosedPipes(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}
