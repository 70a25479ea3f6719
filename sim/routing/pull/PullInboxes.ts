// Pull-mode inboxes: instead of omnichannel routing pushing work to agents, the tickets of an
// inbox's groups wait in its Unassigned view, and agents of the inbox who are online and have
// room pick from it after a pick-up delay (the time to notice a waiting ticket and take it).
// Modelled on the inbox article in the seeds (Convos: online agents assign themselves
// conversations from "Unassigned"; each inbox has its own assignment settings).
//
// The view is a TicketHeap, so waiting looks exactly as in push routing: TicketQueued and
// TicketRemovedFromQueue name the view ("unassigned/<inbox>"), patience runs, and the pick is
// a TicketAssigned with how 'picked' — waits, service level and occupancy need nothing new.
// Tickets in a view are counted in the router's `waiting` (so a withdrawal through the router,
// e.g. an abandonment, keeps the count right, and "queue length" switches see them).
//
// Each agent has at most one pick pending per inbox. Invariant: while a view holds a ticket
// an agent may pick, that agent has a pick pending; so a pick is planned when a ticket enters
// an empty view (for every agent who may pick it), when an agent's capacity or status changes,
// and after each pick. A pick looks again when it is due: the agent takes the best ticket then
// waiting that they may take, or nothing (another agent was quicker).
// Not modelled in pull mode: offers and Accept (the agent chose the ticket), R34's automatic
// assignment of inactive conversations, skills (R18) — all of them omnichannel routing's. A
// pick is a claim, so the messaging triggers' "assigned" event does not fire for it (R54).

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { Ticket } from '../../model/Ticket.ts';
import type { InboxConfig } from '../../scenario/InboxConfig.ts';
import type { Distribution } from '../../kernel/distributions/Distribution.ts';
import type { Uniform } from '../../kernel/RandomStreams.ts';
import { makeDistribution } from '../../kernel/distributions/makeDistribution.ts';
import { CHANNELS, ONLINE } from '../../model/codes.ts';
import { TicketHeap, before } from '../TicketHeap.ts';
import { INBOX_PICK } from '../../engine/kinds.ts';

/** Ticket.queueIndex of a ticket waiting in an Unassigned view (not a routing queue). */
export const IN_UNASSIGNED_VIEW = -3;

class PullInbox {
  /** The Unassigned view, one heap per routing channel it holds (null: that channel is pushed). */
  readonly views: (TicketHeap | null)[];
  /** Agents of the inbox (in one of its groups), by agent index. */
  readonly member: Uint8Array;
  readonly members: number[];
  /** 1 while the agent has a pick pending. */
  readonly pending: Uint8Array;
  readonly delay: Distribution;
  readonly u: Uniform;

  constructor(readonly index: number, readonly config: InboxConfig, e: Engine) {
    const groups = config.groups.map((g) => e.compiled.scenario.groups.indexOf(g));
    this.views = CHANNELS.map((c, code) => (config.channels.includes(c) ? new TicketHeap(`unassigned/${config.name}`, IN_UNASSIGNED_VIEW, code) : null));
    this.member = Uint8Array.from(e.agents, (a) => (a.groups.some((g) => groups.includes(g)) ? 1 : 0));
    this.members = e.agents.filter((a) => this.member[a.index] === 1).map((a) => a.index);
    this.pending = new Uint8Array(e.agents.length);
    this.delay = makeDistribution(config.pickUpDelay);
    this.u = e.streams.get(`pick-up/${config.name}`);
  }
}

export class PullInboxes {
  private readonly inboxes: PullInbox[];
  /** Per group index, its pull inbox or undefined. */
  private readonly byGroup: (PullInbox | undefined)[];
  /** Per agent, the pull inboxes they belong to. */
  private readonly ofAgent: PullInbox[][];

  /** The run's pull inboxes, or null when the scenario has none (routing is then untouched). */
  static create(e: Engine): PullInboxes | null {
    const pull = e.compiled.scenario.inboxes.filter((x) => x.mode === 'pull');
    return pull.length === 0 ? null : new PullInboxes(e, pull);
  }

  private constructor(private readonly e: Engine, configs: InboxConfig[]) {
    const groups = e.compiled.scenario.groups;
    this.inboxes = configs.map((c, i) => new PullInbox(i, c, e));
    this.byGroup = groups.map((g) => this.inboxes.find((x) => x.config.groups.includes(g)));
    this.ofAgent = e.agents.map((a) => this.inboxes.filter((x) => x.member[a.index] === 1));
  }

  /**
   * A routable ticket settles: if its group's inbox pulls its routing channel, it waits in (or
   * stays in) the Unassigned view and push routing leaves it alone (returns true). A ticket
   * that no longer belongs to a view (its group or channel changed) leaves it (returns false).
   */
  claim(t: Ticket): boolean {
    const inbox = t.group >= 0 ? this.byGroup[t.group] : undefined;
    const view = inbox === undefined ? null : inbox.views[t.routingChannel] ?? null;
    const current = t.queue as TicketHeap | null;
    if (view === null) {
      if (current !== null && current.queueIndex === IN_UNASSIGNED_VIEW) this.e.router.requeue(t);
      return false;
    }
    if (current === view) {
      // Still waiting here; a changed priority moves it within the view (silently, like R14).
      const k1 = this.key1(inbox!, t), k2 = this.key2(inbox!, t);
      if (k1 !== t.orderKey1 || k2 !== t.orderKey2) {
        view.remove(t);
        t.orderKey1 = k1;
        t.orderKey2 = k2;
        view.push(t);
      }
      return true;
    }
    if (current !== null) this.e.router.requeue(t); // from a routing queue or another view
    this.enqueue(inbox!, view, t);
    return true;
  }

  /** An agent's capacity or status changed: plan a pick if they may now take waiting work. */
  agentChanged(a: Agent): void {
    const list = this.ofAgent[a.index]!;
    for (let i = 0; i < list.length; i++) this.plan(list[i]!, a);
  }

  /** Agents who could pick a waiting ticket but have no pick pending (the invariant above:
   *  always empty between events). For tests and diagnostics. */
  missedPicks(): string[] {
    const out: string[] = [];
    for (const inbox of this.inboxes) {
      for (const i of inbox.members) {
        const a = this.e.agents[i]!;
        if (inbox.pending[i] === 0 && this.best(inbox, a) !== undefined) out.push(`${a.name} could pick from unassigned/${inbox.config.name} but has no pick pending`);
      }
    }
    return out;
  }

  /** A pick is due (payload: inbox · agents + agent). */
  pickDue(payload: number): void {
    const n = this.e.agents.length;
    const inbox = this.inboxes[Math.floor(payload / n)]!;
    const a = this.e.agents[payload % n]!;
    inbox.pending[a.index] = 0;
    const t = this.best(inbox, a);
    if (t !== undefined) {
      const view = t.queue as TicketHeap;
      view.remove(t);
      this.e.router.waiting[view.channel]!--;
      this.e.events.ticketRemovedFromQueue(t.id, view.name, view.channel, 'assigned');
      this.e.assign(t, a, 'picked');
    }
    this.plan(inbox, a);
  }

  private enqueue(inbox: PullInbox, view: TicketHeap, t: Ticket): void {
    t.unplaced = false;
    t.queueIndex = IN_UNASSIGNED_VIEW;
    t.orderKey1 = this.key1(inbox, t);
    t.orderKey2 = this.key2(inbox, t);
    const wasEmpty = view.size === 0;
    view.push(t);
    this.e.router.waiting[view.channel]!++;
    this.e.queued(t, view);
    // Agents who may take this channel had nothing to pick here: they notice it now.
    if (wasEmpty) for (const i of inbox.members) this.plan(inbox, this.e.agents[i]!);
  }

  /** Order in the view: priority first only when the inbox picks by priority (R14 keys). */
  private key1(inbox: PullInbox, t: Ticket): number {
    return inbox.config.pick === 'priority' ? -t.priority : 0;
  }

  /** The eligibility time the queue would use (R16), newest first when the inbox says so. */
  private key2(inbox: PullInbox, t: Ticket): number {
    const at = this.e.settings.reentryTimestamp === 'latest' ? t.latestEligibleAt : t.initialEligibleAt;
    return inbox.config.pick === 'newest' ? -at : at;
  }

  /** Plans the agent's next pick if none is pending and there is something they may take. */
  private plan(inbox: PullInbox, a: Agent): void {
    if (inbox.pending[a.index] === 1 || this.best(inbox, a) === undefined) return;
    inbox.pending[a.index] = 1;
    this.e.kernel.after(inbox.delay.sample(inbox.u), INBOX_PICK, inbox.index * this.e.agents.length + a.index);
  }

  /** The ticket the agent would pick now (the view's order across the channels they may take). */
  private best(inbox: PullInbox, a: Agent): Ticket | undefined {
    if (a.status !== ONLINE) return undefined; // to take tickets an agent must be online (Convos)
    const c = inbox.config;
    if (c.maxOpenPerAgent !== null || c.pickOnlyWhenIdle) {
      const held = a.counted[0]! + a.counted[1]! + a.counted[2]!;
      if (c.pickOnlyWhenIdle && held > 0) return undefined;
      if (c.maxOpenPerAgent !== null && held >= c.maxOpenPerAgent) return undefined;
    }
    let best: Ticket | undefined;
    for (let ch = 0; ch < 3; ch++) {
      const top = inbox.views[ch]?.peek();
      if (top === undefined || !this.e.router.canTake(a, ch)) continue; // R21: room on the channel
      if (best === undefined || before(top, best)) best = top;
    }
    return best;
  }
}

