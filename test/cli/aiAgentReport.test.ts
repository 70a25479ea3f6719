// R6 in what a user reads: the run table's AI agent section, its CSV rows and a ticket's trace.

import { describe, it, expect } from 'vitest';
import { compileText, runText } from '../support/scenarios.ts';
import { formatReport } from '../../sim/cli/formatReport.ts';
import { reportCsv } from '../../sim/cli/writeCsv.ts';
import { traceTicket, formatTrace } from '../../sim/run/traceTicket.ts';

const SCENARIO = `name: ai
seed: 4
horizon: 4h
replications: 3
channels:
  voice:
    arrivals: { rate: 60/h }
    aiAgent: { resolves: 50%, handleTime: { distribution: deterministic, value: 90s } }
    handleTime: 3m
agents:
  - { team: phones, count: 3, capacity: { voice: 1 } }
`;

describe('R6: the AI agent in the report and the trace', () => {
  const report = runText(SCENARIO);
  const compiled = compileText(SCENARIO);

  it('R6: the run table has an AI agent section, after the channel figures', () => {
    const text = formatReport(report, compiled.scenario);
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('AI agent (R6)'));
    expect(head).toBeGreaterThan(lines.findIndex((l) => l.startsWith('offered')));
    expect(lines[head]).toMatch(/took\s+resolved\s+escalated\s+held at end\s+resolved share\s+mean time held$/);
    expect(lines[head + 2]).toMatch(/^voice\s/);
    expect(lines[head + 2]).toMatch(/1m 30s$/); // every ticket is held exactly 90 s
    expect(text).toContain('Escalated tickets are in "offered" above from their escalation');
  });

  it('R6: without an AI agent there is no such section', () => {
    const plain = SCENARIO.replace(/ {4}aiAgent:.*\n/, '');
    expect(formatReport(runText(plain), compileText(plain).scenario)).not.toContain('AI agent');
  });

  it('R6: channels.csv carries the AI agent figures as aiAgent.* metrics', () => {
    const rows = reportCsv(report)['channels.csv']!.split('\n').filter((l) => l.includes(',aiAgent.'));
    expect(rows.map((r) => r.split(',')[1])).toEqual([
      'aiAgent.taken', 'aiAgent.resolved', 'aiAgent.escalated', 'aiAgent.ended', 'aiAgent.withAiAtEnd', 'aiAgent.resolvedShare', 'aiAgent.meanHeldSeconds',
    ]);
    expect(rows.at(-1)).toBe('voice,aiAgent.meanHeldSeconds,90,90,90');
  });

  it('R6: a trace says the AI agent answered first and what it did', () => {
    const text = formatTrace(traceTicket(compiled, 0, 1));
    expect(text).toContain('the AI agent answers first, routing waits for it (R6)');
    expect(text).toMatch(/AI agent\s+(resolved it after 1m 30s, no human needed|escalated it to a human after 1m 30s: eligible for routing, the customer's wait starts) \(R6\)/);
  });
});
