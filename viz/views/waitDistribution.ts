// How long answered tickets waited: per channel a histogram over the report's wait bins
// (WAIT_BIN_EDGES, uneven: 0, ≤5s … ≤1d, >1d), as shares of answered tickets, with the
// service-level threshold drawn where it falls. Bars past the threshold are drawn hollow, so
// "missed" does not rely on colour. Trailing empty bins are left out; side by side, a channel's
// histograms in both panels show the same bins on the same y scale (histogramExtent.ts).

import { select, scaleBand, scaleLinear, axisBottom, axisLeft } from 'd3';
import { CHANNELS } from '../../sim/model/codes.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import type { Estimate } from '../../sim/metrics/Estimate.ts';
import type { RunMeta } from '../protocol.ts';
import { CHANNEL_COLOR, CHANNEL_INK, CHANNEL_LABEL, INK, FONT, shade } from './palette.ts';
import { viewRoot, createTooltip, observeWidth, formatValue, formatEstimate, formatDuration, textWidth } from './viewKit.ts';
import type { View } from './viewKit.ts';
import type { SharedDomain } from './SharedDomain.ts';
import { ownExtent, sharedExtent } from './histogramExtent.ts';
import { meanOver } from './replicationWords.ts';

/** The parts of a Report this view reads (a Report, or a parsed report JSON, fits). */
export interface WaitReport {
  replications: number;
  channels: Partial<Record<ChannelName, { answered: Estimate; serviceLevel: Estimate }>>;
  series: { waitBinEdges: readonly number[]; waitBins: Partial<Record<ChannelName, ArrayLike<number>>> };
}

export interface WaitDistributionData {
  report: WaitReport;
  meta: Pick<RunMeta, 'thresholds'>;
}

export interface WaitDistributionOptions {
  title?: string | false;
  /** Plot height of each channel's histogram (default 170). */
  height?: number;
  /** Shared with the matching view of another panel (side by side): per channel, one y scale and one set of bins. */
  shared?: SharedDomain;
}

const M = { top: 54, right: 10, bottom: 62, left: 50 };

/** Bin labels: "0" (answered at once), "≤5s" … "≤1d", and ">1d" for the open bin. */
export function binLabels(edges: readonly number[]): string[] {
  return [...edges.map((e) => (e === 0 ? '0' : `≤${compactDuration(e)}`)), `>${compactDuration(edges[edges.length - 1]!)}`];
}

/** 90 → "1.5m", 450 → "7.5m", 7200 → "2h": short labels for an axis. */
export function compactDuration(s: number): string {
  const unit = s >= 86400 ? [86400, 'd'] as const : s >= 3600 ? [3600, 'h'] as const : s >= 60 ? [60, 'm'] as const : [1, 's'] as const;
  const v = s / unit[0];
  return `${Number.isInteger(v) ? v : v.toFixed(1)}${unit[1]}`;
}

export function createWaitDistribution(container: HTMLElement, options: WaitDistributionOptions = {}): View<WaitDistributionData> {
  const { root, subtitle } = viewRoot(container, 'ov-wait', options.title ?? 'Waits of answered tickets', '');
  const grid = root.ownerDocument.createElement('div');
  grid.className = 'ov-hist-grid';
  root.append(grid);
  const tooltip = createTooltip(root);
  const plotH = options.height ?? 170;
  let width = 0;
  let data: WaitDistributionData | null = null;
  let drawnFor: { report: WaitReport; width: number; thresholds: unknown } | null = null;
  // The other panel's histograms changed the shared extent: draw again with the data last given.
  const member = options.shared?.join(() => {
    drawnFor = null;
    if (data) update(data);
  }) ?? null;

  const stopObserving = observeWidth(root, (w) => {
    width = w;
    if (data) update(data);
  });

  function update(d: WaitDistributionData): void {
    data = d;
    if (width === 0) return;
    if (drawnFor && drawnFor.report === d.report && drawnFor.width === width && drawnFor.thresholds === d.meta.thresholds) return;
    drawnFor = { report: d.report, width, thresholds: d.meta.thresholds };
    const channels = CHANNELS.filter((c) => d.report.series.waitBins[c] !== undefined && d.report.channels[c] !== undefined);
    const cols = Math.max(1, Math.min(channels.length, Math.floor(width / 330)));
    grid.style.gridTemplateColumns = `repeat(${cols}, minmax(0, 1fr))`;
    const cellW = Math.floor((width - 16 * (cols - 1)) / cols);
    if (subtitle) subtitle.textContent = `Share of answered tickets by how long they waited (${meanOver(d.report.replications)}). Bars after the dashed service-level line missed the threshold; the level itself also counts abandoned tickets as missed.`;
    const cells = select(grid).selectAll<HTMLDivElement, ChannelName>('div.ov-hist').data(channels, (c) => c).join('div').attr('class', 'ov-hist');
    cells.each(function (c) {
      drawChannel(this, c, d, cellW);
    });
  }

  function drawChannel(cell: HTMLDivElement, c: ChannelName, d: WaitDistributionData, cellW: number): void {
    const edges = d.report.series.waitBinEdges;
    const bins = Array.from(d.report.series.waitBins[c]!);
    const labels = binLabels(edges);
    const total = bins.reduce((a, b) => a + b, 0);
    const threshold = d.meta.thresholds[c] ?? 0;
    // The bin holding the threshold: the first whose upper edge is ≥ it.
    let tBin = edges.findIndex((e) => e >= threshold);
    if (tBin < 0) tBin = edges.length;
    const shares = bins.map((b) => (total > 0 ? b / total : 0));
    const extent = sharedExtent(member, c, ownExtent(shares, tBin));
    const shown = Math.min(bins.length, extent.bins);
    const idx = Array.from({ length: shown }, (_, i) => i);
    const cumulative: number[] = [];
    shares.reduce((acc, s, i) => (cumulative[i] = acc + s), 0);

    const plotW = Math.max(80, cellW - M.left - M.right);
    const x = scaleBand<number>().domain(idx).range([0, plotW]).paddingInner(0.18).paddingOuter(0.1);
    // Bars above the top (a bin far taller than the rest, usually "answered at once") are cut.
    const y = scaleLinear().domain([0, extent.top]).nice(5).range([plotH, 0]);
    const yTop = y.domain()[1]!;
    const isCut = (i: number) => shares[i]! > yTop;

    const svg = select(cell).selectAll<SVGSVGElement, null>('svg').data([null]).join((enter) => {
      const s = enter.append('svg').attr('role', 'img');
      s.append('text').attr('class', 'ov-panel-title').attr('x', 0).attr('y', 13);
      const body = s.append('g').attr('class', 'ov-body');
      body.append('g').attr('class', 'ov-grid ov-ygrid');
      body.append('g').attr('class', 'ov-bars');
      body.append('g').attr('class', 'ov-breaks').attr('pointer-events', 'none');
      body.append('g').attr('class', 'ov-axis ov-x');
      body.append('g').attr('class', 'ov-axis ov-y');
      body.append('text').attr('class', 'ov-axis-label ov-y-label').attr('transform', 'rotate(-90)').attr('text-anchor', 'middle');
      body.append('text').attr('class', 'ov-axis-label ov-x-label').attr('text-anchor', 'end');
      const th = body.append('g').attr('class', 'ov-threshold');
      th.append('line').attr('stroke', INK).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 3');
      th.append('text').attr('class', 'ov-threshold-label').attr('font-size', 11).attr('font-weight', 600).attr('fill', INK);
      th.append('text').attr('class', 'ov-threshold-sub').attr('font-size', 10.5).attr('fill', '#5b6475');
      return s;
    });
    svg.attr('width', cellW).attr('height', M.top + plotH + M.bottom);
    const answered = d.report.channels[c]!.answered;
    svg.attr('aria-label', `${CHANNEL_LABEL[c]}: waits of answered tickets; service-level threshold ${formatDuration(threshold)}`);
    svg.select('.ov-panel-title').attr('fill', CHANNEL_INK[c]).text(`${CHANNEL_LABEL[c]} · ${formatEstimate(answered, 'count')} answered`);
    const body = svg.select<SVGGElement>('.ov-body').attr('transform', `translate(${M.left},${M.top})`);
    const ticks = 4;
    body.select<SVGGElement>('.ov-y').call(axisLeft(y).ticks(ticks).tickFormat((v) => formatValue(Number(v), 'percent', 0)).tickSizeOuter(0));
    body.select('.ov-ygrid').selectAll('line').data(y.ticks(ticks)).join('line').attr('x1', 0).attr('x2', plotW).attr('y1', (v) => y(v)).attr('y2', (v) => y(v));
    const rotate = x.bandwidth() < 36;
    const xAxis = body.select<SVGGElement>('.ov-x').attr('transform', `translate(0,${plotH})`)
      .call(axisBottom(x).tickFormat((i) => labels[i]!).tickSizeOuter(0));
    xAxis.selectAll<SVGTextElement, number>('text')
      .attr('transform', rotate ? 'rotate(-55)' : null)
      .attr('text-anchor', rotate ? 'end' : 'middle')
      .attr('dx', rotate ? '-0.4em' : null)
      .attr('dy', rotate ? '0.25em' : '0.71em')
      .attr('y', rotate ? 6 : 9);
    body.select('.ov-y-label').attr('x', -plotH / 2).attr('y', -M.left + 12).text('% of answered tickets');
    body.select('.ov-x-label').attr('x', plotW).attr('y', plotH + M.bottom - 6).text('wait before answer (bin upper edge)');

    const color = CHANNEL_COLOR[c];
    body.select('.ov-bars').selectAll<SVGRectElement, number>('rect')
      .data(idx, (i) => i)
      .join('rect')
      .attr('x', (i) => x(i)!)
      .attr('width', x.bandwidth())
      .attr('y', (i) => y(Math.min(shares[i]!, yTop)) - (isCut(i) ? 8 : 0))
      .attr('height', (i) => Math.max(0, plotH - y(Math.min(shares[i]!, yTop))) + (isCut(i) ? 8 : 0))
      .attr('fill', (i) => (i <= tBin ? color : '#ffffff'))
      .attr('fill-opacity', (i) => (i <= tBin ? 0.9 : 1))
      .attr('stroke', (i) => (i <= tBin ? 'none' : shade(color, 0.8)))
      .attr('stroke-width', 1.25)
      .on('pointermove', (ev: PointerEvent, i: number) => {
        const r = root.getBoundingClientRect();
        const range = i === 0 ? 'answered at once (no wait)' : i >= edges.length ? `waited more than ${formatDuration(edges[edges.length - 1]!)}` : `waited ${formatDuration(edges[i - 1]!)} – ${formatDuration(edges[i]!)}`;
        tooltip.show({
          title: `${CHANNEL_LABEL[c]} · ${labels[i]}`,
          rows: [
            { label: 'tickets per replication', value: formatValue(bins[i]!, 'count') },
            { label: 'share of answered', value: formatValue(shares[i]!, 'percent') },
            { label: i >= edges.length ? 'answered at any wait' : i === 0 ? 'answered at once (cumulative)' : `answered within ${compactDuration(edges[i]!)} (cumulative)`, value: formatValue(cumulative[i]!, 'percent') },
          ],
          note: range,
        }, ev.clientX - r.left, ev.clientY - r.top);
      })
      .on('pointerleave', () => tooltip.hide());

    // Cut bars: a white break across the bar, and the share written beside it.
    const breaks = body.select('.ov-breaks').selectAll<SVGGElement, number>('g').data(idx.filter(isCut), (i) => i).join((enter) => {
      const g = enter.append('g');
      g.append('path').attr('fill', '#ffffff');
      g.append('text').attr('font-size', 11).attr('font-weight', 600).attr('fill', INK);
      return g;
    });
    breaks.select('path').attr('d', (i) => {
      const x0 = x(i)! - 2, x1 = x(i)! + x.bandwidth() + 2;
      return `M${x0},12L${x1},6L${x1},10L${x0},16Z`;
    });
    breaks.select('text').attr('x', (i) => x(i)! + x.bandwidth() + 4).attr('y', 4).text((i) => `${formatValue(shares[i]!, 'percent')} (bar cut)`);

    // Service-level threshold: at its place inside its bin (bins are uneven).
    const lo = tBin === 0 ? 0 : edges[tBin - 1] ?? 0, hi = edges[tBin] ?? lo;
    const f = tBin >= edges.length ? 0.5 : hi > lo ? (threshold - lo) / (hi - lo) : 1;
    const tx = tBin < shown ? x(tBin)! + f * x.bandwidth() + (f >= 1 ? x.step() * x.paddingInner() / 2 : 0) : plotW;
    const sl = d.report.channels[c]!.serviceLevel;
    const th = body.select('.ov-threshold');
    th.select('line').attr('x1', tx).attr('x2', tx).attr('y1', -30).attr('y2', plotH);
    const right = tx < plotW * 0.55;
    const label = `SL threshold ${formatDuration(threshold)}: ${sl.mean === null ? '—' : formatValue(sl.mean, 'percent')} within`;
    const within = cumulative[Math.min(tBin, cumulative.length - 1)]!;
    const exact = edges[tBin] === threshold;
    const sub = total > 0 ? `(${exact ? '' : '≈'}${formatValue(within, 'percent')} of answered tickets)` : 'nothing answered';
    placeBeside(th.select<SVGTextElement>('.ov-threshold-label').attr('y', -22).text(label).node()!, `600 11px ${FONT}`, tx, right, plotW);
    placeBeside(th.select<SVGTextElement>('.ov-threshold-sub').attr('y', -9).text(sub).node()!, `10.5px ${FONT}`, tx, right, plotW);
  }

  /**
   * Puts a label beside the line at x = tx, on the given side, but never past the plot's edges.
   * Its width is measured on a canvas in its font (reading the SVG text's length made the page
   * lay out again, twice per channel, in the view's first drawing).
   */
  function placeBeside(text: SVGTextElement, font: string, tx: number, right: boolean, plotW: number): void {
    const w = textWidth(text.textContent ?? '', font);
    let start = right ? tx + 5 : tx - 5 - w;
    start = Math.max(0, Math.min(start, plotW - w));
    text.setAttribute('text-anchor', 'start');
    text.setAttribute('x', String(start));
  }

  return {
    update,
    destroy() {
      stopObserving();
      member?.leave();
      root.remove();
    },
  };
}
