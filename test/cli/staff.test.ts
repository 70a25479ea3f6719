// `omnisim staff` as a user meets it: what an asa= target means, which slots a curve lists, and
// flags that do not go together.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-staff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('omnisim staff --target CHANNEL:asa=…', () => {
  it('is the ASA of answered tickets, as erlang --target asa= reads it: the Erlang A estimate and a note say so', async () => {
    // Callers hang up after 1 min on average: 9 agents give an ASA of 10.4s (E[Wq] 12.8s).
    const patient = file('patience.yaml', SMALL_VOICE.replace('    handleTime', '    patience: { distribution: exponential, mean: 60s }\n    handleTime'));
    const o = await omnisim('staff', patient, '--target', 'voice:asa=11s', '--by', 'team', '--json', '-');
    expect(o.code).toBe(0);
    const r = JSON.parse(o.out) as { rows: { erlangAgents: number }[]; notes: string[] };
    expect(r.rows[0]!.erlangAgents).toBe(9); // E[Wq] ≤ 11s would need 10
    expect(r.notes[0]).toBe('ASA is the mean wait of answered tickets, from arrival until an agent has the ticket (the report\'s asaSeconds); those who give up are not in it.');
    const erlang = await omnisim('erlang', '--rate', '200/h', '--aht', '180s', '--patience', '60s', '--target', 'asa=11s');
    expect(erlang.out).toMatch(/^Minimum staffing for ASA ≤ 11s \(mean wait of answered tickets\): 9 agents/);
  });

  it('--help says what asa is', async () => {
    const o = await omnisim('staff', '--help');
    expect(o.out.replace(/\s+/g, ' ')).toContain('asa is the ASA, the mean wait of answered tickets (the report\'s asaSeconds)');
  });
});
