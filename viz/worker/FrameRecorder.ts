// A fold of engine events into frames: the state of one run (queues, every agent, cumulative
// flows, capacity in use) at its start and at the end of each bucket of simulated time. Emits a
// frame for every bucket boundary an event crosses, so the page can play the run back at any
// speed and scrub.
// Of the agents, a frame carries what changed since the previous one (AgentNumbers.ts).

import type { SimEvent, SimEventType } from '../../sim/model/events.ts';
import type { EventBus } from '../../sim/model/EventBus.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import { CHANNELS, ENDED_REASONS } from '../../sim/model/codes.ts';
import type { EndedReason } from '../../sim/model/codes.ts';
import { FLOW_KEYS, AGENT_FIELDS, A_MESSAGING, A_EMAIL, A_VOICE, A_STATUS } from '../protocol.ts';
import type { StreamedFrame, FlowKey } from '../protocol.ts';
import { AgentNumbers } from './AgentNumbers.ts';
import { countsFor } from '../statusCounts.ts';

const STATUS_CODE: Record<string, number> = { online: 0, away: 1, 'transfers-only': 2, offline: 3 };
const CHANNEL_CODE: Record<ChannelName, number> = { messaging: 0, email: 1, voice: 2 };


/** The slot of agent a's number for channel c (messaging, email, voice). */
function agentSlot(a: number, c: number): number {
  return a * AGENT_FIELDS + (c === 0 ? A_MESSAGING : c === 1 ? A_EMAIL : A_VOICE);
}

/** Busy units of a channel's number: a call (1) or a call in wrap-up (2) is one unit. */
function units(c: number, v: number): number {
  return c === 2 ? (v > 0 ? 1 : 0) : v;
}

/** The event types the recorder reads (it subscribes to these only: the engine then skips
 *  building the others, such as a message sent, at every message of every conversation). */
const RECORDED_EVENTS: readonly SimEventType[] = [
  'RunStarted', 'TicketCreated', 'TicketCarriedOver', 'TicketAssigned', 'TicketAbandoned', 'TicketDeflected', 'SessionEnded',
  'RoutingChannelChanged', 'TicketStranded', 'TicketStatusChanged', 'TicketQueued', 'TicketRemovedFromQueue', 'CapacityChanged',
  'CallEnded', 'AgentStatusChanged', 'AiAgentFinished',
];

/** Index in FLOW_KEYS of `prefix.channel`, per channel name: looked up once, not per event. */
function flowByChannel(prefix: string): Record<ChannelName, number> {
  return Object.fromEntries(CHANNELS.map((c) => [c, FLOW_KEYS.indexOf(`${prefix}.${c}` as FlowKey)])) as Record<ChannelName, number>;
}
const ARRIVED = flowByChannel('arrived');
const ANSWERED = flowByChannel('answered');
const ABANDONED = flowByChannel('abandoned');
const SOLVED = flowByChannel('solved');
const AI_RESOLVED = flowByChannel('aiResolved');
const WITH_AI = flowByChannel('withAi');
const FLOW = (key: FlowKey) => FLOW_KEYS.indexOf(key);
const ENDED = Object.fromEntries(ENDED_REASONS.map((r) => [r, FLOW(`ended.${r}`)])) as Record<EndedReason, number>;
const DEFLECTED = FLOW('deflected'), RECLASSIFIED = FLOW('reclassified'), STRANDED = FLOW('stranded'), FOLLOW_UPS = FLOW('followUps');

export class FrameRecorder {
  private readonly queues: number[];
  private readonly agents: AgentNumbers;
  private readonly flow = new Array<number>(FLOW_KEYS.length).fill(0);
  private readonly busy = [0, 0, 0];
  private readonly capacity = [0, 0, 0];
  private readonly heldOff = [0, 0, 0];
  private readonly maxes: number[];
  private readonly statuses: number[];
  /** Queue slot per queue name, then per channel code (-1: not a slot). */
  private readonly queueSlot = new Map<string, Int32Array>();
  private nextBoundary: number;
  /** Time of the last frame made (0: none yet). */
  private lastFrameAt = 0;
  readonly pending: StreamedFrame[] = [];

  constructor(
    private readonly interval: number,
    private readonly horizon: number,
    queueIndex: Map<string, number>,
    agentCount: number,
  ) {
    this.queues = new Array<number>(queueIndex.size).fill(0);
    this.agents = new AgentNumbers(agentCount * AGENT_FIELDS);
    this.maxes = new Array<number>(agentCount * 3).fill(0);
    this.statuses = new Array<number>(agentCount).fill(0);
    this.nextBoundary = interval;
    for (const [key, i] of queueIndex) {
      const bar = key.lastIndexOf('|');
      const name = key.slice(0, bar);
      const byChannel = this.queueSlot.get(name) ?? new Int32Array(3).fill(-1);
      byChannel[CHANNEL_CODE[key.slice(bar + 1) as ChannelName]] = i;
      this.queueSlot.set(name, byChannel);
    }
  }

  /** Reads the run's events from its bus (the types it records). Returns the unsubscribe. */
  attach(bus: EventBus): () => void {
    return bus.subscribe(this.listener, RECORDED_EVENTS);
  }

  /** Folds one event; call with events in time order. */
  readonly listener = (e: SimEvent): void => {
    this.flushUntil(e.t);
    switch (e.type) {
      case 'RunStarted':
        for (const a of e.agents) {
          this.maxes[a.agent * 3] = a.capacity.messaging;
          this.maxes[a.agent * 3 + 1] = a.capacity.email;
          this.maxes[a.agent * 3 + 2] = a.capacity.voice;
          this.statuses[a.agent] = STATUS_CODE[a.status] ?? 3;
          this.agents.set(a.agent * AGENT_FIELDS + A_STATUS, this.statuses[a.agent]!);
        }
        this.recomputeCapacity();
        break;
      case 'TicketCreated':
        this.flow[ARRIVED[e.channel]]!++;
        this.channelOf.set(e.ticket, e.channel);
        if (e.followUpOf !== null) this.flow[FOLLOW_UPS]!++;
        if (e.aiAgent) this.flow[WITH_AI[e.channel]]!++;
        break;
      case 'AiAgentFinished': // R6
        this.flow[WITH_AI[e.channel]]!--;
        if (e.outcome === 'resolved') this.flow[AI_RESOLVED[e.channel]]!++;
        break;
      case 'TicketCarriedOver': // open before the run (initialState): not an arrival, so its outcomes are not the run's either (as in the report)
        this.carriedOver.add(e.ticket);
        break;
      case 'TicketAssigned':
        if (e.first && !this.carriedOver.has(e.ticket)) this.flow[ANSWERED[e.via]]!++;
        break;
      case 'TicketAbandoned':
        if (!this.carriedOver.has(e.ticket)) this.flow[ABANDONED[e.channel]]!++;
        break;
      case 'TicketDeflected':
        this.flow[DEFLECTED]!++;
        break;
      case 'SessionEnded':
        this.flow[ENDED[e.reason]]!++;
        break;
      case 'RoutingChannelChanged':
        if (e.to === 'email') this.flow[RECLASSIFIED]!++;
        break;
      case 'TicketStranded':
        if (e.kind === 'session-ended') this.flow[STRANDED]!++;
        break;
      case 'TicketStatusChanged':
        if (e.to === 'solved') {
          const channel = this.channelOf.get(e.ticket);
          if (channel !== undefined) this.flow[SOLVED[channel]]!++; // none: carried over
          this.channelOf.delete(e.ticket);
          this.carriedOver.delete(e.ticket);
        }
        break;
      case 'TicketQueued': {
        const i = this.queueSlot.get(e.queue)?.[CHANNEL_CODE[e.channel]] ?? -1;
        if (i >= 0) this.queues[i]!++;
        break;
      }
      case 'TicketRemovedFromQueue': {
        const i = this.queueSlot.get(e.queue)?.[CHANNEL_CODE[e.channel]] ?? -1;
        if (i >= 0) this.queues[i]!--;
        break;
      }
      case 'CapacityChanged': {
        const c = CHANNEL_CODE[e.channel];
        const before = this.held(e.agent, c);
        const after = units(c, e.used);
        this.agents.set(agentSlot(e.agent, c), after);
        this.busy[c] = this.busy[c]! + after - before;
        if (this.isOff(e.agent, c)) this.heldOff[c] = this.heldOff[c]! + after - before;
        break;
      }
      case 'CallEnded':
        if (e.wrapUp > 0 && e.agent >= 0) this.agents.set(e.agent * AGENT_FIELDS + A_VOICE, 2);
        break;
      case 'AgentStatusChanged': {
        // Only this agent's share of the capacity changes: recounting every agent here made a
        // shift start of n agents cost n² (100,000 agents: 45 s of the worker's time).
        const a = e.agent, before = this.statuses[a]!, after = STATUS_CODE[e.to] ?? 3;
        for (let c = 0; c < 3; c++) {
          const change = countsFor(after, c) - countsFor(before, c);
          this.capacity[c] = this.capacity[c]! + change * this.maxes[a * 3 + c]!;
          // What the agent holds moves out of (or back into) the capacity's work.
          if (change !== 0 && this.maxes[a * 3 + c]! > 0) this.heldOff[c] = this.heldOff[c]! - change * this.held(a, c);
        }
        this.statuses[a] = after;
        this.agents.set(a * AGENT_FIELDS + A_STATUS, after);
        break;
      }
    }
  };

  /** Arrival channel of the tickets still open, to count solved tickets by channel. */
  private readonly channelOf = new Map<number, ChannelName>();
  /** Tickets open before the run (initialState) and not yet solved: none of their outcomes count. */
  private readonly carriedOver = new Set<number>();

  /**
   * Emits the frame of the run's start, stamped 0: the state once the events at time 0 have run
   * (the agents' first statuses, a backlog carried over), nothing after. The page shows it from 0
   * until the first interval's frame; without it, time 0 showed the state a whole interval later.
   * Call once, after running the engine to 0 and before any other frame is made.
   */
  startFrame(): void {
    this.pending.push(this.snapshot(0));
  }

  /** Emits frames for every boundary up to t (exclusive of events at t). */
  flushUntil(t: number): void {
    while (t >= this.nextBoundary && this.nextBoundary <= this.horizon) {
      this.pending.push(this.snapshot(this.nextBoundary));
      this.lastFrameAt = this.nextBoundary;
      this.nextBoundary += this.interval;
    }
    // A horizon that is not a whole number of intervals still gets its frame: playback ends there.
    if (t >= this.horizon && this.lastFrameAt < this.horizon) {
      this.pending.push(this.snapshot(this.horizon));
      this.lastFrameAt = this.horizon;
    }
  }


  /** Takes the frames made so far. */
  take(): StreamedFrame[] {
    return this.pending.splice(0, this.pending.length);
  }

  /** Whether agent a's work on channel c is held off capacity (status not counted, or no capacity on it). */
  private isOff(a: number, c: number): boolean {
    return countsFor(this.statuses[a]!, c) === 0 || this.maxes[a * 3 + c] === 0;
  }

  /** Busy units agent a holds on channel c. */
  private held(a: number, c: number): number {
    return units(c, this.agents.now[agentSlot(a, c)]!);
  }

  private recomputeCapacity(): void {
    for (let c = 0; c < 3; c++) {
      let total = 0;
      for (let a = 0; a < this.statuses.length; a++) total += countsFor(this.statuses[a]!, c) * this.maxes[a * 3 + c]!;
      this.capacity[c] = total;
    }
  }

  private snapshot(t: number): StreamedFrame {
    return { t, queues: Int32Array.from(this.queues), ...this.agents.frame(), flow: Int32Array.from(this.flow), busy: Int32Array.from(this.busy), capacity: Int32Array.from(this.capacity), heldOff: Int32Array.from(this.heldOff) };
  }
}
