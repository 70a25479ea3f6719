// The agent board as one cell per agent, for teams too large for cards: each team under a line
// of its live figures (text), then a canvas of cells coloured by what the agent is doing
// (agentCellState.ts), laid out by densityLayout.ts. An update compares each agent's state code
// with the one shown, paints the cells that changed into the team's pixels and hands the
// browser only the rows they span; its cost is one pass over typed arrays plus the changed
// cells, and the board's size is bounded by the layout, so 100,000 agents update in a few ms.
// Invariant: `shown` holds the state code each cell shows (NO_CELL: not painted since the
// last layout).

import type { RunMeta } from '../protocol.ts';
import { CELL_STATES, cellState } from './agentCellState.ts';
import { densityLayout, cellOrigin, cellAt } from './densityLayout.ts';
import type { DensityLayout } from './densityLayout.ts';
import { teamHeading, teamLine } from './teamFigures.ts';
import type { BoardRoster } from './teamFigures.ts';
import type { BoardInput, BoardRenderer } from './BoardRenderer.ts';

const NO_CELL = 255;

interface TeamCanvas {
  start: number;
  count: number;
  box: HTMLDivElement;
  line: HTMLSpanElement;
  lineText: string;
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  image: ImageData;
  /** The image's pixels, one 32-bit RGBA word each. */
  px: Uint32Array;
  /** Device-pixel width of the image. */
  w: number;
}

/** The state colours as 32-bit pixels in the machine's byte order (ImageData is RGBA bytes). */
function pixelColors(): Uint32Array {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  return Uint32Array.from(CELL_STATES, ({ color }) => {
    const v = parseInt(color.slice(1), 16), r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
    return (littleEndian ? ((255 << 24) | (b << 16) | (g << 8) | r) : ((r << 24) | (g << 16) | (b << 8) | 255)) >>> 0;
  });
}

export function createDensityBoard(host: HTMLElement): BoardRenderer {
  const doc = host.ownerDocument;
  const el = doc.createElement('div');
  el.className = 'ov-density';
  host.append(el);
  const mark = doc.createElement('div');
  mark.className = 'ov-density-mark';
  mark.hidden = true;
  const colors = pixelColors();
  let teams: TeamCanvas[] = [];
  let grid: DensityLayout | null = null;
  let shown = new Uint8Array(0);
  let laidOutFor: RunMeta | null = null;
  let laidOutWidth = -1;
  let dpr = 1;
  let lastDrawn = 0;

  function layout(m: RunMeta, r: BoardRoster, width: number): void {
    dpr = globalThis.devicePixelRatio || 1;
    const l = densityLayout(r.blocks.map((b) => b.count), width);
    // In device pixels, as draw() paints: a cell's edge is its CSS edge rounded, its side the cell's side rounded.
    const span = Math.round(l.cell * dpr);
    const deviceW = Math.round((l.cols - 1) * l.pitch * dpr) + span;
    teams = r.blocks.map((b, k) => {
      const box = doc.createElement('div');
      box.className = 'ov-density-team';
      const head = doc.createElement('p');
      head.className = 'ov-density-head';
      const name = doc.createElement('b');
      name.textContent = teamHeading(b);
      const line = doc.createElement('span');
      head.append(name, line);
      const canvas = doc.createElement('canvas');
      canvas.dataset['block'] = String(k);
      const deviceH = Math.round((l.blocks[k]!.rows - 1) * l.pitch * dpr) + span;
      canvas.width = deviceW;
      canvas.height = deviceH;
      canvas.style.width = `${deviceW / dpr}px`;
      canvas.style.height = `${deviceH / dpr}px`;
      const ctx = canvas.getContext('2d')!;
      const image = ctx.createImageData(canvas.width, canvas.height);
      const px = new Uint32Array(image.data.buffer);
      box.append(head, canvas);
      return { start: b.start, count: b.count, box, line, lineText: '', canvas, ctx, image, px, w: canvas.width };
    });
    el.replaceChildren(...teams.map((t) => t.box));
    mark.hidden = true;
    grid = l;
    shown = new Uint8Array(r.n).fill(NO_CELL);
    laidOutFor = m;
    laidOutWidth = width;
  }

  function draw(input: BoardInput): boolean {
    const { meta: m, roster: r, width } = input;
    if (width === 0) return false;
    let full = input.force;
    if (laidOutFor !== m || laidOutWidth !== width || (globalThis.devicePixelRatio || 1) !== dpr) {
      layout(m, r, width);
      full = true;
    }
    if (full) {
      for (const t of teams) t.px.fill(0xffffffff);
      shown.fill(NO_CELL);
    }
    const A = input.frame?.agents ?? null;
    let changed = 0, texts = false;
    const cm = r.capMessaging, ce = r.capEmail, cv = r.capVoice;
    const { pitch, cell, cols } = grid!;
    // Device-pixel edges of each column's and row's cells, computed once per drawing.
    const edge = (k: number) => Math.round(k * pitch * dpr);
    const span = Math.round(cell * dpr);
    teams.forEach((t, b) => {
      const { px, w } = t;
      let top = Infinity, bottom = -Infinity;
      for (let k = 0, i = t.start, col = 0, row = 0; k < t.count; k++, i++) {
        const code = cellState(A, i, cm[i]!, ce[i]!, cv[i]!);
        if (code !== shown[i]) {
          shown[i] = code;
          changed++;
          const color = colors[code]!, x0 = edge(col), y0 = edge(row);
          for (let y = y0; y < y0 + span; y++) for (let o = y * w + x0, end = o + span; o < end; o++) px[o] = color;
          if (y0 < top) top = y0;
          if (y0 + span > bottom) bottom = y0 + span;
        }
        if (++col === cols) {
          col = 0;
          row++;
        }
      }
      if (full) t.ctx.putImageData(t.image, 0, 0);
      else if (bottom > top) t.ctx.putImageData(t.image, 0, 0, 0, top, t.w, bottom - top);
      const text = teamLine(r.blocks[b]!, input.teams?.[b] ?? null);
      if (text !== t.lineText) {
        t.lineText = text;
        t.line.textContent = ` · ${text}`;
        texts = true;
      }
    });
    lastDrawn = changed;
    return full || changed > 0 || texts;
  }

  return {
    draw,
    agentAt(ev) {
      const target = ev.target as HTMLElement | null;
      const k = target?.tagName === 'CANVAS' && el.contains(target) ? Number(target.dataset['block']) : NaN;
      if (!grid || !Number.isInteger(k)) return -1;
      return cellAt(grid, k, ev.offsetX, ev.offsetY);
    },
    hover(i) {
      const l = grid;
      // The team holding agent i: teams are few next to agents, and hovering is one agent at a time.
      const t = l && i >= 0 ? teams.find((x) => i >= x.start && i < x.start + x.count) : undefined;
      if (!l || !t) {
        mark.hidden = true;
        return;
      }
      const [x, y] = cellOrigin(l, i - t.start);
      if (mark.parentElement !== t.box) t.box.append(mark);
      mark.style.left = `${t.canvas.offsetLeft + x - 2}px`;
      mark.style.top = `${t.canvas.offsetTop + y - 2}px`;
      mark.style.width = mark.style.height = `${l.cell + 4}px`;
      mark.hidden = false;
    },
    get drawnCards() {
      return lastDrawn;
    },
    complete: true,
    destroy() {
      el.remove();
    },
  };
}
