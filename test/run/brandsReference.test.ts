// R7 against exact queueing results: two brands on one voice channel, each served by its own
// team and no agent shared, are two independent M/M/N queues — even though their calls wait in
// one standard queue of one group. Each brand's calls are a thinned Poisson stream (300/h ×
// share), so Erlang C gives each brand's P(wait) and E[Wq] exactly. The four checks form one
// family (Bonferroni, see expectCovers), over the replications' per-brand figures — those the
// report gives (RunSummary.brands), cross-checked against answers counted from the events.

import { describe, it, expect } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { expectCovers } from '../support/expectCovers.ts';
import { meteredRun } from '../../sim/run/simulate.ts';
import { estimate } from '../../sim/metrics/Estimate.ts';
import { erlangC } from '../../sim/analytic/erlangC.ts';

const REPLICATIONS = 10;
const WARMUP = 86400;
const SCENARIO = `name: two brands, two teams
seed: 77
horizon: 15d
warmup: 1d
replications: ${REPLICATIONS}
channels:
  voice:
    arrivals: { rate: 300/h }
    handleTime: { distribution: exponential, mean: 180s }
    brands: { acme: 60%, beta: 40% }
agents:
  - { team: acme-team, count: 11, capacity: { voice: 1 }, brands: [acme] }
  - { team: beta-team, count: 8, capacity: { voice: 1 }, brands: [beta] }
`;

interface BrandFigures {
  /** Per replication, from the run's summary (R7's brand figures): P(wait) and E[Wq]. */
  waitProbability: number[];
  meanWaitSeconds: number[];
  /** Per replication, the summary's answered count and the one counted here from the events. */
  answered: number[];
  answeredByEvents: number[];
  /** Answers given by an agent of the other brand's team (must stay 0). */
  crossed: number;
}

/** Per-brand figures of each replication: the run summary's, and answers counted from the events. */
function perBrand(): Record<string, BrandFigures> {
  const compiled = compileText(SCENARIO);
  const blank = (): BrandFigures => ({ waitProbability: [], meanWaitSeconds: [], answered: [], answeredByEvents: [], crossed: 0 });
  const out: Record<string, BrandFigures> = { acme: blank(), beta: blank() };
  for (let rep = 0; rep < REPLICATIONS; rep++) {
    const brandOf = new Map<number, string>();
    const counted: Record<string, number> = { acme: 0, beta: 0 };
    const { engine, summarize } = meteredRun(compiled, rep);
    engine.bus.subscribe((ev) => {
      if (ev.type === 'TicketBranded') {
        if (ev.t >= WARMUP) brandOf.set(ev.ticket, ev.brand);
      } else if (ev.type === 'TicketAssigned' && ev.first) {
        const b = brandOf.get(ev.ticket);
        if (b === undefined) return;
        brandOf.delete(ev.ticket);
        counted[b]!++;
        if (!engine.agents[ev.agent]!.name.startsWith(`${b}-team`)) out[b]!.crossed++;
      }
    }, ['TicketBranded', 'TicketAssigned']);
    engine.run();
    const brands = summarize().brands!;
    for (const b of ['acme', 'beta']) {
      const f = brands[b]!.voice!;
      out[b]!.waitProbability.push(f.waitProbability);
      out[b]!.meanWaitSeconds.push(f.meanWaitSeconds);
      out[b]!.answered.push(f.answered);
      out[b]!.answeredByEvents.push(counted[b]!);
    }
  }
  return out;
}

describe('R7: two brands with dedicated teams are two independent M/M/N queues (Erlang C)', () => {
  const exact = {
    acme: erlangC({ arrivalRatePerSecond: (0.6 * 300) / 3600, meanHandleSeconds: 180, agents: 11 }),
    beta: erlangC({ arrivalRatePerSecond: (0.4 * 300) / 3600, meanHandleSeconds: 180, agents: 8 }),
  };
  const figures = perBrand();
  // 15 days × 10 replications: P(wait) to within 5 % of its value, E[Wq] (noisier) within 10 %.
  const covers = (values: number[], value: number, label: string, maxRelHalfWidth: number) =>
    expectCovers(estimate(values), value, label, { family: 4, n: REPLICATIONS, maxRelHalfWidth });

  it('the exact values: acme M/M/11 at 9 Erlangs, beta M/M/8 at 6 Erlangs', () => {
    expect(exact.acme.waitProbability).toBeCloseTo(0.430470, 5);
    expect(exact.beta.waitProbability).toBeCloseTo(0.356981, 5);
  });
  it('no call is answered by the other brand\'s team', () => {
    expect(figures.acme!.crossed + figures.beta!.crossed).toBe(0);
  });
  it('the report counts each brand\'s answers as the events tell them', () => {
    for (const b of ['acme', 'beta']) expect(figures[b]!.answered).toEqual(figures[b]!.answeredByEvents);
  });
  for (const b of ['acme', 'beta'] as const) {
    it(`${b}: P(wait) contains Erlang C's`, () => covers(figures[b]!.waitProbability, exact[b].waitProbability, `${b} P(wait)`, 0.05));
    it(`${b}: E[Wq] contains Erlang C's`, () => covers(figures[b]!.meanWaitSeconds, exact[b].meanWaitSeconds, `${b} E[Wq]`, 0.1));
  }
});
