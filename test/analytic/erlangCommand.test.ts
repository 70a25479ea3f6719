// The `omnisim erlang` command as a pure function: its table, its JSON, --target, and the
// message for every kind of bad flag.

import { describe, expect, it } from 'vitest';
import { erlangCommand, type ErlangOptions } from '../../sim/cli/erlangCommand.ts';
import { UserError } from '../../sim/cli/UserError.ts';

const E1: ErlangOptions = { rate: '200/h', aht: '180s', agents: '14', threshold: '20s' };

function userError(opts: ErlangOptions): UserError {
  try { erlangCommand(opts); } catch (e) { if (e instanceof UserError) return e; throw e; }
  throw new Error('expected a UserError');
}

describe('erlangCommand: text', () => {
  it('prints an aligned Erlang C table for E1', () => {
    const text = erlangCommand(E1);
    expect(text).toContain('Erlang C');
    expect(text).toMatch(/offered load\s+10\.00 Erlangs/);
    expect(text).toMatch(/P\(wait\)\s+17\.41%/);
    expect(text).toMatch(/service level\s+88\.84% answered within 20s/);
    expect(text).toMatch(/mean wait E\[Wq\] = ASA\s+7\.84s/);
    expect(text).toMatch(/occupancy\s+71\.43%/);
    // Every value starts in the same column: after the padded label and two spaces.
    const rows = text.split('\n').filter((l) => l.startsWith('  '));
    const valueColumns = rows.map((l) => l.length - /^ {2}\S.*? {2,}(\S.*)$/.exec(l)![1]!.length);
    expect(valueColumns.length).toBe(10);
    expect(new Set(valueColumns).size).toBe(1);
    expect(text).not.toMatch(/note:/);
  });

  it('writes numbers as a planner reads them: no "1.325e-14" queue, thousands grouped', () => {
    const chat = erlangCommand({ ...E1, concurrency: '3' });
    expect(chat).toMatch(/mean queue\s+< 0\.0001\n/);
    const big = erlangCommand({ rate: '1000/s', aht: '1h', agents: '4000000', threshold: '20s' });
    expect(big).toMatch(/arrivals\s+3,600,000\/h\n/);
  });

  it('switches to Erlang A with --patience (A1)', () => {
    const text = erlangCommand({ ...E1, patience: '2m' });
    expect(text).toContain('Erlang A');
    expect(text).toMatch(/P\(wait\)\s+12\.70%/);
    expect(text).toMatch(/abandon rate\s+2\.28%/);
    // E[Wq] over every arrival; ASA over the answered ones only (as in a run's report).
    expect(text).toMatch(/mean wait E\[Wq\]\s+2\.74s/);
    expect(text).toMatch(/ASA \(answered\)\s+2\.35s/);
  });

  it('defaults the threshold to 20 s and says so', () => {
    const text = erlangCommand({ rate: '200/h', aht: '3m', agents: '14' });
    expect(text).toContain('88.84% answered within 20s');
    expect(text).toMatch(/note: no --threshold given/);
  });

  it('shows the minimum staffing for --target and the SL at N−2 … N+2', () => {
    const text = erlangCommand({ rate: '200/h', aht: '180s', target: '80%' });
    expect(text).toMatch(/Minimum staffing for service level ≥ 80% within 20s: 14 agents/);
    expect(text).toMatch(/note: no --threshold given/);
    for (const [n, sl] of [[12, '64.02%'], [13, '79.56%'], [14, '88.84%'], [15, '94.15%'], [16, '97.06%']] as const) {
      expect(text).toMatch(new RegExp(`^\\s+(> )?${n}\\s+${sl.replace('.', '\\.')}`, 'm'));
    }
    expect(text).toMatch(/^\s+> 14\s/m);
  });

  it('reads combined goals', () => {
    const text = erlangCommand({ rate: '200/h', aht: '180s', patience: '2m', threshold: '20s', target: 'sl=80%,asa=30s,abandon=5%,occupancy=85%' });
    expect(text).toMatch(/service level ≥ 80% within 20s, ASA ≤ 30s \(mean wait of answered tickets\), abandon rate ≤ 5%, occupancy ≤ 85%: 13 agents/);
    expect(text).toMatch(/abandon/);
  });

  it('abandon= without --patience is met by any stable staffing (nobody gives up in Erlang C), and a note says so, as staff does', () => {
    const text = erlangCommand({ rate: '200/h', aht: '180s', threshold: '20s', target: 'abandon=5%' });
    expect(text).toMatch(/abandon rate ≤ 5%: 11 agents/);
    expect(text).toContain('note: without --patience customers never give up (Erlang C): the abandon rate is 0 at any staffing that keeps up');
    expect(JSON.parse(erlangCommand({ rate: '200/h', aht: '180s', threshold: '20s', target: 'abandon=5%', json: true })).notes[0]).toMatch(/^without --patience/);
    expect(erlangCommand({ rate: '200/h', aht: '180s', threshold: '20s', patience: '2m', target: 'abandon=5%' })).not.toContain('without --patience');
  });

  it('asa= is the ASA, the mean wait of answered tickets (as staff --target and the report read it), not E[Wq] over every arrival', () => {
    // Erlang A, patience 1m: 9 agents give E[Wq] 12.8s but ASA 10.4s (those who hang up waited longest).
    const text = erlangCommand({ rate: '200/h', aht: '180s', patience: '1m', threshold: '20s', target: 'asa=11s' });
    expect(text).toMatch(/^Minimum staffing for ASA ≤ 11s \(mean wait of answered tickets\): 9 agents\n/);
    expect(text).toMatch(/^ {2}mean wait E\[Wq\] +12\.8s$/m);
    expect(text).toMatch(/^ {2}ASA \(answered\) +10\.4s$/m);
    expect(text).toMatch(/^ {2}agents +SL\(20s\) +mean wait +ASA +abandon +occupancy$/m);
    expect(text).toMatch(/^ +> 9 +62\.70% +12\.8s +10\.4s +21\.32% +87\.42%$/m);
    // Erlang C answers everyone: ASA = E[Wq], the same minimum as before.
    expect(erlangCommand({ rate: '200/h', aht: '180s', target: 'asa=10s' })).toMatch(/ASA ≤ 10s \(mean wait of answered tickets\): 14 agents/);
  });

  it('reads a service level with its threshold, sl=80%/60s, as `omnisim staff --target` writes it', () => {
    const text = erlangCommand({ rate: '200/h', aht: '180s', target: 'sl=80%/60s,asa=10s' });
    expect(text).toMatch(/^Minimum staffing for service level ≥ 80% within 60s, ASA ≤ 10s \(mean wait of answered tickets\): 14 agents/);
    expect(text).toMatch(/service level\s+95\.41% answered within 1m/);
    expect(text).not.toMatch(/no --threshold given/);
    expect(erlangCommand({ rate: '200/h', aht: '180s', target: 'sl=80%/20s', threshold: '20s' })).toMatch(/within 20s: 14 agents/);
    expect(userError({ rate: '200/h', aht: '180s', target: 'sl=80%/60s', threshold: '20s' }).message)
      .toBe('--target: sl gives a threshold of 1m, --threshold 20s: give one of them');
  });
});

describe('erlangCommand: JSON', () => {
  it('uses the report metric names as plain numbers', () => {
    const out = JSON.parse(erlangCommand({ rate: '1.6/min', aht: '5m', agents: '5', concurrency: '2', threshold: '1m', json: true }));
    expect(out).toMatchObject({ model: 'erlang-c', agents: 5, concurrency: 2, servers: 10, thresholdSeconds: 60, abandonRate: 0 });
    expect(out.waitProbability).toBeCloseTo(0.40918, 5);
    expect(out.serviceLevel).toBeCloseTo(0.7257, 4);
    expect(out.meanWaitSeconds / 60).toBeCloseTo(1.023, 3);
    expect(out.meanQueueLength).toBeCloseTo(1.6367, 4);
    expect(out.offeredLoad).toBeCloseTo(8, 10);
    expect(out.occupancy).toBeCloseTo(0.8, 10);
    expect(out.requiredAgents).toBeUndefined();
  });

  it('adds requiredAgents and the neighbouring service levels with --target', () => {
    const out = JSON.parse(erlangCommand({ rate: '200/h', aht: '180s', threshold: '20s', target: '0.8', json: true }));
    expect(out.requiredAgents).toBe(14);
    expect(out.agents).toBe(14);
    expect(out.serviceLevelByAgents.map((r: { agents: number }) => r.agents)).toEqual([12, 13, 14, 15, 16]);
    expect(out.notes).toBeUndefined();
  });

  it('marks the neighbouring staffings that cannot keep up as unstable, with no service level (as the table does)', () => {
    // 10 Erlangs: 9 and 10 agents never catch up; their service level was given as 0.
    const out = JSON.parse(erlangCommand({ rate: '200/h', aht: '180s', threshold: '20s', target: '30%', json: true }));
    expect(out.requiredAgents).toBe(11);
    expect(out.serviceLevelByAgents.slice(0, 3)).toEqual([
      { agents: 9, stable: false, serviceLevel: null },
      { agents: 10, stable: false, serviceLevel: null },
      { agents: 11, stable: true, serviceLevel: out.serviceLevel },
    ]);
  });

  it('keeps the given --agents and notes when they fall short of the target', () => {
    const out = JSON.parse(erlangCommand({ ...E1, agents: '12', target: '80%', json: true }));
    expect(out.agents).toBe(12);
    expect(out.requiredAgents).toBe(14);
    expect(out.notes.join(' ')).toMatch(/12 agents do not meet the target; the minimum is 14/);
  });
});

describe('erlangCommand: errors', () => {
  it('names the flag and the problem', () => {
    const cases: Array<[ErlangOptions, string]> = [
      [{ ...E1, rate: 'fast' }, '--rate: expected a rate such as 200/h or 3/m, got "fast"'],
      [{ ...E1, rate: undefined }, '--rate: required'],
      [{ ...E1, rate: '0/h' }, '--rate: expected a value above zero, got "0/h"'],
      [{ ...E1, aht: 'long' }, '--aht: expected a duration'],
      [{ ...E1, aht: undefined }, '--aht: required'],
      [{ ...E1, agents: '0' }, '--agents: expected a whole number ≥ 1, got "0"'],
      [{ ...E1, agents: '2.5' }, '--agents: expected a whole number ≥ 1, got "2.5"'],
      [{ ...E1, agents: undefined }, '--agents: required unless --target'],
      [{ ...E1, concurrency: 'two' }, '--concurrency: expected a whole number ≥ 1, got "two"'],
      [{ ...E1, patience: '0s' }, '--patience: expected a value above zero, got "0s"'],
      [{ ...E1, threshold: 'soon' }, '--threshold: expected a duration'],
      [{ ...E1, target: '80' }, '--target: expected a service level such as 80% or 0.8, got "80"'],
      [{ ...E1, target: 'sl=80%,speed=3' }, '--target: expected goals such as sl=80%,asa=30s,abandon=5%,occupancy=85%, got "speed=3"'],
      [{ ...E1, target: 'sl=80%,sl=90%' }, '--target: "sl" is given twice'],
      [{ ...E1, target: 'asa=soon' }, '--target asa: expected a duration'],
      [{ ...E1, target: 'abandon=150%' }, '--target abandon: expected a percentage such as 80% or a fraction such as 0.8, got "150%"'],
      [{ rate: '2100000/h', aht: '180s', target: '80%' }, '--target: no staffing up to 100000 agents meets the target'],
    ];
    for (const [opts, message] of cases) expect(userError(opts).message, JSON.stringify(opts)).toContain(message);
  });

  it('says plainly that an overloaded Erlang C queue is unstable instead of printing Infinity', () => {
    const error = userError({ rate: '240/h', aht: '180s', agents: '12' });
    expect(error.message).toContain('unstable: offered load A = 12.0 Erlangs needs more than 12 servers');
    expect(error.message).toContain('--patience');
    expect(userError({ rate: '240/h', aht: '180s', agents: '12', json: true }).message).toMatch(/^unstable/);
    expect(erlangCommand({ rate: '240/h', aht: '180s', agents: '12', patience: '2m' })).not.toMatch(/Infinity|NaN/);
  });

  it('with --target, an --agents that cannot keep up is told with the target\'s answer, not only "raise --agents"', () => {
    const error = userError({ rate: '200/h', aht: '180s', agents: '9', target: '80%', threshold: '20s' });
    expect(error.message).toMatch(/^unstable: offered load A = 10\.0 Erlangs .* --target needs 14 agents: leave out --agents to see their figures, or give --agents 14 or more\.$/);
  });
});
