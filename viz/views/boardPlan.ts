// Which cards of the agent board one update draws, and which wait for a later update. A card is
// two sprites (row 1: name and status; row 2: slots, email, call) plus, over capacity, a warning
// border. New row-1 sprites cost the most, so only `budget` of them are rendered per update; the
// cards over it are left as they are and drawn by a later update. The plan also says what the
// canvas shows afterwards, card by card, so that the next update compares with what is really
// there: a card left out keeps the numbers it was last drawn with (NaN: nothing of it is drawn).
// The board is a stack of canvases (strips, boardStrips.ts); with a strip budget, only the cards
// of that many strips with changes are drawn, the strips taken in turn. Cards the board cannot
// draw yet (their strip is not in use yet, StripWarmup.ts) are left for later like the others.

import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import { chooseStrips } from './boardStrips.ts';

const OFFLINE = 3;

export interface CardPlan {
  /** Cards whose row 1 is drawn now. */
  row1: number[];
  /** Cards whose row 2 is drawn now. */
  row2: number[];
  /** Cards whose warning border is drawn now (over their new sprites). */
  warnOn: number[];
  /** Cards whose warning border is painted out now. */
  warnOff: number[];
  /** Cards left for a later update. */
  deferred: number[];
  /** Cards whose numbers differ from what the canvas showed (all of them when drawing in full). */
  touched: number;
  /** What the canvas shows after this update (AGENT_FIELDS numbers per card); null without a frame. */
  shown: Float64Array | null;
  /** With a strip budget: the strip whose turn is next. */
  nextStrip: number;
}

export interface StripBudget {
  /** Strips on the board. */
  count: number;
  /** The strip of card i. */
  of(i: number): number;
  /** Strips with changes drawn per update. */
  budget: number;
  /** The strip whose turn it is. */
  first: number;
}

export interface PlanInput {
  /** Cards on the board. */
  n: number;
  /** The frame's numbers (AGENT_FIELDS per agent), or null before the first frame. */
  now: ArrayLike<number> | null;
  /** What the canvas shows, or null when it was just cleared (a full drawing). */
  shown: ArrayLike<number> | null;
  /**
   * Right after a new layout (a new canvas): draw no card yet, only leave them all for the next
   * updates — so resizing the canvas and rendering the first sprites do not fall in one update.
   */
  gridOnly: boolean;
  /** New row-1 sprites this update may render. */
  budget: number;
  /** Whether card i's row-1 sprite for `now` is already rendered. */
  hasRowOne(i: number): boolean;
  /** Whether card i is over capacity with these numbers. */
  isOver(i: number, numbers: ArrayLike<number>): boolean;
  /** Draw only the cards of some strips (not in a full drawing, which draws every strip). */
  strips?: StripBudget;
  /**
   * Whether card i can be drawn now (absent: every card; not asked without a frame). The others
   * are left for a later update and make no strip one with changes, so they take no strip's turn.
   */
  drawable?: (i: number) => boolean;
}

/** The plan, or null when nothing changed (no card to draw). */
export function planCards(p: PlanInput): CardPlan | null {
  const { n, now, shown: before, drawable } = p;
  const full = before === null || now === null;
  // With a strip budget: the strips whose cards changed, then those whose turn it is.
  let inTurn: boolean[] | null = null, nextStrip = p.strips?.first ?? 0;
  if (p.strips && !full) {
    const dirty = new Array<boolean>(p.strips.count).fill(false);
    for (let i = 0; i < n; i++) if (changed(now, before, i) && (!drawable || drawable(i))) dirty[p.strips.of(i)] = true;
    const turn = chooseStrips(dirty, p.strips.first, p.strips.budget);
    inTurn = turn.chosen;
    nextStrip = turn.next;
  }
  const row1: number[] = [], row2: number[] = [], warnOn: number[] = [], warnOff: number[] = [], deferred: number[] = [];
  let touched = 0;
  let misses = 0;
  for (let i = 0; i < n; i++) {
    const o = i * AGENT_FIELDS;
    let one = true, two = true;
    if (!full) {
      if (!changed(now, before, i)) continue;
      one = now[o + A_STATUS] !== before[o + A_STATUS];
      two = now[o + A_MESSAGING] !== before[o + A_MESSAGING] || now[o + A_EMAIL] !== before[o + A_EMAIL]
        || now[o + A_VOICE] !== before[o + A_VOICE] || (now[o + A_STATUS] === OFFLINE) !== (before[o + A_STATUS] === OFFLINE);
    }
    touched++;
    // Without a frame every card is drawn now (below): nothing would say later what it shows.
    if ((now !== null && drawable && !drawable(i)) || (inTurn && !inTurn[p.strips!.of(i)])) {
      deferred.push(i);
      continue;
    }
    // Without a frame there is nothing to compare with later: every card is drawn now.
    if (now !== null && (p.gridOnly || (one && !p.hasRowOne(i) && ++misses > p.budget))) {
      deferred.push(i);
      continue;
    }
    if (one) row1.push(i);
    if (two) row2.push(i);
    if (now !== null) {
      if (p.isOver(i, now)) warnOn.push(i);
      else if (!full && p.isOver(i, before)) warnOff.push(i);
    }
  }
  if (!full && touched === 0) return null;
  let shown: Float64Array | null = null;
  if (now !== null) {
    shown = Float64Array.from(now);
    for (const i of deferred) {
      for (let f = 0; f < AGENT_FIELDS; f++) shown[i * AGENT_FIELDS + f] = before === null ? NaN : before[i * AGENT_FIELDS + f]!;
    }
  }
  return { row1, row2, warnOn, warnOff, deferred, touched, shown, nextStrip };
}

function changed(now: ArrayLike<number>, before: ArrayLike<number>, i: number): boolean {
  const o = i * AGENT_FIELDS;
  return !(now[o] === before[o] && now[o + 1] === before[o + 1] && now[o + 2] === before[o + 2] && now[o + 3] === before[o + 3]);
}
