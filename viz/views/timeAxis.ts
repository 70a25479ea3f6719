// The time axis every time chart shares: simulated seconds over [0, horizon], with the same
// margins, so charts stacked or placed side by side line up on the same instants. Labels are
// clock times (HH:MM), and day markers ("d1") when the run is longer than a day.

import { axisBottom, scaleLinear } from 'd3';
import type { ScaleLinear, Selection } from 'd3';

/** Margins of every time chart (pixels): fixed so panels align vertically. */
export const CHART_MARGIN = { top: 10, right: 18, bottom: 40, left: 58 } as const;

const DAY = 86400;
const STEPS = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];

/** The x scale: [0, horizon] seconds onto [0, plotWidth] pixels. */
export function timeScale(horizon: number, plotWidth: number): ScaleLinear<number, number> {
  return scaleLinear().domain([0, Math.max(1, horizon)]).range([0, Math.max(1, plotWidth)]);
}

/** Tick positions at a round clock step giving at most one tick per ~`minSpacing` pixels. */
export function timeTicks(horizon: number, plotWidth: number, minSpacing = 64): number[] {
  const maxTicks = Math.max(2, Math.floor(plotWidth / minSpacing));
  // Past the longest step (a run of years, or an absurd horizon), a whole number of it: the
  // longest alone drew thousands of ticks, labels and grid lines over each other.
  const longest = STEPS[STEPS.length - 1]!;
  const step = STEPS.find((s) => horizon / s <= maxTicks) ?? longest * Math.ceil(horizon / longest / maxTicks);
  const ticks: number[] = [];
  for (let t = 0; t <= horizon + 1e-9; t += step) ticks.push(t);
  return ticks;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A tick label: "10:00" within one day ("24:00" at its end); "d2" at midnights of longer runs. */
export function formatTimeTick(t: number, horizon: number): string {
  if (horizon <= DAY) {
    if (t >= DAY) return '24:00';
    return `${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}`;
  }
  const day = Math.floor(t / DAY), rest = t - day * DAY;
  if (rest === 0) return `d${day}`;
  return `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}`;
}

/** A time for tooltips and the cursor: "10:05" within one day, "d1 10:05" otherwise. */
export function formatTime(t: number, horizon: number): string {
  const day = Math.floor(t / DAY), rest = t - day * DAY;
  const hm = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}`;
  if (horizon <= DAY) return t >= DAY ? '24:00' : hm;
  return `d${day} ${hm}`;
}

/**
 * Draws (or redraws) the time axis into `g` at the bottom of a plot of height `plotHeight`,
 * with its label. Cheap to call again after a resize; not meant to be called per frame.
 */
export function drawTimeAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  x: ScaleLinear<number, number>,
  horizon: number,
  plotHeight: number,
  label = horizon <= DAY ? 'time of day (simulated)' : 'simulated time (day, HH:MM)',
): void {
  const width = x.range()[1]!;
  g.attr('class', 'ov-axis ov-x-axis').attr('transform', `translate(0,${plotHeight})`);
  g.call(axisBottom(x).tickValues(timeTicks(horizon, width)).tickFormat((t) => formatTimeTick(Number(t), horizon)).tickSizeOuter(0));
  g.selectAll<SVGTextElement, number>('.tick text')
    .attr('font-weight', (t) => (horizon > DAY && t % DAY === 0 ? 600 : null));
  g.selectAll('text.ov-axis-label')
    .data([label])
    .join('text')
    .attr('class', 'ov-axis-label')
    .attr('x', width)
    .attr('y', 32)
    .attr('text-anchor', 'end')
    .text((d) => d);
}

/** Vertical grid lines at the time ticks, behind a plot. */
export function drawTimeGrid(
  g: Selection<SVGGElement, unknown, null, undefined>,
  x: ScaleLinear<number, number>,
  horizon: number,
  plotHeight: number,
): void {
  const ticks = timeTicks(horizon, x.range()[1]!);
  g.attr('class', 'ov-grid')
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (t) => x(t))
    .attr('x2', (t) => x(t))
    .attr('y1', 0)
    .attr('y2', plotHeight);
}
