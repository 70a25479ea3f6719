// Per trigger (by title): how often it fired and changed the ticket (what the help desk logs,
// R51), how often it matched but changed nothing, CSAT surveys it sent (R49, recipe E), and for
// switched triggers how long they were on.

import type { SimEvent } from '../model/events.ts';

export interface TriggerFigures {
  fired: number;
  noOpFirings: number;
  surveysSent: number;
  switchedOnSeconds: number;
}

export class TriggerAcc {
  private readonly figures = new Map<string, TriggerFigures>();
  private readonly onSince = new Map<string, number>();

  constructor(titles: readonly string[], private readonly warmup: number) {
    for (const t of titles) this.figures.set(t, { fired: 0, noOpFirings: 0, surveysSent: 0, switchedOnSeconds: 0 });
  }

  reduce(e: SimEvent): void {
    switch (e.type) {
      case 'TriggerFired': {
        const f = this.figures.get(e.trigger);
        if (!f) break;
        if (e.changed) f.fired++;
        else f.noOpFirings++;
        break;
      }
      case 'SurveySent': {
        const f = this.figures.get(e.trigger);
        if (f) f.surveysSent++;
        break;
      }
      case 'TriggerSwitched': {
        if (e.on) this.onSince.set(e.trigger, e.t);
        else this.closeOn(e.trigger, e.t);
        break;
      }
    }
  }

  private closeOn(trigger: string, t: number): void {
    const since = this.onSince.get(trigger);
    const f = this.figures.get(trigger);
    if (since === undefined || !f) return;
    this.onSince.delete(trigger);
    f.switchedOnSeconds += Math.max(0, t - Math.max(since, this.warmup));
  }

  summary(end: number): Record<string, TriggerFigures> {
    const out: Record<string, TriggerFigures> = {};
    for (const [title, f] of this.figures) {
      const since = this.onSince.get(title);
      out[title] = { ...f, switchedOnSeconds: f.switchedOnSeconds + (since === undefined ? 0 : Math.max(0, end - Math.max(since, this.warmup))) };
    }
    return out;
  }
}
