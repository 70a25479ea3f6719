// The agent board as cards, one per agent, on a canvas: a card is two opaque sprites — row 1
// per (agent, status), row 2 per (capacity, use) — copied from atlases (cardSprites.ts), plus
// its border; only cards whose numbers changed are redrawn (boardPlan.ts). The canvas is a
// stack of strips (boardStrips.ts), so that an update hands the compositor only the strips it
// drew on; while a run streams in, an update draws the cards of a few strips with changes, in
// turn. An update's canvas work follows the cards it draws, never the size of the board. After a
// new layout the strips come into use one at a time (StripWarmup.ts), each with its grid.
// Invariant: the strips always show exactly `drawn`.

import type { RunMeta } from '../protocol.ts';
import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import { STATUS_NAMES, MUTED, WARN, FONT } from './palette.ts';
import { SpriteAtlas } from './SpriteAtlas.ts';
import type { Sprite } from './SpriteAtlas.ts';
import { planCards } from './boardPlan.ts';
import { planStrips } from './boardStrips.ts';
import { StripWarmup } from './StripWarmup.ts';
import type { Strip } from './boardStrips.ts';
import { CARD_H, SPLIT, OFFLINE_FILL, renderRowOne, renderRowTwo } from './cardSprites.ts';
import { isOver, teamHeading } from './teamFigures.ts';
import { agentName } from '../agentColumns.ts';
import type { BoardRoster } from './teamFigures.ts';
import type { BoardInput, BoardRenderer } from './BoardRenderer.ts';

const GAP = 6;
const TEAM_H = 20;
const SMALL_FONT = `10.5px ${FONT}`;
const CARD_BORDER = '#d7dce4';
const OFFLINE = 3;
/**
 * New name-and-status sprites rendered per update: a 200-agent board's first drawing is spread
 * over a few frames instead of one long task. The first sprites of a page are cold (code not yet
 * optimised, fonts not yet shaped): 48 took 12 ms in the first update as a run streamed in on a
 * loaded machine, ≈ 90 µs each in a micro-benchmark's first pass, ≈ 30 µs warm. 24 per update
 * keep up with the strips coming into use (about 32 cards each, one per three frames).
 */
const SPRITE_BUDGET = 24;
/** Strips at most this tall (CSS pixels): a 200-agent board at 1540 px is 7 strips of 4 card rows. */
const STRIP_MAX = 220;
/**
 * Least time between two strips coming into use (StripWarmup.ts): a strip's first three copies to
 * the compositor, in the three commits after it is first drawn on, are the costly ones.
 */
const STRIP_GAP_MS = 50;

interface CanvasStrip extends Strip {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
}

/**
 * Cards at least `minCardW` CSS pixels wide, in as many columns as fit. `now`: the clock (ms) that
 * paces the strips coming into use (tests pass their own).
 */
export function createCardBoard(host: HTMLElement, minCardW: number, now: () => number = () => performance.now()): BoardRenderer {
  const doc = host.ownerDocument;
  const stack = doc.createElement('div');
  stack.className = 'ov-board-strips';
  host.append(stack);
  let strips: CanvasStrip[] = [];
  /** The strip of each card: never decreasing, as cards are laid out in roster order. */
  let stripOf = new Int32Array(0);
  /** The first card of each strip, and the card count as the last entry. */
  let stripStart = new Int32Array(1);
  const warmup = new StripWarmup(STRIP_GAP_MS);
  /** The strip whose turn is next under a strip budget. */
  let nextStrip = 0;
  let width = 0;
  let dpr = 1;
  let cardW = minCardW;
  /** Each card's top-left corner (CSS px); cardY never decreases. */
  let cardX = new Float64Array(0);
  let cardY = new Float64Array(0);
  let teamHeads: { text: string; y: number }[] = [];
  let laidOutFor: RunMeta | null = null;
  let laidOutWidth = -1;
  let meta: RunMeta | null = null;
  let roster: BoardRoster | null = null;
  /** The numbers on the strips (null: drawn without a frame, or not yet). */
  let drawn: Float64Array | null = null;
  let rows1: SpriteAtlas | null = null;
  let rows2: SpriteAtlas | null = null;
  let lastDrawnCards = 0;
  /** Cards left for the next update by the sprite budget. */
  let pending = 0;

  /** Cards in a grid, a new row per team under a heading; sizes the strips for the pixel ratio. */
  function layout(m: RunMeta, r: BoardRoster): void {
    const cols = Math.max(1, Math.floor((width + GAP) / (minCardW + GAP)));
    cardW = Math.floor((width - GAP * (cols - 1)) / cols);
    cardX = new Float64Array(r.n);
    cardY = new Float64Array(r.n);
    teamHeads = [];
    const rowTops: number[] = [];
    let y = 0, col = 0;
    for (const b of r.blocks) {
      if (b.start > 0 && col > 0) y += CARD_H + GAP;
      col = 0;
      teamHeads.push({ text: teamHeading(b), y: y + 13 });
      y += TEAM_H;
      for (let i = b.start; i < b.start + b.count; i++) {
        if (col === 0) rowTops.push(y);
        cardX[i] = col * (cardW + GAP);
        cardY[i] = y;
        if (++col === cols) {
          col = 0;
          y += CARD_H + GAP;
        }
      }
    }
    if (col > 0) y += CARD_H;
    const height = Math.max(CARD_H, y);
    dpr = globalThis.devicePixelRatio || 1;
    stack.style.width = `${width}px`;
    stack.style.height = `${height}px`;
    strips = planStrips(rowTops, height, STRIP_MAX, dpr).map((st) => {
      const c = doc.createElement('canvas');
      c.style.width = `${width}px`;
      c.style.height = `${st.height}px`;
      c.width = Math.round(width * dpr);
      c.height = Math.round(st.height * dpr);
      // An opaque canvas is black until drawn on: its context is made when the strip comes into
      // use (its grid), so that a strip waiting for its turn is blank (the view shows through).
      let ctx: CanvasRenderingContext2D | null = null;
      return { ...st, canvas: c, get ctx() { return (ctx ??= c.getContext('2d', { alpha: false })!); } };
    });
    stack.replaceChildren(...strips.map((st) => st.canvas));
    stripOf = new Int32Array(r.n);
    for (let i = 0, k = 0; i < r.n; i++) {
      while (k + 1 < strips.length && strips[k + 1]!.top <= cardY[i]!) k++;
      stripOf[i] = k;
    }
    stripStart = new Int32Array(strips.length + 1).fill(r.n);
    for (let i = r.n - 1; i >= 0; i--) stripStart[stripOf[i]!] = i;
    // A strip holding no card starts where the next one does.
    for (let k = strips.length - 1; k >= 0; k--) stripStart[k] = Math.min(stripStart[k]!, stripStart[k + 1]!);
    nextStrip = 0;
    rows1 = new SpriteAtlas(doc, cardW - 2, SPLIT - 1, dpr, r.n + 16);
    rows2 = new SpriteAtlas(doc, cardW - 2, CARD_H - 1 - SPLIT, dpr, 64);
    laidOutFor = m;
    laidOutWidth = width;
    drawn = null;
  }

  /** Cards of an ascending list, grouped by strip: [strip, cards] per strip holding some, in O(list). */
  function byStrip(list: readonly number[]): [CanvasStrip, number[]][] {
    const out: [CanvasStrip, number[]][] = [];
    for (const i of list) {
      const st = strips[stripOf[i]!]!;
      const last = out[out.length - 1];
      if (last && last[0] === st) last[1].push(i);
      else out.push([st, [i]]);
    }
    return out;
  }

  function draw(input: BoardInput): boolean {
    const m = input.meta, r = input.roster;
    meta = m;
    roster = r;
    width = input.width;
    if (width === 0) return false;
    const A = input.frame?.agents ?? null;
    let relaidOut = false;
    if (laidOutFor !== m || laidOutWidth !== width || (globalThis.devicePixelRatio || 1) !== dpr) {
      layout(m, r);
      relaidOut = true;
    }
    const full = input.force || relaidOut || drawn === null || A === null;
    // Everything drawn again: each strip is cleared when it comes into use. Without a frame
    // every card is drawn now (planCards), so every strip comes into use now.
    if (full) warmup.reset(strips.length);
    const opened = warmup.take(now(), A === null);
    for (const k of opened) gridStrip(k);
    const stripBudget = input.stripBudget;
    const plan = planCards({
      n: r.n, now: A, shown: full ? null : drawn, gridOnly: relaidOut, budget: SPRITE_BUDGET,
      hasRowOne: (i) => rows1!.has(rowOneKey(i, A)),
      isOver: (i, numbers) => isOver(r, numbers, i),
      drawable: (i) => warmup.inUse(stripOf[i]!),
      ...(stripBudget !== undefined ? { strips: { count: strips.length, of: (i: number) => stripOf[i]!, budget: stripBudget, first: nextStrip } } : {}),
    });
    if (!plan) return opened.length > 0;
    nextStrip = plan.nextStrip;
    const { row1: r1, row2: r2, warnOn, warnOff, deferred } = plan;
    // Only the strips this update draws on: setting up every strip of a 100,000-agent board on
    // every update, while its first drawing took 2,000 updates, was the board's n².
    const touched = stripsOf(r1, r2, warnOn, warnOff);
    // Render missing sprites first, then copy: copying from an atlas between renders into it
    // makes the browser snapshot the whole atlas each time.
    const s1 = r1.map((i) => rowOneSprite(i, A));
    const s2 = r2.map((i) => rowTwoSprite(r, A, i));
    for (const st of touched) deviceAt(st);
    r1.forEach((i, k) => rows1!.draw(strips[stripOf[i]!]!.ctx, s1[k]!, Math.round((cardX[i]! + 1) * dpr), Math.round((cardY[i]! + 1) * dpr)));
    r2.forEach((i, k) => rows2!.draw(strips[stripOf[i]!]!.ctx, s2[k]!, Math.round((cardX[i]! + 1) * dpr), Math.round((cardY[i]! + SPLIT) * dpr)));
    // Borders: the sprites stop 1 px inside the plain border, drawn with the strip's grid;
    // the 2 px warning border lies over the sprites' edges, so it is drawn (or painted out) last.
    for (const st of touched) cssAt(st);
    for (const [st, list] of byStrip(warnOff)) {
      const ctx = st.ctx;
      ctx.lineWidth = 2;
      const white = new Path2D(), grey = new Path2D();
      for (const i of list) warnRect(A![i * AGENT_FIELDS + A_STATUS] === OFFLINE ? grey : white, i);
      ctx.strokeStyle = '#ffffff';
      ctx.stroke(white);
      ctx.strokeStyle = OFFLINE_FILL;
      ctx.stroke(grey);
      // Painting out also covered the inner half of the plain border: draw those again.
      const border = new Path2D();
      for (const i of list) borderRect(border, i);
      ctx.lineWidth = 1;
      ctx.strokeStyle = CARD_BORDER;
      ctx.stroke(border);
    }
    for (const [st, list] of byStrip(warnOn)) {
      const warn = new Path2D();
      for (const i of list) warnRect(warn, i);
      st.ctx.lineWidth = 2;
      st.ctx.strokeStyle = WARN;
      st.ctx.stroke(warn);
    }
    lastDrawnCards = plan.touched;
    drawn = plan.shown;
    pending = deferred.length;
    return true;
  }

  // Each strip's context draws in board coordinates: CSS pixels (cssAt) or device pixels (deviceAt).
  const cssAt = (st: CanvasStrip) => st.ctx.setTransform(dpr, 0, 0, dpr, 0, -st.top * dpr);
  const deviceAt = (st: CanvasStrip) => st.ctx.setTransform(1, 0, 0, 1, 0, -st.top * dpr);
  const borderRect = (p: Path2D, i: number) => p.rect(cardX[i]! + 0.5, cardY[i]! + 0.5, cardW - 1, CARD_H - 1);
  const warnRect = (p: Path2D, i: number) => p.rect(cardX[i]! + 1, cardY[i]! + 1, cardW - 2, CARD_H - 2);

  /**
   * Strip k cleared, with its grid: the team headings in it (or crossing its top) and its cards'
   * plain borders, which the sprites, 1 px inside them, never cover.
   */
  function gridStrip(k: number): void {
    const st = strips[k]!, ctx = st.ctx;
    cssAt(st);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, st.top, width, st.height);
    ctx.font = SMALL_FONT;
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    for (const head of teamHeads) if (head.y + TEAM_H > st.top && head.y - TEAM_H < st.top + st.height) ctx.fillText(head.text, 0, head.y);
    const border = new Path2D();
    for (let i = stripStart[k]!; i < stripStart[k + 1]!; i++) borderRect(border, i);
    ctx.lineWidth = 1;
    ctx.strokeStyle = CARD_BORDER;
    ctx.stroke(border);
  }

  /** The strips holding any card of the lists, each once. */
  function stripsOf(...lists: readonly number[][]): CanvasStrip[] {
    const seen = new Set<number>();
    for (const list of lists) for (const i of list) seen.add(stripOf[i]!);
    return [...seen].map((k) => strips[k]!);
  }

  function rowOneKey(i: number, A: ArrayLike<number> | null): number {
    return i * 5 + (A ? A[i * AGENT_FIELDS + A_STATUS]! : -1) + 1;
  }

  function rowOneSprite(i: number, A: ArrayLike<number> | null): Sprite {
    const code = A ? A[i * AGENT_FIELDS + A_STATUS]! : -1;
    return rows1!.get(rowOneKey(i, A), (g) => renderRowOne(g, cardW, agentName(meta!.agents, i), code < 0 ? null : STATUS_NAMES[code] ?? 'offline'));
  }

  function rowTwoSprite(r: BoardRoster, A: ArrayLike<number> | null, i: number): Sprite {
    const o = i * AGENT_FIELDS;
    const msg = A ? A[o + A_MESSAGING]! : 0, mail = A ? A[o + A_EMAIL]! : 0, voice = A ? A[o + A_VOICE]! : 0;
    const offline = A !== null && A[o + A_STATUS] === OFFLINE;
    const cap = { messaging: r.capMessaging[i]!, email: r.capEmail[i]!, voice: r.capVoice[i]! };
    const key = `${cap.messaging}|${msg}|${cap.email}|${mail}|${cap.voice}|${voice}|${offline ? 1 : 0}`;
    return rows2!.get(key, (g) => renderRowTwo(g, cardW, cap, msg, mail, voice, offline));
  }

  /** The card at CSS point (px, py) of the stack, or -1: the row by binary search, then the column. */
  function indexAt(px: number, py: number): number {
    const n = roster?.n ?? 0;
    let lo = 0, hi = n; // first card whose top is below py
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cardY[mid]! <= py) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    if (last < 0 || py >= cardY[last]! + CARD_H) return -1;
    const col = Math.floor(px / (cardW + GAP));
    if (px < 0 || px - col * (cardW + GAP) >= cardW) return -1;
    const rowY = cardY[last]!;
    let first = last; // the row's first card (a row is at most a few columns)
    while (first > 0 && cardY[first - 1] === rowY) first--;
    const i = first + col;
    return i <= last && cardY[i] === rowY ? i : -1;
  }

  return {
    draw,
    agentAt(ev) {
      const rect = stack.getBoundingClientRect();
      return indexAt(ev.clientX - rect.left, ev.clientY - rect.top);
    },
    hover() {},
    get drawnCards() {
      return lastDrawnCards;
    },
    get complete() {
      return pending === 0 && warmup.complete;
    },
    destroy() {
      stack.remove();
    },
  };
}
