// Named, seeded random streams: one independent generator per purpose (and channel), so that
// adding a process or a channel never shifts the draws of another, and compared variants that
// share a seed share their random numbers. The only source of randomness in sim/.

import seedrandom from 'seedrandom';

/** A source of uniform draws on [0, 1). */
export interface Uniform {
  next(): number;
  /**
   * A second stream tied to this one (seeded from it, independent of it) for the rare extra
   * draws of a rejection sampler, so that this stream moves on by exactly one uniform per
   * sample and stays aligned between compared variants. Without it, extra draws come from here.
   */
  spare?(): Uniform;
}

/**
 * seedrandom's Alea generator as a class: seeded by seedrandom itself (its Mash of the seed
 * string), then stepped with the same recurrence, so it yields exactly seedrandom.alea's
 * sequence. A class rather than seedrandom's per-instance closure keeps every call site
 * monomorphic (measured: closures from many streams made the hot call sites megamorphic).
 */
export class AleaStream implements Uniform {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  private spareStream: AleaStream | null = null;
  constructor(private readonly seed: string) {
    const st = (seedrandom.alea(seed, { state: true }) as unknown as { state(): { c: number; s0: number; s1: number; s2: number } }).state();
    this.c = st.c;
    this.s0 = st.s0;
    this.s1 = st.s1;
    this.s2 = st.s2;
  }
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }
  spare(): AleaStream {
    return (this.spareStream ??= new AleaStream(`${this.seed}|spare`));
  }
}

export class RandomStreams {
  private readonly streams = new Map<string, AleaStream>();

  /**
   * @param seed the scenario's seed
   * @param replication replications use disjoint streams: same seed + replication ⇒ same draws
   */
  constructor(readonly seed: number | string, readonly replication = 0) {}

  /**
   * The stream for a purpose such as "arrivals/messaging" or "handle-time/voice". Asking twice
   * returns the same generator (its state carries on).
   */
  get(name: string): AleaStream {
    let s = this.streams.get(name);
    if (!s) {
      // Alea: fast, 2^-32 granularity, well tested in seedrandom.
      s = new AleaStream(`omnisim|${this.seed}|rep${this.replication}|${name}`);
      this.streams.set(name, s);
    }
    return s;
  }
}
