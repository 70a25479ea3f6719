// Delivers engine events to their readers in registration order. `active` lets the engine
// skip building an event object when nobody listens.

import type { EventListener, SimEvent } from './events.ts';

export class EventBus {
  private listeners: EventListener[] = [];
  active = false;

  subscribe(listener: EventListener): () => void {
    this.listeners = [...this.listeners, listener];
    this.active = true;
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
      this.active = this.listeners.length > 0;
    };
  }

  emit(e: SimEvent): void {
    const ls = this.listeners;
    for (let i = 0; i < ls.length; i++) ls[i]!(e);
  }
}
