// `omnisim trace` simulates a whole replication: on a terminal it shows how far it is (a year of
// a large centre took a minute with nothing on the screen), its first line names the variant it
// traced, as run's does, and an --after past the end is told at once, not after a whole run.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { omnisim, omnisimOnTerminal } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

describe('omnisim trace', () => {
  it('draws a progress bar on a terminal (and only there), then clears it; the trace is the same', async () => {
    const file = join(SCENARIO_DIR, 'end-sessions-not-routed.yaml');
    const tty = await omnisimOnTerminal('trace', file, '--find', 'stranded');
    const piped = await omnisim('trace', file, '--find', 'stranded');
    expect(tty.code).toBe(0);
    expect(tty.err).toContain('trace ▕');
    expect(tty.err).toContain('of the replication simulated');
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
    expect(piped.err).toBe('');
    expect(tty.out).toBe(piped.out);
  });

  it('names the variant in its first line', async () => {
    const file = join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml');
    const o = await omnisim('trace', file, '--variant', 'recipe', '--ticket', '5');
    expect(o.out.split('\n')[0]).toBe('ticket 5 · recipe-a-surge-messaging-routing · variant recipe · seed 101 · replication 0');
  });

  it('--after at or past the end of the run is refused, saying how long the run is', async () => {
    const file = join(SCENARIO_DIR, 'multichannel-day.yaml');
    for (const after of ['d2 10:00', '24h']) {
      const o = await omnisim('trace', file, '--find', 'abandoned', '--after', after);
      expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: --after: ${after} is not before the end of the run (it lasts 1d, from d0 00:00)\n`]);
    }
  });
});
