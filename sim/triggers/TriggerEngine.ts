// The firing loop of one run (R51–R54). Ticket triggers run once per update, in position
// order, each seeing earlier triggers' changes; once one fires and changes the ticket the pass
// restarts from the top, skipping those that fired (R52; `triggerLoop: singlePass` makes one
// pass, Q9). They finish before routing looks at the ticket (R53). Messaging triggers fire on
// conversation events and stop once the session has ended (R46, R54). A trigger may be live
// only inside time windows, or switched on while a queue is long (an admin's recipe).

import type { Engine } from '../engine/Engine.ts';
import type { Ticket } from '../model/Ticket.ts';
import type { ConditionContext, ConditionEnv } from './conditions/ConditionField.ts';
import type { CompiledTrigger, CompiledTriggers } from './compileTriggers.ts';
import type { MessagingEvent } from './TriggerSpec.ts';
import type { Schedule } from './Schedule.ts';
import type { TicketHeap } from '../routing/TicketHeap.ts';
import { CLOSED, SESSION_ENDED, CHANNELS } from '../model/codes.ts';
import { AUTOMATION_RUN, TRIGGER_CHECK } from '../engine/kinds.ts';

export class TriggerEngine implements ConditionEnv {
  private readonly fired: Uint8Array;
  /** Switch state per trigger (1: on); triggers without a switch are always on. */
  private readonly switchedOn: Uint8Array;
  private readonly ctx: ConditionContext;
  private readonly actionCtx = { trigger: '' };

  constructor(private readonly e: Engine, readonly compiled: CompiledTriggers, private readonly schedules: readonly Schedule[]) {
    this.fired = new Uint8Array(compiled.all.length);
    this.switchedOn = Uint8Array.from(compiled.all, (t) => (t.spec.switch ? 0 : 1));
    this.ctx = { now: 0, previous: null, sender: '', env: this };
  }

  get settings() {
    return this.e.settings;
  }

  /** Schedules the periodic checks of switched triggers and the automation runs. */
  start(): void {
    for (const t of this.compiled.all) if (t.spec.switch) this.e.kernel.at(0, TRIGGER_CHECK, t.index);
    this.compiled.automations.forEach((a, i) => {
      if (a.spec.every < this.e.horizon) this.e.kernel.at(a.spec.every, AUTOMATION_RUN, i);
    });
  }

  /** An automation run: its actions apply to every ticket matching its conditions now. */
  runAutomation(index: number): void {
    const a = this.compiled.automations[index]!;
    const ctx = this.ctx;
    ctx.now = this.e.now;
    ctx.previous = null;
    ctx.sender = '';
    const matching: Ticket[] = [];
    this.e.pool.forEachLive((t) => {
      if (!t.leaving && a.matches(t, ctx)) matching.push(t);
    });
    this.actionCtx.trigger = a.spec.title;
    for (const t of matching) {
      let changed = false;
      for (const action of a.actions) if (action(this.e, t, this.actionCtx)) changed = true;
      if (this.e.events.wanted('TriggerFired')) {
        this.e.events.emit({ type: 'TriggerFired', t: this.e.now, ticket: t.id, trigger: a.spec.title, kind: 'automation', changed });
      }
    }
    if (this.e.now + a.spec.every < this.e.horizon) this.e.kernel.after(a.spec.every, AUTOMATION_RUN, index);
  }

  /** R51–R53: the ticket triggers for the update that just happened to `t`. */
  runTicketTriggers(t: Ticket): void {
    const list = this.compiled.ticket;
    if (list.length === 0) {
      t.creating = false;
      return;
    }
    // Never on closed tickets, except on the update that closes one (R51).
    if (t.status === CLOSED && (t.before === null || t.before.status === CLOSED) && !t.creating) {
      t.creating = false;
      return;
    }
    const ctx = this.ctx;
    ctx.now = this.e.now;
    ctx.previous = t.creating ? null : t.before;
    ctx.sender = '';
    const fired = this.fired;
    fired.fill(0);
    const restart = this.e.settings.triggerLoop === 'restartSkipFired';
    for (;;) {
      let again = false;
      for (let i = 0; i < list.length; i++) {
        const trig = list[i]!;
        if (fired[trig.index] || !this.isLive(trig) || !trig.matches(t, ctx)) continue;
        fired[trig.index] = 1;
        const changed = this.apply(trig, t, 'ticket');
        if (changed && restart) {
          again = true;
          break;
        }
      }
      if (!again) break;
    }
    t.creating = false;
  }

  /** R54: messaging triggers for a conversation event; none once the session ended (R46). */
  messagingEvent(t: Ticket, event: MessagingEvent, sender = ''): void {
    const list = this.compiled.messaging;
    if (list.length === 0 || t.sessionState === SESSION_ENDED) return;
    const ctx = this.ctx;
    ctx.now = this.e.now;
    ctx.previous = t.before;
    ctx.sender = sender;
    for (const trig of list) {
      if (trig.event !== event || !this.isLive(trig) || !trig.matches(t, ctx)) continue;
      this.apply(trig, t, 'messaging');
      if (t.sessionState === SESSION_ENDED) break;
    }
  }

  private apply(trig: CompiledTrigger, t: Ticket, kind: 'ticket' | 'messaging'): boolean {
    this.actionCtx.trigger = trig.spec.title;
    let changed = false;
    for (const action of trig.actions) if (action(this.e, t, this.actionCtx)) changed = true;
    if (this.e.events.wanted('TriggerFired')) {
      this.e.events.emit({ type: 'TriggerFired', t: this.e.now, ticket: t.id, trigger: trig.spec.title, kind, changed });
    }
    return changed;
  }

  /** Active flag, time windows and switch state. */
  private isLive(trig: CompiledTrigger): boolean {
    const spec = trig.spec;
    if (!spec.active || !this.switchedOn[trig.index]) return false;
    if (spec.windows.length === 0) return true;
    const now = this.e.now;
    for (const w of spec.windows) {
      const k = w.every > 0 ? Math.floor((now - w.from) / w.every) : 0;
      const from = w.from + Math.max(0, k) * w.every;
      if (now >= from && now < from + (w.to - w.from)) return true;
    }
    return false;
  }

  /** The admin looks at the queue and switches the trigger on or off. */
  check(index: number): void {
    const trig = this.compiled.all[index]!;
    const sw = trig.spec.switch!;
    const length = this.watchedLength(sw.queue, CHANNELS.indexOf(sw.channel));
    const on = this.switchedOn[index] === 1;
    if (!on && length > sw.above) this.flip(trig, true, length);
    else if (on && length <= sw.below) this.flip(trig, false, length);
    if (this.e.now + sw.checkEvery < this.e.horizon) this.e.kernel.after(sw.checkEvery, TRIGGER_CHECK, index);
  }

  private flip(trig: CompiledTrigger, on: boolean, length: number): void {
    this.switchedOn[trig.index] = on ? 1 : 0;
    if (this.e.events.wanted('TriggerSwitched')) this.e.events.emit({ type: 'TriggerSwitched', t: this.e.now, trigger: trig.spec.title, on, queueLength: length });
  }

  private watchedLength(queue: string | null, channel: number): number {
    const r = this.e.router;
    if (queue === null) return r.waiting[channel]!;
    const heaps: TicketHeap[] = [...r.customHeaps.flat(), ...r.standardHeaps.flat()];
    // A queue with subqueues (R12) waits as "<queue>/<subqueue>": watching the queue counts them all.
    return heaps.filter((h) => (h.name === queue || (h.queueIndex >= 0 && h.name.startsWith(`${queue}/`))) && h.channel === channel).reduce((n, h) => n + h.size, 0);
  }

  // ---- ConditionEnv -------------------------------------------------------------------

  queueSize(t: Ticket): number {
    const heap = t.queue as TicketHeap | null;
    return heap ? heap.size : this.e.router.waiting[t.routingChannel]!;
  }

  agentsAvailable(t: Ticket): number {
    let n = 0;
    for (const a of this.e.agents) {
      if (!this.e.router.canTake(a, t.routingChannel)) continue;
      if ((t.brandMask & ~a.skills) !== 0) continue; // R7: only agents of the ticket's brand (0 without brands)
      if (t.group < 0 || a.groups.includes(t.group)) n++;
    }
    return n;
  }

  withinSchedule(schedule: number, at: number): boolean {
    return this.schedules[schedule]?.isOpen(at) ?? false;
  }
}
