// A y domain shared by charts compared side by side (a recipe on and off): each chart reports,
// per panel, the largest value it draws; every chart's axis then reaches the largest of all, so
// equal heights are equal values in both panels. When one chart's report moves that largest
// value, the others are asked to draw again — either panel may be the one still streaming.

export interface DomainMember {
  /** Sets this chart's largest value for panel `key`; returns the largest over every chart. */
  report(key: string, max: number): number;
  /** Leaves the group (the chart is destroyed); the others redraw if their top falls. */
  leave(): void;
}

export class SharedDomain {
  private readonly members = new Set<{ maxes: Map<string, number>; redraw: () => void }>();

  /** Adds a chart; `redraw` is called when another chart changed the shared largest value. */
  join(redraw: () => void): DomainMember {
    const me = { maxes: new Map<string, number>(), redraw };
    this.members.add(me);
    return {
      report: (key, max) => {
        const before = this.max(key);
        me.maxes.set(key, max);
        const after = this.max(key);
        if (after !== before) this.redrawOthers(me);
        return after;
      },
      leave: () => {
        this.members.delete(me);
        this.redrawOthers(me);
      },
    };
  }

  /** The largest value any chart reported for `key` (−Infinity: none). */
  max(key: string): number {
    let m = -Infinity;
    for (const x of this.members) m = Math.max(m, x.maxes.get(key) ?? -Infinity);
    return m;
  }

  private redrawOthers(me: object): void {
    for (const x of this.members) if (x !== me) x.redraw();
  }
}
