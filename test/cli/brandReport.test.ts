// R7 in what a user reads: the run table's brand section, brands.csv, the JSON report's
// `brands` (intervals within range) and compare's headline lines; per report window too
// (windows.csv, a table per window, compare's window lines).

import { describe, it, expect } from 'vitest';
import { compileText, runText } from '../support/scenarios.ts';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { formatComparison } from '../../sim/cli/formatComparison.ts';
import { reportCsv } from '../../sim/cli/writeCsv.ts';
import { compareVariants } from '../../sim/run/compare.ts';
import { writtenFigure } from '../../sim/run/writtenFigures.ts';

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
    expect(Object.keys(reportCsv(r))).toEqual(['run.csv', 'channels.csv', 'queues.csv', 'series.csv', 'sessions.csv']); // sessions: it has messaging
  });

  it('brands.csv has one row per brand, channel and metric', () => {
    const csv = reportCsv(report)['brands.csv']!.trim().split('\n');
    expect(csv[0]).toBe('brand,channel,metric,mean,ci95_low,ci95_high');
    expect(csv.length).toBe(1 + 3 * Object.keys(report.brands!['acme']!.messaging!).length);
    const beta = csv.find((l) => l.startsWith('beta,messaging,offered,'))!.split(',');
    expect(Number(beta[3])).toBe(writtenFigure(report.brands!['beta']!.messaging!.offered.mean!)); // CSV gives the written figure (writtenFigures.ts)
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

describe('R7: brands per report window (a spike\'s before / during / after)', () => {
  const SPIKED = SCENARIO.replace('    arrivals: { rate: 60/h }', '    arrivals: { rate: 60/h, spikes: [{ at: "01:00", duration: 1h, multiplier: 3 }] }');
  const report = runText(SPIKED);
  const compiled = compileText(SPIKED);

  it('each window of the JSON report has each brand\'s figures, adding up to the window\'s', () => {
    expect(Object.keys(report.windows)).toEqual(['before spike', 'during spike', 'after spike']);
    for (const w of Object.values(report.windows)) {
      expect(Object.keys(w.brands!)).toEqual(['acme', 'beta']);
      const offered = w.brands!['acme']!.messaging!.offered.mean! + w.brands!['beta']!.messaging!.offered.mean!;
      expect(offered).toBeCloseTo(w.channels.messaging!.offered.mean!, 9);
    }
    // The spike hits beta's one agent hardest.
    const during = report.windows['during spike']!.brands!;
    expect(during['beta']!.messaging!.serviceLevel.mean!).toBeLessThan(report.windows['before spike']!.brands!['beta']!.messaging!.serviceLevel.mean!);
  });

  it('the run table has a brand table per window, after the windows\' tables', () => {
    const text = formatReport(report, compiled.scenario);
    const lines = text.split('\n');
    const heads = ['before spike', 'during spike', 'after spike'].map((w) => lines.findIndex((l) => l.startsWith(`brand · ${w} `)));
    expect(heads.every((h) => h > 0)).toBe(true);
    expect(heads[0]).toBeGreaterThan(lines.findIndex((l) => /^\s+email · after spike/.test(l)));
    expect(lines.slice(heads[1]! + 2, heads[1]! + 5).map((l) => l.split(/\s{2,}/)[0])).toEqual(['acme · messaging', 'acme · email', 'beta · messaging']);
  });

  it('windows.csv has the channel\'s rows (brand empty) and each brand\'s, with the window\'s span', () => {
    const csv = reportCsv(report)['windows.csv']!.trim().split('\n');
    expect(csv[0]).toBe('window,from_seconds,to_seconds,every_seconds,channel,brand,metric,mean,ci95_low,ci95_high');
    const own = csv.find((l) => l.startsWith('during spike,3600,7200,,messaging,,serviceLevel,'))!.split(',');
    expect(Number(own[7])).toBe(writtenFigure(report.windows['during spike']!.channels.messaging!.serviceLevel.mean!)); // CSV gives the written figure (writtenFigures.ts)
    const beta = csv.find((l) => l.startsWith('during spike,3600,7200,,messaging,beta,serviceLevel,'))!.split(',');
    expect(Number(beta[7])).toBe(writtenFigure(report.windows['during spike']!.brands!['beta']!.messaging!.serviceLevel.mean!)); // CSV gives the written figure (writtenFigures.ts)
  });

  it('a report with windows but no brands has windows.csv without brand rows', () => {
    const plain = SPIKED.replace(/, brands: \[\w+\]/g, '').replace(/ +brands: .*\n/g, '');
    const r = runText(plain);
    expect(Object.keys(reportCsv(r))).toEqual(['run.csv', 'channels.csv', 'queues.csv', 'series.csv', 'windows.csv', 'sessions.csv']);
    expect(reportCsv(r)['windows.csv']!.split('\n').slice(1, -1).every((l) => l.split(',')[5] === '')).toBe(true);
    expect(formatReport(r, compileText(plain).scenario)).not.toContain('brand ·');
  });

  it('compare lists each brand\'s service level per window', () => {
    const more = SPIKED.replace('count: 1, capacity: { messaging: 1 }', 'count: 2, capacity: { messaging: 1 }');
    const text = formatComparison(compareVariants([
      { name: 'one beta agent', compiled: compileText(SPIKED) },
      { name: 'two beta agents', compiled: compileText(more) },
    ]));
    expect(text).toMatch(/^windows\.during spike\.brands\.beta\.messaging\.serviceLevel\s/m);
  });
});
