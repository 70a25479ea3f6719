// A "—" in the report's tables is explained under the table: which figures have none and why
// (nothing to measure them by in any replication), and only when one appears.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';
import { noFigureNote } from '../../sim/cli/formatNoFigure.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-no-figure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('the footnote for "—"', () => {
  it('nobody to answer: every figure without a value is named, grouped by why, under the channel table', async () => {
    const o = await omnisim('run', file('nobody.yaml', SMALL_VOICE.replace('count: 14', 'count: 0')));
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/answered per hour +0\.0\/h\n/);
    // Callers waiting past the threshold at the end are missed: the service level has a figure, 0 %;
    // and every caller waited in the queue: P(wait) has one too, 100 %.
    expect(o.out).toMatch(/service level \(20s\) +0\.0%\n/);
    expect(o.out).toMatch(/queued \(P\(wait\)\) +100\.0%\n/);
    expect(o.out).toContain('0.0/h\n' +
      '— no figure: nothing to measure it by in any replication\n' +
      '  mean wait: no ticket answered or abandoned\n' +
      '  ASA, wait P90: no ticket answered\n' +
      '  abandon rate: no ticket answered, abandoned or ended unanswered\n' +
      '  occupancy: no agent could take the channel\n' +
      // Nobody answered: every customer offered is still unanswered at the end, and the table says what its figures leave out.
      '(no answer when the run ended: voice 100 % (');
  });

  it('a window in which nothing was answered: under that window\'s table, naming only its rows with "—"', async () => {
    const spike = SMALL_VOICE.replace('rate: 200/h }', 'rate: 200/h, spikes: [{ at: "00:30", duration: 30m, multiplier: 2 }] }')
      .replace('    handleTime', '    patience: { distribution: exponential, mean: 60s }\n    handleTime')
      .replace('capacity: { voice: 1 }', 'capacity: { voice: 1 }\n    shift: { mon-sun: "01:00-02:00" }');
    const o = await omnisim('run', file('late-shift.yaml', spike));
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/\nanswered per hour .*\n— no figure: nothing to measure it by in that window in any replication\n {2}ASA: no ticket answered\n\n/);
    expect(o.out.match(/— no figure/g)).toHaveLength(1); // not under the channel table: every figure has a value there
  });

  it('the first-reply SLA, AI agent and brand tables explain their "—" too', async () => {
    const text = SMALL_VOICE.replace('count: 14', 'count: 0')
      .replace('    handleTime', '    sla: { firstReply: { normal: 1h } }\n    aiAgent: { resolves: 50%, handleTime: { distribution: deterministic, value: 3h } }\n    brands: { acme: 50%, beta: 50% }\n    handleTime');
    const o = await omnisim('run', file('nothing-finished.yaml', text));
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/\nvoice .* +— +—\n— no figure: nothing to measure it by in any replication\n {2}resolved share, mean time held: the AI agent finished with no ticket\nEscalated/);
    expect(o.out).toMatch(/\nvoice +0 +0 +—\n— no figure: nothing to measure it by in any replication\n {2}breached share: no ticket with a first-reply target answered\n/);
    expect(o.out).toMatch(/\nbeta · voice .*\n— no figure: nothing to measure it by for that brand in any replication\n {2}queued: no ticket answered, abandoned, ended unanswered or still waiting in a queue at the end\n {2}ASA: no ticket answered\n {2}service level: no ticket answered, abandoned, ended unanswered or still waiting past the threshold at the end\n {2}abandon rate: no ticket answered, abandoned or ended unanswered\n/);
  });

  it('no "—", no footnote', async () => {
    const o = await omnisim('run', file('small.yaml', SMALL_VOICE));
    expect(o.out).not.toContain('—');
    expect(noFigureNote([])).toBe('');
  });
});
