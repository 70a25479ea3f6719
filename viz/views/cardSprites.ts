// The two sprites of an agent card, rendered once per look and then copied (SpriteAtlas.ts):
// row 1 — status glyph (shape + colour), name and status word; row 2 — messaging slots as
// circles (beyond capacity, R29, in the warning style), email load as cells, the call as a pill.
// Both are opaque and tile the card inside its 1-px border: row 1 above SPLIT, row 2 below.

import type { AgentCapacity } from '../agentColumns.ts';
import { CHANNEL_COLOR, STATUS_COLOR, INK, MUTED, WARN, FONT, shade } from './palette.ts';
import type { StatusName } from './palette.ts';

type Capacity = AgentCapacity;

export const CARD_H = 46;
/** Where row 2 starts, in card coordinates. */
export const SPLIT = 24;
export const OFFLINE_FILL = '#eef0f3';
/** Baselines / centre lines of the two rows, in card coordinates. */
const ROW1 = 15;
const ROW2 = 33;
const PAD = 7;
const SLOT_R = 4.5;
const SLOT_STEP = 11;
const CELL_STEP = 7.5;
const CELL_H = 9;
const PILL_W = 34;
const PILL_H = 14;
const NAME_FONT = `600 12px ${FONT}`;
const SMALL_FONT = `10.5px ${FONT}`;
const PILL_FONT = `600 9.5px ${FONT}`;
const SLOT_OUTLINE = '#8a93a3';
const VOICE_WRAP_FILL = '#bfe6da';
const STATUS_WORD: Record<StatusName, string> = { online: '', away: 'away', 'transfers-only': 'transfers only', offline: 'offline' };
const VOICE_WORD = ['idle', 'call', 'wrap'];

/** Row 1 in sprite coordinates (card coordinates − 1): background, status glyph, name, status word. */
export function renderRowOne(g: CanvasRenderingContext2D, cardW: number, name: string, s: StatusName | null): void {
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
export function renderRowTwo(g: CanvasRenderingContext2D, cardW: number, cap: Capacity, used: number, mail: number, voice: number, offline: boolean): void {
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
