// Customers unanswered when the run ends have no outcome, so waits leave them out; the service
// level counts those already past its threshold as missed (reportVersion 4), P(wait) those who
// waited in a queue as having waited (reportVersion 5). Recipe C under the
// FR/DE reading of End session (Q1: it also sets email) routes its night-time conversations
// nowhere: the table read "service level 100.0 %" beside 360 of 948 customers never answered.
// The table says how many are unanswered, and how many of them the service level counts, per channel.

import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { omnisim } from '../support/cli.ts';
import { unansweredLeftOut, unansweredShare, UNANSWERED_LEFT_OUT, UNANSWERED_NOTE_SHARE } from '../../sim/run/unansweredNote.ts';
import type { ChannelReport } from '../../sim/run/Report.ts';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { compileText } from '../support/scenarios.ts';

const figures = (offered: number, unanswered: number, missed = 0) =>
  ({ offered: { mean: offered, ci95: null }, unansweredAtEnd: { mean: unanswered, ci95: null }, missedAtEnd: { mean: missed, ci95: null } }) as unknown as ChannelReport;

describe('unansweredShare', () => {
  it('is told from 1 % of offered, rounded to whole customers and percent', () => {
    expect(UNANSWERED_NOTE_SHARE).toBe(0.01);
    expect(unansweredShare(figures(1000, 9.9))).toBeNull();
    expect(unansweredShare(figures(1000, 10))).toBe('1 % (10 of 1,000 offered per replication, none of them past the threshold)');
    expect(unansweredShare(figures(948.5, 360.4, 360.4))).toBe('38 % (360 of 949 offered per replication, all of them past the threshold)');
    expect(unansweredShare(figures(3937, 880, 851.5))).toBe('22 % (880 of 3,937 offered per replication, 852 of them past the threshold)');
  });

  it('a report from before version 4 (no missedAtEnd) reads as none past the threshold', () => {
    const old = { offered: { mean: 100, ci95: null }, unansweredAtEnd: { mean: 5, ci95: null } } as unknown as ChannelReport;
    expect(unansweredShare(old)).toBe('5 % (5 of 100 offered per replication, none of them past the threshold)');
  });

  it('what the figures count of them is said as the report\'s version has it: P(wait) counts those who queued since version 5', () => {
    expect(unansweredLeftOut(5)).toBe(UNANSWERED_LEFT_OUT);
    expect(unansweredLeftOut(undefined)).toBe(UNANSWERED_LEFT_OUT);
    expect(UNANSWERED_LEFT_OUT).toContain('P(wait) those who waited in a queue as having waited; waits and abandon rate count only customers with an outcome');
    expect(unansweredLeftOut(4)).toBe('The service level counts those past its threshold as missed; P(wait), waits and abandon rate count only customers with an outcome, so they leave all of these out.');
  });

  it('says nothing for a channel nobody was offered to', () => {
    expect(unansweredShare(figures(0, 0))).toBeNull();
    expect(unansweredShare({ offered: { mean: null, ci95: null }, unansweredAtEnd: { mean: null, ci95: null } } as unknown as ChannelReport)).toBeNull();
  });
});

describe('omnisim run: customers unanswered at the end', () => {
  it('recipe C, End session also setting email (Q1): the note gives the shares of --json, channel by channel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-unanswered-'));
    try {
      const json = join(dir, 'c.json');
      const o = await omnisim('run', join(SCENARIO_DIR, 'recipes/c-outside-business-hours.yaml'), '--variant', 'end-session-sets-email', '--replications', '2', '--json', json);
      expect(o.code, o.err).toBe(0);
      type Figure = { mean: number };
      const report = JSON.parse(readFileSync(json, 'utf8')) as {
        channels: Record<string, { offered: Figure; answered: Figure; unansweredAtEnd: Figure; missedAtEnd: Figure; serviceLevel: Figure }>;
      };
      const m = report.channels['messaging']!;
      // Every customer with an outcome was answered in time (it read 100 %); those no queue takes,
      // waiting since the night, are past the 2 min threshold: missed (but one who wrote in the last 2 min).
      expect(m.missedAtEnd.mean).toBeLessThanOrEqual(m.unansweredAtEnd.mean);
      expect(m.missedAtEnd.mean).toBeGreaterThan(m.unansweredAtEnd.mean - 2);
      // (a mean of the replications' ratios, so near the ratio of the means, not equal)
      expect(m.serviceLevel.mean).toBeCloseTo(m.answered.mean / (m.answered.mean + m.missedAtEnd.mean), 2);
      expect(m.serviceLevel.mean).toBeLessThan(0.7);
      const note = o.out.slice(o.out.indexOf('(no answer when the run ended:')).replace(/\n/g, ' ');
      expect(note.startsWith('(no answer when the run ended:'), o.out).toBe(true);
      for (const [c, r] of Object.entries(report.channels)) {
        const share = r.unansweredAtEnd.mean / r.offered.mean;
        const missed = r.missedAtEnd.mean === 0 ? 'none' : r.missedAtEnd.mean === r.unansweredAtEnd.mean ? 'all' : String(Math.round(r.missedAtEnd.mean));
        const told = `${c} ${Math.round(100 * share)} % (${Math.round(r.unansweredAtEnd.mean)} of ${Math.round(r.offered.mean)} offered per replication, ${missed} of them past the threshold)`;
        if (share >= UNANSWERED_NOTE_SHARE) expect(note).toContain(told);
        else expect(note).not.toContain(`${c} `);
      }
      expect(note).toContain('The service level counts those past its threshold as missed, P(wait) those who waited in a queue as having waited; waits and abandon rate count only customers with an outcome');
      expect(o.out.split('\n').every((l) => l.length <= 115), o.out).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a channel whose agents go home with email waiting: the backlog\'s share, and what the figures leave out', () => {
    const compiled = compileText(`name: backlog\nseed: 1\nhorizon: 1d\nreplications: 2\nchannels:\n  email:\n    arrivals: { rate: 20/h }\n` +
      `    handleTime: 6m\n    pendingProbability: 0%\nagents:\n  - { team: office, count: 2, capacity: { email: 3 }, shift: { mon-sun: "08:00-16:00" } }\n`);
    const report = runScenario(compiled);
    const email = report.channels.email!;
    expect(email.unansweredAtEnd.mean!).toBeGreaterThan(100); // 16:00–24:00 at 20/h
    expect(email.serviceLevel.mean).toBe(1); // every answered email within 1 d, and the backlog has waited less than 1 d: not missed yet
    expect(email.missedAtEnd.mean).toBe(0);
    const left = Math.round(email.unansweredAtEnd.mean!);
    const offered = Math.round(email.offered.mean!);
    const note = formatReport(report, compiled.scenario).replace(/\n/g, ' ');
    expect(note).toContain(`(no answer when the run ended: email ${Math.round((100 * email.unansweredAtEnd.mean!) / email.offered.mean!)} % (${left} of ${offered} offered per replication, none of them past the threshold).`);
    expect(note).toContain('leave all of these out');
  });

  it('a run whose customers nearly all have an outcome has no such note (E1)', async () => {
    const o = await omnisim('run', join(SCENARIO_DIR, 'erlang-c-e1.yaml'), '--replications', '2');
    expect(o.code, o.err).toBe(0);
    expect(o.out).not.toContain('no answer when the run ended');
  });
});
