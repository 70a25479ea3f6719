// The report of a multi-replication run (design.md "Reports"): every metric as
// { mean, ci95 }, per channel, per queue, plus bucket-mean time series. Byte-identical for
// the same scenario and seed: no wall-clock time, fixed key order, fixed rounding.

import type { Estimate } from '../metrics/Estimate.ts';
import type { ChannelSummary, QueueSummary, RunSummary, WindowFigures } from '../metrics/RunMetrics.ts';
import type { SessionSummary } from '../metrics/SessionAcc.ts';
import type { TriggerFigures } from '../metrics/TriggerAcc.ts';
import type { SlaFigures } from '../metrics/SlaAcc.ts';
import type { CarriedOverFigures } from '../metrics/CarriedOverAcc.ts';
import type { AiAgentFigures } from '../metrics/AiAgentAcc.ts';
import type { BrandFigures } from '../metrics/BrandAcc.ts';
import type { ChannelName } from '../model/codes.ts';
import type { Settings } from '../scenario/settings.ts';
import type { Scenario, ReportWindow, RecipeInfo } from '../scenario/Scenario.ts';
import { MESSAGING } from '../model/codes.ts';
import { reportChannels } from './reportScope.ts';
import { aggregate } from './aggregate.ts';
import { WAIT_BIN_EDGES } from '../metrics/CustomerAcc.ts';
import { writtenFigure, FIGURE_DIGITS } from './writtenFigures.ts';
import { prettyJson } from './prettyJson.ts';

/** 2: `variant` names the variant of the scenario the report is of (null for the scenario itself).
 *  3: `occupancy` leaves out the work held by agents the capacity does not count, given apart as
 *  the channel's `heldOffCapacity` (and `heldOff` in the series).
 *  4: `serviceLevel` counts the customers still waiting at the end already past the threshold as
 *  missed, given as `missedAtEnd` (channels, windows, brands); it left every unanswered one out.
 *  5: `waitProbability` counts the customers still waiting at the end who waited in a queue as
 *  having waited (channels, windows, brands); it left every unanswered one out. No figure is
 *  added: a report with nobody waiting at the end reads as in version 4. */
export const REPORT_VERSION = 5;

export type ChannelReport = { [K in keyof ChannelSummary]: Estimate };
export type QueueReport = { channel: ChannelName } & { [K in Exclude<keyof QueueSummary, 'channel'>]: Estimate };
export type WindowReport = { [K in keyof WindowFigures]: Estimate };
export type SessionReport = { [K in keyof SessionSummary]: Estimate };
export type BrandReport = { [K in keyof BrandFigures]: Estimate };

export interface Report {
  reportVersion: number;
  scenario: string;
  /** The scenario's variant that was run (`run --variant NAME`), or null for the scenario as written. */
  variant: string | null;
  /** The recipe of spec §9 the scenario encodes and what of it is reconstructed (Q19); when the scenario says. */
  recipe?: RecipeInfo;
  seed: number;
  replications: number;
  horizonSeconds: number;
  warmupSeconds: number;
  settings: Settings;
  channels: Partial<Record<ChannelName, ChannelReport>>;
  /** Customer figures per report window (by ticket creation time), e.g. before/during/after a spike;
   *  with brands (R7), each brand's too, as `brands` gives them for the whole run. */
  windows: Record<string, {
    from: number; to: number; every?: number; channels: Partial<Record<ChannelName, WindowReport>>;
    brands?: Record<string, Partial<Record<ChannelName, BrandReport>>>;
  }>;
  /** What ending messaging sessions did; present when the scenario has messaging. */
  sessions?: SessionReport;
  /** Per trigger: firings, firings that changed a ticket, CSAT surveys sent, time switched on. */
  triggers: Record<string, { [K in keyof TriggerFigures]: Estimate }>;
  queues: Record<string, QueueReport>;
  series: Omit<RunSummary['series'], 'waitBins'> & { waitBinEdges: number[]; waitBins: Partial<Record<ChannelName, Float64Array>> };
  /** R15: first-reply SLA per arrival channel (tickets answered with a target, breached, share); when the scenario has targets. */
  sla?: Partial<Record<ChannelName, { [K in keyof SlaFigures]: Estimate }>>;
  /** Work carried over from before the run (initialState) and what became of it; these tickets
   *  are not in `channels` (which count tickets created during the run). Absent without. */
  carriedOver?: Partial<Record<ChannelName, { [K in keyof CarriedOverFigures]: Estimate }>>;
  /** R6: per channel with an AI agent, the tickets it took, resolved, escalated (then in
   *  `channels`' offered) and still held at the end, its resolved share and mean time held. */
  aiAgent?: Partial<Record<ChannelName, { [K in keyof AiAgentFigures]: Estimate }>>;
  /** R7: customer figures per brand and arrival channel (the channels whose tickets the brand has
   *  a share of), counted as `channels` counts them, so they add up to it; when the scenario has brands. */
  brands?: Record<string, Partial<Record<ChannelName, BrandReport>>>;
}

export function buildReport(scenario: Scenario, runs: readonly RunSummary[], windows: readonly ReportWindow[] = [], variant: string | null = null): Report {
  const agg = aggregate(runs) as {
    channels: Record<ChannelName, ChannelReport>; windows: Record<string, Record<ChannelName, WindowReport>>;
    sessions: SessionReport; queues: Record<string, QueueReport>; series: RunSummary['series'];
    triggers: Report['triggers']; sla?: Report['sla']; carriedOver?: Report['carriedOver']; aiAgent?: Report['aiAgent'];
    brands?: Report['brands']; brandWindows?: Record<string, Report['brands']>;
  };
  const active = reportChannels(scenario, (c) => runs.map((r) => r.channels[c].meanBusy));
  const channels: Partial<Record<ChannelName, ChannelReport>> = {};
  const seriesChannels = {} as RunSummary['series']['channels'];
  for (const c of active) {
    channels[c] = agg.channels[c];
    seriesChannels[c] = agg.series.channels[c];
  }
  const windowReports: Report['windows'] = {};
  for (const w of windows) {
    const byChannel: Partial<Record<ChannelName, WindowReport>> = {};
    for (const c of active) byChannel[c] = agg.windows[w.name]![c];
    const brands = agg.brandWindows?.[w.name];
    windowReports[w.name] = { from: w.from, to: w.to, ...(w.every ? { every: w.every } : {}), channels: byChannel, ...(brands ? { brands } : {}) };
  }
  const messaging = scenario.channels[MESSAGING]!.enabled;
  return {
    reportVersion: REPORT_VERSION,
    scenario: scenario.name,
    variant,
    ...(scenario.recipe ? { recipe: scenario.recipe } : {}),
    seed: scenario.seed,
    replications: runs.length,
    horizonSeconds: scenario.horizon,
    warmupSeconds: scenario.warmup,
    settings: scenario.settings,
    channels,
    windows: windowReports,
    ...(messaging ? { sessions: agg.sessions } : {}),
    triggers: agg.triggers ?? {},
    queues: agg.queues,
    ...(agg.sla ? { sla: agg.sla } : {}),
    ...(agg.carriedOver ? { carriedOver: agg.carriedOver } : {}),
    ...(agg.aiAgent ? { aiAgent: agg.aiAgent } : {}),
    ...(agg.brands ? { brands: agg.brands } : {}),
    series: {
      intervalSeconds: runs[0]!.series.intervalSeconds,
      channels: seriesChannels,
      emailBacklog: agg.series.emailBacklog,
      waitBinEdges: WAIT_BIN_EDGES,
      waitBins: Object.fromEntries(active.map((c) => [c, agg.series.waitBins[c]])) as Record<ChannelName, Float64Array>,
    },
  };
}

/** JSON with numbers rounded to 6 significant digits (series values to 4). */
export function reportJson(report: Report): string {
  return prettyJson(report, (v, key) => writtenFigure(v, SERIES_KEYS.has(key) ? 4 : FIGURE_DIGITS));
}

const SERIES_KEYS = new Set(['arrivals', 'answered', 'abandoned', 'queueLength', 'busy', 'capacity', 'heldOff', 'emailBacklog', 'messaging', 'email', 'voice']);
