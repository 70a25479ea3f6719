// Picks the analytic model a queue calls for: Erlang A when customers have a finite mean
// patience, Erlang C when they wait forever.

import { erlangA } from './erlangA.ts';
import { erlangC } from './erlangC.ts';
import type { QueueFigures, QueueInput } from './QueueFigures.ts';

/** Erlang A if `patienceSeconds` is given and finite, else Erlang C. Throws InputError (a RangeError) on invalid input. */
export function erlang(input: QueueInput): QueueFigures {
  const patience = input.patienceSeconds;
  return patience !== undefined && Number.isFinite(patience) ? erlangA(input) : erlangC(input);
}
