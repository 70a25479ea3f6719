// Omnichannel routing: places an eligible ticket (immediate assignment or a queue, R9–R11),
// and feeds agents who gain spare capacity from their queues (R13, R14, R21–R23). Queues
// and agent pools are heaps, so each decision costs O(log n) whatever the size of the centre.

import type { Agent } from '../model/Agent.ts';
import type { AgentLoads } from '../model/AgentLoads.ts';
import type { Ticket } from '../model/Ticket.ts';
import type { Settings } from '../scenario/settings.ts';
import type { ConditionContext, Predicate } from '../triggers/conditions/ConditionField.ts';
import { CHANNELS, EMAIL, VOICE, ONLINE, AWAY } from '../model/codes.ts';
import { AgentKeys } from './AgentKeys.ts';
import { AgentHeap } from './AgentHeap.ts';
import { TicketHeap, before } from './TicketHeap.ts';
import { fitsStandardQueue, hasRoutingTag } from './eligibility.ts';
import { ASSIGNMENT_METHODS } from './assignment/assignmentMethods.ts';
import type { AssignmentMethod } from './assignment/AssignmentMethod.ts';
import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { RandomStreams, Uniform } from '../kernel/RandomStreams.ts';
import type { EventWriter } from '../model/EventWriter.ts';
import { SkillRouting } from './skills/SkillRouting.ts';
import { SkillTicketHeap } from './skills/SkillTicketHeap.ts';
import { SlaOrder } from './slaOrder.ts';
import { pickSubqueue } from './subqueues.ts';

/** A custom queue as routing uses it. */
export interface RoutingQueue {
  name: string;
  matches: Predicate;
  primaryGroups: number[];
  secondaryGroups: number[];
  /** R12: on a queue's first subqueue, the cumulative shares of its subqueues (which follow it). */
  subqueueShares?: Float64Array;
  /** R15: the queue sorts by SLA. */
  sortBySla?: boolean;
}

/** What the router needs from the engine. */
export interface RouterHost {
  readonly now: number;
  /**
   * Routing chose `agent` for the ticket (taken out of `from` if it waited): offer or assign
   * it. Must update capacity before returning.
   */
  deliver(t: Ticket, agent: Agent, from: TicketHeap | null): void;
  /** The ticket just joined a queue. */
  queued(t: Ticket, heap: TicketHeap): void;
  /** The ticket just left its queue for a reason other than delivery. */
  unqueued(t: Ticket, heap: TicketHeap, reason: 'abandoned' | 'unroutable' | 'requeued' | 'assigned'): void;
  /** R34: an inactive queued conversation goes to an agent without capacity or offer. */
  isAutoAssignable(t: Ticket): boolean;
  // Skills (R18), subqueues (R12) and SLA (R15) read these; the engine has them.
  readonly compiled: CompiledScenario;
  readonly streams: RandomStreams;
  readonly events: EventWriter;
  timer(delay: number, kind: number, t: Ticket): number;
  cancel(handle: number): number;
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
  private readonly ctx: ConditionContext = { now: 0, previous: null, sender: '', env: null };
  /** R18 (and R7's brands): skills routing, null when no ticket carries skills or a brand (the fast path below is then unchanged). */
  readonly skills: SkillRouting | null = null;
  /** R15: SLA targets and sort, null when no channel has SLA targets. */
  private readonly sla: SlaOrder | null = null;
  /** R12: the subqueue draw stream per routing channel, made on first use. */
  private readonly subqueueDraws: (Uniform | undefined)[] = [];

  constructor(
    private readonly agents: readonly Agent[],
    private readonly loads: AgentLoads,
    groupNames: readonly string[],
    readonly queues: readonly RoutingQueue[],
    private readonly settings: Settings,
    private readonly host: RouterHost,
  ) {
    const n = agents.length;
    this.method = ASSIGNMENT_METHODS[settings.assignmentMethod];
    this.keys = [0, 1, 2].map(() => new AgentKeys(n));
    this.groupHeaps = groupNames.map(() => this.keys.map((k) => new AgentHeap(k, n)));
    const skills = host.compiled.skills;
    const Heap = skills !== null ? SkillTicketHeap : TicketHeap;
    this.customHeaps = queues.map((q, i) => CHANNELS.map((_, ch) => new Heap(q.name, i, ch)));
    this.standardHeaps = groupNames.map((g) => CHANNELS.map((_, ch) => new Heap(`standard/${g}`, STANDARD_QUEUE, ch)));
    this.agentHeaps = agents.flatMap((a) => [0, 1, 2].map((c) => a.groups.map((g) => this.groupHeaps[g]![c]!)));
    this.agentQueues = agents.map((a) => {
      const list: { queue: number; primary: boolean }[] = [];
      queues.forEach((q, i) => {
        if (q.primaryGroups.some((g) => a.groups.includes(g))) list.push({ queue: i, primary: true });
        else if (q.secondaryGroups.some((g) => a.groups.includes(g))) list.push({ queue: i, primary: false });
      });
      return list;
    });
    if (skills !== null) {
      this.skills = new SkillRouting({
        router: this, agents, keys: this.keys, groupCount: groupNames.length, groupHeaps: this.groupHeaps, queues,
        customHeaps: this.customHeaps, standardHeaps: this.standardHeaps, agentQueues: this.agentQueues, settings, host,
      }, skills);
      for (const a of agents) for (let c = 0; c < 3; c++) this.agentHeaps[a.index * 3 + c]!.push(...this.skills.heapsOf(a, c));
    }
    if (SlaOrder.any(host.compiled.scenario.channels)) this.sla = new SlaOrder(host.compiled.scenario.channels, queues, settings);
    for (const a of agents) for (let c = 0; c < 3; c++) this.refresh(a, c);
  }

  /** R19 + R21 (+ R24 focus mode): may the agent be given routed work on the channel now? */
  canTake(a: Agent, channel: number): boolean {
    const counted = this.loads.counted, j = a.index * 3;
    if (counted[j + channel]! >= this.loads.max[j + channel]!) return false;
    const st = a.status;
    if (st !== ONLINE && !(st === AWAY && channel === EMAIL)) return false;
    if (this.settings.focusMode && channel !== EMAIL) {
      // Q13: real-time work from one channel at a time.
      for (let c = 0; c < 3; c++) if (c !== EMAIL && c !== channel && counted[j + c]! > 0) return false;
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
      k.key1[i] = this.method(this.loads, i * 3 + channel);
      k.key2[i] = this.loads.lastAssignedAt[i * 3 + channel]!;
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
    if (this.skills !== null) this.skills.statusMaybeChanged(a);
  }

  /** R10 (+ R3, R2, Q5): the first matching custom queue, else the standard queue, else none. */
  matchQueue(t: Ticket): number {
    const qs = this.queues;
    if (qs.length > 0) {
      this.ctx.now = this.host.now;
      const tagAlways = this.settings.requireTagForEmailRouted === 'always';
      for (let i = 0; i < qs.length; i++) {
        if (tagAlways && t.routingChannel === EMAIL && !hasRoutingTag(t, this.settings)) break;
        if (qs[i]!.matches(t, this.ctx)) return qs[i]!.subqueueShares === undefined ? i : i + this.subqueueOf(t, qs[i]!.subqueueShares!);
      }
    }
    return fitsStandardQueue(t, this.settings) ? STANDARD_QUEUE : NO_QUEUE;
  }

  /** R12: the subqueue offset of a ticket, from its one weighted draw (see subqueues.ts). */
  private subqueueOf(t: Ticket, shares: Float64Array): number {
    if (Number.isNaN(t.subqueueDraw)) {
      const c = t.routingChannel;
      const u = (this.subqueueDraws[c] ??= this.host.streams.get(`subqueue/${CHANNELS[c]}`));
      t.subqueueDraw = u.next();
    }
    return pickSubqueue(shares, t.subqueueDraw);
  }

  /**
   * Routes a ticket that has just become eligible (R9): the best available agent of its
   * queue's pool gets it at once, else it waits in the queue. Returns false if no queue fits.
   */
  place(t: Ticket, queue: number): boolean {
    if (queue === NO_QUEUE) return false;
    t.queueIndex = queue;
    if (this.sla !== null) this.sla.fix(t, queue);
    const agent = this.bestAgentFor(t, queue);
    if (agent >= 0) {
      this.host.deliver(t, this.agents[agent]!, null);
      return true;
    }
    this.enqueue(t, queue);
    return true;
  }

  /**
   * R34: a waiting conversation that just went inactive is handed to an agent at once — one it
   * was offered to before if that agent can take work, else the best agent of its pool.
   */
  autoAssign(t: Ticket): void {
    const prior = t.lastOfferedTo >= 0 ? this.agents[t.lastOfferedTo]! : null;
    const agent = prior && this.canTake(prior, t.routingChannel) && this.inPool(prior.index, t) ? prior.index : this.bestAgentFor(t, t.queueIndex);
    if (agent < 0) return;
    const from = t.queue as TicketHeap;
    this.detach(t);
    this.host.deliver(t, this.agents[agent]!, from);
  }

  /**
   * Takes a waiting ticket out of its queue to be placed again (its channel or fields changed,
   * Q7); it keeps its eligibility time and its customer keeps waiting.
   */
  requeue(t: Ticket): void {
    const from = t.queue as TicketHeap;
    this.detach(t);
    this.host.unqueued(t, from, 'requeued');
  }

  /**
   * R18: a ticket's skills are about to change (a trigger action). Queues keep their tickets
   * by skill set, so one waiting in a routing queue leaves it now, under its old skills, to be
   * placed again by its new ones (as requeue). Tickets in pull views wait without skills.
   */
  skillsChanging(t: Ticket): void {
    if (t.queue !== null && t.queueIndex >= STANDARD_QUEUE) this.requeue(t);
  }

  /** Takes a waiting ticket out of its queue (abandonment, lost eligibility, assigned by hand). */
  withdraw(t: Ticket, reason: 'abandoned' | 'unroutable' | 'assigned'): void {
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
        this.host.deliver(t, this.preferredFor(t, a), heap);
      }
    }
    this.pullCount = 0;
  }

  /** R34: an inactive conversation goes to the agent it was offered to before, if they can take it. */
  private preferredFor(t: Ticket, puller: Agent): Agent {
    const prior = t.lastOfferedTo;
    if (prior < 0 || prior === puller.index || !this.host.isAutoAssignable(t)) return puller;
    const agent = this.agents[prior]!;
    return this.canTake(agent, t.routingChannel) && this.inPool(prior, t) ? agent : puller;
  }

  /** R13: the first non-empty custom queue feeding the agent, else the best standard ticket. */
  nextTicketFor(a: Agent, channel: number): Ticket | undefined {
    if (this.skills !== null) return this.skills.nextTicketFor(a, channel);
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

  /**
   * The agent who would get this ticket now, or -1 (R11: primary pool, then secondary). An
   * offer that expired passes to another agent when there is one (R36).
   */
  bestAgentFor(t: Ticket, queue: number): number {
    const c = t.routingChannel;
    // R36 passes an expired messaging offer on; R37 always offers a declined or unanswered call to others.
    const passOn = c === VOICE || this.settings.reassignIfNotAcceptedAfter > 0;
    const avoid = t.offeredTo < 0 && t.lastOfferedTo >= 0 && passOn ? t.lastOfferedTo : -1;
    if (this.skills !== null && (t.skills | t.brandMask) !== 0) return this.skills.bestAgentFor(t, queue, avoid); // R18, R7
    if (queue === STANDARD_QUEUE) {
      const heap = this.groupHeaps[t.group]![c]!;
      const top = heap.peek();
      if (top !== avoid || avoid < 0) return top;
      const other = heap.findBest((x) => x !== avoid);
      return other >= 0 ? other : avoid;
    }
    const q = this.queues[queue]!;
    const primary = this.poolTop(q.primaryGroups, c, avoid);
    return primary >= 0 ? primary : this.poolTop(q.secondaryGroups, c, avoid);
  }

  /** Whether the agent belongs to the pool that serves the ticket's queue. */
  private inPool(agent: number, t: Ticket): boolean {
    const groups = this.agents[agent]!.groups;
    if (t.queueIndex === STANDARD_QUEUE) return groups.includes(t.group);
    const q = this.queues[t.queueIndex];
    return q !== undefined && [...q.primaryGroups, ...q.secondaryGroups].some((g) => groups.includes(g));
  }

  /** The best available agent across several groups (one pool, R11), other than `avoid` if possible. */
  private poolTop(groups: readonly number[], channel: number, avoid = -1): number {
    const keys = this.keys[channel]!;
    let best = -1;
    for (let i = 0; i < groups.length; i++) {
      const heap = this.groupHeaps[groups[i]!]![channel]!;
      let a = heap.peek();
      if (a === avoid && a >= 0) a = heap.findBest((x) => x !== avoid);
      if (a >= 0 && (best < 0 || keys.better(a, best))) best = a;
    }
    if (best < 0 && avoid >= 0) {
      // Nobody else: the offer goes back to the same agent, as without reassignment.
      for (let i = 0; i < groups.length; i++) if (this.groupHeaps[groups[i]!]![channel]!.has(avoid)) return avoid;
    }
    return best;
  }

  private enqueue(t: Ticket, queue: number): void {
    const c = t.routingChannel;
    const heap = queue === STANDARD_QUEUE ? this.standardHeaps[t.group]![c]! : this.customHeaps[queue]![c]!;
    heap.push(t);
    this.waiting[c]!++;
    if (this.skills !== null) this.skills.queued(t, heap);
    this.host.queued(t, heap);
  }

  /** R18: a waiting ticket's skills shrank (timeout): it goes at once to an agent who now qualifies. */
  retry(t: Ticket): void {
    const agent = this.bestAgentFor(t, t.queueIndex);
    if (agent < 0) return;
    const from = t.queue as TicketHeap;
    this.detach(t);
    this.host.deliver(t, this.agents[agent]!, from);
  }

  private detach(t: Ticket): void {
    const heap = t.queue as TicketHeap;
    heap.remove(t);
    this.waiting[heap.channel]!--;
    if (this.skills !== null) this.skills.left(t, heap);
  }
}
