// R7 in what a user reads: the run table's brand section, brands.csv, the JSON report's
// `brands` (intervals within range) and compare's headline lines.

import { describe, it, expect } from 'vitest';
import { compileText, runText } from '../support/scenarios.ts';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { formatComparison } from '../../sim/cli/formatComparison.ts';
import { reportCsv } from '../../sim/cli/writeCsv.ts';
import { compareVariants } from '../../sim/run/compare.ts';

const SCENARIO = `name: two brands
seed: 3
horizon: 4h
replications: 3
channels:
  messaging:
    arrivals: { rate: 60/h }
    handleTime: { distribution: exponential, mean: 4m }
    patience: { distribution: exponential, mean: 2m }
    brands: { acme: 70%, beta: 30% }
  email:
    arrivals: { rate: 20/h }
    handleTime: { distribution: exponential, mean: 6m }
    brands: acme
agents:
  - { team: acme-team, count: 3, capacity: { messaging: 2, email: 2 }, brands: [acme] }
  - { team: beta-team, count: 1, capacity: { messaging: 1 }, brands: [beta] }
`;

describe('R7: brands in the report', () => {
  const report = runText(SCENARIO);
  const compiled = compileText(SCENARIO);

  it('the JSON report has each brand on the channels it has tickets on, every figure an estimate', () => {
    expect(Object.keys(report.brands!)).toEqual(['acme', 'beta']);
    expect(Object.keys(report.brands!['acme']!)).toEqual(['messaging', 'email']);
    expect(Object.keys(report.brands!['beta']!)).toEqual(['messaging']);
    const sl = report.brands!['beta']!.messaging!.serviceLevel;
    expect(sl.mean).toBeGreaterThanOrEqual(0);
    expect(sl.ci95![0]).toBeGreaterThanOrEqual(0);
    expect(sl.ci95![1]).toBeLessThanOrEqual(1);
    const offered = report.brands!['acme']!.messaging!.offered.mean! + report.brands!['beta']!.messaging!.offered.mean!;
    expect(offered).toBeCloseTo(report.channels.messaging!.offered.mean!, 9);
  });

  it('the run table has a brand section after the channel figures, one row per brand and channel', () => {
    const lines = formatReport(report, compiled.scenario).split('\n');
    const head = lines.findIndex((l) => l.startsWith('brand (R7)'));
    expect(head).toBeGreaterThan(lines.findIndex((l) => l.startsWith('offered')));
    expect(lines[head]).toMatch(/offered\s+answered\s+abandoned\s+queued\s+ASA\s+service level\s+abandon rate$/);
    expect(lines.slice(head + 2, head + 5).map((l) => l.split(/\s{2,}/)[0])).toEqual(['acme · messaging', 'acme · email', 'beta · messaging']);
    expect(lines[head + 5]).toBe('');
  });

  it('without brands there is no brand section, no brands.csv and no brands in the JSON', () => {
    const plain = SCENARIO.replace(/, brands: \[\w+\]/g, '').replace(/ +brands: .*\n/g, '');
    const r = runText(plain);
    expect(r.brands).toBeUndefined();
    expect(formatReport(r, compileText(plain).scenario)).not.toContain('brand (R7)');
    expect(Object.keys(reportCsv(r))).toEqual(['channels.csv', 'queues.csv', 'series.csv']);
  });

  it('brands.csv has one row per brand, channel and metric', () => {
    const csv = reportCsv(report)['brands.csv']!.trim().split('\n');
    expect(csv[0]).toBe('brand,channel,metric,mean,ci95_low,ci95_high');
    expect(csv.length).toBe(1 + 3 * Object.keys(report.brands!['acme']!.messaging!).length);
    const beta = csv.find((l) => l.startsWith('beta,messaging,offered,'))!.split(',');
    expect(Number(beta[3])).toBeCloseTo(report.brands!['beta']!.messaging!.offered.mean!, 9);
  });

  it('compare lists each brand\'s service level, ASA and abandon rate by default', () => {
    const more = SCENARIO.replace('count: 1, capacity: { messaging: 1 }', 'count: 2, capacity: { messaging: 1 }');
    const c = compareVariants([
      { name: 'one beta agent', compiled: compileText(SCENARIO) },
      { name: 'two beta agents', compiled: compileText(more) },
    ]);
    const text = formatComparison(c);
    for (const m of ['serviceLevel', 'asaSeconds', 'abandonRate']) expect(text).toMatch(new RegExp(`^brands\\.beta\\.messaging\\.${m}\\s`, 'm'));
    expect(text).not.toMatch(/^brands\.\w+\.\w+\.offered\s/m);
  });
});
