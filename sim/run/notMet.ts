// Why no staffing meets a target, where `omnisim staff` can tell: the row's `notMet` (in --json,
// `not_met_because` in --csv) and the notes under the table say the same.
//  - deflected: customers whose session ended before an answer, never routed on (R44), count as
//    not answered in time at any staffing (deflectedStaffing.ts);
//  - offShift: customers who arrive when no agent who takes the channel is on shift wait for the
//    next shift or the run's end at any size of the team, whose agents keep their shift; those
//    still waiting at the end past the threshold are missed (missedAtEnd);
//  - moreAgentsDoNotMoveIt: the search levelled off (levelsOff.ts) and neither of the above
//    accounts for it;
//  - largestTriedMisses: the search reached its cap with the figures still moving.

import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import type { Scenario } from '../scenario/Scenario.ts';
import { expectedArrivals } from './expectedArrivals.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import type { ChannelTarget, SlotFigures } from './staffing.ts';
import type { LevelsOff, LevellingFigure } from './levelsOff.ts';
import { halfWidth } from './levelsOff.ts';
import type { OffShiftArrivals } from './offShiftArrivals.ts';
import { offShiftArrivals } from './offShiftArrivals.ts';
import { deflectedCeilingNotes } from './deflectedStaffing.ts';
import { missedGoals } from './missedGoals.ts';
import { UNANSWERED_NOTE_SHARE } from './unansweredNote.ts';
import { meanMissedAtEnd } from './staffFigures.ts';
import { formatDuration } from '../scenario/units.ts';

export type NotMetCause = 'deflected' | 'offShift' | 'moreAgentsDoNotMoveIt' | 'largestTriedMisses';

export interface NotMet {
  because: NotMetCause[];
  /** The doubling after which the search stopped; absent when it stopped at its cap. */
  levelsOff?: LevelsOff;
  /** The channels whose customers arriving with no agent on shift keep a figure from its target. */
  offShift?: OffShiftArrivals[];
}

export interface NotMetInput {
  /** The scenario searched (with the targets' thresholds). */
  sc: Scenario;
  team: string;
  brand?: string;
  targets: readonly ChannelTarget[];
  /** The replications at the size shown, and its figures per target. */
  runs: readonly RunSummary[];
  figuresOf: (t: ChannelTarget) => SlotFigures;
  levelled: LevelsOff | null;
  /** The largest size tried, when the search stopped there still moving. */
  cap: number;
}

export const NAMES: Record<LevellingFigure | 'occupancy', string> = { serviceLevel: 'service level', asaSeconds: 'ASA', abandonRate: 'abandon rate', occupancy: 'occupancy' };

export const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
export const whole = (x: number) => Math.round(x).toLocaleString('en-US');

export function value(figure: LevellingFigure, x: number): string {
  return figure === 'asaSeconds' ? formatDuration(x) : pct(x);
}

/** "62.2% ± 0.6%" (or the mean alone without an interval). */
export function withInterval(figure: LevellingFigure, e: { mean: number | null; ci95: [number, number] | null }): string {
  const h = halfWidth(e);
  return value(figure, e.mean!) + (h > 0 ? ` ± ${figure === 'asaSeconds' ? formatDuration(h) : pct(h)}` : '');
}

/** The notes and the row's notMet for a --by team search that met no target size. */
export function notMet(i: NotMetInput): { notMet: NotMet; notes: string[] } {
  const notes: string[] = [];
  const because: NotMetCause[] = [];
  if (i.levelled !== null) notes.push(levelledNote(i.levelled));
  else notes.push(`no team size up to ${i.cap} meets the targets`);
  const capped = new Set<ChannelName>();
  for (const t of i.targets) {
    const note = deflectedCeilingNotes([t], i.figuresOf);
    if (note.length > 0) capped.add(t.channel);
    notes.push(...note);
  }
  if (capped.size > 0) because.push('deflected');
  const offShift: OffShiftArrivals[] = [];
  for (const t of i.targets) {
    // A channel whose deflected customers already cap it: they are the ones arriving out of hours (recipe C).
    if (capped.has(t.channel)) continue;
    if (offShift.some((o) => o.channel === t.channel)) continue;
    const ch = i.sc.channels[CHANNELS.indexOf(t.channel)]!;
    const o = offShiftArrivals(i.runs, t.channel, ch.serviceLevelThreshold,
      { horizon: i.sc.horizon, warmup: i.sc.warmup, startWeekday: i.sc.startWeekday, expected: expectedArrivals(ch, i.sc.startWeekday) });
    const note = o === null ? null : offShiftNote(o, t, i);
    if (note === null) continue;
    offShift.push(o!);
    notes.push(note);
  }
  if (offShift.length > 0) because.push('offShift');
  if (because.length === 0) {
    because.push(i.levelled !== null ? 'moreAgentsDoNotMoveIt' : 'largestTriedMisses');
    if (i.levelled !== null) notes.push(genericNote(i));
  }
  return { notMet: { because, ...(i.levelled !== null ? { levelsOff: i.levelled } : {}), ...(offShift.length > 0 ? { offShift } : {}) }, notes };
}

function levelledNote(l: LevelsOff): string {
  const figures = l.figures.map((f) => `the ${f.channel} ${NAMES[f.figure]} levels off at ${withInterval(f.figure, f.atTo)}, short of its target ` +
    `(${f.figure === 'serviceLevel' ? '≥' : '≤'} ${goal(f.figure, f.target)}): ${value(f.figure, f.atFrom.mean!)} with ${agents(l.from)}, ` +
    `${value(f.figure, f.atTo.mean!)} with ${l.to}${f.occupancy.mean === null ? ', no agent ever on shift' : ` at ${pct(f.occupancy.mean)} occupancy`}`);
  const one = l.figures.length === 1;
  return `no team size meets the targets: ${figures.join('; ')}. Doubling the agents moved ${one ? 'it' : 'them'} by no more than the half-width of ${one ? 'its' : 'their'} ` +
    `95 % interval, ${l.figures.every((f) => f.occupancy.mean === null) ? 'with no agent ever on shift' : 'with the agents idle half the time or more'}, ` +
    `so the search stopped at ${agents(l.to)}: more agents do not help.`;
}

const agents = (n: number) => `${n} agent${n === 1 ? '' : 's'}`;

/** A target as the table's column head gives it: "80%", "1h". */
export function goal(figure: LevellingFigure, x: number): string {
  return figure === 'asaSeconds' ? formatDuration(x) : `${+(x * 100).toFixed(2)}%`;
}

/** The note on a channel's customers arriving with no agent on shift, or null where they do not decide the target. */
function offShiftNote(o: OffShiftArrivals, t: ChannelTarget, i: NotMetInput): string | null {
  if (!(o.arrivals > 0) || o.offShift / o.arrivals < UNANSWERED_NOTE_SHARE) return null;
  const missed = missedGoals(i.figuresOf(t), t).map((m) => m.figure);
  const who = `${whole(o.offShift)} of ${whole(o.arrivals)} ${t.channel} customers${i.brand !== undefined ? ' (all brands)' : ''} per replication ` +
    `arrive when no agent who takes ${t.channel} is on shift${o.hours ? ` (${o.hours})` : ''}`;
  const end = missedAtEnd(i, t.channel);
  const atEnd = end >= 0.5 ? ` (${whole(end)} per replication are still waiting past it when the run ends: missedAtEnd)` : '';
  const fix = 'agents on shift in those hours (a longer shift, another team) would answer them';
  if (t.serviceLevel && missed.includes('serviceLevel')) {
    const ceiling = 1 - o.certainMisses / o.arrivals;
    if (ceiling < t.serviceLevel.fraction) {
      return `${who}, and for ${whole(o.certainMisses)} of them nobody comes on within the ${formatDuration(t.serviceLevel.threshold)} threshold${atEnd}. ` +
        `They are missed at any size of team ${i.team}, whose agents keep their shift, so the ${t.channel} service level cannot pass about ${pct(ceiling)}, ` +
        `short of the ${+(t.serviceLevel.fraction * 100).toFixed(1)}% target: ${fix}.`;
    }
  }
  const waits = missed.filter((m): m is 'asaSeconds' | 'abandonRate' => m === 'asaSeconds' || m === 'abandonRate');
  if (waits.length === 0) return null;
  const giveUp = waits.includes('abandonRate') ? ' unless they give up first' : '';
  return `${who}. At any size of team ${i.team}, whose agents keep their shift, they wait for the next shift or the run's end${giveUp}, which keeps the ` +
    `${t.channel} ${waits.map((m) => NAMES[m]).join(' and ')} from ${waits.length === 1 ? 'its target' : 'their targets'}: ${fix}.`;
}

function genericNote(i: NotMetInput): string {
  const end = i.targets.map((t) => t.channel).filter((c, k, all) => all.indexOf(c) === k).flatMap((c) => {
    const offered = i.figuresOf(i.targets.find((t) => t.channel === c)!).offered.mean ?? 0;
    const m = missedAtEnd(i, c);
    return offered > 0 && m / offered >= UNANSWERED_NOTE_SHARE ? [`${whole(m)} of ${whole(offered)} ${c} customers per replication are still waiting past the threshold when the run ends`] : [];
  });
  return `more agents do not move it, and neither deflected customers (R44) nor hours with no agent on shift account for it.` +
    (end.length > 0 ? ` ${end.join('; ')}: \`omnisim trace --find not-routed\` (or \`--find stranded\`) follows a ticket no queue takes.` : ` \`omnisim run\` with ${i.levelled!.to} agents in team ${i.team} shows where its customers wait.`);
}

/** Customers still waiting past the threshold at the end, mean per replication (the brand's with --brand). */
function missedAtEnd(i: NotMetInput, channel: ChannelName): number {
  return meanMissedAtEnd(i.runs, channel, null, i.brand);
}

/** The CLI's one line on a --by team answer that met no target: what levelled off, and why. */
export function notMetSummary(n: NotMet): string {
  const why: string[] = [];
  if (n.because.includes('deflected')) why.push('deflected customers cap it');
  if (n.because.includes('offShift')) why.push(`${n.offShift!.map((o) => o.channel).join(' and ')} customers arrive when no agent is on shift`);
  if (n.levelsOff === undefined) return `no team size tried meets every target${why.length > 0 ? ` (${why.join('; ')})` : ''}; the result shows the largest, marked !`;
  const figures = n.levelsOff.figures.map((f) => `${f.channel} ${NAMES[f.figure]}`);
  return `no team size meets every target: more agents do not move the ${figures.join(' or the ')}${why.length > 0 ? ` (${why.join('; ')})` : ''}; see the notes`;
}
