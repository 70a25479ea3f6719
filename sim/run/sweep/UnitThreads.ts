// A pool of worker threads that run sweep units, one unit per thread at a time, for as long
// as the pool lives. `run` queues a unit and resolves with its result; the calling thread stays
// free — the Redis worker keeps renewing its locks while a long unit runs on a thread.

import { Worker } from 'node:worker_threads';
import type { UnitResult, UnitSpec } from './Unit.ts';

interface Pending {
  unit: UnitSpec;
  resolve: (r: UnitResult) => void;
  reject: (e: Error) => void;
}

export class UnitThreads {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly waiting: Pending[] = [];
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
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
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./unitWorker.mjs', import.meta.url));
    w.on('message', (m: { result?: UnitResult; error?: string }) => {
      const p = this.busy.get(w);
      if (!p) return;
      this.busy.delete(w);
      this.idle.push(w);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result!);
      this.feed();
    });
    w.on('error', (e) => {
      // A thread that crashed is replaced; its unit fails with the thread's error.
      const p = this.busy.get(w);
      this.busy.delete(w);
      p?.reject(e);
      if (!this.closed) {
        this.idle.push(this.spawn());
        this.feed();
      }
    });
    return w;
  }

  private feed(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const w = this.idle.pop()!;
      const p = this.waiting.shift()!;
      this.busy.set(w, p);
      w.postMessage({ job: 0, unit: p.unit });
    }
  }
}
