// R7: customer outcomes per brand and arrival channel, for the tickets created after warm-up,
// counted exactly as the channel's figures are (offered at creation or at the AI agent's
// escalation, answered, abandoned, deflected): over the brands, they add up to the channel's.
// A ticket's brand comes in TicketBranded, just before its TicketCreated; it is remembered
// only until the ticket's customer has an outcome, so memory follows the tickets in the system.
// Per report window too (a spike's before / during / after), counted as the channel's windows
// are: customers by the time they reached routing, answers per hour by the time of the answer.

import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import type { ReportWindow } from '../scenario/Scenario.ts';
import { CustomerAcc, ratio } from './CustomerAcc.ts';
import type { CustomerFigures } from './CustomerAcc.ts';
import { windowHours } from './windowHours.ts';

/** A brand's figures on one channel. */
export interface BrandFigures extends CustomerFigures {
  throughputPerHour: number;
}

/** Per report window, per brand, per channel (the brand's channels). */
export type BrandWindowFigures = Record<string, Record<string, Partial<Record<ChannelName, BrandFigures>>>>;

/** What the report shows of a brand: its name and the channels whose tickets it has a share of. */
export interface BrandConfig {
  brand: string;
  channels: readonly ChannelName[];
}

export class BrandAcc {
  /** customers[brand · 3 + channel]. */
  private readonly customers: CustomerAcc[];
  /** windowCustomers[(brand · 3 + channel) · windows + window], and the answers in each window. */
  private readonly windowCustomers: CustomerAcc[];
  private readonly windowAnswers: Float64Array;
  private readonly w: number;
  private readonly index = new Map<string, number>();
  /** The brand of each ticket whose customer has no outcome yet (warm-up tickets too: their
   *  answers count in a window's answers per hour, as the channel's do). */
  private readonly byTicket = new Map<number, number>();
  /** The last TicketBranded, waiting for its TicketCreated (carried-over work has none). */
  private brandedTicket = -1;
  private brandedAs = -1;

  constructor(private readonly brands: readonly BrandConfig[], private readonly windows: readonly ReportWindow[] = []) {
    brands.forEach((b, i) => this.index.set(b.brand, i));
    this.customers = Array.from({ length: brands.length * 3 }, () => new CustomerAcc());
    this.w = windows.length;
    this.windowCustomers = Array.from({ length: brands.length * 3 * this.w }, () => new CustomerAcc());
    this.windowAnswers = new Float64Array(brands.length * 3 * this.w);
  }

  branded(ticket: number, brand: string): void {
    this.brandedTicket = ticket;
    this.brandedAs = this.index.get(brand) ?? -1;
  }

  /**
   * A ticket was created; it is `offered` unless an AI agent took it first (R6), `measured` after
   * the warm-up, in report window `w` (or -1).
   */
  created(ticket: number, channel: number, offered: boolean, measured: boolean, w: number): void {
    if (ticket !== this.brandedTicket || this.brandedAs < 0) return;
    this.byTicket.set(ticket, this.brandedAs);
    if (offered && measured) this.offer(this.brandedAs * 3 + channel, w);
  }

  /** R6: the AI agent handed a measured ticket to routing (in window `w`, or -1). */
  escalated(ticket: number, channel: number, w: number): void {
    const b = this.byTicket.get(ticket);
    if (b !== undefined) this.offer(b * 3 + channel, w);
  }

  private offer(i: number, w: number): void {
    this.customers[i]!.offered++;
    if (w >= 0) this.windowCustomers[i * this.w + w]!.offered++;
  }

  /** R6: the AI agent resolved the ticket; its customer has no routing outcome to wait for. */
  resolvedByAi(ticket: number): void {
    this.byTicket.delete(ticket);
  }

  /**
   * A first answer: `measured` customers count in the figures (in `wArrival`, the window of the
   * time they reached routing); every answer counts in the answers of `wAnswer` (or -1).
   */
  answered(ticket: number, channel: number, waited: number, queued: boolean, threshold: number, measured: boolean, wArrival: number, wAnswer: number): void {
    const b = this.outcome(ticket);
    if (b < 0) return;
    const i = b * 3 + channel;
    if (wAnswer >= 0) this.windowAnswers[i * this.w + wAnswer]!++;
    if (!measured) return;
    this.customers[i]!.answer(waited, queued, threshold);
    if (wArrival >= 0) this.windowCustomers[i * this.w + wArrival]!.answer(waited, queued, threshold);
  }

  abandoned(ticket: number, channel: number, waited: number, measured: boolean, wArrival: number): void {
    const b = this.outcome(ticket);
    if (b < 0 || !measured) return;
    const i = b * 3 + channel;
    this.customers[i]!.abandon(waited);
    if (wArrival >= 0) this.windowCustomers[i * this.w + wArrival]!.abandon(waited);
  }

  deflected(ticket: number, channel: number, waited: number, measured: boolean, wArrival: number): void {
    const b = this.outcome(ticket);
    if (b < 0 || !measured) return;
    const i = b * 3 + channel;
    this.customers[i]!.deflect(waited, waited > 0);
    if (wArrival >= 0) this.windowCustomers[i * this.w + wArrival]!.deflect(waited, waited > 0);
  }

  /** The run ended with the customer still waiting, for `waited` so far, `queued` or not (in `wArrival`, or -1). */
  waitingAtEnd(ticket: number, channel: number, waited: number, queued: boolean, threshold: number, measured: boolean, wArrival: number): void {
    const b = this.outcome(ticket);
    if (b < 0 || !measured) return;
    const i = b * 3 + channel;
    this.customers[i]!.waitingAtEnd(waited, threshold, queued);
    if (wArrival >= 0) this.windowCustomers[i * this.w + wArrival]!.waitingAtEnd(waited, threshold, queued);
  }

  /** The ticket's brand, forgotten now: a customer has one outcome (answered, abandoned or deflected). */
  private outcome(ticket: number): number {
    const b = this.byTicket.get(ticket);
    if (b === undefined) return -1;
    this.byTicket.delete(ticket);
    return b;
  }

  summary(hours: number): Record<string, Partial<Record<ChannelName, BrandFigures>>> {
    const out: Record<string, Partial<Record<ChannelName, BrandFigures>>> = {};
    this.brands.forEach((b, i) => {
      const byChannel: Partial<Record<ChannelName, BrandFigures>> = {};
      for (const name of b.channels) {
        const figures = this.customers[i * 3 + CHANNELS.indexOf(name)]!.figures();
        byChannel[name] = { ...figures, throughputPerHour: ratio(figures.answered, hours) };
      }
      out[b.brand] = byChannel;
    });
    return out;
  }

  /** The figures per report window, as the channel's windows give them (run ended at `end`). */
  windowSummary(end: number): BrandWindowFigures {
    const out: BrandWindowFigures = {};
    this.windows.forEach((win, w) => {
      const hours = windowHours(win, end);
      const byBrand: Record<string, Partial<Record<ChannelName, BrandFigures>>> = {};
      this.brands.forEach((b, i) => {
        const byChannel: Partial<Record<ChannelName, BrandFigures>> = {};
        for (const name of b.channels) {
          const k = (i * 3 + CHANNELS.indexOf(name)) * this.w + w;
          byChannel[name] = { ...this.windowCustomers[k]!.figures(), throughputPerHour: ratio(this.windowAnswers[k]!, hours) };
        }
        byBrand[b.brand] = byChannel;
      });
      out[win.name] = byBrand;
    });
    return out;
  }
}
