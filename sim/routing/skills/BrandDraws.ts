// R7: each new ticket's brand, one draw from stream "brand/<channel>" by the channel's mix
// (streams made only when the scenario has brands, so no other stream moves). A follow-up
// (R48) draws too, but keeps the brand of the ticket it follows; so does a replayed ticket whose
// export row gives its brand (the draw is made all the same). The brand is told at the draw
// (TicketBranded, before the ticket's TicketCreated): announcing it after the creation would
// cost every ticket of every scenario one more check in newTicket.

import type { Ticket } from '../../model/Ticket.ts';
import type { Uniform } from '../../kernel/RandomStreams.ts';
import { CHANNELS } from '../../model/codes.ts';
import type { RouterHost } from '../Router.ts';
import type { CompiledBrands } from './compileBrands.ts';
import { pickBrand } from './compileBrands.ts';

export class BrandDraws {
  private readonly streams: (Uniform | null)[];
  /** Brands of tickets whose customers will write again, by ticket id. */
  private readonly followUpBrands = new Map<number, number>();

  constructor(private readonly brands: CompiledBrands, private readonly host: RouterHost) {
    this.streams = CHANNELS.map((c, code) => (brands.draws[code]!.cdf.length > 0 ? host.streams.get(`brand/${c}`) : null));
  }

  /** Gives a new ticket its brand (and its routing bit): `rowBrand` if ≥ 0, else one drawn. */
  give(t: Ticket, channel: number, followUpOf: number | null, rowBrand = -1): void {
    const brands = this.brands;
    // checkBrands makes every channel that creates tickets have a mix.
    let b = pickBrand(brands.draws[channel]!, this.streams[channel]!.next());
    if (rowBrand >= 0) b = rowBrand;
    if (followUpOf !== null) {
      const kept = this.followUpBrands.get(followUpOf);
      if (kept !== undefined) {
        b = kept;
        this.followUpBrands.delete(followUpOf);
      }
    }
    t.brand = b;
    t.brandMask = brands.bits[b]!;
    const events = this.host.events;
    if (events.wanted('TicketBranded')) events.emit({ type: 'TicketBranded', t: this.host.now, ticket: t.id, brand: brands.names[b]! });
  }

  /** R48: the customer of `t` will write again; their new ticket is of the same brand. */
  keepForFollowUp(t: Ticket): void {
    this.followUpBrands.set(t.id, t.brand);
  }
}
