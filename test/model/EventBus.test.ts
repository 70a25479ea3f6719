// The bus gives each reader the event types it asked for, and only those — also when another
// reader wants everything (the page's frame recorder beside the run's metrics: before this was
// kept, the metrics, which read tapped events as numbers, got them a second time as objects).

import { describe, expect, it } from 'vitest';
import { EventBus } from '../../sim/model/EventBus.ts';
import type { SimEvent } from '../../sim/model/events.ts';

const created = { type: 'TicketCreated', t: 1, ticket: 1, channel: 'voice', priority: 'normal', group: null, followUpOf: null } as SimEvent;
const ended = { type: 'RunEnded', t: 2 } as SimEvent;

describe('EventBus', () => {
  it('gives a reader of some types only those, beside a reader of every type', () => {
    const bus = new EventBus();
    const some: string[] = [], all: string[] = [];
    bus.subscribe((e) => some.push(e.type), ['RunEnded']);
    bus.subscribe((e) => all.push(e.type));
    for (const e of [created, ended]) if (bus.wants[e.type]) bus.emit(e);
    expect(some).toEqual(['RunEnded']);
    expect(all).toEqual(['TicketCreated', 'RunEnded']);
  });

  it('wants a type while some reader reads it, and not after it unsubscribes', () => {
    const bus = new EventBus();
    const off = bus.subscribe(() => {}, ['TicketCreated']);
    expect(bus.wants.TicketCreated).toBe(true);
    expect(bus.wants.RunEnded).toBe(false);
    off();
    expect(bus.wants.TicketCreated).toBe(false);
    expect(bus.active).toBe(false);
  });

  it('calls readers in the order they subscribed', () => {
    const bus = new EventBus();
    const order: number[] = [];
    bus.subscribe(() => order.push(1));
    bus.subscribe(() => order.push(2), ['RunEnded']);
    bus.subscribe(() => order.push(3));
    bus.emit(ended);
    expect(order).toEqual([1, 2, 3]);
  });
});
