// Omnichannel routing: places an eligible ticket (immediate assignment or a queue, R9–R11),
// and feeds agents who gain spare capacity from their queues (R13, R14, R21–R23). Queues
// and agent pools are heaps, so each decision costs O(log n) whatever the size of the centre.

import type { Agent } from '../model/Agent.ts';
import type { Ticket } from '../model/Ticket.ts';
import type { Settings } from '../scenario/settings.ts';
import type { ConditionContext, Predicate } from '../triggers/conditions/ConditionField.ts';
import { CHANNELS, EMAIL, ONLINE, AWAY } from '../model/codes.ts';
import { AgentKeys } from './AgentKeys.ts';
import { AgentHeap } from './AgentHeap.ts';
import { TicketHeap, before } from './TicketHeap.ts';
import { fitsStandardQueue, hasRoutingTag } from './eligibility.ts';
import { ASSIGNMENT_METHODS } from './assignment/assignmentMethods.ts';
import type { AssignmentMethod } from './assignment/AssignmentMethod.ts';

/** A custom queue as routing uses it. */
export interface RoutingQueue {
  name: string;
  matches: Predicate;
  primaryGroups: number[];
  secondaryGroups: number[];
}

/** What the router needs from the engine. */
export interface RouterHost {
  readonly now: number;
  /** Performs the assignment; must update capacity before returning. */
  assign(t: Ticket, agent: Agent): void;
  /** The ticket just joined a queue. */
  queued(t: Ticket, heap: TicketHeap): void;
  /** The ticket just left its queue. */
  unqueued(t: Ticket, heap: TicketHeap, reason: 'assigned' | 'abandoned' | 'unroutable' | 'requeued'): void;
}

/** Where a ticket can go: a custom queue index, the standard queue, or nowhere. */
export const STANDARD_QUEUE = -1;
export const NO_QUEUE = -2;

export class Router {
  readonly keys: AgentKeys[];
  /** groupHeaps[group][channel]: the group's agents who can take work on the channel now. */
  private readonly groupHeaps: AgentHeap[][];
  /** customHeaps[queue][channel] and standardHeaps[group][channel]: waiting tickets. */
  readonly customHeaps: TicketHeap[][];
  readonly standardHeaps: TicketHeap[][];
  /** Per agent and channel (index agent·3 + channel), the heaps of the agent's groups. */
  private readonly agentHeaps: AgentHeap[][];
  /** Per agent, the custom queues that can feed them, in list order (R13). */
  private readonly agentQueues: { queue: number; primary: boolean }[][];
  /** Tickets waiting per routing channel, to skip pulls when nothing waits. */
  readonly waiting = new Int32Array(3);
  private readonly method: AssignmentMethod;
  private readonly pulls: number[] = [];
  private pullCount = 0;
  private readonly ctx: ConditionContext = { now: 0 };

  constructor(
    private readonly agents: readonly Agent[],
    groupNames: readonly string[],
    readonly queues: readonly RoutingQueue[],
    private readonly settings: Settings,
    private readonly host: RouterHost,
  ) {
    const n = agents.length;
    this.method = ASSIGNMENT_METHODS[settings.assignmentMethod];
    this.keys = [0, 1, 2].map(() => new AgentKeys(n));
    this.groupHeaps = groupNames.map(() => this.keys.map((k) => new AgentHeap(k, n)));
    this.customHeaps = queues.map((q, i) => CHANNELS.map((_, ch) => new TicketHeap(q.name, i, ch)));
    this.standardHeaps = groupNames.map((g) => CHANNELS.map((_, ch) => new TicketHeap(`standard/${g}`, STANDARD_QUEUE, ch)));
    this.agentHeaps = agents.flatMap((a) => [0, 1, 2].map((c) => a.groups.map((g) => this.groupHeaps[g]![c]!)));
    this.agentQueues = agents.map((a) => {
      const list: { queue: number; primary: boolean }[] = [];
      queues.forEach((q, i) => {
        if (q.primaryGroups.some((g) => a.groups.includes(g))) list.push({ queue: i, primary: true });
        else if (q.secondaryGroups.some((g) => a.groups.includes(g))) list.push({ queue: i, primary: false });
      });
      return list;
    });
    for (const a of agents) for (let c = 0; c < 3; c++) this.refresh(a, c);
  }

  /** R19 + R21 (+ R24 focus mode): may the agent be given routed work on the channel now? */
  canTake(a: Agent, channel: number): boolean {
    if (a.counted[channel]! >= a.max[channel]!) return false;
    const st = a.status;
    if (st !== ONLINE && !(st === AWAY && channel === EMAIL)) return false;
    if (this.settings.focusMode && channel !== EMAIL) {
      // Q13: real-time work from one channel at a time.
      for (let c = 0; c < 3; c++) if (c !== EMAIL && c !== channel && a.counted[c]! > 0) return false;
    }
    return true;
  }

  /**
   * Re-derives the agent's place in the pools of one channel after its capacity, status or
   * last-assignment time changed; queues a pull if the agent can take work and work waits.
   */
  refresh(a: Agent, channel: number): void {
    const i = a.index;
    const heaps = this.agentHeaps[i * 3 + channel]!;
    if (this.canTake(a, channel)) {
      const k = this.keys[channel]!;
      k.key1[i] = this.method(a, channel);
      k.key2[i] = a.lastAssignedAt[channel]!;
      k.key3[i] = a.tieRank;
      for (let g = 0; g < heaps.length; g++) heaps[g]!.upsert(i);
      if (this.waiting[channel]! > 0) this.pulls[this.pullCount++] = i * 3 + channel;
    } else {
      for (let g = 0; g < heaps.length; g++) heaps[g]!.remove(i);
    }
  }

  /** Refreshes every channel (focus mode couples them; status changes touch them all). */
  refreshAll(a: Agent): void {
    for (let c = 0; c < 3; c++) this.refresh(a, c);
  }

  /** R10 (+ R3, R2, Q5): the first matching custom queue, else the standard queue, else none. */
  matchQueue(t: Ticket): number {
    const qs = this.queues;
    if (qs.length > 0) {
      this.ctx.now = this.host.now;
      const tagAlways = this.settings.requireTagForEmailRouted === 'always';
      for (let i = 0; i < qs.length; i++) {
        if (tagAlways && t.routingChannel === EMAIL && !hasRoutingTag(t, this.settings)) break;
        if (qs[i]!.matches(t, this.ctx)) return i;
      }
    }
    return fitsStandardQueue(t, this.settings) ? STANDARD_QUEUE : NO_QUEUE;
  }

  /**
   * Routes a ticket that has just become eligible (R9): the best available agent of its
   * queue's pool gets it at once, else it waits in the queue. Returns false if no queue fits.
   */
  place(t: Ticket, queue: number): boolean {
    if (queue === NO_QUEUE) return false;
    t.queueIndex = queue;
    const agent = this.bestAgentFor(t, queue);
    if (agent >= 0) {
      this.host.assign(t, this.agents[agent]!);
      return true;
    }
    this.enqueue(t, queue);
    return true;
  }

  /** Moves a waiting ticket to another queue, keeping its eligibility time (Q7). */
  move(t: Ticket, queue: number): void {
    const from = t.queue as TicketHeap;
    this.detach(t);
    this.host.unqueued(t, from, 'requeued');
    if (!this.place(t, queue)) t.queueIndex = NO_QUEUE;
  }

  /** Takes a waiting ticket out of its queue (abandonment, lost eligibility). */
  withdraw(t: Ticket, reason: 'abandoned' | 'unroutable'): void {
    const from = t.queue as TicketHeap | null;
    if (!from) return;
    this.detach(t);
    this.host.unqueued(t, from, reason);
  }

  /** Runs the pulls queued by refresh(): each agent takes waiting work while it can. */
  drain(): void {
    const pulls = this.pulls;
    for (let i = 0; i < this.pullCount; i++) {
      const code = pulls[i]!;
      const channel = code % 3;
      const a = this.agents[(code - channel) / 3]!;
      while (this.waiting[channel]! > 0 && this.canTake(a, channel)) {
        const t = this.nextTicketFor(a, channel);
        if (!t) break;
        const heap = t.queue as TicketHeap;
        this.detach(t);
        this.host.unqueued(t, heap, 'assigned');
        this.host.assign(t, a);
      }
    }
    this.pullCount = 0;
  }

  /** R13: the first non-empty custom queue feeding the agent, else the best standard ticket. */
  nextTicketFor(a: Agent, channel: number): Ticket | undefined {
    const feeds = this.agentQueues[a.index]!;
    for (let i = 0; i < feeds.length; i++) {
      const f = feeds[i]!;
      const heap = this.customHeaps[f.queue]![channel]!;
      if (heap.size === 0) continue;
      // R11: secondary groups serve only while no primary agent is available.
      if (!f.primary && this.poolTop(this.queues[f.queue]!.primaryGroups, channel) >= 0) continue;
      return heap.peek();
    }
    let best: Ticket | undefined;
    const groups = a.groups;
    for (let g = 0; g < groups.length; g++) {
      const top = this.standardHeaps[groups[g]!]![channel]!.peek();
      if (top && (!best || before(top, best))) best = top;
    }
    return best;
  }

  /** The agent who would get this ticket now, or -1 (R11: primary pool, then secondary). */
  bestAgentFor(t: Ticket, queue: number): number {
    const c = t.routingChannel;
    if (queue === STANDARD_QUEUE) return this.groupHeaps[t.group]![c]!.peek();
    const q = this.queues[queue]!;
    const primary = this.poolTop(q.primaryGroups, c);
    return primary >= 0 ? primary : this.poolTop(q.secondaryGroups, c);
  }

  /** The best available agent across several groups (one pool, R11). */
  private poolTop(groups: readonly number[], channel: number): number {
    const keys = this.keys[channel]!;
    let best = -1;
    for (let i = 0; i < groups.length; i++) {
      const a = this.groupHeaps[groups[i]!]![channel]!.peek();
      if (a >= 0 && (best < 0 || keys.better(a, best))) best = a;
    }
    return best;
  }

  private enqueue(t: Ticket, queue: number): void {
    const c = t.routingChannel;
    const heap = queue === STANDARD_QUEUE ? this.standardHeaps[t.group]![c]! : this.customHeaps[queue]![c]!;
    heap.push(t);
    this.waiting[c]!++;
    this.host.queued(t, heap);
  }

  private detach(t: Ticket): void {
    const heap = t.queue as TicketHeap;
    heap.remove(t);
    this.waiting[heap.channel]!--;
  }
}
