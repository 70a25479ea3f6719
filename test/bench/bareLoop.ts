// The yardstick for the full model: a bare typed-array event loop simulating M/M/N (FIFO,
// exponential arrivals and services) with the same random generator. The full model on E1
// is asked to stay within 2.5× of its time.

import seedrandom from 'seedrandom';

export interface BareResult {
  customers: number;
  waited: number;
  totalWait: number;
  seconds: number;
}

/** Simulates `customers` arrivals of M/M/servers; returns counts and wall time. */
export function bareMMN(lambda: number, mu: number, servers: number, customers: number, seed = 'bare'): BareResult {
  const u = seedrandom.alea(seed);
  const t0 = performance.now();
  // Event heap: times and kinds (0 arrival, 1 departure), binary heap by time.
  const cap = servers + 4;
  const ht = new Float64Array(cap);
  const hk = new Int8Array(cap);
  let n = 0;
  const push = (t: number, k: number) => {
    let i = n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ht[p]! <= t) break;
      ht[i] = ht[p]!; hk[i] = hk[p]!; i = p;
    }
    ht[i] = t; hk[i] = k;
  };
  const pop = () => {
    const t = ht[--n]!, k = hk[n]!;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      if (c + 1 < n && ht[c + 1]! < ht[c]!) c++;
      if (ht[c]! >= t) break;
      ht[i] = ht[c]!; hk[i] = hk[c]!; i = c;
    }
    ht[i] = t; hk[i] = k;
  };
  // FIFO queue of arrival times in a growable ring buffer.
  let q = new Float64Array(1024), qh = 0, qn = 0;
  let busy = 0, arrived = 0, waited = 0, totalWait = 0;
  push(-Math.log(1 - u()) / lambda, 0);
  while (n > 0) {
    const now = ht[0]!, kind = hk[0]!;
    pop();
    if (kind === 0) {
      arrived++;
      if (arrived < customers) push(now - Math.log(1 - u()) / lambda, 0);
      if (busy < servers) { busy++; push(now - Math.log(1 - u()) / mu, 1); }
      else {
        if (qn === q.length) { const b = new Float64Array(q.length * 2); for (let i = 0; i < qn; i++) b[i] = q[(qh + i) % q.length]!; q = b; qh = 0; }
        q[(qh + qn++) % q.length] = now;
      }
    } else if (qn > 0) {
      const at = q[qh]!; qh = (qh + 1) % q.length; qn--;
      waited++; totalWait += now - at;
      push(now - Math.log(1 - u()) / mu, 1);
    } else busy--;
  }
  return { customers: arrived, waited, totalWait, seconds: (performance.now() - t0) / 1000 };
}
