// Customer outcomes of one channel (over the whole run, or one window of creation times):
// answered and abandoned tickets, waits, the service level, and the figures derived from them.
// Customers still waiting when the run ends have no outcome yet. A figure counts them where
// every outcome still to come would count them alike:
// - the service level, those already past the threshold: certain misses (missedAtEnd);
// - P(wait), those who waited in a queue (queuedAtEnd): an answer to come would be `queued`,
//   giving up counts as waiting, and so does a session ending after a wait. It leaves out those no queue
//   took (R2, R10) or only offered so far: they may still be answered without queueing. A chat
//   whose session ended and goes on as email (R43, R44) has lost its patience, not its wait (the
//   README's Patience): still waiting for an emailed answer, as missedAtEnd counts it, it counts
//   here if it waited in a queue (the chat queue or the email one).
// Mean wait, ASA, P90 and the abandon rate leave every one of them out: how long they will wait,
// and whether they give up, is still unknown.

import { WaitHistogram } from './WaitHistogram.ts';

/** Upper edges (seconds) of the wait-distribution bins reported for charts; the last is open. */
export const WAIT_BIN_EDGES = [0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 450, 600, 900, 1200, 1800, 2700, 3600, 7200, 14400, 28800, 86400];

export interface CustomerFigures {
  offered: number;
  answered: number;
  abandoned: number;
  /** Session ended before an answer, ticket not re-routed (counts as not answered in time). */
  deflected: number;
  unansweredAtEnd: number;
  /** Of those unanswered at the end, the ones already waiting longer than the threshold: missed. */
  missedAtEnd: number;
  waitProbability: number;
  meanWaitSeconds: number;
  asaSeconds: number;
  waitP90Seconds: number;
  serviceLevel: number;
  abandonRate: number;
}

export class CustomerAcc {
  offered = 0;
  answered = 0;
  abandoned = 0;
  deflected = 0;
  /** Answered after queueing, abandoned, or deflected after a wait. */
  waited = 0;
  waitSum = 0;
  answeredWaitSum = 0;
  within = 0;
  /** Still waiting when the run ended, already past the threshold (certain misses). */
  missedAtEnd = 0;
  /** Still waiting when the run ended, having waited in a queue (certain waits, for P(wait)). */
  queuedAtEnd = 0;
  readonly answeredWaits = new WaitHistogram();
  /** Answered tickets per wait bin (WAIT_BIN_EDGES, plus one open bin). */
  readonly waitBins = new Float64Array(WAIT_BIN_EDGES.length + 1);

  answer(waited: number, queued: boolean, threshold: number): void {
    this.answered++;
    this.waitSum += waited;
    this.answeredWaitSum += waited;
    if (queued) this.waited++;
    if (waited <= threshold) this.within++;
    this.answeredWaits.add(waited);
    let b = 0;
    while (b < WAIT_BIN_EDGES.length && waited > WAIT_BIN_EDGES[b]!) b++;
    this.waitBins[b]!++;
  }

  abandon(waited: number): void {
    this.abandoned++;
    this.waited++;
    this.waitSum += waited;
  }

  deflect(waited: number, queued: boolean): void {
    this.deflected++;
    if (queued) this.waited++;
    this.waitSum += waited;
  }

  /** The run ended with this customer still waiting, for `waited` so far, `queued` or not. */
  waitingAtEnd(waited: number, threshold: number, queued: boolean): void {
    if (waited > threshold) this.missedAtEnd++;
    if (queued) this.queuedAtEnd++;
  }

  figures(): CustomerFigures {
    const resolved = this.answered + this.abandoned + this.deflected;
    return {
      offered: this.offered,
      answered: this.answered,
      abandoned: this.abandoned,
      deflected: this.deflected,
      unansweredAtEnd: this.offered - resolved,
      missedAtEnd: this.missedAtEnd,
      waitProbability: ratio(this.waited + this.queuedAtEnd, resolved + this.queuedAtEnd),
      meanWaitSeconds: ratio(this.waitSum, resolved),
      asaSeconds: ratio(this.answeredWaitSum, this.answered),
      waitP90Seconds: this.answeredWaits.quantile(0.9),
      serviceLevel: ratio(this.within, resolved + this.missedAtEnd),
      abandonRate: ratio(this.abandoned, resolved),
    };
  }
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}
