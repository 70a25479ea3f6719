// Why slots of a staffing curve (`omnisim staff --by interval`) miss their targets, where staff
// can tell: each such row's `notMet` (in --json; `not_met_because` and `levels_off_from_agents`
// in --csv), and a note per group of slots with the same figures and cause.
//  - deflected: customers whose session ended before an answer (R44) count as not answered in
//    time at any staffing; the slot's service level is at most the share not deflected;
//  - moreAgentsDoNotMoveIt: the slot levelled off (slotClimb.ts) and deflected customers do not
//    account for it.
// A team's shift is no cause here, as it is by team: the curve is the team's shift, and puts a
// slot's agents on whenever its customers arrive. A slot with arrivals at 0 agents misses and is
// given one, so a slot that levels off had agents at both counts compared (2 and more). Those of
// its customers still waiting when its agents go (say, into the evening where the curve is 0)
// are the slot's to answer with more agents, not a cause more agents cannot remove.

import type { ChannelName } from '../model/codes.ts';
import type { ChannelTarget, SlotFigures, StaffingRow } from './staffing.ts';
import type { LevelledFigure, LevelsOff } from './levelsOff.ts';
import type { NotMet } from './notMet.ts';
import { NAMES, goal, pct, value, whole, withInterval } from './notMet.ts';
import { deflectedCeilingNote, everyTicketDeflected, unreachedChannels } from './deflectedStaffing.ts';
import { UNANSWERED_NOTE_SHARE } from './unansweredNote.ts';
import { slotSpans } from './slotSpans.ts';
import { formatSpan } from '../scenario/units.ts';

/** A missing slot's notMet, or undefined where staff cannot tell why (it was still climbing at --max-iterations). */
export function slotNotMet(targets: readonly ChannelTarget[], figuresOf: (t: ChannelTarget) => SlotFigures, levelled: LevelsOff | undefined): NotMet | undefined {
  const deflected = targets.some((t) => {
    const f = figuresOf(t);
    return everyTicketDeflected(f) || deflectedCeilingNote(t, f.offered.mean ?? 0, f.deflected.mean ?? 0) !== null;
  });
  if (!deflected && levelled === undefined) return undefined;
  return { because: [deflected ? 'deflected' : 'moreAgentsDoNotMoveIt'], ...(levelled !== undefined ? { levelsOff: levelled } : {}) };
}

/** Customers of a row's slot still waiting past the threshold when the run ends, per replication. */
export type MissedAtEnd = (row: StaffingRow, channel: ChannelName) => number;

/**
 * A note per group of rows with a notMet and the same cause and levelled figures: which slots,
 * what the figures level off at, and why. Not the slots where every ticket was deflected: the
 * table has a note of its own for those.
 */
export function slotNotMetNotes(rows: readonly StaffingRow[], targets: readonly ChannelTarget[], missedAtEnd: MissedAtEnd): string[] {
  const groups = new Map<string, StaffingRow[]>();
  for (const row of rows) {
    const n = row.notMet;
    if (n === undefined || unreachedChannels(row).length > 0) continue;
    const key = `${n.because.join(' ')}|${n.levelsOff?.figures.map((f) => `${f.channel}.${f.figure}`).join(' ') ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((g) => {
    const where = `${g.length === 1 ? 'slot' : 'slots'} ${slotSpans(g)}`;
    const cause = g[0]!.notMet!.because.includes('deflected') ? deflectedText(g, targets) : notMovedText(g, missedAtEnd);
    return `${where}: ${g[0]!.notMet!.levelsOff !== undefined ? levelledText(g) : 'no count tried meets the targets.'} ${cause}`;
  });
}

/** "61.2%", or "58.1–64.0%" over several slots. */
function range(xs: readonly number[], text: (x: number) => string): string {
  const lo = text(Math.min(...xs)), hi = text(Math.max(...xs));
  if (lo === hi) return lo;
  const unit = /[^\d.]+$/.exec(lo)?.[0] ?? '';
  return unit !== '' && hi.endsWith(unit) && /^[\d.]+$/.test(lo.slice(0, -unit.length)) ? `${lo.slice(0, -unit.length)}–${hi}` : `${lo}–${hi}`;
}

/** What the slots' missed figures level off at, from the doubling that did not move them. */
function levelledText(rows: readonly StaffingRow[]): string {
  const one = rows.length === 1;
  const levels = rows.map((r) => r.notMet!.levelsOff!);
  const figures = levels[0]!.figures.map((first) => {
    const same = levels.map((l) => l.figures.find((f) => f.channel === first.channel && f.figure === first.figure)!);
    const of = (pick: (f: LevelledFigure) => number) => range(same.map(pick), (x) => value(first.figure, x));
    const occupancy = same.map((f) => f.occupancy.mean);
    const at = one ? withInterval(first.figure, first.atTo) : of((f) => f.atTo.mean!);
    return `the ${first.channel} ${NAMES[first.figure]} levels off at ${at}, short of its target (${first.figure === 'serviceLevel' ? '≥' : '≤'} ${goal(first.figure, first.target)}): ` +
      `${of((f) => f.atFrom.mean!)} with ${range(levels.map((l) => l.from), String)} agent${levels.every((l) => l.from === 1) ? '' : 's'}, ${of((f) => f.atTo.mean!)} with ${range(levels.map((l) => l.to), String)}` +
      (occupancy.some((x) => x === null) ? '' : ` at ${range(occupancy as number[], (x) => pct(x))} occupancy`);
  });
  const them = levels[0]!.figures.length === 1 ? 'it' : 'them';
  return `${figures.join('; ')}. Doubling ${one ? 'the slot\'s' : 'a slot\'s'} agents moved ${them} by no more than the half-width of ${them === 'it' ? 'its' : 'their'} ` +
    `95 % interval, with the agents idle half the time or more: more agents do not help there (marked !).`;
}

/** The deflected customers' ceiling over the slots together (their offered and deflected customers summed). */
function deflectedText(rows: readonly StaffingRow[], targets: readonly ChannelTarget[]): string {
  const sum = (t: ChannelTarget, key: 'offered' | 'deflected') => rows.reduce((s, r) => s + (r.simulated[t.channel]![key].mean ?? 0), 0);
  const notes = targets.flatMap((t) => deflectedCeilingNote(t, sum(t, 'offered'), sum(t, 'deflected')) ?? []);
  const there = rows.length === 1 ? 'In that slot' : 'In those slots together';
  return notes.length > 0 ? notes.map((n) => `${there}, ${n}`).join(' ') : `${there}, deflected customers (R44) keep it from its target.`;
}

/** Neither deflected customers nor a shift: the customers still waiting at the end, and where to look. */
function notMovedText(rows: readonly StaffingRow[], missedAtEnd: MissedAtEnd): string {
  const channels = [...new Set(rows.flatMap((r) => r.notMet!.levelsOff!.figures.map((f) => f.channel)))];
  const after = rows[0]!.from > 0 ? ` --after ${formatSpan(rows[0]!.from, rows[0]!.to).split('–')[0]}` : '';
  const waiting = channels.flatMap((c) => {
    const offered = rows.reduce((s, r) => s + (r.simulated[c]!.offered.mean ?? 0), 0);
    const m = rows.reduce((s, r) => s + missedAtEnd(r, c), 0);
    return offered > 0 && m / offered >= UNANSWERED_NOTE_SHARE ? [`${whole(m)} of ${whole(offered)} ${c} customers per replication who arrived ${rows.length === 1 ? 'in it' : 'in them'} are still waiting past the threshold when the run ends`] : [];
  });
  return 'Deflected customers (R44) do not account for it, and the curve has agents on shift whenever these slots\' customers arrive. ' +
    (waiting.length > 0 ? `${waiting.join('; ')}: \`omnisim trace --find not-routed${after}\` (or \`--find stranded\`) follows a ticket no queue takes.`
      : '`omnisim run` with the curve as the team\'s staffing shows where their customers wait.');
}
