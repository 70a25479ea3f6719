// Capacity in use over time: per channel a small panel with the busy units the capacity counts
// (filled) under the available units (dashed steps) of agents whose status allows the channel
// (R19). Work held off capacity (R29: by agents off shift, on a break or with no capacity on the
// channel) is not in the filled area: it has its own dotted line, in the panels that have any. Each panel
// has its own y scale, since a voice seat and an email slot are not the same unit. All panels
// share the time axis.

import { CHANNELS } from '../../sim/model/codes.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import { CHANNEL_COLOR, CHANNEL_INK, CHANNEL_LABEL, MUTED, shade } from './palette.ts';
import { heldOffNote } from './teamFigures.ts';
import { createTimeChart } from './timeChart.ts';
import type { TimePanel } from './timeChart.ts';
import { FrameColumns, bucketTimes, isLive } from './seriesSource.ts';
import type { SeriesData } from './seriesSource.ts';
import { viewRoot, formatValue, lastAtOrBefore } from './viewKit.ts';
import type { View, TooltipRow } from './viewKit.ts';
import type { SharedDomain } from './SharedDomain.ts';
import { bucketRange } from './chartReadout.ts';
import { capacitySubtitle, subtitleWriter } from './timeSubtitles.ts';

export type CapacityChartData = SeriesData;

export interface CapacityChartOptions {
  title?: string | false;
  /** Height of each channel's panel in pixels (default 96). */
  panelHeight?: number;
  /** Shared with the matching chart of another panel (side by side): one y domain per channel. */
  sharedY?: SharedDomain;
  /** A first drawing in steps, one per update (see TimeChartOptions.inSteps): update again while !complete. */
  inSteps?: boolean;
}

export function createCapacityChart(container: HTMLElement, options: CapacityChartOptions = {}): View<CapacityChartData> & { readonly complete: boolean } {
  const { root, subtitle } = viewRoot(container, 'ov-capacity-chart', options.title ?? 'Capacity in use', '');
  const legendHost = root.ownerDocument.createElement('div');
  root.append(legendHost);
  const sub = subtitleWriter(subtitle, capacitySubtitle);
  const chart = createTimeChart(root, legendHost, {
    panelHeight: options.panelHeight ?? 96, panelGap: 34, ariaLabel: 'Busy and available capacity units per channel over simulated time', onBucket: sub.bucket,
    ...(options.sharedY ? { sharedY: options.sharedY } : {}),
    inSteps: options.inSteps ?? false,
  });

  // Counted busy (busy minus held off), capacity and held-off units per channel code, plus
  // running sums for occupancy so far.
  const columns = new FrameColumns(
    () => CHANNELS.flatMap((c) => [`busy:${c}`, `cap:${c}`, `off:${c}`, `sumBusy:${c}`, `sumCap:${c}`]),
    (f, _meta, out) => {
      for (let c = 0; c < 3; c++) {
        const off = f.heldOff[c] ?? 0;
        out[c * 5] = (f.busy[c] ?? 0) - off;
        out[c * 5 + 1] = f.capacity[c] ?? 0;
        out[c * 5 + 2] = off;
      }
    },
  );
  let sums = 0;
  /** Channels with held-off work in the frames summed so far (live): their panels show its line. */
  let liveOff = new Set<ChannelName>();
  let staticState: { source: unknown; times: Float64Array; values: Record<string, ArrayLike<number>>; channels: ChannelName[]; version: number; notes: Record<string, string>; withOff: Set<ChannelName> } | null = null;
  let staticVersion = 1e9;
  let panelsKey = '';
  let panels: TimePanel[] = [];

  function panelsFor(channels: readonly ChannelName[], mean: boolean, withOff: ReadonlySet<ChannelName>): TimePanel[] {
    const key = `${channels.join(',')}|${mean}|${channels.filter((c) => withOff.has(c)).join(',')}`;
    if (key === panelsKey) return panels;
    panelsKey = key;
    panels = channels.map((c) => ({
      key: c,
      title: CHANNEL_LABEL[c],
      titleColor: CHANNEL_INK[c],
      yLabel: 'units',
      minMax: 1,
      integer: !mean,
      lines: [
        { key: `cap:${c}`, label: `${CHANNEL_LABEL[c]} available`, color: shade(CHANNEL_COLOR[c], 0.7), width: 1.5, dash: '5 3', step: true, legend: 'dashed' },
        { key: `busy:${c}`, label: `${CHANNEL_LABEL[c]} busy`, color: CHANNEL_COLOR[c], width: 1.75, area: true, marker: true },
        ...(withOff.has(c) ? [{ key: `off:${c}`, label: `${CHANNEL_LABEL[c]} held off capacity`, color: MUTED, width: 1.5, dash: '2 2', legend: 'dotted' as const }] : []),
      ],
    }));
    return panels;
  }

  /** Per channel "b of cap busy (%)" and what is held off capacity; in buckets, their means and the busy units' min–max. */
  function describe(channels: readonly ChannelName[], values: Readonly<Record<string, ArrayLike<number>>>, i: number, decimals: number, bucketed: boolean): TooltipRow[] {
    return channels.map((c) => {
      const b = values[`busy:${c}`]![i] ?? 0, cap = values[`cap:${c}`]![i] ?? 0, off = values[`off:${c}`]?.[i] ?? 0;
      const d = bucketed ? 1 : decimals;
      const held = off > 0 ? ` (+${off.toFixed(d)} held off capacity)` : '';
      return { label: CHANNEL_LABEL[c], value: `${b.toFixed(d)} of ${cap.toFixed(d)} busy${cap > 0 ? ` (${formatValue(b / cap, 'percent', 0)})` : ''}${held}${bucketRange(values, `busy:${c}`, i, bucketed)}`, color: CHANNEL_COLOR[c] };
    });
  }

  function update(data: CapacityChartData): void {
    if (isLive(data)) {
      const { meta, frames, t } = data;
      if (columns.sync(meta, frames)) {
        chart.reset();
        sums = 0;
        liveOff = new Set();
      }
      // Running sums of the counted agents' busy units and of capacity for "occupancy so far"
      // (frames are equally spaced); what others hold is left out, as in the report.
      for (; sums < columns.times.length; sums++) {
        for (const c of CHANNELS) {
          const sb = columns.values[`sumBusy:${c}`]!, sc = columns.values[`sumCap:${c}`]!;
          sb[sums] = (sums > 0 ? sb[sums - 1]! : 0) + columns.values[`busy:${c}`]![sums]!;
          sc[sums] = (sums > 0 ? sc[sums - 1]! : 0) + columns.values[`cap:${c}`]![sums]!;
          if (columns.values[`off:${c}`]![sums]! > 0) liveOff.add(c);
        }
      }
      const channels = CHANNELS.filter((c) => meta.channels.includes(c));
      const idx = lastAtOrBefore(columns.times, t);
      const notes: Record<string, string> = {};
      for (const c of channels) {
        if (idx < 0) continue;
        const b = columns.values[`busy:${c}`]![idx]!, cap = columns.values[`cap:${c}`]![idx]!, off = columns.values[`off:${c}`]![idx]!;
        const sb = columns.values[`sumBusy:${c}`]![idx]!, sc = columns.values[`sumCap:${c}`]![idx]!;
        notes[c] = `${b} of ${cap} busy now${heldOffNote(off)} · occupancy so far ${sc > 0 ? formatValue(sb / sc, 'percent', 0) : '—'}`;
      }
      sub.source({ live: true, interval: meta.interval, replications: meta.replications });
      chart.render({
        horizon: meta.horizon, interval: meta.interval, panels: panelsFor(channels, false, liveOff), times: columns.times, values: columns.values,
        count: columns.times.length, version: columns.version, generation: columns.generation, cursor: t, notes,
        describe: (i, values, bucketed) => describe(channels, values, i, 0, bucketed),
      });
      return;
    }
    const { series, horizon } = data;
    if (!staticState || staticState.source !== series) {
      const withOff = new Set<ChannelName>();
      const channels = CHANNELS.filter((c) => series.channels[c] !== undefined);
      const n = Math.max(0, ...channels.map((c) => series.channels[c]!.busy.length));
      const values: Record<string, ArrayLike<number>> = {};
      const notes: Record<string, string> = {};
      for (const c of channels) {
        const s = series.channels[c]!;
        // The counted agents' work (reportVersion 3 gives what others hold apart, as heldOff).
        const off = s.heldOff;
        const used = new Float64Array(s.busy.length), held = new Float64Array(s.busy.length);
        let sb = 0, sc = 0;
        for (let i = 0; i < s.busy.length; i++) {
          held[i] = off?.[i] ?? 0;
          used[i] = s.busy[i]! - held[i]!;
          if (held[i]! > 0) withOff.add(c);
          sb += used[i]!;
          sc += s.capacity[i]!;
        }
        values[`busy:${c}`] = used;
        values[`cap:${c}`] = s.capacity;
        values[`off:${c}`] = held;
        notes[c] = `occupancy over the run ${sc > 0 ? formatValue(sb / sc, 'percent', 1) : '—'}`;
      }
      staticState = { source: series, times: bucketTimes(series.intervalSeconds, n), values, channels, version: ++staticVersion, notes, withOff };
      chart.reset();
      sub.source({ live: false, interval: series.intervalSeconds });
    }
    const s = staticState;
    chart.render({
      horizon, interval: series.intervalSeconds, panels: panelsFor(s.channels, true, s.withOff), times: s.times, values: s.values, count: s.times.length, version: s.version,
      cursor: null, notes: s.notes, describe: (i, values, bucketed) => describe(s.channels, values, i, 1, bucketed),
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
