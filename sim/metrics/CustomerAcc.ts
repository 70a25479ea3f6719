// Customer outcomes of one channel (over the whole run, or one window of creation times):
// answered and abandoned tickets, waits, the service level, and the figures derived from them.

import { WaitHistogram } from './WaitHistogram.ts';

export interface CustomerFigures {
  offered: number;
  answered: number;
  abandoned: number;
  /** Session ended before an answer, ticket not re-routed (counts as not answered in time). */
  deflected: number;
  unansweredAtEnd: number;
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
  /** Answered after queueing, abandoned, or deflected after queueing. */
  waited = 0;
  waitSum = 0;
  answeredWaitSum = 0;
  within = 0;
  readonly answeredWaits = new WaitHistogram();

  answer(waited: number, queued: boolean, threshold: number): void {
    this.answered++;
    this.waitSum += waited;
    this.answeredWaitSum += waited;
    if (queued) this.waited++;
    if (waited <= threshold) this.within++;
    this.answeredWaits.add(waited);
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

  figures(): CustomerFigures {
    const resolved = this.answered + this.abandoned + this.deflected;
    return {
      offered: this.offered,
      answered: this.answered,
      abandoned: this.abandoned,
      deflected: this.deflected,
      unansweredAtEnd: this.offered - resolved,
      waitProbability: ratio(this.waited, resolved),
      meanWaitSeconds: ratio(this.waitSum, resolved),
      asaSeconds: ratio(this.answeredWaitSum, this.answered),
      waitP90Seconds: this.answeredWaits.quantile(0.9),
      serviceLevel: ratio(this.within, resolved),
      abandonRate: ratio(this.abandoned, resolved),
    };
  }
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}
