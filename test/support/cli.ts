// Runs the omnisim CLI in this process through main(), capturing what it prints: the exit
// code and both streams, as a user would see them (no colours; progress bars only as on a terminal).

import { main } from '../../sim/cli/main.ts';
import type { CliIo } from '../../sim/cli/CliIo.ts';

export interface Outcome {
  code: number;
  out: string;
  err: string;
}

export async function omnisim(...argv: string[]): Promise<Outcome> {
  return run(false, argv);
}

/** As on an interactive terminal: progress bars are drawn (to the captured standard error). */
export async function omnisimOnTerminal(...argv: string[]): Promise<Outcome> {
  return run(true, argv);
}

async function run(interactive: boolean, argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t), interactive, columns: 100 };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}
