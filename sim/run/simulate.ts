// One replication from start to horizon, folded into a RunSummary. Pure: the same compiled
// scenario and replication index always give the same summary.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import { Engine } from '../engine/Engine.ts';
import { runWithProgress } from './runWithProgress.ts';
import { runMetrics } from '../metrics/RunMetrics.ts';
import type { MetricsConfig, RunSummary } from '../metrics/RunMetrics.ts';
import { autoInterval } from '../metrics/TimeSeries.ts';
import { reportWindows } from '../metrics/reportWindows.ts';
import { brandNames } from '../scenario/brandNames.ts';
import { MESSAGING } from '../model/codes.ts';
import type { EventListener, SimEventType } from '../model/events.ts';
import { EVENT_TYPES } from '../model/events.ts';
import { SESSION_TAPPED_EVENTS, TAPPED_EVENTS } from '../model/EventTap.ts';

export function metricsConfig(compiled: CompiledScenario): MetricsConfig {
  const sc = compiled.scenario;
  return {
    horizon: sc.horizon,
    warmup: sc.warmup,
    thresholds: sc.channels.map((c) => c.serviceLevelThreshold),
    seriesInterval: sc.report.seriesInterval > 0 ? sc.report.seriesInterval : autoInterval(sc.horizon),
    windows: reportWindows(sc),
    sessions: sc.channels[MESSAGING]!.enabled,
    triggers: [...compiled.triggers.all.map((t) => t.spec.title), ...compiled.triggers.automations.map((a) => a.spec.title)],
    slaChannels: sc.channels.filter((c) => c.enabled && c.sla !== null).map((c) => c.channel),
    enabledChannels: sc.channels.filter((c) => c.enabled).map((c) => c.channel),
    aiChannels: sc.channels.filter((c) => c.enabled && c.aiAgent !== null).map((c) => c.channel),
    brands: brandNames(sc).map((brand) => ({
      brand,
      // R7: a brand's channels are those whose mix gives it a share, or whose replayed rows name it.
      channels: sc.channels.filter((c) => c.enabled && (
        c.brands.some((b) => b.brand === brand && b.share > 0) || (c.arrivals.replay?.rows.some((r) => r.brand === brand) ?? false)
      )).map((c) => c.channel),
    })).filter((b) => b.channels.length > 0),
  };
}

export interface SimulateOptions {
  /** Extra listeners (traces, tests) that see every event of the run. */
  listeners?: EventListener[];
  /** Called with the engine before it starts (tests inspect state through it). */
  inspect?: (engine: Engine) => void;
  /** Called about a hundred times with the simulated fraction of the horizon done. */
  onProgress?: (fraction: number) => void;
}

/** A replication's engine with the run's metrics attached: step it (engine.runUntil) as you
 *  like — in one go, in progress slices, or frame by frame in the browser — then summarize.
 *  Readers added to the engine's bus see the same run; they do not change it. */
export interface MeteredRun {
  readonly engine: Engine;
  /** The replication's figures so far (call once the engine has reached the horizon). */
  summarize(): RunSummary;
}

export function meteredRun(compiled: CompiledScenario, replication: number, options: SimulateOptions = {}): MeteredRun {
  const engine = new Engine(compiled, replication);
  const fold = runMetrics(metricsConfig(compiled));
  let state = fold.initial();
  const tap = fold.tap?.(state, engine.kernel) ?? null; // updates the state in place
  const tapped: readonly SimEventType[] = tap === null ? [] : tap.sessions ? [...TAPPED_EVENTS, ...SESSION_TAPPED_EVENTS] : TAPPED_EVENTS;
  const types = (fold.events ?? EVENT_TYPES).filter((type) => !tapped.includes(type));
  engine.events.setTap(tap);
  engine.bus.subscribe((e) => {
    state = fold.reduce(state, e);
  }, types);
  for (const l of options.listeners ?? []) engine.bus.subscribe(l);
  options.inspect?.(engine);
  return { engine, summarize: () => fold.summarize(state) };
}

export function simulate(compiled: CompiledScenario, replication: number, options: SimulateOptions = {}): RunSummary {
  const { engine, summarize } = meteredRun(compiled, replication, options);
  runWithProgress(engine, options.onProgress);
  return summarize();
}
