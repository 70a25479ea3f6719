// `omnisim run` shows the work held off a channel's capacity (reportVersion 3) beside an
// occupancy that leaves it out — and shows nothing of it when there is none.

import { describe, expect, it } from 'vitest';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { compileFile, compileText, SMALL_VOICE } from '../support/scenarios.ts';
import { unitOf } from '../../sim/run/metricUnit.ts';
import { formatValue } from '../../sim/cli/formatEstimate.ts';

describe('omnisim run: work held off capacity', () => {
  it('recipe B: chat agents keep sessions routed as email with no email capacity (R43); the row, its note, and occupancy without them', () => {
    const compiled = compileFile('recipes/b-surge-omnichannel-routing.yaml');
    const report = runScenario({ ...compiled, scenario: { ...compiled.scenario, replications: 2 } });
    const email = report.channels.email!;
    expect(email.heldOffCapacity.mean).toBeGreaterThan(0.5);
    // Occupancy is the counted agents' share: busy less what is held off, over the capacity.
    const counted = (email.meanBusy.mean! - email.heldOffCapacity.mean!) / email.meanCapacity.mean!;
    expect(Math.abs(email.occupancy.mean! - counted)).toBeLessThan(0.01);
    expect(email.occupancy.mean!).toBeLessThan(email.meanBusy.mean! / email.meanCapacity.mean! - 0.05);
    const text = formatReport(report, compiled.scenario);
    expect(text).toMatch(/\nheld off capacity +0 +\d\.\d+ (± \d\.\d+|\(0–\d\.\d+\))\n/);
    expect(text).toContain('(held off capacity: tickets at a time held by agents');
  });

  it('no row and no note when nobody holds work off capacity', () => {
    const compiled = compileText(SMALL_VOICE);
    const text = formatReport(runScenario(compiled), compiled.scenario);
    expect(text).not.toContain('held off capacity');
  });

  it('compare and sweep print it as tickets at a time with decimals, not as a whole count', () => {
    expect(unitOf('channels.email.heldOffCapacity')).toBe('number');
    expect(formatValue(2.034, unitOf('channels.email.heldOffCapacity'))).toBe('2.034');
  });
});
