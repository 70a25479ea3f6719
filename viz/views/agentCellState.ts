// What one agent's cell shows on the one-cell-per-agent board: a state code, and its colour. An
// online agent's cell darkens with the share of its own capacity in use (messaging slots, email
// slots and the call, wrap-up included); away, transfers only and offline take their status
// colours; over capacity on messaging or email (R29) overrides them all, as the cards' warning
// border does. The tooltip gives the words and numbers behind a cell.

import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import { STATUS_COLOR, WARN } from './palette.ts';
import type { LegendItem } from './palette.ts';

export const CELL_NONE = 0;
export const CELL_OFFLINE = 1;
export const CELL_AWAY = 2;
export const CELL_TRANSFERS = 3;
export const CELL_IDLE = 4;
export const CELL_SOME = 5;
export const CELL_MOST = 6;
export const CELL_FULL = 7;
export const CELL_OVER = 8;

/** Colours by state code, and the legend's words for them. */
export const CELL_STATES: readonly { color: string; label: string }[] = [
  { color: '#eef0f3', label: 'no data yet' },
  { color: '#c9ced7', label: 'offline' },
  { color: STATUS_COLOR.away, label: 'away' },
  { color: STATUS_COLOR['transfers-only'], label: 'transfers only' },
  { color: '#d3efe3', label: 'online, nothing in use' },
  { color: '#7fcbab', label: 'online, under half of own capacity in use' },
  { color: '#2c9c73', label: 'online, half or more in use' },
  { color: '#0b5a41', label: 'online, all in use' },
  { color: WARN, label: 'over capacity (R29)' },
];

/** The legend of the cells, in reading order (no "no data yet": the board says so in words). */
export function cellLegend(): LegendItem[] {
  return [CELL_IDLE, CELL_SOME, CELL_MOST, CELL_FULL, CELL_AWAY, CELL_TRANSFERS, CELL_OFFLINE, CELL_OVER]
    .map((k) => ({ label: CELL_STATES[k]!.label, color: CELL_STATES[k]!.color, shape: 'square' as const }));
}

/**
 * The state code of agent i with the frame's numbers `A` (null: before the first frame) and its
 * capacity per channel.
 */
export function cellState(A: ArrayLike<number> | null, i: number, capMessaging: number, capEmail: number, capVoice: number): number {
  if (A === null) return CELL_NONE;
  const o = i * AGENT_FIELDS;
  const msg = A[o + A_MESSAGING]!, mail = A[o + A_EMAIL]!;
  if (msg > capMessaging || mail > capEmail) return CELL_OVER;
  const s = A[o + A_STATUS]!;
  if (s === 1) return CELL_AWAY;
  if (s === 2) return CELL_TRANSFERS;
  if (s !== 0) return CELL_OFFLINE;
  const used = msg + mail + (A[o + A_VOICE]! > 0 ? 1 : 0), cap = capMessaging + capEmail + capVoice;
  if (used === 0) return CELL_IDLE;
  if (used >= cap) return CELL_FULL;
  return used * 2 < cap ? CELL_SOME : CELL_MOST;
}
