// `omnisim run` says when a channel ends with a backlog: the tickets still waiting are in none of
// queued, waits, service level or abandon rate (they have no outcome), so a run ending with
// emails nobody answered read "service level 100.0%" with no word beside it.

import { describe, expect, it } from 'vitest';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { compileText, SMALL_VOICE } from '../support/scenarios.ts';

describe('omnisim run: tickets unanswered at the end', () => {
  it('a channel whose agents go home with email waiting: the share, and what the figures leave out', () => {
    const compiled = compileText(`name: backlog\nseed: 1\nhorizon: 1d\nreplications: 2\nchannels:\n  email:\n    arrivals: { rate: 20/h }\n` +
      `    handleTime: 6m\n    pendingProbability: 0%\nagents:\n  - { team: office, count: 2, capacity: { email: 3 }, shift: { mon-sun: "08:00-16:00" } }\n`);
    const report = runScenario(compiled);
    const email = report.channels.email!;
    expect(email.unansweredAtEnd.mean!).toBeGreaterThan(100); // 16:00–24:00 at 20/h
    expect(email.serviceLevel.mean).toBe(1); // every answered email within 1 d: the backlog is not in it
    const left = Math.round(email.unansweredAtEnd.mean!);
    const offered = Math.round(email.offered.mean!);
    expect(formatReport(report, compiled.scenario)).toContain(
      `(unanswered at end: ${left} of ${offered} email tickets (${(100 * left / offered).toFixed(0)}%) were still waiting, or unroutable, when the run ended. Queued, waits,\n` +
      'service level and abandon rate count only tickets with an outcome and leave them out, even those already past the threshold)\n');
  });

  it('no note when (almost) every ticket has an outcome', () => {
    const compiled = compileText(SMALL_VOICE);
    expect(formatReport(runScenario(compiled), compiled.scenario)).not.toContain('unanswered at end:');
  });
});
