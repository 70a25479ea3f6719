// The fields of replayed tickets (priority, group, tags, brand from the export), by arrival index: a
// replayed ticket gets what its row gives, and the channel's mixes fill in what it leaves
// empty. The mixes are still drawn for every ticket, so the other draws stay where they were.

import type { ReplayConfig } from '../../scenario/ReplayConfig.ts';
import type { Ticket } from '../../model/Ticket.ts';

export class ReplayedTickets {
  private readonly priority: Int8Array;
  /** Group index, or -1: the channel's mix. */
  private readonly group: Int32Array;
  private readonly tags: readonly (readonly string[])[];
  /** R7: brand index (in the scenario's brand names), or -1: the channel's mix. */
  private readonly brand: Int32Array;

  constructor(config: ReplayConfig, groups: readonly string[], brands: readonly string[]) {
    const rows = config.rows;
    this.priority = Int8Array.from(rows, (r) => r.priority);
    this.group = Int32Array.from(rows, (r) => (r.group === null ? -1 : groups.indexOf(r.group)));
    this.tags = rows.map((r) => r.tags);
    this.brand = Int32Array.from(rows, (r) => (r.brand === null ? -1 : brands.indexOf(r.brand)));
  }

  /** R7: the brand index the row of arrival `i` gives, or -1 (none: the channel's mix decides). */
  brandOf(i: number): number {
    return i >= 0 && i < this.brand.length ? this.brand[i]! : -1;
  }

  /** Gives the ticket of arrival `i` (an index into the channel's arrival times) its row's fields. */
  apply(t: Ticket, i: number): void {
    if (i < 0 || i >= this.priority.length) return;
    const p = this.priority[i]!;
    if (p >= 0) t.priority = p;
    const g = this.group[i]!;
    if (g >= 0) t.group = g;
    const tags = this.tags[i]!;
    for (let k = 0; k < tags.length; k++) if (!t.tags.includes(tags[k]!)) t.tags.push(tags[k]!);
  }
}
