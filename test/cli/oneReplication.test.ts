// A figure only one of several replications could measure is marked ¹ and explained under the
// table: recipe A's baseline printed the ASA after the spike as "7m 42s", the one value of the
// one replication of twenty that answered anyone then, beside "34.2s ± 15.8s", and its
// difference "-7m 27s" from that one pair, as if they were means over the run.

import { describe, expect, it } from 'vitest';
import { formatComparison } from '../../sim/cli/formatComparison.ts';
import { formatFigure } from '../../sim/cli/formatFigure.ts';
import type { Comparison } from '../../sim/run/compare.ts';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { compileText, SMALL_VOICE } from '../support/scenarios.ts';
import { runScenario } from '../../sim/run/runScenario.ts';

describe('formatFigure', () => {
  it('marks a mean without an interval only when the run had several replications', () => {
    expect(formatFigure({ mean: 462, ci95: null }, 'seconds', 20)).toBe('7m 42s ¹');
    expect(formatFigure({ mean: 462, ci95: null }, 'seconds', 1)).toBe('7m 42s');
    expect(formatFigure({ mean: 34.2, ci95: [18.4, 50] }, 'seconds', 20)).toBe('34.2s ± 15.8s');
    expect(formatFigure({ mean: null, ci95: null }, 'seconds', 20)).toBe('—');
  });
});

describe('omnisim compare', () => {
  it('marks the figure and the one-pair difference, and says why under the table', () => {
    const m = 'windows.after spike.messaging.asaSeconds';
    const c: Comparison = {
      scenario: 's', seed: 1, replications: 20, reference: 'baseline', metrics: [m], units: { [m]: 'seconds' },
      variants: [
        { name: 'baseline', values: { [m]: { mean: 462.3, ci95: null } } },
        { name: 'recipe', values: { [m]: { mean: 34.2, ci95: [18.4, 50] } } },
      ],
      differences: [{ name: 'recipe', values: { [m]: { mean: -446.6, ci95: null, significant: false } } }],
    };
    const text = formatComparison(c);
    expect(text).toMatch(/7m 42s ¹ +34\.2s ± 15\.8s +-7m 27s ¹\n/);
    expect(text).toContain('¹ only one replication (for a difference, one pair) had anything to measure it by: its one value, not a mean with an interval\n');
  });
});

describe('omnisim compare: a figure no replication measured', () => {
  it('shows "—" and says why under the table (it said nothing)', () => {
    const m = 'sessions.strandedMeanAgeAtEndSeconds';
    const c: Comparison = {
      scenario: 's', seed: 1, replications: 20, reference: 'baseline', metrics: [m], units: { [m]: 'seconds' },
      variants: [
        { name: 'baseline', values: { [m]: { mean: null, ci95: null } } },
        { name: 'recipe', values: { [m]: { mean: 1645, ci95: [1495, 1795] } } },
      ],
      differences: [{ name: 'recipe', values: { [m]: { mean: null, ci95: null, significant: false } } }],
    };
    expect(formatComparison(c)).toContain('— no figure: no replication of that variant had anything to measure it by (a difference: no pair of replications both had one)\n');
  });
});

describe('omnisim run', () => {
  it('marks a channel figure one replication measured; a run whose figures all have intervals has no footnote', () => {
    // E1 for two hours, two replications; then its ASA as if one replication alone had answered anyone.
    const compiled = compileText(SMALL_VOICE);
    const report = runScenario(compiled);
    expect(formatReport(report, compiled.scenario)).not.toContain('¹');
    const voice = report.channels.voice!;
    const one = { ...report, channels: { ...report.channels, voice: { ...voice, asaSeconds: { mean: 12, ci95: null } } } };
    const text = formatReport(one, compiled.scenario);
    expect(text).toMatch(/^ASA \(answered\) +12s ¹$/m);
    expect(text).toContain('¹ only one replication had anything to measure it by: its one value, not a mean with an interval\n');
  });
});
