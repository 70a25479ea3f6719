// The agent board's numbers: per team and for the whole board, in one pass over a frame's agent
// numbers. The roster keeps each agent's capacity in typed arrays, so the pass reads no object
// per agent. Invariant: the board's figures are the sums of its teams' (what the summary says
// is what the team lines add up to), and each equals a recount agent by agent.

import type { RunMeta } from '../protocol.ts';
import { AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import { countsFor } from '../statusCounts.ts';

/** A run of consecutive agents of one team, in board order (a team's agents are listed together). */
export interface TeamBlock {
  team: string;
  start: number;
  count: number;
  /** The capacity of the team's agents (a team's agents are identical). */
  capacity: { messaging: number; email: number; voice: number };
}

export interface BoardRoster {
  n: number;
  capMessaging: Int32Array;
  capEmail: Int32Array;
  capVoice: Int32Array;
  blocks: TeamBlock[];
  /** Whether any agent has capacity on the channel (the summary speaks of it then). */
  has: { messaging: boolean; email: boolean; voice: boolean };
}

/** What a group of agents is doing at one frame. */
export interface Figures {
  agents: number;
  /** Agents per status code: online, away, transfers only, offline. */
  status: [number, number, number, number];
  /** Messaging slots in use that the capacity counts (online agents with messaging capacity). */
  messagingUsed: number;
  /** Messaging slots of online agents. */
  messagingOpen: number;
  /** Chats held off capacity (R29): by agents not online, or with no messaging capacity. */
  messagingHeldOff: number;
  /** Email slots in use that the capacity counts (online or away agents with email capacity). */
  emailUsed: number;
  /** Email slots of online and away agents. */
  emailOpen: number;
  /** Emails held off capacity (R29): by agents offline or transfers only, or with no email capacity. */
  emailHeldOff: number;
  calls: number;
  wraps: number;
  /** Agents over capacity on messaging or email (R29). */
  over: number;
}

export function boardRoster(meta: RunMeta): BoardRoster {
  const A = meta.agents, n = A.count;
  // The meta's columns as they are: read only, here and by the board.
  const capMessaging = A.messaging, capEmail = A.email, capVoice = A.voice;
  const blocks: TeamBlock[] = [];
  for (let i = 0; i < n; i++) {
    const team = A.teams[A.team[i]!]!;
    const last = blocks[blocks.length - 1];
    if (last && last.team === team) last.count++;
    else blocks.push({ team, start: i, count: 1, capacity: { messaging: capMessaging[i]!, email: capEmail[i]!, voice: capVoice[i]! } });
  }
  const any = (c: Int32Array) => c.some((v) => v > 0);
  return { n, capMessaging, capEmail, capVoice, blocks, has: { messaging: any(capMessaging), email: any(capEmail), voice: any(capVoice) } };
}

export function emptyFigures(): Figures {
  return { agents: 0, status: [0, 0, 0, 0], messagingUsed: 0, messagingOpen: 0, messagingHeldOff: 0, emailUsed: 0, emailOpen: 0, emailHeldOff: 0, calls: 0, wraps: 0, over: 0 };
}

/** Whether agent i is over capacity on messaging or email with these numbers (R29). */
export function isOver(r: BoardRoster, A: ArrayLike<number>, i: number): boolean {
  const o = i * AGENT_FIELDS;
  return A[o + A_MESSAGING]! > r.capMessaging[i]! || A[o + A_EMAIL]! > r.capEmail[i]!;
}

/** Each team block's figures and the board's (their sums), from a frame's agent numbers. */
export function boardFigures(r: BoardRoster, A: ArrayLike<number>): { total: Figures; teams: Figures[] } {
  const total = emptyFigures();
  const teams = r.blocks.map((b) => {
    const f = emptyFigures();
    f.agents = b.count;
    for (let i = b.start; i < b.start + b.count; i++) {
      const o = i * AGENT_FIELDS, s = A[o + A_STATUS]!, msg = A[o + A_MESSAGING]!, mail = A[o + A_EMAIL]!, voice = A[o + A_VOICE]!;
      f.status[s] = (f.status[s] ?? 0) + 1;
      const onMessaging = countsFor(s, 0) === 1, onEmail = countsFor(s, 1) === 1;
      // As the capacity chart (FrameRecorder.isOff): work the capacity does not count is held off.
      if (onMessaging && r.capMessaging[i]! > 0) f.messagingUsed += msg;
      else f.messagingHeldOff += msg;
      if (onEmail && r.capEmail[i]! > 0) f.emailUsed += mail;
      else f.emailHeldOff += mail;
      if (onMessaging) f.messagingOpen += r.capMessaging[i]!;
      if (onEmail) f.emailOpen += r.capEmail[i]!;
      if (voice === 1) f.calls++;
      else if (voice === 2) f.wraps++;
      if (msg > r.capMessaging[i]! || mail > r.capEmail[i]!) f.over++;
    }
    add(total, f);
    return f;
  });
  return { total, teams };
}

function add(to: Figures, f: Figures): void {
  to.agents += f.agents;
  for (let s = 0; s < 4; s++) to.status[s as 0] += f.status[s as 0];
  to.messagingUsed += f.messagingUsed;
  to.messagingOpen += f.messagingOpen;
  to.messagingHeldOff += f.messagingHeldOff;
  to.emailUsed += f.emailUsed;
  to.emailOpen += f.emailOpen;
  to.emailHeldOff += f.emailHeldOff;
  to.calls += f.calls;
  to.wraps += f.wraps;
  to.over += f.over;
}

/** " (+n held off capacity)" after a count of slots in use, where n > 0 (as the capacity chart's note). */
export function heldOffNote(n: number): string {
  return n > 0 ? ` (+${n} held off capacity)` : '';
}

/**
 * The board's one-line summary. Slots are "x of y in use", as the capacity chart says it ("4 in
 * use, 60 open" read as 60 free when 56 were).
 */
export function summaryText(r: BoardRoster, f: Figures | null): string {
  if (!f) return `${r.n} agents · waiting for the first frame`;
  const [on, away, transfers, off] = f.status;
  const parts = [`${r.n} agents: ${on} online, ${away} away, ${transfers} transfers only, ${off} offline`];
  if (r.has.messaging) parts.push(`messaging: ${f.messagingUsed} of ${f.messagingOpen} slots in use${heldOffNote(f.messagingHeldOff)}`);
  if (r.has.email) parts.push(`email: ${f.emailUsed} of ${f.emailOpen} slots in use${heldOffNote(f.emailHeldOff)}`);
  if (r.has.voice) parts.push(`${f.calls} on calls, ${f.wraps} in wrap-up`);
  if (f.over > 0) parts.push(`${f.over} over capacity`);
  return parts.join(' · ');
}

/** A team's heading: its name, size and capacity per agent (as the card board's headings say). */
export function teamHeading(b: TeamBlock): string {
  const c = b.capacity;
  return `${b.team} · ${b.count} agent${b.count === 1 ? '' : 's'} · capacity ${c.messaging} messaging / ${c.email} email / ${c.voice} voice`;
}

/** A team's figures at one frame, in a line: its statuses (those with agents), then its channels. */
export function teamLine(b: TeamBlock, f: Figures | null): string {
  if (!f) return 'no data yet';
  const names = ['online', 'away', 'transfers only', 'offline'];
  const parts = [names.map((w, s) => (s === 0 || f.status[s as 0] > 0 ? `${f.status[s as 0]} ${w}` : '')).filter(Boolean).join(', ')];
  if (b.capacity.messaging > 0 || f.messagingHeldOff > 0) parts.push(`messaging ${f.messagingUsed} of ${f.messagingOpen} in use${heldOffNote(f.messagingHeldOff)}`);
  if (b.capacity.email > 0 || f.emailHeldOff > 0) parts.push(`email ${f.emailUsed} of ${f.emailOpen} in use${heldOffNote(f.emailHeldOff)}`);
  if (b.capacity.voice > 0) parts.push(`${f.calls} on calls, ${f.wraps} in wrap-up`);
  if (f.over > 0) parts.push(`${f.over} over capacity`);
  return parts.join(' · ');
}
