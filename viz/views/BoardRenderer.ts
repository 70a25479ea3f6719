// How the agent board draws its agents — as cards (boardCards.ts), or as one cell per agent
// (boardDensity.ts) for teams too large for cards. The board (agentBoard.ts) drives this small
// protocol and does not know which one it holds; the numbers and words are the board's own.

import type { Frame, RunMeta } from '../protocol.ts';
import type { BoardRoster, Figures } from './teamFigures.ts';

export interface BoardInput {
  meta: RunMeta;
  roster: BoardRoster;
  /** The frame at the time shown; null before the first one. */
  frame: Frame | null;
  /** Each team block's figures at the frame (roster.blocks order); null before the first frame. */
  teams: Figures[] | null;
  /** The board's width in CSS pixels. */
  width: number;
  /** Strips with changes drawn by this update, at most (cards only); all of them when absent. */
  stripBudget?: number;
  /** Draw everything again, not only what changed. */
  force: boolean;
}

export interface BoardRenderer {
  /** Draws what changed since the last drawing (everything after a new layout); false if nothing. */
  draw(input: BoardInput): boolean;
  /** The agent under the pointer, or -1. */
  agentAt(ev: MouseEvent): number;
  /** Marks agent i as the one the tooltip is about (-1: none). */
  hover(i: number): void;
  /** How many agents the last drawing touched (for measurements). */
  readonly drawnCards: number;
  /** False while agents wait for their first drawing (draw again next frame). */
  readonly complete: boolean;
  destroy(): void;
}
