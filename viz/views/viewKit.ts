// What every view shares: the View contract, one stylesheet (injected once, so the views look
// the same in the live page and in a static report), a tooltip that only ever sets text (agent
// and queue names come from user files), and container-size tracking.

export { formatEstimate, formatValue } from '../../sim/cli/formatEstimate.ts';
export type { Unit } from '../../sim/cli/formatEstimate.ts';
export { formatDuration, formatClock } from '../../sim/scenario/units.ts';
import { INK, MUTED, GRID, FONT, WARN } from './palette.ts';

/** A view: a factory takes a container and returns this. update() must be cheap to call often. */
export interface View<D> {
  update(data: D): void;
  destroy(): void;
}

const CSS = `
.ov-view { font-family: ${FONT}; color: ${INK}; position: relative; min-width: 0; }
.ov-view svg { display: block; overflow: visible; font-family: ${FONT}; }
.ov-title { font-size: 0.95rem; font-weight: 600; margin: 0 0 0.15rem; color: ${INK}; }
.ov-subtitle { font-size: 0.78rem; color: ${MUTED}; margin: 0 0 0.4rem; line-height: 1.35; }
.ov-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; font-size: 0.78rem; color: ${INK}; margin: 0 0 0.35rem; }
.ov-legend-item { display: inline-flex; align-items: center; gap: 0.3rem; white-space: nowrap; }
.ov-legend svg { display: inline-block; flex: none; }
.ov-axis text { fill: ${MUTED}; font-size: 11px; }
.ov-axis path, .ov-axis line { stroke: #aeb5c2; }
.ov-axis-label { fill: ${MUTED}; font-size: 11px; }
.ov-grid line { stroke: ${GRID}; }
.ov-grid path { display: none; }
.ov-panel-title { fill: ${INK}; font-size: 12px; font-weight: 600; }
.ov-panel-note { fill: ${MUTED}; font-size: 11px; font-weight: 400; }
.ov-chart { position: relative; border-radius: 4px; }
.ov-chart:focus { outline: none; }
.ov-chart:focus-visible { outline: 2px solid #0072B2; outline-offset: 3px; }
.ov-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.ov-data-clip { position: absolute; overflow: hidden; pointer-events: none; will-change: transform; }
.ov-data-clip svg { display: block; overflow: visible; }
.ov-cursor-line { position: absolute; width: 0; border-left: 1px dashed ${INK}; pointer-events: none; will-change: transform; }
.ov-cursor-text { position: absolute; color: ${INK}; font-size: 11px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap;
  pointer-events: none; will-change: transform; line-height: 1; }
.ov-marker-layer { position: absolute; width: 0; height: 0; pointer-events: none; }
.ov-marker { position: absolute; left: -5px; top: -5px; width: 7px; height: 7px; border-radius: 50%; border: 1.5px solid #fff; will-change: transform; }
.ov-cursor-line[hidden], .ov-cursor-text[hidden], .ov-marker[hidden] { display: none; }
.ov-hover { stroke: ${MUTED}; stroke-width: 1; }
.ov-tooltip { position: absolute; z-index: 20; pointer-events: none; background: rgba(255,255,255,0.97); color: ${INK};
  border: 1px solid #c5cbd6; border-radius: 6px; box-shadow: 0 2px 8px rgba(20,30,50,0.16); padding: 0.35rem 0.55rem;
  font-size: 0.78rem; line-height: 1.4; max-width: 22rem; font-variant-numeric: tabular-nums; }
.ov-tooltip[hidden] { display: none; }
.ov-tooltip-title { font-weight: 600; margin-bottom: 0.15rem; }
.ov-tooltip-row { display: flex; gap: 0.8rem; justify-content: space-between; align-items: baseline; }
.ov-tooltip-key { display: inline-flex; align-items: center; gap: 0.3rem; color: ${MUTED}; }
.ov-tooltip-swatch { width: 0.6rem; height: 0.6rem; border-radius: 2px; display: inline-block; flex: none; }
.ov-tooltip-value { font-weight: 600; }
.ov-tooltip-note { color: ${MUTED}; font-size: 0.72rem; margin-top: 0.15rem; }
.ov-empty { fill: ${MUTED}; font-size: 12px; }
.ov-tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(16.5rem, 1fr)); gap: 0.7rem; }
.ov-tile { border: 1px solid #dfe3ea; border-radius: 8px; padding: 0.55rem 0.7rem 0.6rem; background: #fff; border-top-width: 4px; min-width: 0; }
.ov-tile h4 { margin: 0 0 0.35rem; font-size: 0.9rem; display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; }
.ov-tile h4 small { font-weight: 400; color: ${MUTED}; font-size: 0.75rem; }
.ov-tile-counts { margin: 0 0 0.45rem; font-size: 0.78rem; color: ${MUTED}; font-variant-numeric: tabular-nums; }
.ov-tile-counts .ov-value { color: ${INK}; font-weight: 600; }
.ov-metrics { display: grid; grid-template-columns: auto 1fr; gap: 0.2rem 0.7rem; margin: 0; align-items: baseline; }
.ov-metrics dt { font-size: 0.78rem; color: ${MUTED}; white-space: nowrap; }
.ov-metrics dd { margin: 0; font-size: 0.92rem; font-variant-numeric: tabular-nums; display: flex; flex-wrap: wrap; gap: 0.1rem 0.6rem; align-items: baseline; }
.ov-metrics dd .ov-value { font-weight: 600; }
.ov-nowrap { white-space: nowrap; }
.ov-brands { margin: 0.5rem 0 0; border-collapse: collapse; font-size: 0.78rem; font-variant-numeric: tabular-nums; width: 100%; }
.ov-brands th, .ov-brands td { text-align: right; padding: 0.1rem 0 0.1rem 0.6rem; vertical-align: baseline; }
.ov-brands th:first-child { text-align: left; padding-left: 0; font-weight: 400; color: ${MUTED}; }
.ov-brands thead th { white-space: nowrap; font-weight: 400; color: ${MUTED}; border-bottom: 1px solid ${GRID}; }
.ov-brands td .ov-value { font-weight: 600; }
.ov-windows { margin: 0.8rem 0 0; container-type: inline-size; }
.ov-windows h4 { margin: 0 0 0.3rem; font-size: 0.9rem; }
.ov-windows-scroll { overflow-x: auto; }
.ov-windows-table { border-collapse: collapse; font-size: 0.8rem; font-variant-numeric: tabular-nums; width: 100%; }
/* Where the width is short (side by side), headings and figures wrap (a figure's mean and its ± stay whole) rather than the last columns being cut off. */
.ov-windows-table th, .ov-windows-table td { text-align: right; padding: 0.15rem 0 0.15rem 0.6rem; vertical-align: baseline; }
.ov-windows-table thead th { font-weight: 400; color: ${MUTED}; border-bottom: 1px solid ${GRID}; vertical-align: bottom; }
.ov-windows-table th:first-child { text-align: left; padding-left: 0; }
.ov-windows-table tbody th { font-weight: 400; }
.ov-windows-table tbody th small { color: ${MUTED}; margin-left: 0.5rem; font-size: 0.75rem; display: inline-block; white-space: nowrap; }
.ov-windows-table .ov-windows-channel th { font-weight: 600; padding: 0.45rem 0 0.1rem 0.45rem; border-left: 4px solid; }
.ov-windows-table .ov-windows-brand th { padding-left: 1.2rem; color: ${MUTED}; }
.ov-windows-table .ov-windows-brand th::before { content: "· "; }
.ov-windows-table .ov-windows-brand td .ov-value { font-weight: 400; }
.ov-windows-table td .ov-value { font-weight: 600; }
.ov-windows-table td .ov-value .ov-spread { font-weight: 400; }
/* Too narrow for a figure and its ± side by side in every column (side by side at 1920 px, the last column was cut off): each on its own line, in every row alike. */
@container (max-width: 1100px) {
  .ov-windows-table td .ov-value .ov-spread, .ov-windows-table tbody th small { display: block; margin-left: 0; }
}
.ov-analytic { font-size: 0.75rem; color: ${MUTED}; white-space: nowrap; }
.ov-analytic b { color: ${INK}; font-weight: 600; }
.ov-tile-note { font-size: 0.72rem; color: ${MUTED}; margin: 0.45rem 0 0; line-height: 1.35; }
/* Figures that leave out many customers (unanswered at the end): said in the page's warning amber, under the counts. */
.ov-tile-note.ov-tile-warning { color: #6b4a00; margin: 0.2rem 0 0.35rem; }
.ov-progress { display: flex; flex-direction: column; gap: 0.4rem; padding: 0.8rem 0.2rem; font-size: 0.85rem; color: ${MUTED}; }
.ov-progress-bar { height: 6px; border-radius: 3px; background: ${GRID}; overflow: hidden; max-width: 24rem; }
.ov-progress-bar > div { height: 100%; background: #0072B2; width: 0; transition: width 0.2s; }
.ov-board-summary { font-size: 0.78rem; color: ${MUTED}; margin: 0 0 0.35rem; font-variant-numeric: tabular-nums; }
.ov-board-summary b { color: ${INK}; font-weight: 600; }
.ov-board canvas { display: block; }
.ov-board-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.8rem; margin: 0 0 0.35rem; font-size: 0.78rem; color: ${MUTED}; }
.ov-board-bar[hidden], .ov-board-modes[hidden] { display: none; }
.ov-board-modes { display: inline-flex; }
.ov-board-modes button { font: inherit; font-size: 0.75rem; color: ${INK}; background: #fff; border: 1px solid #c5cbd6; padding: 0.1rem 0.55rem; cursor: pointer; }
.ov-board-modes button:first-child { border-radius: 4px 0 0 4px; }
.ov-board-modes button:last-child { border-radius: 0 4px 4px 0; border-left: none; }
.ov-board-modes button[aria-pressed=true] { background: ${INK}; border-color: ${INK}; color: #fff; }
.ov-board-modes button:focus-visible { outline: 2px solid #0072B2; outline-offset: 1px; }
.ov-density-team { position: relative; margin: 0 0 0.55rem; }
.ov-density-head { margin: 0 0 0.2rem; font-size: 0.75rem; color: ${MUTED}; font-variant-numeric: tabular-nums; line-height: 1.35; }
.ov-density-head b { color: ${INK}; font-weight: 600; }
.ov-density-mark { position: absolute; box-sizing: border-box; border: 2px solid ${INK}; border-radius: 2px; pointer-events: none; }
.ov-density-mark[hidden] { display: none; }
.ov-warn { color: ${WARN}; }
.ov-hist-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 0.4rem 1rem; }
.ov-hist-grid > div { position: relative; min-width: 0; }
.ov-flow-node text { font-size: 11.5px; fill: ${INK}; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.ov-flow-node .ov-flow-count { font-weight: 600; font-variant-numeric: tabular-nums; }
.ov-flow-band { fill: ${MUTED}; font-size: 11px; font-weight: 600; letter-spacing: 0.02em; }
`;

/** Adds the views' stylesheet to the document once. */
export function ensureViewStyles(doc: Document = document): void {
  if (doc.getElementById('omnisim-view-styles')) return;
  const style = doc.createElement('style');
  style.id = 'omnisim-view-styles';
  style.textContent = CSS;
  doc.head.append(style);
}

/** An element maker for `doc`: el('td', 'class', 'text'), class and text optional. */
export function elementMaker(doc: Document) {
  return <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
}

/** Creates the root element of a view inside `container`, with an optional title and subtitle. */
export function viewRoot(container: HTMLElement, cls: string, title: string | false, subtitle?: string): { root: HTMLDivElement; subtitle: HTMLParagraphElement | null } {
  ensureViewStyles(container.ownerDocument);
  const root = container.ownerDocument.createElement('div');
  root.className = `ov-view ${cls}`;
  if (title !== false) {
    const h = container.ownerDocument.createElement('h3');
    h.className = 'ov-title';
    h.textContent = title;
    root.append(h);
  }
  let sub: HTMLParagraphElement | null = null;
  if (subtitle !== undefined) {
    sub = container.ownerDocument.createElement('p');
    sub.className = 'ov-subtitle';
    sub.textContent = subtitle;
    root.append(sub);
  }
  container.append(root);
  return { root, subtitle: sub };
}

export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

export interface TooltipContent {
  title: string;
  rows?: readonly TooltipRow[];
  note?: string;
}

export interface Tooltip {
  /** Shows the content beside the point (x, y) — pixels relative to the tooltip's host — kept inside the host's width. */
  show(content: TooltipContent, x: number, y: number): void;
  hide(): void;
  readonly element: HTMLDivElement;
}

/** A tooltip inside `host` (made position: relative if it is static). Text only — never HTML. */
export function createTooltip(host: HTMLElement): Tooltip {
  const doc = host.ownerDocument;
  // The host's position is read when the tooltip is first shown, not here: reading a computed
  // style while a view is being built makes the browser restyle the whole page there and then.
  let positioned = false;
  const el = doc.createElement('div');
  el.className = 'ov-tooltip';
  el.hidden = true;
  el.setAttribute('role', 'tooltip');
  host.append(el);
  let lastKey = '';
  return {
    element: el,
    show(content, x, y) {
      if (!positioned) {
        positioned = true;
        if (doc.defaultView?.getComputedStyle(host).position === 'static') host.style.position = 'relative';
      }
      const key = JSON.stringify(content);
      if (key !== lastKey) {
        lastKey = key;
        el.replaceChildren();
        const t = doc.createElement('div');
        t.className = 'ov-tooltip-title';
        t.textContent = content.title;
        el.append(t);
        for (const r of content.rows ?? []) {
          const row = doc.createElement('div');
          row.className = 'ov-tooltip-row';
          const k = doc.createElement('span');
          k.className = 'ov-tooltip-key';
          if (r.color) {
            const sw = doc.createElement('span');
            sw.className = 'ov-tooltip-swatch';
            sw.style.background = r.color;
            k.append(sw);
          }
          k.append(r.label);
          const v = doc.createElement('span');
          v.className = 'ov-tooltip-value';
          v.textContent = r.value;
          row.append(k, v);
          el.append(row);
        }
        if (content.note) {
          const n = doc.createElement('div');
          n.className = 'ov-tooltip-note';
          n.textContent = content.note;
          el.append(n);
        }
      }
      el.hidden = false;
      // Keep inside the host: flip to the left of the pointer near the right edge.
      const w = el.offsetWidth, h = el.offsetHeight, hostW = host.clientWidth;
      const left = x + 16 + w > hostW ? Math.max(0, x - 16 - w) : x + 16;
      const top = Math.max(0, y - h / 2);
      el.style.left = `${left}px`;
      el.style.top = `${top}px`;
    },
    hide() {
      el.hidden = true;
    },
  };
}

/**
 * Calls `onResize(width)` with the element's content width now and whenever it changes
 * (rounded to whole pixels; repeated widths are skipped). Returns the function that stops it.
 */
export function observeWidth(el: HTMLElement, onResize: (width: number) => void): () => void {
  let last = -1;
  const fire = (w: number) => {
    const r = Math.max(0, Math.floor(w));
    if (r === last || r === 0) return;
    last = r;
    onResize(r);
  };
  // No synchronous read of the width (that would force a layout of the whole page per view):
  // the observer reports the first size after the next layout, before the frame is painted.
  if (typeof ResizeObserver === 'undefined') {
    fire(el.clientWidth);
    return () => {};
  }
  const ro = new ResizeObserver((entries) => {
    const e = entries[entries.length - 1];
    if (e) fire(e.contentRect.width);
  });
  ro.observe(el);
  return () => ro.disconnect();
}

/** Index of the last element of a sorted array ≤ x (−1 if none): binary search. */
export function lastAtOrBefore(xs: ArrayLike<number>, x: number, length = xs.length): number {
  let lo = 0, hi = length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

let measureCtx: CanvasRenderingContext2D | null = null;

/** Width in pixels of `text` in a CSS `font` (e.g. "600 12px system-ui"), for laying out labels. */
export function textWidth(text: string, font: string): number {
  if (!measureCtx) measureCtx = document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 7;
  measureCtx.font = font;
  return measureCtx.measureText(text).width;
}

/**
 * `text` broken at spaces into lines no wider than `maxWidth` in `font`. A single word wider
 * than that stays whole on its own line (the caller decides whether to shorten it).
 */
export function wrapText(text: string, maxWidth: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
