// What the page and the simulation worker say to each other. The worker streams frames —
// snapshots of one run at every bucket of simulated time — then the multi-replication report
// (the same one `omnisim run --json` writes). Plain data only, so messages clone cheaply.

import type { ChannelName } from '../sim/model/codes.ts';
import type { Problem } from '../sim/scenario/read/Problems.ts';
import type { Report } from '../sim/run/Report.ts';
import type { QueueFigures } from '../sim/analytic/QueueFigures.ts';
import type { KnobEdits } from './app/knobEdits.ts';

/** Cumulative counts a frame carries, in this order (the flow diagram reads them). */
export const FLOW_KEYS = [
  'arrived.messaging', 'arrived.email', 'arrived.voice',
  'answered.messaging', 'answered.email', 'answered.voice',
  'abandoned.messaging', 'abandoned.email', 'abandoned.voice',
  'deflected', 'ended.agent', 'ended.trigger', 'ended.inactivity', 'ended.end_user',
  'reclassified', 'stranded', 'followUps',
  'solved.messaging', 'solved.email', 'solved.voice',
  // R6: resolved by an AI agent, and held by it now.
  'aiResolved.messaging', 'aiResolved.email', 'aiResolved.voice',
  'withAi.messaging', 'withAi.email', 'withAi.voice',
] as const;
export type FlowKey = (typeof FLOW_KEYS)[number];

/** Per agent in a frame: 4 numbers. Voice: 0 idle, 1 on a call, 2 in wrap-up. Status: R19 code. */
export const AGENT_FIELDS = 4;
export const A_MESSAGING = 0;
export const A_EMAIL = 1;
export const A_VOICE = 2;
export const A_STATUS = 3;

/** What every frame carries besides the agents' numbers. Typed arrays, so a batch of frames
 *  crosses from the worker by transfer, not by copy. */
export interface FrameFigures {
  /** Simulated seconds at the end of the bucket. */
  t: number;
  /** Waiting tickets per queue slot (RunMeta.queues). */
  queues: Int32Array;
  /** Cumulative counts by FLOW_KEYS. */
  flow: Int32Array;
  /** Busy and available capacity units per channel (messaging, email, voice). */
  busy: Int32Array;
  capacity: Int32Array;
  /** Of busy, the units held by agents the capacity does not count (off shift or on a break
   *  finishing their work, or with no capacity on the channel): left out of occupancy. */
  heldOff: Int32Array;
}

/** A frame as the views see it: with every agent's numbers. */
export interface Frame extends FrameFigures {
  /** AGENT_FIELDS numbers per agent. */
  agents: Int32Array;
}

/**
 * A frame as the worker streams it and the page keeps it. Every agent's numbers in every frame
 * took agents × frames of memory (a 100,000-agent day: 2.3 GB in the page), though few of them
 * change from one frame to the next; so a frame holds only the numbers that changed, and now
 * and then all of them (a keyframe) to rebuild any frame from (viz/app/AgentTimeline.ts).
 */
export interface StreamedFrame extends FrameFigures {
  /** A keyframe's AGENT_FIELDS numbers per agent; null in the other frames. */
  agentKey: Int32Array | null;
  /**
   * The numbers that changed since the previous frame, as pairs (slot, value): slot is
   * agent × AGENT_FIELDS + field. Empty in a keyframe.
   */
  agentChanges: Int32Array;
}

/** The buffers of frames, for postMessage's transfer list. */
export function frameBuffers(frames: readonly StreamedFrame[]): ArrayBuffer[] {
  return frames.flatMap((f) => [f.queues.buffer, f.agentChanges.buffer, f.flow.buffer, f.busy.buffer, f.capacity.buffer, f.heldOff.buffer, ...(f.agentKey ? [f.agentKey.buffer] : [])] as ArrayBuffer[]);
}

/**
 * The agents of a run, in board order, as columns: a list of 100,000 objects was the page's
 * longest task (184 ms to receive), a few arrays and one string are a copy of their bytes.
 * Read a name with agentName() (viz/agentColumns.ts).
 */
export interface AgentColumns {
  count: number;
  /** Team names; an agent's team is an index into them. */
  teams: string[];
  team: Int32Array;
  /** Capacity units per agent, by channel. */
  messaging: Int32Array;
  email: Int32Array;
  voice: Int32Array;
  /** Every agent's name, one after another; agent i's ends at nameEnds[i]. */
  names: string;
  nameEnds: Int32Array;
}

export interface RunMeta {
  scenario: string;
  variant: string | null;
  seed: number;
  horizon: number;
  /** Seconds at the start the report leaves out (the live views count them). */
  warmup: number;
  /** Seconds between frames. */
  interval: number;
  channels: ChannelName[];
  thresholds: Record<ChannelName, number>;
  agents: AgentColumns;
  queues: { name: string; channel: ChannelName }[];
  replications: number;
}

/** A scenario to simulate: text as loaded or uploaded, plus the editor's changes. */
export interface LoadRequest {
  type: 'load';
  id: number;
  fileName: string;
  source: string;
  /** An upload: every file chosen with it by name (the scenario's included), which its
   *  references are read from; null for a bundled scenario (read from scenarios/). */
  files: Record<string, string> | null;
  variant: string | null;
  /** JSON merge patch from the knobs (routing setting, seed). */
  patch: unknown;
  /** The knobs' team and spike changes, applied to the scenario and to each variant. */
  edits: KnobEdits | null;
}

/** Whether the knobs changed the scenario of a load (a patch, or team and spike edits). */
export function changedByKnobs(req: Pick<LoadRequest, 'patch' | 'edits'>): boolean {
  return req.patch !== undefined || req.edits !== null;
}

export type ToWorker = LoadRequest | { type: 'cancel'; id: number };

/**
 * A problem the knobs' values brought (the file as written has none such), with no line of the
 * file: `fields` are the scenario paths of the knobs whose change alone brings it (none: only
 * several changes together).
 */
/** A warning of a run; `brief`: what the field's note says of a long one (the full text is the page's message's). */
export interface RunWarning extends Problem {
  brief?: string;
}

export interface KnobProblem extends Problem {
  fields: string[];
}

export type FromWorker =
  /** `problems`: the file's, at its lines; `knobProblems`: those the knobs' values brought. */
  | { type: 'invalid'; id: number; fileName: string; problems: Problem[]; knobProblems: KnobProblem[]; warnings: Problem[] }
  /**
   * `warnings`: the file's, at its lines; `knobWarnings`: those the knobs' changes brought (the file
   * as written gets none of them); `description`: the scenario's (its variant's) `description:`
   * ('' without one); `recipeNote`: the run's recipe is reconstructed (spec Q19), as the CLI says
   * it, or null.
   */
  | { type: 'meta'; id: number; meta: RunMeta; variants: string[]; warnings: RunWarning[]; knobWarnings: RunWarning[]; description: string; recipeNote: string | null }
  | { type: 'frames'; id: number; frames: StreamedFrame[] }
  | { type: 'live-done'; id: number }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'report'; id: number; report: Report; erlang: Partial<Record<ChannelName, { figures: QueueFigures; note: string | null } | { figures: null; reason: string }>> }
  | { type: 'crash'; id: number; message: string };
