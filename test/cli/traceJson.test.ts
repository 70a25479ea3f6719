// `omnisim trace --json` names agents and brands as the table does: it gave the engine's index
// into the roster ("agent": 4 where the table said chat-5), which nothing else in the output names.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('omnisim trace --json', () => {
  it('gives each agent by the name the table shows (null for nobody), event by event', async () => {
    const file = join(SCENARIO_DIR, 'end-sessions-not-routed.yaml');
    const table = await omnisim('trace', file, '--find', 'stranded');
    const json = await omnisim('trace', file, '--find', 'stranded', '--json');
    expect([table.code, json.code]).toEqual([0, 0]);
    const events = lines(json.out);
    const rows = table.out.split('\n\n')[1]!.trim().split('\n');
    expect(rows.length).toBe(events.length);
    const withAgent = events.map((e, i) => [e, rows[i]!] as const).filter(([e]) => 'agent' in e);
    expect(withAgent.length).toBeGreaterThan(3);
    for (const [e, row] of withAgent) {
      if (e['agent'] === null) expect(row).toContain('from the end user');
      else expect(row).toContain(e['agent'] as string);
    }
    expect(events.find((e) => e['type'] === 'TicketAssigned')!['agent']).toBe('chat-5');
  });

  it('gives the ticket\'s brand (R7) on its creation, as the table does', async () => {
    const file = join(SCENARIO_DIR, 'brands.yaml');
    const table = await omnisim('trace', file, '--ticket', '3');
    const created = lines((await omnisim('trace', file, '--ticket', '3', '--json')).out)[0]!;
    expect(created['type']).toBe('TicketCreated');
    expect(table.out).toContain(`brand ${created['brand']}`);
    expect(created['brand']).toBe('beta');
  });
});
