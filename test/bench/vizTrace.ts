// Where the page's main thread spends its time while a 200-agent day streams in (the vizFps
// streaming case), from a Chrome trace: per frame task its CPU time (thread time, which other jobs
// on the machine disturb far less than wall-clock fps), the longest tasks and what is in them.
//   node bin/tsx.mjs test/bench/vizTrace.ts [runs] [--dist dir] [--save trace.json]
// Needs a built dist/ (npx vite build).

import { join } from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import { launch } from '../browser/support/browser.ts';
import { serve } from '../browser/support/serve.ts';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; cat?: string; args?: { name?: string; data?: { functionName?: string } } }

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'blink', 'cc', '__metadata'];
/** Trace events counted as parts of a task, and their short names. */
const PARTS: Record<string, string> = {
  FunctionCall: 'script', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'prepaint', Paint: 'paint', Layerize: 'layerize',
  Commit: 'commit', 'Canvas2DResourceProviderSharedImage::ProduceCanvasResource': 'canvas copies', MinorGC: 'gc', MajorGC: 'gc',
};

async function traceOnce(dist: string): Promise<TraceEvent[]> {
  const server = await serve(dist);
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
    await page.goto(`${server.url}index.html?scenario=large-centre-day.yaml&speed=max`);
    await page.waitForSelector('body[data-status]');
    await page.evaluate(() => performance.mark('play'));
    await page.click('#play');
    await page.waitForSelector('body[data-status=ready]', { timeout: 120_000 });
    await page.evaluate(() => performance.mark('ready'));
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await close();
    await server.close();
  }
}

/** The main thread's tasks from play to ready: CPU (ms) of each frame task, and the longest tasks with their parts. */
export function mainThreadFigures(events: readonly TraceEvent[]) {
  const mark = (n: string) => events.find((e) => e.name === n && e.cat?.includes('user_timing'))!;
  const play = mark('play'), ready = mark('ready');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === play.pid && e.args?.name === 'CrRendererMain')!;
  const on = events.filter((e) => e.pid === play.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= play.ts && e.ts <= ready.ts).sort((a, b) => a.ts - b.ts);
  const within = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const frameStarts = on.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  const frames = tasks.filter((t) => frameStarts.some((f) => within(t, f))).map(cpu).sort((a, b) => a - b);
  const parts = (t: TraceEvent) => {
    const p: Record<string, number> = {};
    for (const e of on) if (PARTS[e.name] && within(t, e)) p[PARTS[e.name]!] = (p[PARTS[e.name]!] ?? 0) + cpu(e);
    return p;
  };
  const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * q))] ?? NaN;
  return {
    seconds: (ready.ts - play.ts) / 1e6,
    frames: frames.length, median: at(0.5), p95: at(0.95), over: frames.filter((c) => c > 16.7).length,
    total: tasks.reduce((s, t) => s + cpu(t), 0),
    canvas: on.filter((e) => PARTS[e.name] === 'canvas copies').reduce((s, e) => s + cpu(e), 0),
    longest: [...tasks].sort((a, b) => cpu(b) - cpu(a)).slice(0, 3).map((t) => ({ at: (t.ts - play.ts) / 1000, cpu: cpu(t), wall: (t.dur ?? 0) / 1000, parts: parts(t) })),
  };
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
  const dist = opt('--dist') ?? join(import.meta.dirname, '..', '..', 'dist');
  const save = opt('--save');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run \`npx vite build\` first`);
  for (let k = 0; k < Number(args[0] ?? 1); k++) {
    const events = await traceOnce(dist);
    if (save) writeFileSync(save.replace(/(\.json)?$/, `-${k + 1}.json`), JSON.stringify(events));
    const f = mainThreadFigures(events);
    console.log(`run ${k + 1}: play → ready ${f.seconds.toFixed(1)} s; main-thread CPU ${f.total.toFixed(0)} ms (canvas copies ${f.canvas.toFixed(0)}); `
      + `${f.frames} frame tasks, CPU median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, ${f.over} over 16.7 ms`);
    for (const t of f.longest) {
      const parts = Object.entries(t.parts).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ');
      console.log(`  task at +${t.at.toFixed(0)} ms: CPU ${t.cpu.toFixed(1)} ms (wall ${t.wall.toFixed(1)}): ${parts}`);
    }
  }
}
