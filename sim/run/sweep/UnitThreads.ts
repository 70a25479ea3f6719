// A pool of worker threads that run sweep units for as long as the pool lives. `run` queues a
// unit and resolves with its result; the calling thread stays free — the Redis worker keeps
// renewing its locks while a long unit runs on a thread. Each thread holds up to two units,
// the one it runs and the next, so it never waits for the round trip between units.

import { Worker } from 'node:worker_threads';
import type { UnitResult, UnitSpec } from './Unit.ts';
import { bundleOnce } from '../bundleOnce.ts';
import { InputError } from '../../InputError.ts';

interface Pending {
  unit: UnitSpec;
  resolve: (r: UnitResult) => void;
  reject: (e: Error) => void;
}

/** Units sent to a thread ahead of their turn (its own message queue keeps them). */
const IN_FLIGHT = 2;

export class UnitThreads {
  /** Per thread, the units sent to it, oldest first (a thread answers in order). */
  private readonly sent = new Map<Worker, Pending[]>();
  private readonly waiting: Pending[] = [];
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.sent.set(this.spawn(), []);
  }

  run(unit: UnitSpec): Promise<UnitResult> {
    if (this.closed) return Promise.reject(new Error('the unit threads are closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ unit, resolve, reject });
      this.feed();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new Error('the unit threads are closed'));
    const all = [...this.sent.keys()];
    this.sent.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    // Threads start from one bundled script: in tens of milliseconds, where compiling the
    // TypeScript sources on every thread would take half a second each.
    const w = new Worker(bundleOnce(new URL('./unitWorkerBody.ts', import.meta.url), 'node'), { eval: true });
    w.on('message', (m: { result?: UnitResult; error?: string; input?: boolean; stack?: string }) => {
      const p = this.sent.get(w)?.shift();
      if (!p) return;
      if (m.error !== undefined) p.reject(threadError(m.error, m.input === true, m.stack));
      else p.resolve(m.result!);
      this.feed();
    });
    w.on('error', (e) => {
      // A thread that crashed is replaced; the units it held fail with its error.
      const lost = this.sent.get(w) ?? [];
      this.sent.delete(w);
      for (const p of lost) p.reject(e);
      if (!this.closed) {
        this.sent.set(this.spawn(), []);
        this.feed();
      }
    });
    return w;
  }

  private feed(): void {
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const [w, queue] of this.sent) {
        if (this.waiting.length === 0) return;
        if (queue.length >= depth) continue;
        const p = this.waiting.shift()!;
        queue.push(p);
        w.postMessage({ job: 0, unit: p.unit });
      }
    }
  }
}

/** A unit's error as the thread told it: the user's to fix (InputError) or a bug, with its stack. */
function threadError(message: string, input: boolean, stack: string | undefined): Error {
  const e = input ? new InputError(message) : new Error(message);
  if (stack !== undefined) e.stack = stack;
  return e;
}
