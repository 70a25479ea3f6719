// Tickets waiting over time: one line per channel (the sum of its queue slots), and thin lines
// per queue when more than one queue of a channel has held tickets. Live (frames up to the
// cursor) or static (a report's mean queue length per bucket).

import { CHANNELS } from '../../sim/model/codes.ts';
import type { RunMeta } from '../protocol.ts';
import { CHANNEL_COLOR, CHANNEL_LABEL } from './palette.ts';
import { createTimeChart } from './timeChart.ts';
import type { TimeLine, TimePanel } from './timeChart.ts';
import { FrameColumns, bucketTimes, isLive } from './seriesSource.ts';
import type { SeriesData } from './seriesSource.ts';
import { viewRoot } from './viewKit.ts';
import type { View, TooltipRow } from './viewKit.ts';
import type { SharedDomain } from './SharedDomain.ts';
import { bucketRange } from './chartReadout.ts';
import { queueSubtitle, subtitleWriter } from './timeSubtitles.ts';

export type QueueChartData = SeriesData;

export interface QueueChartOptions {
  /** Heading (false: none, when the page supplies its own). */
  title?: string | false;
  /** Plot height in pixels (default 220). */
  height?: number;
  /** Shared with the matching chart of another panel (side by side): one y domain for both. */
  sharedY?: SharedDomain;
  /** A first drawing in steps, one per update (see TimeChartOptions.inSteps): update again while !complete. */
  inSteps?: boolean;
}

const QUEUE_DASHES = ['6 3', '2 2.5', '9 3 2 3', '1 3'];

export function queueLabel(name: string): string {
  return name.startsWith('standard/') ? `standard queue (${name.slice('standard/'.length)})` : name;
}

export function createQueueChart(container: HTMLElement, options: QueueChartOptions = {}): View<QueueChartData> & { readonly complete: boolean } {
  const { root, subtitle } = viewRoot(container, 'ov-queue-chart', options.title ?? 'Tickets waiting', '');
  const legendHost = root.ownerDocument.createElement('div');
  root.append(legendHost);
  const sub = subtitleWriter(subtitle, queueSubtitle);
  const chart = createTimeChart(root, legendHost, {
    panelHeight: options.height ?? 220, ariaLabel: 'Tickets waiting in queue over simulated time, per channel', onBucket: sub.bucket,
    ...(options.sharedY ? { sharedY: options.sharedY } : {}),
    inSteps: options.inSteps ?? false,
  });

  const columns = new FrameColumns(
    (meta) => [...CHANNELS.map((c) => `ch:${c}`), ...meta.queues.map((_, i) => `q:${i}`)],
    (f, meta, out) => {
      out[0] = out[1] = out[2] = 0;
      for (let i = 0; i < meta.queues.length; i++) {
        const v = f.queues[i] ?? 0;
        out[3 + i] = v;
        out[CHANNELS.indexOf(meta.queues[i]!.channel)]! += v;
      }
    },
  );
  let liveSpec: { version: number; panel: TimePanel } | null = null;
  let staticSpec: { source: unknown; times: Float64Array; values: Record<string, ArrayLike<number>>; panel: TimePanel; version: number } | null = null;
  let staticVersion = 1e9;

  /** Lines for the channels and the queues that held tickets so far. */
  function livePanel(meta: RunMeta): { panel: TimePanel } {
    const nonEmpty = meta.queues.map((_, i) => columns.values[`q:${i}`]!.some((v) => v > 0));
    const channels = CHANNELS.filter((c) => meta.channels.includes(c) || meta.queues.some((q, i) => q.channel === c && nonEmpty[i]));
    const lines: TimeLine[] = [];
    for (const c of channels) {
      const slots = meta.queues.map((q, i) => (q.channel === c && nonEmpty[i] ? i : -1)).filter((i) => i >= 0);
      const several = slots.length > 1;
      lines.push({ key: `ch:${c}`, label: several ? `${CHANNEL_LABEL[c]} (all queues)` : CHANNEL_LABEL[c], color: CHANNEL_COLOR[c], width: 2.25, marker: true });
      if (several) {
        slots.forEach((i, k) => lines.push({
          key: `q:${i}`, label: `${CHANNEL_LABEL[c]} · ${queueLabel(meta.queues[i]!.name)}`, color: CHANNEL_COLOR[c],
          width: 1.2, dash: QUEUE_DASHES[k % QUEUE_DASHES.length]!, legend: 'dashed', thin: true,
        }));
      }
    }
    return { panel: { key: 'queue', title: null, yLabel: 'tickets waiting', lines, minMax: 4, integer: true } };
  }

  function update(data: QueueChartData): void {
    if (isLive(data)) {
      const { meta, frames, t } = data;
      if (columns.sync(meta, frames)) {
        chart.reset();
        liveSpec = null;
      }
      if (!liveSpec || liveSpec.version !== columns.version) liveSpec = { version: columns.version, ...livePanel(meta) };
      const spec = liveSpec;
      sub.source({ live: true, interval: meta.interval, replications: meta.replications });
      chart.render({
        horizon: meta.horizon,
        interval: meta.interval,
        panels: [spec.panel],
        times: columns.times,
        values: columns.values,
        count: columns.times.length,
        version: columns.version, generation: columns.generation,
        cursor: t,
        describe: (i, values, bucketed) => describeLive(spec.panel, values, i, bucketed),
      });
      return;
    }
    const { series, horizon } = data;
    if (!staticSpec || staticSpec.source !== series) {
      const channels = CHANNELS.filter((c) => series.channels[c] !== undefined);
      const n = Math.max(0, ...channels.map((c) => series.channels[c]!.queueLength.length));
      const values: Record<string, ArrayLike<number>> = {};
      for (const c of channels) values[`ch:${c}`] = series.channels[c]!.queueLength;
      const lines: TimeLine[] = channels.map((c) => ({ key: `ch:${c}`, label: CHANNEL_LABEL[c], color: CHANNEL_COLOR[c], width: 2 }));
      staticSpec = {
        source: series, times: bucketTimes(series.intervalSeconds, n), values, version: ++staticVersion,
        panel: { key: 'queue', title: null, yLabel: 'tickets waiting (mean)', lines, minMax: 1 },
      };
      chart.reset();
      sub.source({ live: false, interval: series.intervalSeconds });
    }
    const s = staticSpec;
    chart.render({
      horizon, interval: series.intervalSeconds, panels: [s.panel], times: s.times, values: s.values, count: s.times.length, version: s.version, cursor: null,
      describe: (i, values, bucketed) => s.panel.lines.map((l) => ({ label: l.label, value: `${(values[l.key]![i] ?? 0).toFixed(1)} waiting${bucketRange(values, l.key, i, bucketed)}`, color: l.color })),
    });
  }

  function describeLive(panel: TimePanel, values: Readonly<Record<string, ArrayLike<number>>>, i: number, bucketed: boolean): TooltipRow[] {
    return panel.lines.map((l) => {
      const v = values[l.key]?.[i] ?? 0;
      return { label: l.thin ? `  ${l.label}` : l.label, value: `${bucketed ? v.toFixed(1) : v} waiting${bucketRange(values, l.key, i, bucketed)}`, color: l.color };
    });
  }

  return {
    update,
    get complete() {
      return chart.complete;
    },
    destroy() {
      chart.destroy();
      root.remove();
    },
  };
}
