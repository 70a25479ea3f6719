// Benchmark: the chat-staffing sweep (18 points × 10 replications) with every run `days` long,
// timed end to end as a user runs it — `omnisim sweep --workers 1`, then `--workers 2`, each in
// a fresh process. Issue 6's target: ≥ 1.8× from 1 to 2 workers. Each thread pays its own JIT
// warm-up (≈ 0.5 s), so short sweeps gain less than long ones.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export function sweepSpeedup(days: number): { runs: number; one: number; two: number } {
  const dir = mkdtempSync(join(tmpdir(), 'omnisim-bench-sweep-'));
  try {
    const file = join(dir, 'bench.sweep.yaml');
    writeFileSync(file, `name: chat staffing, ${days} d per run
scenario: ${join(ROOT, 'scenarios', 'end-sessions-routed-as-email.yaml')}
replications: 10
grid:
  horizon: [${days}d]
  agents[chat].count: [10, 12, 14]
  channels.messaging.arrivals.spikes[0].multiplier: [2, 3, 4]
  settings.routeAgentEndedAsEmail: [false, true]
`);
    const time = (workers: number) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'omnisim.mjs'), 'sweep', file, '--workers', String(workers), '--csv', join(dir, 'out.csv')], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`sweep failed: ${r.stderr}`);
      return (performance.now() - t0) / 1000;
    };
    return { runs: 180, one: time(1), two: time(2) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
