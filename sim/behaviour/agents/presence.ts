// An agent's unified status (R19) as the sum of what the day does to them: the shift or
// staffing curve gives the scheduled status (online on shift, offline off shift); a break
// replaces it with the break's status; a disconnection that outlasts the delay sets them
// offline (R20, Q17). The status shown is always re-derived from these layers, so when a
// break ends or the agent reconnects they get back whatever the schedule says now.

import type { Engine } from '../../engine/Engine.ts';
import type { Agent } from '../../model/Agent.ts';
import type { AgentStatusCode } from '../../model/codes.ts';
import { OFFLINE } from '../../model/codes.ts';

export interface ShiftEndListener {
  shiftEnded(agent: Agent): void;
}

export class Presence {
  /** Status the shift or staffing curve gives (OFFLINE off shift). */
  private readonly scheduledStatus: Int8Array;
  /** Status of the break the agent is on, or -1. */
  private readonly breakStatus: Int8Array;
  /** The device is disconnected (whether or not the delay has passed). */
  readonly disconnected: Uint8Array;
  /** Disconnected for longer than disconnectToOfflineSec: offline (R20). */
  private readonly offlineByDisconnect: Uint8Array;
  /** True while this class changes a status (other changes become the scheduled status). */
  private applying = false;

  constructor(private readonly e: Engine, private readonly listener: ShiftEndListener) {
    const n = e.agents.length;
    this.scheduledStatus = new Int8Array(n);
    this.breakStatus = new Int8Array(n).fill(-1);
    this.disconnected = new Uint8Array(n);
    this.offlineByDisconnect = new Uint8Array(n);
  }

  /** Reads the statuses the shifts gave at time 0. */
  init(): void {
    for (const a of this.e.agents) this.scheduledStatus[a.index] = a.status;
  }

  onShift(a: Agent): boolean {
    return this.scheduledStatus[a.index] !== OFFLINE;
  }

  onBreak(a: Agent): boolean {
    return this.breakStatus[a.index]! >= 0;
  }

  /** The shift or staffing curve says the agent should now be in `status`. */
  scheduled(a: Agent, status: AgentStatusCode): void {
    const was = this.scheduledStatus[a.index]!;
    this.scheduledStatus[a.index] = status;
    this.apply(a);
    if (was !== OFFLINE && status === OFFLINE) this.listener.shiftEnded(a);
  }

  /** A break starts (its status) or ends (-1). */
  setBreak(a: Agent, status: AgentStatusCode | -1): void {
    this.breakStatus[a.index] = status;
    this.apply(a);
  }

  setDisconnected(a: Agent, on: boolean): void {
    this.disconnected[a.index] = on ? 1 : 0;
    if (!on) this.offlineByDisconnect[a.index] = 0;
    this.apply(a);
  }

  /** The disconnection outlasted the delay (R20, Q17). */
  setOfflineByDisconnect(a: Agent): void {
    this.offlineByDisconnect[a.index] = 1;
    this.apply(a);
  }

  /** Another part of the engine set the status: it becomes the scheduled one. */
  changedElsewhere(a: Agent): void {
    if (!this.applying && this.breakStatus[a.index]! < 0 && this.offlineByDisconnect[a.index] === 0) this.scheduledStatus[a.index] = a.status;
  }

  /** The status the layers give now. */
  effective(a: Agent): AgentStatusCode {
    const i = a.index;
    const scheduled = this.scheduledStatus[i]! as AgentStatusCode;
    if (scheduled === OFFLINE || this.offlineByDisconnect[i] === 1) return OFFLINE;
    const onBreak = this.breakStatus[i]!;
    return onBreak >= 0 ? (onBreak as AgentStatusCode) : scheduled;
  }

  private apply(a: Agent): void {
    this.applying = true;
    this.e.setAgentStatus(a, this.effective(a));
    this.applying = false;
  }
}
