// Skills-based routing (R18), in use only when the scenario's tickets carry skills:
//  - a ticket goes only to an agent holding ALL its skills (agents are kept in one heap per
//    group, channel and skill set, so the best qualified agent is a few peeks away);
//  - an agent pulls the best ticket it qualifies for, tickets with one of its high-priority
//    skills first (within each queue it is fed from: R13 still decides which queue first);
//  - a timeout per routing channel drops the ticket's optional skills. Email: the clock starts
//    when the ticket reaches the front of its queue (it is then still waiting, so no fully
//    skilled agent was free) and runs until the ticket leaves the queue. Messaging and voice:
//    the clock runs while no agent holding all its skills is online at all in its queue's
//    groups (busy ones count as available); one coming online stops it, and the full timeout
//    starts again when none is left. A timeout of 0 means none: every skill stays required.
//  - each timeout drops one stage of optional skills, those of API priority 3, then 2, then 1
//    (skillStages.ts); while some remain the clock starts again at once, by the same rules,
//    for one more timeout (email: if still at the front; else when it gets there again).
// Reading of R18 (setting optionalSkills): only skills marked optional in the channel's skill
// mix are dropped ('marked', as the help desk's routing rules mark them), or every skill ('all').
// R7 rides on the same masks: a ticket's brand is one more required bit (routingMask), kept in
// its own field so that no timeout or skill action drops it; an agent's mask holds the bits of
// the brands it belongs to. So every choice above — placement, pulls, offers passed on, R34's
// automatic assignment — gives a ticket only to an agent of its brand, and a skills clock runs
// while no agent of the brand holding the skills is online.

import type { Agent } from '../../model/Agent.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { Settings } from '../../scenario/settings.ts';
import type { Uniform } from '../../kernel/RandomStreams.ts';
import { NO_EVENT } from '../../kernel/EventQueue.ts';
import { CHANNELS, EMAIL, MESSAGING, VOICE, ONLINE } from '../../model/codes.ts';
import { SKILLS_TIMEOUT } from '../../engine/kinds.ts';
import { AgentHeap } from '../AgentHeap.ts';
import type { AgentKeys } from '../AgentKeys.ts';
import type { TicketHeap } from '../TicketHeap.ts';
import { before } from '../TicketHeap.ts';
import type { Router, RouterHost, RoutingQueue } from '../Router.ts';
import type { CompiledSkills, SkillDraw } from './compileSkills.ts';
import { maskNames } from './compileSkills.ts';
import { addSkill, dropSkills, expiringNext, stageNext } from './skillStages.ts';
import type { SkillTicketHeap } from './SkillTicketHeap.ts';
import { routingMask } from './SkillTicketHeap.ts';
import { BrandDraws } from './BrandDraws.ts';

/** Channels whose clock runs while no skilled agent is online (R18). */
const REALTIME = [MESSAGING, VOICE] as const;

/** What skills routing reads of the router it serves. */
export interface SkillRouterParts {
  readonly router: Router;
  readonly agents: readonly Agent[];
  readonly keys: readonly AgentKeys[];
  readonly groupCount: number;
  /** groupHeaps[group][channel]: every available agent of the group. */
  readonly groupHeaps: readonly (readonly AgentHeap[])[];
  readonly queues: readonly RoutingQueue[];
  readonly customHeaps: readonly (readonly TicketHeap[])[];
  readonly standardHeaps: readonly (readonly TicketHeap[])[];
  readonly agentQueues: readonly (readonly { queue: number; primary: boolean }[])[];
  readonly settings: Settings;
  readonly host: RouterHost;
}

export class SkillRouting {
  /** Distinct non-empty skill sets of agents; maskIndex[agent] into it, -1 for none. */
  private readonly masks: number[] = [];
  private readonly maskIndex: Int32Array;
  /** pools[(group·3 + channel)·masks + k]: available agents of the group holding skill set k. */
  private readonly pools: AgentHeap[] = [];
  /** online[(group·3 + channel)·masks + k]: agents of set k online for the channel (R19). */
  private readonly online: Int32Array;
  private readonly wasOnline: Uint8Array;
  /** Waiting messaging and voice tickets whose optional skills may still be dropped. */
  private readonly realtime = new Set<Ticket>();
  private readonly timeouts: number[];
  private readonly draws: SkillDraw[];
  private readonly streams: Uniform[];
  /** R7: each new ticket's brand, null when the scenario has none. */
  private readonly brands: BrandDraws | null;

  constructor(private readonly r: SkillRouterParts, private readonly compiled: CompiledSkills) {
    const n = r.agents.length;
    this.maskIndex = new Int32Array(n).fill(-1);
    r.agents.forEach((a) => {
      if (a.skills === 0) return;
      let k = this.masks.indexOf(a.skills);
      if (k < 0) k = this.masks.push(a.skills) - 1;
      this.maskIndex[a.index] = k;
    });
    const slots = r.groupCount * 3 * this.masks.length;
    for (let i = 0; i < slots; i++) this.pools.push(new AgentHeap(r.keys[Math.floor(i / this.masks.length) % 3]!, n));
    this.online = new Int32Array(slots);
    this.wasOnline = new Uint8Array(n * 3);
    const s = r.settings;
    this.timeouts = [s.skillsTimeoutMessaging, s.skillsTimeoutEmail, s.skillsTimeoutVoice];
    this.draws = compiled.draws;
    this.streams = CHANNELS.map((c) => r.host.streams.get(`skills/${c}`));
    this.brands = compiled.brands !== null ? new BrandDraws(compiled.brands, r.host) : null;
  }

  /** The skill-set heaps an agent joins on a channel besides its groups' (Router.refresh keeps them). */
  heapsOf(a: Agent, channel: number): AgentHeap[] {
    const k = this.maskIndex[a.index]!;
    return k < 0 ? [] : a.groups.map((g) => this.pools[(g * 3 + channel) * this.masks.length + k]!);
  }

  /**
   * A new ticket's skills, each drawn on its own with its share (stream "skills/<channel>"), and
   * its brand (R7, BrandDraws): `rowBrand` when a replayed row gives one (≥ 0).
   */
  draw(t: Ticket, channel: number, followUpOf: number | null, rowBrand = -1): void {
    const d = this.draws[channel]!;
    const u = this.streams[channel]!;
    for (let i = 0; i < d.bits.length; i++) {
      if (u.next() < d.shares[i]!) addSkill(t, d.bits[i]!, d.priority[i]!);
    }
    this.brands?.give(t, channel, followUpOf, rowBrand);
  }

  /** R48 + R7: the customer of `t` will write again; their new ticket is of the same brand. */
  keepBrandForFollowUp(t: Ticket): void {
    this.brands?.keepForFollowUp(t);
  }

  // ---- choosing ------------------------------------------------------------------------

  /** R18 + R7 + R11: the best available agent of a ticket's brand holding all its skills, or -1. */
  bestAgentFor(t: Ticket, queue: number, avoid: number): number {
    const c = t.routingChannel;
    const mask = routingMask(t);
    if (queue < 0) return this.best([t.group], c, mask, avoid);
    const q = this.r.queues[queue]!;
    const primary = this.best(q.primaryGroups, c, mask, avoid);
    return primary >= 0 ? primary : this.best(q.secondaryGroups, c, mask, avoid);
  }

  /** The best available agent of the groups (one pool) holding every skill of `mask`. */
  private best(groups: readonly number[], channel: number, mask: number, avoid: number): number {
    const K = this.masks.length;
    const keys = this.r.keys[channel]!;
    let best = -1;
    let avoidFits = false;
    for (let i = 0; i < groups.length; i++) {
      const base = (groups[i]! * 3 + channel) * K;
      for (let k = 0; k < K; k++) {
        if ((mask & ~this.masks[k]!) !== 0) continue;
        const heap = this.pools[base + k]!;
        let a = heap.peek();
        if (a === avoid && a >= 0) {
          avoidFits = true;
          a = heap.findBest((x) => x !== avoid);
        }
        if (a >= 0 && (best < 0 || keys.better(a, best))) best = a;
      }
    }
    // Nobody else: the offer goes back to the same agent, as without reassignment (R36).
    return best < 0 && avoidFits ? avoid : best;
  }

  /** R13 + R18 + R7: the ticket an agent pulls next on a channel (of its brands), or undefined. */
  nextTicketFor(a: Agent, channel: number): Ticket | undefined {
    const feeds = this.r.agentQueues[a.index]!;
    for (let i = 0; i < feeds.length; i++) {
      const f = feeds[i]!;
      const heap = this.r.customHeaps[f.queue]![channel]! as SkillTicketHeap;
      if (heap.size === 0) continue;
      const t = heap.peekFor(a.skills, a.prioritySkills);
      if (!t) continue;
      // R11: secondary groups serve only while no primary agent is available (for this ticket).
      if (!f.primary && this.primaryAvailable(this.r.queues[f.queue]!.primaryGroups, channel, routingMask(t))) continue;
      return t;
    }
    let best: Ticket | undefined;
    let bestPriority = false;
    const groups = a.groups;
    for (let g = 0; g < groups.length; g++) {
      const heap = this.r.standardHeaps[groups[g]!]![channel]! as SkillTicketHeap;
      if (heap.size === 0) continue;
      const top = heap.peekFor(a.skills, a.prioritySkills);
      if (!top) continue;
      const p = (top.skills & a.prioritySkills) !== 0;
      if (!best || (p && !bestPriority) || (p === bestPriority && before(top, best))) {
        best = top;
        bestPriority = p;
      }
    }
    return best;
  }

  private primaryAvailable(groups: readonly number[], channel: number, mask: number): boolean {
    if (mask !== 0) return this.best(groups, channel, mask, -1) >= 0;
    for (let i = 0; i < groups.length; i++) if (this.r.groupHeaps[groups[i]!]![channel]!.size > 0) return true;
    return false;
  }

  // ---- timeouts ------------------------------------------------------------------------

  /** The ticket just joined `heap`, or waits on in it with optional skills left after a timeout. */
  queued(t: Ticket, heap: TicketHeap): void {
    const c = heap.channel;
    if (c === EMAIL) {
      if (heap.peek() === t) this.arm(t, c);
    } else if (t.optionalSkills !== 0 && this.timeouts[c]! > 0) {
      this.realtime.add(t);
      if (!this.skilledOnline(t)) this.arm(t, c);
    }
  }

  /** The ticket just left `heap` (assigned, offered, withdrawn or moved): its clock stops. */
  left(t: Ticket, heap: TicketHeap): void {
    t.skillsTimer = this.r.host.cancel(t.skillsTimer);
    if (heap.channel === EMAIL) {
      const front = heap.peek();
      if (front) this.arm(front, EMAIL);
    } else if (this.realtime.size > 0) {
      this.realtime.delete(t);
    }
  }

  /** Starts a ticket's clock unless it runs already or there is nothing to drop. */
  private arm(t: Ticket, channel: number): void {
    const timeout = this.timeouts[channel]!;
    if (t.optionalSkills === 0 || timeout <= 0 || t.skillsTimer !== NO_EVENT) return;
    t.skillsTimer = this.r.host.timer(timeout, SKILLS_TIMEOUT, t);
  }

  /**
   * R18: the timeout ran out: the optional skills of the lowest priority left go, routing tries
   * the ticket again, and a ticket still waiting with optional skills starts its clock again.
   */
  timedOut(t: Ticket): void {
    const heap = t.queue as SkillTicketHeap | null;
    if (!heap || t.optionalSkills === 0) return;
    const dropped = expiringNext(t);
    const stage = stageNext(t);
    heap.remove(t);
    dropSkills(t, dropped);
    heap.push(t);
    if (t.optionalSkills === 0) this.realtime.delete(t);
    const events = this.r.host.events;
    if (events.wanted('OptionalSkillsDropped')) {
      events.emit({
        type: 'OptionalSkillsDropped', t: this.r.host.now, ticket: t.id, stage,
        dropped: maskNames(this.compiled, dropped), required: maskNames(this.compiled, t.skills),
      });
    }
    this.r.router.retry(t);
    if (t.queue === heap) this.queued(t, heap);
  }

  /**
   * An agent's status may have changed (Router.refreshAll): keeps the count of skilled agents
   * online per group, and starts or stops the clocks of waiting conversations and calls.
   */
  statusMaybeChanged(a: Agent): void {
    const k = this.maskIndex[a.index]!;
    if (k < 0) return;
    let changed = false;
    for (const c of REALTIME) {
      const now = a.status === ONLINE && a.max[c]! > 0 ? 1 : 0;
      const slot = a.index * 3 + c;
      if (now === this.wasOnline[slot]) continue;
      this.wasOnline[slot] = now;
      changed = true;
      for (const g of a.groups) this.online[(g * 3 + c) * this.masks.length + k]! += now === 1 ? 1 : -1;
    }
    if (!changed || this.realtime.size === 0) return;
    for (const t of this.realtime) {
      if (!this.skilledOnline(t)) this.arm(t, t.routingChannel);
      else t.skillsTimer = this.r.host.cancel(t.skillsTimer);
    }
  }

  /** Is an agent of the ticket's brand holding all its skills online in its queue's groups? */
  private skilledOnline(t: Ticket): boolean {
    const c = t.routingChannel;
    const mask = routingMask(t);
    if (t.queueIndex < 0) return this.onlineIn(t.group, c, mask);
    const q = this.r.queues[t.queueIndex]!;
    for (const g of q.primaryGroups) if (this.onlineIn(g, c, mask)) return true;
    for (const g of q.secondaryGroups) if (this.onlineIn(g, c, mask)) return true;
    return false;
  }

  private onlineIn(group: number, channel: number, mask: number): boolean {
    if (group < 0) return false;
    const K = this.masks.length;
    const base = (group * 3 + channel) * K;
    for (let k = 0; k < K; k++) if ((mask & ~this.masks[k]!) === 0 && this.online[base + k]! > 0) return true;
    return false;
  }
}
