// The engine behind the time charts: one or more panels stacked over the shared time axis,
// lines (and areas) per panel, a cursor at the current time, hover read-out. Invariant that
// keeps it cheap at 60 updates a second: a path is rebuilt only when points were added, the
// y domain grew, or the size changed. The data sit in their own composited layer, clipped by
// a box whose width follows the cursor; the cursor, its label and the current-value markers
// are HTML moved by transforms — so playing moves layers and repaints no path.
// Points too dense for the width (a year in a few hundred pixels) are drawn in coarser buckets
// (timeBuckets.ts): a step at each bucket's mean over a band from its min to its max. The read-out
// hover shows can also be moved with the keyboard (chartKeys.ts), and is then announced.

import { select, scaleLinear, line, area, axisLeft, curveLinear, curveStepBefore, pointer } from 'd3';
import type { ScaleLinear, Selection } from 'd3';
import { CHART_MARGIN, timeScale, drawTimeAxis, drawTimeGrid, formatTime } from './timeAxis.ts';
import { legend } from './palette.ts';
import type { LegendItem } from './palette.ts';
import { createTooltip, observeWidth, lastAtOrBefore } from './viewKit.ts';
import { chooseBucket, bucketize, bucketName } from './timeBuckets.ts';
import { keyboardReadout } from './chartKeys.ts';
import { readoutAt } from './chartReadout.ts';
import { bucketPanels } from './timeChartData.ts';
import { FirstDrawingSteps } from './FirstDrawingSteps.ts';
import type { Shown, TimeChart, TimeChartData, TimeChartOptions, TimePanel } from './timeChartData.ts';

export type { TimeLine, TimePanel, TimeChartData, TimeChart, TimeChartOptions } from './timeChartData.ts';

interface PanelState {
  spec: TimePanel;
  g: Selection<SVGGElement, unknown, null, undefined>;
  y: ScaleLinear<number, number>;
  /** Largest value seen at or before the cursor (only grows until reset). */
  seenMax: number;
  scanned: number;
  top: number;
  /** Axes and paths must be drawn again (a new size or structure). */
  dirty: boolean;
  /** The y domain grew since the axes were drawn: the axes are drawn again, the paths only scaled. */
  rescaled: boolean;
  /** The y scale the paths were drawn with; the data group maps it onto `y` (a vertical scale). */
  drawnY: ScaleLinear<number, number>;
  paths: Map<string, { line: SVGPathElement; area: SVGPathElement | null; band: SVGPathElement | null }>;
  /** The panel's group in the data layer. */
  dataG: Selection<SVGGElement, unknown, null, undefined>;
  /** Points the paths show, and the pieces appended since the last full drawing. */
  drawnCount: number;
  pieces: SVGPathElement[];
  /** One dot per marked line, moved by transform. */
  markers: Map<string, HTMLDivElement>;
}

/** Path pieces per panel before they are folded back into one path each. */
const MAX_PIECES = 96;
/** Room the data layer keeps around the plot, so strokes at the edges are not cut. */
const CLIP_PAD = 4;
const DAY = 86400;

export function createTimeChart(root: HTMLElement, legendHost: HTMLElement | null, opts: TimeChartOptions): TimeChart {
  const panelGap = opts.panelGap ?? 30;
  const wrap = document.createElement('div');
  wrap.className = 'ov-chart';
  wrap.setAttribute('role', 'group');
  wrap.setAttribute('aria-label', `${opts.ariaLabel}. Left and Right arrow keys read the values at each time; Home and End go to the first and the last.`);
  root.append(wrap);
  // What the keyboard read-out shows, said by screen readers as it moves.
  const announce = document.createElement('div');
  announce.className = 'ov-sr-only';
  announce.setAttribute('aria-live', 'polite');
  announce.setAttribute('aria-atomic', 'true');
  const svg = select(wrap).append('svg').attr('role', 'img').attr('aria-label', opts.ariaLabel);
  const body = svg.append('g').attr('transform', `translate(${CHART_MARGIN.left},${CHART_MARGIN.top})`);
  const panelsG = body.append('g');
  const xAxisG = body.append('g');
  // The data layer: its own SVG in a clipping box (left edge 2 px before the plot for strokes).
  const clipBox = document.createElement('div');
  clipBox.className = 'ov-data-clip';
  const dataSvg = select(clipBox).append('svg').attr('aria-hidden', 'true');
  const dataBody = dataSvg.append('g').attr('transform', `translate(${CLIP_PAD},0)`);
  const cursorLine = document.createElement('div');
  cursorLine.className = 'ov-cursor-line';
  const cursorLabel = document.createElement('div');
  cursorLabel.className = 'ov-cursor-text';
  const markerLayer = document.createElement('div');
  markerLayer.className = 'ov-marker-layer';
  wrap.append(clipBox, cursorLine, cursorLabel, markerLayer, announce);
  const hoverLine = body.append('line').attr('class', 'ov-hover').attr('pointer-events', 'none').style('display', 'none');
  const overlay = body.append('rect').attr('fill', 'transparent').style('cursor', 'crosshair');
  const tooltip = createTooltip(root);

  let width = 0;
  let plotW = 0;
  let totalH = 0;
  let x = timeScale(1, 1);
  let structure = '';
  let panels: PanelState[] = [];
  let drawnVersion = -1;
  let drawnGeneration: number | undefined;
  let layoutDirty = true;
  const steps = new FirstDrawingSteps(opts.inSteps ?? false);
  let data: TimeChartData | null = null;
  /** The read-out: under the pointer (plot x, and where in root), or at a point chosen by key. */
  let readout: { by: 'pointer'; mx: number; at: [number, number] } | { by: 'key'; i: number } | null = null;
  let shown: Shown | null = null;
  let bucketMemo: { key: string; source: unknown; shown: Shown } | null = null;
  /** The bucket last told to opts.onBucket (undefined: none told yet). */
  let toldBucket: number | null | undefined;
  /** Versions of bucketed data: far from any data's own, so switching always redraws. */
  let bucketVersion = 2 ** 40;
  const indexCache: number[] = [];

  // Another chart of the group changed the shared top: draw again with the data last given.
  const shared = opts.sharedY?.join(() => {
    if (data) render(data);
  }) ?? null;

  const stopObserving = observeWidth(root, (w) => {
    width = w;
    layoutDirty = true;
    if (data) render(data);
  });

  function structureKey(d: TimeChartData, bucket: number | null): string {
    return `${d.horizon}|${bucket}|` + d.panels.map((p) => `${p.key}:${p.title}:${p.lines.map((l) => `${l.key}/${l.label}/${l.color}`).join(',')}`).join(';');
  }

  function rebuildStructure(d: { panels: readonly TimePanel[] }, bucket: number | null): void {
    panelsG.selectAll('*').remove();
    dataBody.selectAll('*').remove();
    markerLayer.replaceChildren();
    panels = d.panels.map((spec) => {
      const g = panelsG.append('g');
      g.append('g').attr('class', 'ov-grid ov-ygrid');
      g.append('g').attr('class', 'ov-grid ov-xgrid');
      g.append('g').attr('class', 'ov-axis ov-y-axis');
      g.append('text').attr('class', 'ov-axis-label ov-y-label').attr('text-anchor', 'middle').attr('transform', 'rotate(-90)');
      const title = g.append('text').attr('class', 'ov-panel-title').attr('x', 0).attr('y', -8);
      title.append('tspan').attr('class', 'ov-panel-name').attr('fill', spec.titleColor ?? null);
      title.append('tspan').attr('class', 'ov-panel-note').attr('dx', 8);
      const lines = dataBody.append('g');
      const areas = new Map<string, SVGPathElement>();
      const bands = new Map<string, SVGPathElement>();
      for (const l of spec.lines) {
        if (l.area) areas.set(l.key, lines.append('path').attr('class', 'ov-area').attr('fill', l.color).attr('fill-opacity', 0.22).attr('stroke', 'none').node()!);
        if (bucket !== null && l.range) bands.set(l.key, lines.append('path').attr('class', 'ov-band').attr('fill', l.color).attr('fill-opacity', 0.2).attr('stroke', 'none').node()!);
      }
      const paths = new Map<string, { line: SVGPathElement; area: SVGPathElement | null; band: SVGPathElement | null }>();
      for (const l of spec.lines) {
        const path = lines.append('path').attr('class', 'ov-line').attr('data-key', l.key).attr('fill', 'none').attr('stroke', l.color)
          .attr('stroke-width', l.width ?? 2).attr('stroke-dasharray', l.dash ?? null).attr('stroke-linejoin', 'round')
          // The group may be scaled vertically (a grown y domain): the line keeps its width and dashes.
          .attr('vector-effect', 'non-scaling-stroke').node()!;
        paths.set(l.key, { line: path, area: areas.get(l.key) ?? null, band: bands.get(l.key) ?? null });
      }
      const markers = new Map<string, HTMLDivElement>();
      for (const l of spec.lines) {
        if (!l.marker) continue;
        const m = document.createElement('div');
        m.className = 'ov-marker';
        m.style.background = l.color;
        markerLayer.append(m);
        markers.set(l.key, m);
      }
      return { spec, g, y: scaleLinear(), seenMax: 0, scanned: -1, top: 0, dirty: true, rescaled: false, drawnY: scaleLinear(), paths, dataG: lines, markers, drawnCount: 0, pieces: [] };
    });
    if (legendHost) {
      const items: LegendItem[] = [];
      for (const p of d.panels) for (const l of p.lines) {
        if (l.legend === false) continue;
        items.push({ label: l.label, color: l.color, shape: l.legend ?? (l.area ? 'area' : 'line'), thin: l.thin ?? false, ...(l.dash ? { dash: l.dash } : {}) });
      }
      if (bucket !== null && d.panels.some((p) => p.lines.some((l) => l.range))) items.push({ label: `${bucketName(bucket)} mean (line), min–max (shaded)`, color: '#8a93a3', shape: 'area' });
      legend(legendHost, items);
    }
    layoutDirty = true;
    drawnVersion = -1;
  }

  const plotWidth = () => Math.max(50, width - CHART_MARGIN.left - CHART_MARGIN.right);

  function layout(d: TimeChartData, bucket: number | null): void {
    plotW = plotWidth();
    x = timeScale(d.horizon, plotW);
    const titled = d.panels.some((p) => p.title !== null);
    let top = titled ? 18 : 0;
    for (const p of panels) {
      p.top = top;
      p.g.attr('transform', `translate(0,${top})`);
      p.dataG.attr('transform', `translate(0,${top + CLIP_PAD})`);
      p.y.range([opts.panelHeight, 0]);
      drawTimeGrid(p.g.select<SVGGElement>('.ov-xgrid'), x, d.horizon, opts.panelHeight);
      p.g.select('.ov-y-label').attr('x', -opts.panelHeight / 2).attr('y', -CHART_MARGIN.left + 13).text(p.spec.yLabel);
      p.dirty = true;
      top += opts.panelHeight + panelGap;
    }
    totalH = top - panelGap;
    svg.attr('width', width).attr('height', CHART_MARGIN.top + totalH + CHART_MARGIN.bottom);
    const base = d.horizon <= DAY ? 'time of day (simulated)' : 'simulated time (day, HH:MM)';
    drawTimeAxis(xAxisG, x, d.horizon, totalH, bucket === null ? base : `${base} · ${bucketName(bucket)} mean, shaded min–max`);
    const cursorTop = titled ? 4 : 0;
    Object.assign(cursorLine.style, { left: `${CHART_MARGIN.left}px`, top: `${CHART_MARGIN.top + cursorTop}px`, height: `${totalH - cursorTop}px` });
    Object.assign(cursorLabel.style, { left: `${CHART_MARGIN.left}px`, top: `${CHART_MARGIN.top - 15}px` });
    markerLayer.style.left = `${CHART_MARGIN.left}px`;
    markerLayer.style.top = `${CHART_MARGIN.top}px`;
    Object.assign(clipBox.style, { left: `${CHART_MARGIN.left - CLIP_PAD}px`, top: `${CHART_MARGIN.top - CLIP_PAD}px`, height: `${totalH + 2 * CLIP_PAD}px` });
    dataSvg.attr('width', plotW + 2 * CLIP_PAD).attr('height', totalH + 2 * CLIP_PAD);
    hoverLine.attr('y1', 0).attr('y2', totalH);
    overlay.attr('width', plotW).attr('height', totalH);
    layoutDirty = false;
  }

  /** Grows each panel's y domain to cover shown points up to `idx`; marks panels whose axis changed. */
  function scan(s: Shown, idx: number): void {
    // Buckets: what is drawn (a band's max, else the mean), the last bucket read again as it fills.
    const bucketed = s.bucket !== null;
    for (const p of panels) {
      let m = p.seenMax;
      for (let i = bucketed ? Math.max(0, p.scanned) : p.scanned + 1; i <= idx; i++) {
        for (const l of p.spec.lines) {
          const v = s.values[bucketed && l.range ? `${l.key}:max` : l.key]?.[i];
          if (v !== undefined && v > m) m = v;
        }
      }
      if (idx > p.scanned) p.scanned = idx;
      const top = niceTop(Math.max(shared ? shared.report(p.spec.key, m) : m, p.spec.minMax ?? 1), p.spec.integer ?? false);
      p.seenMax = m;
      if (top !== p.y.domain()[1] || p.y.domain()[0] !== 0) {
        p.y.domain([0, top]);
        // A grown domain scales the paths drawn (cheap); a smaller one redraws them (a new run).
        if (top < p.drawnY.domain()[1]!) p.dirty = true;
        else p.rescaled = true;
      }
    }
  }

  /** The y axis and grid of a panel: only when its domain or the size changed. */
  function drawAxes(p: PanelState): void {
    const y = p.y;
    const ticks = Math.max(2, Math.floor(opts.panelHeight / 34));
    const axis = axisLeft(y).ticks(ticks).tickSizeOuter(0);
    if (p.spec.integer) axis.tickFormat((v) => (Number.isInteger(Number(v)) ? String(v) : '')).ticks(Math.min(ticks, y.domain()[1]!));
    p.g.select<SVGGElement>('.ov-y-axis').call(axis);
    p.g.select<SVGGElement>('.ov-ygrid')
      .selectAll('line')
      .data(y.ticks(ticks).filter((v) => !p.spec.integer || Number.isInteger(v)))
      .join('line')
      .attr('x1', 0).attr('x2', plotW).attr('y1', (v) => y(v)).attr('y2', (v) => y(v));
  }

  /**
   * The data group over the panel: its paths were drawn on `drawnY`; when the domain has grown
   * since, a vertical scale about the panel's bottom shows them on `y` without rebuilding them
   * (every path of a panel at once took 5-23 ms, and a new shift raises all channels together).
   */
  function placeData(p: PanelState): void {
    const k = p.drawnY.domain()[1]! / p.y.domain()[1]!;
    const base = p.top + CLIP_PAD;
    p.dataG.attr('transform', k === 1 ? `translate(0,${base})` : `translate(0,${base + opts.panelHeight * (1 - k)}) scale(1,${k})`);
  }

  /** The panel's lines and areas, from every point. */
  function drawPanel(d: Shown, p: PanelState): void {
    const y = p.y;
    if (p.dirty || p.rescaled) drawAxes(p);
    for (const piece of p.pieces) piece.remove();
    p.pieces.length = 0;
    p.drawnCount = d.count;
    while (indexCache.length < d.count) indexCache.push(indexCache.length);
    const own = indexCache.length === d.count ? indexCache : indexCache.slice(0, d.count);
    // Buckets are steps over the span each one ends, the first one's from 0: index −1 stands for
    // that start (time 0, the first bucket's values).
    const idx = d.bucket !== null && d.count > 0 ? [-1, ...own] : own;
    const tx = (i: number) => x(i < 0 ? 0 : d.times[i]!);
    const at = (vs: ArrayLike<number>, i: number) => vs[Math.max(0, i)]!;
    for (const l of p.spec.lines) {
      const vs = d.values[l.key];
      if (!vs) continue;
      const defined = (i: number) => Number.isFinite(at(vs, i));
      const gen = line<number>().x(tx).y((i) => y(at(vs, i))).defined(defined).curve(l.step ? curveStepBefore : curveLinear);
      const el = p.paths.get(l.key)!;
      el.line.setAttribute('d', gen(idx) ?? '');
      if (el.area) {
        const a = area<number>().x(tx).y0(y(0)).y1((i) => y(at(vs, i))).defined(defined).curve(l.step ? curveStepBefore : curveLinear);
        el.area.setAttribute('d', a(idx) ?? '');
      }
      const lo = d.values[`${l.key}:min`], hi = d.values[`${l.key}:max`];
      if (el.band && lo && hi) {
        const b = area<number>().x(tx).y0((i) => y(at(lo, i))).y1((i) => y(at(hi, i)))
          .defined((i) => Number.isFinite(at(lo, i)) && Number.isFinite(at(hi, i))).curve(curveStepBefore);
        el.band.setAttribute('d', b(idx) ?? '');
      }
    }
    p.drawnY = y.copy();
    placeData(p);
    p.dirty = false;
    p.rescaled = false;
  }

  /**
   * Points appended since the last drawing, as one more piece per line and area (starting at
   * the last drawn point, so the pieces join): the long paths are not rebuilt or re-parsed.
   */
  function appendPanel(d: Shown, p: PanelState): void {
    const y = p.drawnY;
    const from = p.drawnCount - 1;
    const idx: number[] = [];
    for (let i = from; i < d.count; i++) idx.push(i);
    for (const l of p.spec.lines) {
      const vs = d.values[l.key];
      if (!vs) continue;
      const defined = (i: number) => Number.isFinite(vs[i]!);
      const curve = l.step ? curveStepBefore : curveLinear;
      const el = p.paths.get(l.key)!;
      const linePiece = el.line.cloneNode(false) as SVGPathElement;
      linePiece.setAttribute('d', line<number>().x((i) => x(d.times[i]!)).y((i) => y(vs[i]!)).defined(defined).curve(curve)(idx) ?? '');
      el.line.parentNode!.append(linePiece);
      p.pieces.push(linePiece);
      if (el.area) {
        const areaPiece = el.area.cloneNode(false) as SVGPathElement;
        areaPiece.setAttribute('d', area<number>().x((i) => x(d.times[i]!)).y0(y(0)).y1((i) => y(vs[i]!)).defined(defined).curve(curve)(idx) ?? '');
        // Areas stay under every line: insert before the first line of the group.
        const firstLine = el.line.parentNode!.querySelector('.ov-line');
        el.line.parentNode!.insertBefore(areaPiece, firstLine);
        p.pieces.push(areaPiece);
      }
    }
    p.drawnCount = d.count;
  }

  /**
   * The points to draw: the data's own, or (too dense for the width) their buckets, gathered from
   * the points up to `limit` only — a live run's buckets hold nothing after the cursor.
   */
  function shownFor(d: TimeChartData, limit: number): Shown {
    const bucket = chooseBucket(d.horizon, d.interval, plotWidth());
    if (bucket === null) return { bucket, panels: d.panels, times: d.times, values: d.values, count: d.count, version: d.version, generation: d.generation };
    const key = `${bucket}|${d.version}|${limit}`;
    if (bucketMemo === null || bucketMemo.key !== key || bucketMemo.source !== d.values) {
      const keys = d.panels.flatMap((p) => p.lines.map((l) => l.key));
      const b = bucketize(d.times, limit + 1, d.values, keys, bucket, d.horizon);
      bucketMemo = { key, source: d.values, shown: { bucket, panels: bucketPanels(d.panels), times: b.times, values: b.values, count: b.count, version: ++bucketVersion, generation: undefined } };
    }
    return bucketMemo.shown;
  }

  function render(d: TimeChartData): void {
    data = d;
    if (width === 0) return;
    const limit = d.cursor === null ? d.count - 1 : lastAtOrBefore(d.times, d.cursor, d.count);
    const s = (shown = shownFor(d, limit));
    if (s.bucket !== toldBucket) {
      toldBucket = s.bucket;
      opts.onBucket?.(s.bucket);
    }
    const key = structureKey(d, s.bucket);
    const framed = key !== structure || layoutDirty;
    if (key !== structure) {
      structure = key;
      rebuildStructure(s, s.bucket);
    }
    if (layoutDirty) layout(d, s.bucket);
    let fullDraws = steps.allowance(framed);
    scan(s, s.bucket === null ? limit : s.count - 1);
    const versionChanged = s.version !== drawnVersion;
    const appendOnly = s.generation !== undefined && s.generation === drawnGeneration;
    for (const p of panels) {
      if (p.dirty) {
        if (fullDraws > 0) {
          fullDraws--;
          drawPanel(s, p);
        }
      } else {
        if (p.rescaled) {
          drawAxes(p);
          placeData(p);
          p.rescaled = false;
        }
        if (!versionChanged) continue;
        // Many pieces cost more to paint than one path: fold them back in now and then.
        if (appendOnly && p.drawnCount > 0 && s.count > p.drawnCount && p.pieces.length < MAX_PIECES) appendPanel(s, p);
        else if (!appendOnly || s.count !== p.drawnCount) drawPanel(s, p);
      }
    }
    drawnVersion = s.version;
    drawnGeneration = s.generation;
    steps.rendered(panels.some((p) => p.dirty));

    // Titles and notes (text changes only when the note does).
    for (const p of panels) {
      p.g.select('.ov-panel-name').text(p.spec.title ?? '');
      p.g.select('.ov-panel-note').text(d.notes?.[p.spec.key] ?? '');
    }

    // Cursor, clip edge, current-value markers: style writes on composited layers only.
    const cx = d.cursor === null ? plotW : Math.max(0, Math.min(plotW, x(d.cursor)));
    clipBox.style.width = `${Math.round(cx) + CLIP_PAD + (d.cursor === null ? CLIP_PAD : 1)}px`;
    const showCursor = d.cursor !== null;
    cursorLine.hidden = !showCursor;
    cursorLabel.hidden = !showCursor;
    if (d.cursor !== null) {
      cursorLine.style.transform = `translateX(${cx}px)`;
      cursorLabel.style.transform = `translateX(${Math.max(18, Math.min(plotW - 18, cx))}px) translateX(-50%)`;
      const label = formatTime(d.cursor, d.horizon);
      if (cursorLabel.textContent !== label) cursorLabel.textContent = label;
    }
    for (const p of panels) {
      for (const [key, m] of p.markers) {
        const v = d.values[key]?.[limit];
        const show = showCursor && limit >= 0 && v !== undefined && Number.isFinite(v);
        m.hidden = !show;
        if (show) m.style.transform = `translate(${x(d.times[limit]!)}px, ${p.top + p.y(v)}px)`;
      }
    }
    if (readout?.by === 'pointer') showPointer(readout.mx, readout.at);
    else if (readout?.by === 'key') showPoint(readout.i, true);
  }

  /** The last point that can be read: drawn data stop at the cursor (−1: none yet). */
  function lastReadable(): number {
    const d = data, s = shown;
    if (!d || !s) return -1;
    if (s.bucket !== null) return s.count - 1;
    return d.cursor === null ? d.count - 1 : lastAtOrBefore(d.times, d.cursor, d.count);
  }

  function hideReadout(): void {
    hoverLine.style('display', 'none');
    tooltip.hide();
  }

  function showPointer(mx: number, at: [number, number]): void {
    const s = shown, limit = lastReadable();
    if (!s || limit < 0) return hideReadout();
    const t = x.invert(mx);
    let i = Math.min(limit, Math.max(0, lastAtOrBefore(s.times, t, s.count)));
    // In buckets, the bucket under the pointer; else the nearest point.
    if (s.bucket !== null) i = Math.min(limit, Math.max(0, Math.ceil(t / s.bucket) - 1));
    else if (i < limit && Math.abs(s.times[i + 1]! - t) < Math.abs(s.times[i]! - t)) i++;
    showPoint(i, false, at);
  }

  /**
   * The read-out at shown point i: a line at its time and the tooltip beside it (at `at` in
   * root, or beside the point's line for the keyboard). Keyboard read-outs are also announced.
   */
  function showPoint(i: number, byKey: boolean, at?: [number, number]): void {
    const d = data, s = shown, limit = lastReadable();
    if (!d || !s || limit < 0) return hideReadout();
    i = Math.min(i, limit);
    const px = x(s.times[i]!);
    hoverLine.style('display', null).attr('x1', px).attr('x2', px);
    const { title, rows } = readoutAt(d, s, i);
    const anchor = at ?? [wrap.offsetLeft + CHART_MARGIN.left + px, wrap.offsetTop + CHART_MARGIN.top + Math.min(totalH / 2, 60)];
    tooltip.show({ title, rows }, anchor[0], anchor[1]);
    if (byKey) {
      const said = `${title}: ${rows.map((r) => `${r.label.trim()} ${r.value}`).join('; ')}`;
      if (announce.textContent !== said) announce.textContent = said;
    }
  }

  overlay
    .on('pointermove', (ev: PointerEvent) => {
      readout = { by: 'pointer', mx: pointer(ev)[0], at: pointer(ev, root) };
      showPointer(readout.mx, readout.at);
    })
    .on('pointerleave', () => {
      if (readout?.by !== 'pointer') return;
      readout = null;
      hideReadout();
    });

  const stopKeys = keyboardReadout(wrap, {
    count: () => lastReadable() + 1,
    start: () => lastReadable(),
    show(i) {
      readout = { by: 'key', i };
      showPoint(i, true);
    },
    hide() {
      if (readout?.by !== 'key') return;
      readout = null;
      hideReadout();
    },
  });

  return {
    render,
    get complete() {
      return !panels.some((p) => p.dirty);
    },
    reset() {
      steps.reset();
      for (const p of panels) {
        p.seenMax = 0;
        p.scanned = -1;
        p.dirty = true;
      }
      drawnVersion = -1;
    },
    destroy() {
      stopObserving();
      stopKeys();
      shared?.leave();
      wrap.remove();
      tooltip.element.remove();
    },
  };
}

/** The top of a y domain: a round number ≥ v (1, 2, 2.5, 5 × 10^k). */
function niceTop(v: number, integer: boolean): number {
  if (!(v > 0)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const top = m * p;
    if (top >= v - 1e-9 && (!integer || Number.isInteger(top))) return top;
  }
  return Math.ceil(v);
}
