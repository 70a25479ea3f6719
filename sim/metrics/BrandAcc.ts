// R7: customer outcomes per brand and arrival channel, for the tickets created after warm-up,
// counted exactly as the channel's figures are (offered at creation or at the AI agent's
// escalation, answered, abandoned, deflected): over the brands, they add up to the channel's.
// A ticket's brand comes in TicketBranded, just before its TicketCreated; it is remembered
// only until the ticket's customer has an outcome, so memory follows the tickets in the system.

import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { CustomerAcc, ratio } from './CustomerAcc.ts';
import type { CustomerFigures } from './CustomerAcc.ts';

/** A brand's figures on one channel. */
export interface BrandFigures extends CustomerFigures {
  throughputPerHour: number;
}

/** What the report shows of a brand: its name and the channels whose tickets it has a share of. */
export interface BrandConfig {
  brand: string;
  channels: readonly ChannelName[];
}

export class BrandAcc {
  /** customers[brand · 3 + channel]. */
  private readonly customers: CustomerAcc[];
  private readonly index = new Map<string, number>();
  /** The brand of each measured ticket whose customer has no outcome yet. */
  private readonly byTicket = new Map<number, number>();
  /** The last TicketBranded, waiting for its TicketCreated (carried-over work has none). */
  private brandedTicket = -1;
  private brandedAs = -1;

  constructor(private readonly brands: readonly BrandConfig[]) {
    brands.forEach((b, i) => this.index.set(b.brand, i));
    this.customers = Array.from({ length: brands.length * 3 }, () => new CustomerAcc());
  }

  branded(ticket: number, brand: string): void {
    this.brandedTicket = ticket;
    this.brandedAs = this.index.get(brand) ?? -1;
  }

  /** A measured ticket was created; `offered` unless an AI agent took it first (R6). */
  created(ticket: number, channel: number, offered: boolean): void {
    if (ticket !== this.brandedTicket || this.brandedAs < 0) return;
    this.byTicket.set(ticket, this.brandedAs);
    if (offered) this.customers[this.brandedAs * 3 + channel]!.offered++;
  }

  /** R6: the AI agent handed a measured ticket to routing. */
  escalated(ticket: number, channel: number): void {
    const b = this.byTicket.get(ticket);
    if (b !== undefined) this.customers[b * 3 + channel]!.offered++;
  }

  /** R6: the AI agent resolved the ticket; its customer has no routing outcome to wait for. */
  resolvedByAi(ticket: number): void {
    this.byTicket.delete(ticket);
  }

  answered(ticket: number, channel: number, waited: number, queued: boolean, threshold: number): void {
    const b = this.outcome(ticket);
    if (b >= 0) this.customers[b * 3 + channel]!.answer(waited, queued, threshold);
  }

  abandoned(ticket: number, channel: number, waited: number): void {
    const b = this.outcome(ticket);
    if (b >= 0) this.customers[b * 3 + channel]!.abandon(waited);
  }

  deflected(ticket: number, channel: number, waited: number): void {
    const b = this.outcome(ticket);
    if (b >= 0) this.customers[b * 3 + channel]!.deflect(waited, waited > 0);
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
}
