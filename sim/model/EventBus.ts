// Delivers engine events to their readers in registration order. A reader may say which
// event types it reads; `wants` is the union over readers, so the engine builds and emits
// an event only when someone reads its type (a run with metrics only skips the rest).

import type { EventListener, SimEvent, SimEventType } from './events.ts';
import { EVENT_TYPES } from './events.ts';

export type EventWants = Record<SimEventType, boolean>;

function noWants(): EventWants {
  return byType(() => false);
}

export class EventBus {
  private listeners: { listener: EventListener; types: readonly SimEventType[] | null }[] = [];
  /** True when anyone listens at all. */
  active = false;
  /** Per event type: does any reader want it? */
  readonly wants: EventWants = noWants();

  /** Adds a reader of every event, or only of `types`. Returns the unsubscribe function. */
  subscribe(listener: EventListener, types: readonly SimEventType[] | null = null): () => void {
    this.listeners = [...this.listeners, { listener, types }];
    this.recompute();
    return () => {
      this.listeners = this.listeners.filter((l) => l.listener !== listener);
      this.recompute();
    };
  }

  /** Gives the event to each reader of its type, in registration order. Call it only for a
   *  type someone wants (the event writer checks `wants`). */
  emit(e: SimEvent): void {
    if (this.only !== null) {
      this.only(e);
      return;
    }
    const ls = this.readers[e.type];
    for (let i = 0; i < ls.length; i++) ls[i]!(e);
  }

  /** The reader when there is exactly one (the common case: metrics), called directly: it
   *  wants every type that reaches emit(). */
  private only: EventListener | null = null;

  /** Per event type, the readers that asked for it (a reader of some types gets only those). */
  private readers: Record<SimEventType, EventListener[]> = byType(() => []);

  private recompute(): void {
    this.active = this.listeners.length > 0;
    this.only = this.listeners.length === 1 ? this.listeners[0]!.listener : null;
    this.readers = byType((t) => this.listeners.filter((l) => l.types === null || l.types.includes(t)).map((l) => l.listener));
    for (const t of EVENT_TYPES) this.wants[t] = this.readers[t].length > 0;
  }
}

function byType<T>(f: (type: SimEventType) => T): Record<SimEventType, T> {
  return Object.fromEntries(EVENT_TYPES.map((t) => [t, f(t)])) as Record<SimEventType, T>;
}
