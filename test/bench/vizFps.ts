// Benchmark (issue 5): the visualizer playing a 200-agent day (scenarios/large-centre-day.yaml)
// in headless Chromium — frames per second while it plays at the fastest animated speed
// (14400×: a day in 6 s) and while a run streams in at "as fast as possible", and the longest
// main-thread task (Long Tasks API). Targets: ≥ 55 fps, longest task < 50 ms.
// Software rendering (--disable-gpu), so the figures are pessimistic for a real browser.

import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { launch } from '../browser/support/browser.ts';
import { serve } from '../browser/support/serve.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface FpsFigures {
  label: string;
  fps: number;
  p95FrameMs: number;
  /** The longest task the Long Tasks API reported; it reports only tasks over 50 ms, so null: none did. */
  longestTaskMs: number | null;
  seconds: number;
}

/** "73 ms", or "none over 50 ms" when the Long Tasks API reported no task (it reports only those over 50 ms). */
export function longestTaskText(ms: number | null): string {
  return ms === null ? 'none over 50 ms' : `${ms.toFixed(0)} ms`;
}

const PROBE = `
  window.__frames = []; window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

function figures(label: string, frames: number[], tasks: number[]): FpsFigures {
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
  const seconds = (frames[frames.length - 1]! - frames[0]!) / 1000;
  return {
    label,
    fps: (frames.length - 1) / seconds,
    p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? NaN,
    longestTaskMs: tasks.length === 0 ? null : Math.max(...tasks),
    seconds,
  };
}

export async function vizFps(): Promise<FpsFigures[]> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server = await serve(DIST);
  const { context, close } = await launch();
  const out: FpsFigures[] = [];
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.addInitScript(PROBE);
    // Streaming: load at "as fast as possible" and play while the worker simulates.
    await page.goto(`${server.url}index.html?scenario=large-centre-day.yaml&speed=max`);
    await page.waitForSelector('body[data-status]');
    await page.click('#play');
    await page.waitForSelector('body[data-status=ready]', { timeout: 120_000 });
    const s = await page.evaluate(() => { const w = window as unknown as { __frames: number[]; __tasks: number[] }; const r = { frames: w.__frames.slice(), tasks: w.__tasks.slice() }; w.__frames.length = 0; w.__tasks.length = 0; return r; });
    out.push(figures('200-agent day streaming in, "as fast as possible"', s.frames, s.tasks));
    // Playback: rewind, 14400×, play to the end of the day.
    await page.selectOption('#speed', '14400');
    if ((await page.textContent('#play'))!.includes('Pause')) await page.click('#play');
    await page.locator('#scrubber').evaluate((el: HTMLInputElement) => { el.value = '0'; el.dispatchEvent(new Event('input')); });
    await page.evaluate(() => { const w = window as unknown as { __frames: number[]; __tasks: number[] }; w.__frames.length = 0; w.__tasks.length = 0; });
    await page.click('#play');
    await page.waitForFunction(() => Number((document.getElementById('scrubber') as HTMLInputElement).value) >= 86400, null, { timeout: 60_000 });
    const p = await page.evaluate(() => { const w = window as unknown as { __frames: number[]; __tasks: number[] }; return { frames: w.__frames.slice(), tasks: w.__tasks.slice() }; });
    out.push(figures('200-agent day playing at 14400× (a day in 6 s)', p.frames, p.tasks));
  } finally {
    await close();
    await server.close();
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  for (const f of await vizFps()) {
    console.log(`${f.label}: ${f.fps.toFixed(1)} fps (p95 frame ${f.p95FrameMs.toFixed(1)} ms) over ${f.seconds.toFixed(1)} s; longest main-thread task ${longestTaskText(f.longestTaskMs)}`);
  }
}
