// The views harness: runs the real engine in the page (as the worker does), records frames with
// FrameRecorder, builds reports with runScenario, renders every view live and static, then
// measures update costs. ?t=HH:MM picks the time shown (default 10:30); ?play=1 plays the day.

import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';
import { erlangFor } from '../../sim/analytic/erlangFor.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { CHANNELS } from '../../sim/model/codes.ts';
import type { Report } from '../../sim/run/Report.ts';
import { parseClock } from '../../sim/scenario/units.ts';
import { FrameRecorder } from '../worker/FrameRecorder.ts';
import { liveFrames } from '../worker/liveFrames.ts';
import { runMeta } from '../worker/runMeta.ts';
import { wholeFrames } from '../app/AgentTimeline.ts';
import { agentName } from '../agentColumns.ts';
import type { Frame, RunMeta } from '../protocol.ts';
import { createQueueChart } from '../views/queueChart.ts';
import { createCapacityChart } from '../views/capacityChart.ts';
import { createAgentBoard } from '../views/agentBoard.ts';
import { createFlowDiagram } from '../views/flowDiagram.ts';
import { createWaitDistribution } from '../views/waitDistribution.ts';
import { createTiles } from '../views/tiles.ts';
import type { ErlangByChannel } from '../views/tiles.ts';
import multichannelDay from '../../scenarios/multichannel-day.yaml?raw';
import routedAsEmail from '../../scenarios/end-sessions-routed-as-email.yaml?raw';
import notRouted from '../../scenarios/end-sessions-not-routed.yaml?raw';
import erlangA1 from '../../scenarios/erlang-a-a1.yaml?raw';

const $ = (id: string) => document.getElementById(id)!;
const params = new URLSearchParams(location.search);
const shownAt = (() => {
  const c = parseClock(params.get('t') ?? '10:30');
  return typeof c === 'number' ? c : 37800;
})();

function compile(source: string, patch?: unknown): CompiledScenario {
  const r = parseScenarioText(source, patch === undefined ? {} : { patch });
  if (!r.compiled) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.compiled;
}

/** What the worker sends for replication 0: the meta and every frame (rebuilt whole, as the page shows them). */
function live(compiled: CompiledScenario): { meta: RunMeta; frames: Frame[] } {
  const sc = compiled.scenario;
  const meta = runMeta(compiled, null);
  const interval = meta.interval;
  const queues = meta.queues;
  const engine = new Engine(compiled, 0);
  const recorder = new FrameRecorder(interval, sc.horizon, new Map(queues.map((q, i) => [`${q.name}|${q.channel}`, i])), meta.agents.count);
  recorder.attach(engine.bus);
  const streamed = [...liveFrames(engine, recorder, sc.horizon, interval)].flat();
  return { meta, frames: wholeFrames(streamed) };
}

function reportOf(compiled: CompiledScenario): { report: Report; erlang: ErlangByChannel } {
  const report = runScenario(compiled);
  const erlang: ErlangByChannel = {};
  for (const c of CHANNELS) if (compiled.scenario.channels[CHANNELS.indexOf(c)]!.enabled) erlang[c] = erlangFor(compiled.scenario, c);
  return { report, erlang };
}

/** The last frame at or before t, as the page shows it (the first is the run's start). */
const frameAt = (frames: Frame[], t: number) => {
  let i = frames.length - 1;
  while (i >= 0 && frames[i]!.t > t) i--;
  return i >= 0 ? frames[i]! : null;
};
const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const timings: string[] = [];
const timed = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const v = f();
  timings.push(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return v;
};

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `n=${xs.length} mean ${mean.toFixed(3)} ms · median ${q(0.5).toFixed(3)} · p95 ${q(0.95).toFixed(3)} · max ${s[s.length - 1]!.toFixed(3)}`;
}

async function main(): Promise<void> {
  // Live: multichannel-day, replication 0, shown at shownAt.
  const day = compile(multichannelDay);
  const { meta, frames } = timed('engine, multichannel-day replication 1 + frames', () => live(day));
  const liveTiles = createTiles($('live-tiles'), { title: 'Headline figures (while the report runs)' });
  const liveQueue = createQueueChart($('live-queue'));
  const liveCapacity = createCapacityChart($('live-capacity'));
  const liveBoard = createAgentBoard($('live-board'));
  const liveFlow = createFlowDiagram($('live-flow'));
  const showLive = (t: number) => {
    const f = frameAt(frames, t);
    liveQueue.update({ meta, frames, t });
    liveCapacity.update({ meta, frames, t });
    liveBoard.update({ meta, frame: f });
    liveFlow.update({ meta, flow: f?.flow ?? [] });
  };
  liveTiles.update({ report: null, meta, progress: { done: 7.4, total: 20 } });
  {
    // Every state the board can show, on a copy of the frame at the time shown.
    const f = frameAt(frames, shownAt)!;
    const agents = f.agents.slice();
    const set = (name: string, field: number, v: number) => (agents[Array.from({ length: meta.agents.count }, (_, i) => agentName(meta.agents, i)).indexOf(name) * 4 + field] = v);
    set('chat-2', 3, 1); // away
    set('chat-3', 3, 2); // transfers-only
    set('chat-4', 3, 3); set('chat-4', 0, 0); set('chat-4', 1, 0); // offline
    set('chat-5', 0, 5); // over capacity (R29): 5 of 3
    set('phones-2', 2, 2); // wrap-up
    set('back-office-1', 1, 7); // email over capacity
    createAgentBoard($('board-states'), { title: 'Agents — every state (synthetic frame)' }).update({ meta, frame: { ...f, agents } });
  }
  showLive(shownAt);
  await nextPaint();

  // Report: multichannel-day, 20 replications.
  const { report, erlang } = timed('runScenario multichannel-day (20 replications)', () => reportOf(day));
  createTiles($('report-tiles')).update({ report, erlang, meta });
  createWaitDistribution($('report-wait')).update({ report, meta });
  createQueueChart($('report-queue')).update({ series: report.series, horizon: report.horizonSeconds });
  createCapacityChart($('report-capacity')).update({ series: report.series, horizon: report.horizonSeconds });
  createFlowDiagram($('report-flow'), { title: 'Ticket flow (report)' }).update({ report });
  await nextPaint();

  // Sessions ended by agents, routing setting on and off.
  const on = timed('runScenario end-sessions-routed-as-email', () => reportOf(compile(routedAsEmail)));
  const off = timed('runScenario end-sessions-not-routed', () => reportOf(compile(notRouted)));
  createFlowDiagram($('sessions-on'), { title: 'Routing setting ON: agent-ended sessions routed as email' }).update({ report: on.report });
  createFlowDiagram($('sessions-off'), { title: 'Routing setting OFF: agent-ended sessions stranded' }).update({ report: off.report });
  createTiles($('sessions-tiles'), { title: 'Headline figures — routing setting OFF' }).update({ report: off.report, erlang: off.erlang });
  await nextPaint();

  // Erlang A: 5 days, 4 replications.
  const a1 = withRunOptions(compile(erlangA1, { horizon: '5d' }), { replications: 4 });
  const a1r = timed('runScenario erlang-a-a1 (5 days, 4 replications)', () => reportOf(a1));
  const a1live = live(a1);
  createTiles($('erlang-tiles'), { title: 'Erlang A channel' }).update({ report: a1r.report, erlang: a1r.erlang, meta: a1live.meta });
  createQueueChart($('erlang-queue'), { title: 'Tickets waiting — a 5-day run, shown at d3 14:00', height: 190 }).update({ ...a1live, t: 3 * 86400 + 14 * 3600 });
  await nextPaint();

  // A large board: 10× agents and traffic.
  const big = compile(multichannelDay, {
    agents: [
      { team: 'chat', count: 120, capacityRule: 'chat-first', groups: ['support'] },
      { team: 'phones', count: 60, capacityRule: 'phones', groups: ['support'] },
      { team: 'back-office', count: 40, capacityRule: 'back-office', groups: ['support'] },
    ],
    channels: { messaging: { arrivals: { rate: '700/h' } }, email: { arrivals: { rate: '450/h' } }, voice: { arrivals: { rate: '300/h' } } },
  });
  const bigRun = timed('engine, 220-agent day + frames', () => live(big));
  const bigBoard = createAgentBoard($('big-board'), { title: `Agents (${bigRun.meta.agents.count})` });
  bigBoard.update({ meta: bigRun.meta, frame: frameAt(bigRun.frames, shownAt) });
  await nextPaint();

  // Update costs.
  const perf: string[] = [...timings, ''];
  /** Per-update times after `warm` warm-up calls, plus the batch mean (finer than the 0.1 ms timer). */
  const measure = (label: string, n: number, f: (i: number) => void, warm = 5) => {
    for (let i = 0; i < warm; i++) f(i);
    const xs: number[] = [];
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      f(i + warm);
      xs.push(performance.now() - t0);
    }
    const batch = (performance.now() - start) / n;
    perf.push(`${label.padEnd(66)} batch mean ${batch.toFixed(3)} ms · ${stats(xs)}`);
  };
  const spike = Math.floor(36000 / bigRun.meta.interval);
  const bigCanvas = document.querySelector<HTMLCanvasElement>('#big-board canvas')!;
  const bigCtx = bigCanvas.getContext('2d')!;
  perf.push(`(agent board canvas ${bigCanvas.width}×${bigCanvas.height} device px, devicePixelRatio ${devicePixelRatio})`);
  const N = bigRun.meta.agents.count;
  let touched = 0;
  measure(`agentBoard ${N} agents, next frame each update (playback)`, 400, (i) => {
    bigBoard.update({ meta: bigRun.meta, frame: bigRun.frames[spike + (i % 200)]! });
    touched += bigBoard.drawnCards;
  });
  perf.push(`    … cards redrawn per update: ${(touched / 405).toFixed(0)} of ${N} on average`);
  measure(`agentBoard ${N} agents, next frame + raster flush (getImageData)`, 400, (i) => {
    bigBoard.update({ meta: bigRun.meta, frame: bigRun.frames[spike + (i % 200)]! });
    bigCtx.getImageData(0, 0, 1, 1);
  });
  // Frames four hours apart: many cards change at once.
  const far = [bigRun.frames[spike]!, bigRun.frames[spike + 240]!];
  touched = 0;
  measure(`agentBoard ${N} agents, frames 4 h apart + flush`, 400, (i) => {
    bigBoard.update({ meta: bigRun.meta, frame: far[i % 2]! });
    bigCtx.getImageData(0, 0, 1, 1);
    touched += bigBoard.drawnCards;
  });
  perf.push(`    … cards redrawn per update: ${(touched / 405).toFixed(0)} of ${N} on average`);
  // Worst cases: every card changes. (1) Every agent's status flips online ↔ away: every card is
  // redrawn whole, text included. (2) Every agent's numbers change, status kept: row 2 of every card.
  const base = bigRun.frames[spike]!;
  const flipped: Frame = { ...base, agents: base.agents.map((v, k) => (k % 4 === 3 ? (v === 0 ? 1 : 0) : v)) };
  const bumped: Frame = { ...base, agents: base.agents.map((v, k) => (k % 4 === 0 ? v + 1 : v)) };
  const offline: Frame = { ...base, agents: base.agents.map((_, k) => (k % 4 === 3 ? 3 : 0)) };
  for (const [label, other] of [
    ['every status changes (row 1 of every card)', flipped],
    ['every count changes (row 2 of every card)', bumped],
    ['all online ↔ all offline and idle (both rows of every card)', offline],
  ] as const) {
    touched = 0;
    measure(`agentBoard ${N} agents, ${label} + flush`, 400, (i) => {
      bigBoard.update({ meta: bigRun.meta, frame: i % 2 ? other : base });
      bigCtx.getImageData(0, 0, 1, 1);
      touched += bigBoard.drawnCards;
    });
    perf.push(`    … cards redrawn per update: ${(touched / 405).toFixed(0)} of ${N} on average`);
  }
  measure(`agentBoard ${bigRun.meta.agents.count} agents, same frame again (skipped)`, 400, () =>
    bigBoard.update({ meta: bigRun.meta, frame: bigRun.frames[spike]! }));
  measure(`agentBoard ${meta.agents.count} agents, a new frame each update`, 400, (i) =>
    liveBoard.update({ meta, frame: frames[spike + (i % 200)]! }));
  // A first draw: layout, name measuring and font warm-up included.
  {
    const host = document.createElement('div');
    host.style.width = '1368px';
    document.body.append(host);
    const t0 = performance.now();
    const fresh = createAgentBoard(host);
    fresh.update({ meta: bigRun.meta, frame: bigRun.frames[spike]! });
    perf.push(`${'agentBoard 220 agents, first draw into a new board (layout included)'.padEnd(66)} ${(performance.now() - t0).toFixed(1)} ms`);
    fresh.destroy();
    host.remove();
  }
  const steps = 1440;
  const tOf = (i: number) => ((i + 1) / steps) * meta.horizon;
  measure('queueChart live, cursor sweeping the day', steps, (i) => liveQueue.update({ meta, frames, t: tOf(i) }));
  measure('capacityChart live, cursor sweeping the day', steps, (i) => liveCapacity.update({ meta, frames, t: tOf(i) }));
  measure('flowDiagram live, a new frame each update', steps, (i) => liveFlow.update({ meta, flow: frames[Math.min(frames.length - 1, i)]!.flow }));
  // Frames streaming in: the chart gets one more hour of frames every 60 updates.
  const streamed: Frame[] = [];
  const host = document.createElement('div');
  host.style.width = '700px';
  document.body.append(host);
  const streamingQueue = createQueueChart(host);
  measure('queueChart live, frames streaming in (+60 frames / 60 updates)', steps, (i) => {
    if (i % 60 === 0) streamed.push(...frames.slice(streamed.length, streamed.length + 60));
    streamingQueue.update({ meta, frames: streamed, t: tOf(i) * 0.98 });
  });
  streamingQueue.destroy();
  host.remove();
  measure('all four live views together (one playback tick)', steps, (i) => showLive(tOf(i)));
  showLive(shownAt);
  const text = perf.join('\n');
  $('perf').textContent = text;
  console.log(text);
  $('lede').textContent = `Shown at ${params.get('t') ?? '10:30'} simulated time; ${frames.length} frames of ${meta.interval}s; ${meta.agents.count} agents.`;
  document.body.dataset['ready'] = '1';

  if (params.get('play') === '1') {
    let t = 0;
    const tick = () => {
      t = Math.min(meta.horizon, t + 60 * 10);
      showLive(t);
      if (t < meta.horizon) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
}

main().catch((e: unknown) => {
  $('lede').textContent = `Failed: ${(e as Error).stack ?? String(e)}`;
  console.error(e);
});
