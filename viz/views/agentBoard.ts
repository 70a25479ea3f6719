// Every agent at the time shown, on a canvas: status (glyph shape + colour + word), messaging
// slots as circles (filled = in use; beyond capacity, R29, in the warning style), email load as
// cells, the call state as a pill. A card is two opaque sprites — row 1 per (agent, status),
// row 2 per (capacity, use) — copied from atlases, plus its border; only cards whose numbers
// changed are redrawn. The canvas is a stack of strips (boardStrips.ts), so that an update hands
// the compositor only the strips it drew on; while a run streams in, an update draws the cards
// of a few strips with changes, in turn. Invariant: the strips always show exactly `drawn`.

import type { Frame, RunMeta } from '../protocol.ts';
import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import { CHANNEL_COLOR, STATUS_NAMES, STATUS_COLOR, STATUS_SHAPE, INK, MUTED, WARN, FONT, legend, shade } from './palette.ts';
import type { StatusName } from './palette.ts';
import { viewRoot, createTooltip, observeWidth } from './viewKit.ts';
import type { View, TooltipRow } from './viewKit.ts';
import { SpriteAtlas } from './SpriteAtlas.ts';
import { planCards } from './boardPlan.ts';
import { planStrips } from './boardStrips.ts';
import type { Strip } from './boardStrips.ts';
import type { Sprite } from './SpriteAtlas.ts';

export interface AgentBoardData {
  meta: RunMeta;
  /** The frame at the time shown; null before the first one (cards drawn without status). */
  frame: Frame | null;
  /**
   * Strips with changes drawn by this update, at most (the others in later updates, in turn);
   * all of them when absent.
   */
  stripBudget?: number;
}

export interface AgentBoardOptions {
  title?: string | false;
  /** Smallest card width in CSS pixels (default 176). */
  minCardWidth?: number;
}

/** The board, plus how many cards its last drawing touched (for measurements). */
export interface AgentBoard extends View<AgentBoardData> {
  /** False when the update drew nothing (nothing changed). */
  update(data: AgentBoardData): boolean;
  readonly drawnCards: number;
  /** False while cards wait for their first rendering (call update again next frame). */
  readonly complete: boolean;
}

type Capacity = RunMeta['agents'][number]['capacity'];

const CARD_H = 46;
const GAP = 6;
const TEAM_H = 20;
const PAD = 7;
/** Baselines / centre lines of the two rows, in card coordinates. */
const ROW1 = 15;
const ROW2 = 33;
/** The sprites tile the card inside its 1 px border: row 1 above SPLIT, row 2 below. */
const SPLIT = 24;
const SLOT_R = 4.5;
const SLOT_STEP = 11;
const CELL_STEP = 7.5;
const CELL_H = 9;
const PILL_W = 34;
const PILL_H = 14;
const NAME_FONT = `600 12px ${FONT}`;
const SMALL_FONT = `10.5px ${FONT}`;
const PILL_FONT = `600 9.5px ${FONT}`;
const CARD_BORDER = '#d7dce4';
const SLOT_OUTLINE = '#8a93a3';
const OFFLINE_FILL = '#eef0f3';
const VOICE_WRAP_FILL = '#bfe6da';
const STATUS_WORD: Record<StatusName, string> = { online: '', away: 'away', 'transfers-only': 'transfers only', offline: 'offline' };
const VOICE_WORD = ['idle', 'call', 'wrap'];
const OFFLINE = 3;
/**
 * New name-and-status sprites rendered per update (≈ 0.25 ms each in software): a 200-agent
 * board's first drawing is spread over a few frames instead of one long task.
 */
const SPRITE_BUDGET = 48;
/** Strips at most this tall (CSS pixels): a 200-agent board at 1540 px is 7 strips of 4 card rows. */
const STRIP_MAX = 220;

interface CanvasStrip extends Strip {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
}

export function createAgentBoard(container: HTMLElement, options: AgentBoardOptions = {}): AgentBoard {
  const { root, subtitle } = viewRoot(container, 'ov-board', options.title ?? 'Agents', '');
  if (subtitle) subtitle.className = 'ov-board-summary';
  const doc = root.ownerDocument;
  const legendHost = doc.createElement('div');
  root.append(legendHost);
  legend(legendHost, [
    ...STATUS_NAMES.map((s) => ({ label: s, color: STATUS_COLOR[s], shape: STATUS_SHAPE[s] })),
    { label: 'messaging slot in use / free', color: CHANNEL_COLOR.messaging, shape: 'circle' as const },
    { label: 'email slots in use', color: CHANNEL_COLOR.email, shape: 'square' as const },
    { label: 'on a call (pill: call / wrap / idle)', color: CHANNEL_COLOR.voice, shape: 'square' as const },
    { label: 'over capacity (R29)', color: WARN, shape: 'ring' as const },
  ]);
  const stack = doc.createElement('div');
  stack.className = 'ov-board-strips';
  stack.setAttribute('role', 'img');
  root.append(stack);
  let strips: CanvasStrip[] = [];
  /** The strip of each card. */
  let stripOf: number[] = [];
  /** The strip whose turn is next under a strip budget. */
  let nextStrip = 0;
  let stripBudget: number | undefined;
  const tooltip = createTooltip(root);
  const minCardW = options.minCardWidth ?? 176;

  let width = 0;
  let dpr = 1;
  let cardW = minCardW;
  let cards: { x: number; y: number }[] = [];
  let teamHeads: { text: string; y: number }[] = [];
  let laidOutFor: RunMeta | null = null;
  let laidOutWidth = -1;
  let meta: RunMeta | null = null;
  let frame: Frame | null = null;
  /** The numbers on the strips (null: drawn without a frame, or not yet). */
  let drawn: Float64Array | null = null;
  let rows1: SpriteAtlas | null = null;
  let rows2: SpriteAtlas | null = null;
  let lastDrawnCards = 0;
  /** Cards left for the next update by the sprite budget. */
  let pending = 0;
  let summaryText = '';
  let hoverIndex = -1;
  let hoverAt: [number, number] = [0, 0];

  const stopObserving = observeWidth(root, (w) => {
    width = w;
    draw(true);
  });

  /** Cards in a grid, a new row per team under a heading; sizes the strips for the pixel ratio. */
  function layout(m: RunMeta): void {
    const cols = Math.max(1, Math.floor((width + GAP) / (minCardW + GAP)));
    cardW = Math.floor((width - GAP * (cols - 1)) / cols);
    cards = [];
    teamHeads = [];
    const teamCounts = new Map<string, number>();
    for (const a of m.agents) teamCounts.set(a.team, (teamCounts.get(a.team) ?? 0) + 1);
    let y = 0, col = 0;
    let team: string | null = null;
    for (const a of m.agents) {
      if (a.team !== team) {
        if (team !== null && col > 0) y += CARD_H + GAP;
        team = a.team;
        col = 0;
        const n = teamCounts.get(a.team)!, cap = a.capacity;
        teamHeads.push({ text: `${a.team} · ${n} agent${n === 1 ? '' : 's'} · capacity ${cap.messaging} messaging / ${cap.email} email / ${cap.voice} voice`, y: y + 13 });
        y += TEAM_H;
      }
      cards.push({ x: col * (cardW + GAP), y });
      if (++col === cols) {
        col = 0;
        y += CARD_H + GAP;
      }
    }
    if (col > 0) y += CARD_H;
    const height = Math.max(CARD_H, y);
    dpr = globalThis.devicePixelRatio || 1;
    stack.style.width = `${width}px`;
    stack.style.height = `${height}px`;
    const planned = planStrips([...new Set(cards.map((c) => c.y))], height, STRIP_MAX, dpr);
    strips = planned.map((st) => {
      const c = doc.createElement('canvas');
      c.style.width = `${width}px`;
      c.style.height = `${st.height}px`;
      c.width = Math.round(width * dpr);
      c.height = Math.round(st.height * dpr);
      return { ...st, canvas: c, ctx: c.getContext('2d', { alpha: false })! };
    });
    stack.replaceChildren(...strips.map((st) => st.canvas));
    let k = 0;
    stripOf = cards.map((c) => {
      while (k + 1 < strips.length && strips[k + 1]!.top <= c.y) k++;
      return k;
    });
    nextStrip = 0;
    rows1 = new SpriteAtlas(doc, cardW - 2, SPLIT - 1, dpr, m.agents.length + 16);
    rows2 = new SpriteAtlas(doc, cardW - 2, CARD_H - 1 - SPLIT, dpr, 64);
    laidOutFor = m;
    laidOutWidth = width;
    drawn = null;
  }

  /** Draws what changed since the last drawing (everything after a layout change, or when forced); false if nothing. */
  function draw(force = false): boolean {
    const m = meta;
    if (!m || width === 0) return false;
    const A = frame?.agents ?? null;
    const n = m.agents.length;
    let relaidOut = false;
    if (laidOutFor !== m || laidOutWidth !== width || (globalThis.devicePixelRatio || 1) !== dpr) {
      layout(m);
      relaidOut = true;
    }
    const full = force || relaidOut || drawn === null || A === null;
    const plan = planCards({
      n, now: A, shown: full ? null : drawn, gridOnly: relaidOut, budget: SPRITE_BUDGET,
      hasRowOne: (i) => rows1!.has(rowOneKey(i, A)),
      isOver: (i, numbers) => isOver(m.agents[i]!.capacity, numbers, i * AGENT_FIELDS),
      ...(stripBudget !== undefined ? { strips: { count: strips.length, of: (i: number) => stripOf[i]!, budget: stripBudget, first: nextStrip } } : {}),
    });
    if (!plan) return false;
    nextStrip = plan.nextStrip;
    const { row1: r1, row2: r2, warnOn, warnOff, deferred } = plan;
    // Each strip's context draws in board coordinates: CSS pixels (cssAt) or device pixels (deviceAt).
    const cssAt = (st: CanvasStrip) => st.ctx.setTransform(dpr, 0, 0, dpr, 0, -st.top * dpr);
    const deviceAt = (st: CanvasStrip) => st.ctx.setTransform(1, 0, 0, 1, 0, -st.top * dpr);
    /** The cards of `list` by strip, each strip with a list. */
    const byStrip = (list: number[]) => {
      const out: number[][] = strips.map(() => []);
      for (const i of list) out[stripOf[i]!]!.push(i);
      return out;
    };
    if (full) {
      for (const st of strips) {
        const ctx = st.ctx;
        cssAt(st);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, st.top, width, st.height);
        ctx.font = SMALL_FONT;
        ctx.fillStyle = MUTED;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
        for (const h of teamHeads) if (h.y - TEAM_H < st.top + st.height && h.y + TEAM_H > st.top) ctx.fillText(h.text, 0, h.y);
      }
    }
    // Render missing sprites first, then copy: copying from an atlas between renders into it
    // makes the browser snapshot the whole atlas each time.
    const s1 = r1.map((i) => rowOneSprite(i, A));
    const s2 = r2.map((i) => rowTwoSprite(m.agents[i]!.capacity, A, i));
    for (const st of strips) deviceAt(st);
    r1.forEach((i, k) => rows1!.draw(strips[stripOf[i]!]!.ctx, s1[k]!, Math.round((cards[i]!.x + 1) * dpr), Math.round((cards[i]!.y + 1) * dpr)));
    r2.forEach((i, k) => rows2!.draw(strips[stripOf[i]!]!.ctx, s2[k]!, Math.round((cards[i]!.x + 1) * dpr), Math.round((cards[i]!.y + SPLIT) * dpr)));
    // Borders: the sprites stop 1 px inside the plain border, which is drawn once per layout;
    // the 2 px warning border lies over the sprites' edges, so it is drawn (or painted out) last.
    for (const st of strips) cssAt(st);
    if (full) {
      byStrip(cards.map((_, i) => i)).forEach((list, k) => {
        const ctx = strips[k]!.ctx;
        const border = new Path2D();
        for (const i of list) border.rect(cards[i]!.x + 0.5, cards[i]!.y + 0.5, cardW - 1, CARD_H - 1);
        ctx.lineWidth = 1;
        ctx.strokeStyle = CARD_BORDER;
        ctx.stroke(border);
      });
    }
    const warnRect = (p: Path2D, i: number) => p.rect(cards[i]!.x + 1, cards[i]!.y + 1, cardW - 2, CARD_H - 2);
    byStrip(warnOff).forEach((list, k) => {
      if (list.length === 0) return;
      const ctx = strips[k]!.ctx;
      ctx.lineWidth = 2;
      const white = new Path2D(), grey = new Path2D();
      for (const i of list) warnRect(A![i * AGENT_FIELDS + A_STATUS] === OFFLINE ? grey : white, i);
      ctx.strokeStyle = '#ffffff';
      ctx.stroke(white);
      ctx.strokeStyle = OFFLINE_FILL;
      ctx.stroke(grey);
      // Painting out also covered the inner half of the plain border: draw those again.
      const border = new Path2D();
      for (const i of list) border.rect(cards[i]!.x + 0.5, cards[i]!.y + 0.5, cardW - 1, CARD_H - 1);
      ctx.lineWidth = 1;
      ctx.strokeStyle = CARD_BORDER;
      ctx.stroke(border);
    });
    byStrip(warnOn).forEach((list, k) => {
      if (list.length === 0) return;
      const ctx = strips[k]!.ctx;
      const warn = new Path2D();
      for (const i of list) warnRect(warn, i);
      ctx.lineWidth = 2;
      ctx.strokeStyle = WARN;
      ctx.stroke(warn);
    });
    lastDrawnCards = plan.touched;
    drawn = plan.shown;
    pending = deferred.length;
    summarize(m, A);
    if (hoverIndex >= 0) showTooltip(hoverIndex);
    return true;
  }

  function rowOneKey(i: number, A: ArrayLike<number> | null): string {
    return `${i}|${A ? A[i * AGENT_FIELDS + A_STATUS]! : -1}`;
  }

  function rowOneSprite(i: number, A: ArrayLike<number> | null): Sprite {
    const code = A ? A[i * AGENT_FIELDS + A_STATUS]! : -1;
    return rows1!.get(rowOneKey(i, A), (g) => renderRowOne(g, meta!.agents[i]!.name, code < 0 ? null : STATUS_NAMES[code] ?? 'offline'));
  }

  function rowTwoSprite(cap: Capacity, A: ArrayLike<number> | null, i: number): Sprite {
    const o = i * AGENT_FIELDS;
    const msg = A ? A[o + A_MESSAGING]! : 0, mail = A ? A[o + A_EMAIL]! : 0, voice = A ? A[o + A_VOICE]! : 0;
    const offline = A !== null && A[o + A_STATUS] === OFFLINE;
    const key = `${cap.messaging}|${msg}|${cap.email}|${mail}|${cap.voice}|${voice}|${offline ? 1 : 0}`;
    return rows2!.get(key, (g) => renderRowTwo(g, cap, msg, mail, voice, offline));
  }

  /** Row 1 in sprite coordinates (card coordinates − 1): background, status glyph, name, status word. */
  function renderRowOne(g: CanvasRenderingContext2D, name: string, s: StatusName | null): void {
    const w = cardW - 2;
    g.fillStyle = s === 'offline' ? OFFLINE_FILL : '#ffffff';
    g.fillRect(0, 0, w, SPLIT - 1);
    const base = ROW1 - 1, gx = PAD + 4, gy = base - 4;
    if (s) {
      const p = new Path2D();
      if (s === 'transfers-only') {
        p.moveTo(gx, gy - 5.5); p.lineTo(gx + 5.5, gy); p.lineTo(gx, gy + 5.5); p.lineTo(gx - 5.5, gy); p.closePath();
      } else p.arc(gx, gy, 5, 0, Math.PI * 2);
      if (s === 'offline') {
        g.strokeStyle = shade(STATUS_COLOR.offline, 0.75);
        g.lineWidth = 1.5;
        g.stroke(p);
      } else {
        g.fillStyle = s === 'away' ? '#ffffff' : STATUS_COLOR[s];
        g.fill(p);
        if (s === 'away') {
          const half = new Path2D();
          half.moveTo(gx, gy - 5);
          half.arc(gx, gy, 5, -Math.PI / 2, Math.PI / 2, true);
          half.closePath();
          g.fillStyle = STATUS_COLOR.away;
          g.fill(half);
        }
        g.strokeStyle = shade(STATUS_COLOR[s]);
        g.lineWidth = 1;
        g.stroke(p);
      }
    }
    const word = s ? STATUS_WORD[s] : 'no data yet';
    g.textBaseline = 'alphabetic';
    let wordRoom = 0;
    if (word) {
      g.font = SMALL_FONT;
      g.fillStyle = MUTED;
      g.textAlign = 'right';
      g.fillText(word, w - PAD + 1, base);
      wordRoom = g.measureText(word).width + 8;
    }
    g.font = NAME_FONT;
    g.textAlign = 'left';
    g.fillStyle = s === 'offline' ? MUTED : INK;
    const nameX = PAD + 14;
    g.fillText(fitText(g, name, Math.floor(w - PAD + 1 - wordRoom - nameX)), nameX, base);
  }

  /** Row 2 in sprite coordinates (card coordinates − (1, SPLIT)): slots, email cells, call pill. */
  function renderRowTwo(g: CanvasRenderingContext2D, cap: Capacity, used: number, mail: number, voice: number, offline: boolean): void {
    const w = cardW - 2, h = CARD_H - 1 - SPLIT;
    g.fillStyle = offline ? OFFLINE_FILL : '#ffffff';
    g.fillRect(0, 0, w, h);
    const y = ROW2 - SPLIT;
    const right = w - PAD + 1 - (cap.voice > 0 ? PILL_W + 6 : 0);
    let x = PAD - 1 + SLOT_R;
    const slots = Math.max(cap.messaging, used);
    const msgRoom = Math.max(0, right - x - (cap.email > 0 ? cap.email * CELL_STEP + 12 : 0));
    const step = slots > 1 ? Math.min(SLOT_STEP, msgRoom / (slots - 1)) : SLOT_STEP;
    for (let k = 0; k < slots; k++) {
      const p = new Path2D();
      p.arc(x + k * step, y, SLOT_R, 0, Math.PI * 2);
      const over = k >= cap.messaging, inUse = k < used;
      g.fillStyle = over ? WARN : inUse ? CHANNEL_COLOR.messaging : '#ffffff';
      g.fill(p);
      g.strokeStyle = over ? '#7a2f00' : inUse ? shade(CHANNEL_COLOR.messaging, 0.7) : SLOT_OUTLINE;
      g.lineWidth = over ? 1.5 : 1;
      g.stroke(p);
    }
    x = slots > 0 ? x + (slots - 1) * step + SLOT_R + 10 : PAD - 1;
    const cells = Math.max(cap.email, mail);
    const cellStep = cells > 0 ? Math.min(CELL_STEP, Math.max(2, (right - x) / cells)) : CELL_STEP;
    g.lineWidth = 1;
    for (let k = 0; k < cells; k++) {
      const rx = x + k * cellStep + 0.5, ry = y - CELL_H / 2 + 0.5, rw = Math.max(1.5, cellStep - 1.5), rh = CELL_H - 1;
      const over = k >= cap.email, inUse = k < mail;
      g.fillStyle = over ? WARN : inUse ? CHANNEL_COLOR.email : '#ffffff';
      g.fillRect(rx, ry, rw, rh);
      g.strokeStyle = over ? '#7a2f00' : inUse ? shade(CHANNEL_COLOR.email, 0.7) : SLOT_OUTLINE;
      g.strokeRect(rx, ry, rw, rh);
    }
    if (cap.voice > 0) {
      const px = w - PAD + 1 - PILL_W, py = y - PILL_H / 2;
      const p = new Path2D();
      p.roundRect(px + 0.5, py + 0.5, PILL_W - 1, PILL_H - 1, 6.5);
      g.fillStyle = voice === 1 ? CHANNEL_COLOR.voice : voice === 2 ? VOICE_WRAP_FILL : '#ffffff';
      g.fill(p);
      if (voice !== 1) {
        g.strokeStyle = voice === 2 ? shade(CHANNEL_COLOR.voice, 0.8) : SLOT_OUTLINE;
        g.stroke(p);
      }
      g.font = PILL_FONT;
      g.textAlign = 'center';
      g.textBaseline = 'alphabetic';
      g.fillStyle = voice === 1 ? '#ffffff' : voice === 2 ? '#00513b' : MUTED;
      g.fillText(VOICE_WORD[voice] ?? '', px + PILL_W / 2, y + 3.5);
    }
  }

  function summarize(m: RunMeta, A: ArrayLike<number> | null): void {
    let text: string;
    if (!A) text = `${m.agents.length} agents · waiting for the first frame`;
    else {
      const st = [0, 0, 0, 0];
      let mu = 0, mc = 0, eu = 0, ec = 0, calls = 0, wraps = 0, over = 0;
      for (let i = 0; i < m.agents.length; i++) {
        const o = i * AGENT_FIELDS, s = A[o + A_STATUS]!, cap = m.agents[i]!.capacity;
        st[s] = (st[s] ?? 0) + 1;
        mu += A[o + A_MESSAGING]!;
        eu += A[o + A_EMAIL]!;
        if (s === 0) mc += cap.messaging;
        if (s === 0 || s === 1) ec += cap.email;
        if (A[o + A_VOICE] === 1) calls++;
        if (A[o + A_VOICE] === 2) wraps++;
        if (isOver(cap, A, o)) over++;
      }
      const parts = [`${m.agents.length} agents: ${st[0]} online, ${st[1]} away, ${st[2]} transfers only, ${st[3]} offline`];
      // "x of y", as the capacity chart says it: "4 in use, 60 open" read as 60 free (56 were).
      if (m.agents.some((a) => a.capacity.messaging > 0)) parts.push(`messaging: ${mu} of ${mc} slots in use`);
      if (m.agents.some((a) => a.capacity.email > 0)) parts.push(`email: ${eu} of ${ec} slots in use`);
      if (m.agents.some((a) => a.capacity.voice > 0)) parts.push(`${calls} on calls, ${wraps} in wrap-up`);
      if (over > 0) parts.push(`${over} over capacity`);
      text = parts.join(' · ');
    }
    if (text !== summaryText) {
      summaryText = text;
      if (subtitle) subtitle.textContent = text;
      stack.setAttribute('aria-label', `Agent board. ${text}`);
    }
  }

  function indexAt(px: number, py: number): number {
    for (let i = 0; i < cards.length; i++) {
      const c = cards[i]!;
      if (px >= c.x && px < c.x + cardW && py >= c.y && py < c.y + CARD_H) return i;
    }
    return -1;
  }

  function showTooltip(i: number): void {
    const m = meta;
    if (!m || i >= m.agents.length) return;
    const a = m.agents[i]!;
    const A = frame?.agents;
    const rows: TooltipRow[] = [{ label: 'team', value: a.team }];
    if (!A) rows.push({ label: 'status', value: 'no data yet' });
    else {
      const o = i * AGENT_FIELDS;
      const s = STATUS_NAMES[A[o + A_STATUS]!] ?? 'offline';
      rows.push({ label: 'status', value: s, color: STATUS_COLOR[s] });
      const msg = A[o + A_MESSAGING]!, mail = A[o + A_EMAIL]!, v = A[o + A_VOICE]!;
      if (a.capacity.messaging > 0 || msg > 0) {
        const over = msg > a.capacity.messaging;
        rows.push({ label: 'messaging', value: `${msg} of ${a.capacity.messaging}${over ? ' — over capacity (R29)' : ''}`, color: over ? WARN : CHANNEL_COLOR.messaging });
      }
      if (a.capacity.email > 0 || mail > 0) {
        const over = mail > a.capacity.email;
        rows.push({ label: 'email', value: `${mail} of ${a.capacity.email}${over ? ' — over capacity' : ''}`, color: over ? WARN : CHANNEL_COLOR.email });
      }
      if (a.capacity.voice > 0) rows.push({ label: 'voice', value: v === 1 ? 'on a call' : v === 2 ? 'wrap-up' : 'idle', color: CHANNEL_COLOR.voice });
    }
    tooltip.show({ title: a.name, rows }, hoverAt[0], hoverAt[1]);
  }

  stack.addEventListener('pointermove', (ev) => {
    const r = stack.getBoundingClientRect(), rr = root.getBoundingClientRect();
    hoverIndex = indexAt(ev.clientX - r.left, ev.clientY - r.top);
    hoverAt = [ev.clientX - rr.left, ev.clientY - rr.top];
    if (hoverIndex < 0) tooltip.hide();
    else showTooltip(hoverIndex);
  });
  stack.addEventListener('pointerleave', () => {
    hoverIndex = -1;
    tooltip.hide();
  });

  return {
    update(data) {
      meta = data.meta;
      frame = data.frame;
      stripBudget = data.stripBudget;
      return draw(false);
    },
    get drawnCards() {
      return lastDrawnCards;
    },
    get complete() {
      return pending === 0;
    },
    destroy() {
      stopObserving();
      root.remove();
    },
  };
}

function isOver(cap: Capacity, A: ArrayLike<number>, o: number): boolean {
  return A[o + A_MESSAGING]! > cap.messaging || A[o + A_EMAIL]! > cap.email;
}

/** `text` cut with an ellipsis to fit `room` pixels in the context's current font. */
function fitText(g: CanvasRenderingContext2D, text: string, room: number): string {
  if (g.measureText(text).width <= room) return text;
  let lo = 0, hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (g.measureText(text.slice(0, mid) + '…').width <= room) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + '…';
}
