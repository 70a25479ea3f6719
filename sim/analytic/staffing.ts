// Staffing: the fewest agents whose analytic figures meet every given target. Relies on
// each figure improving monotonically with agents (SL up; wait, abandonment, occupancy down),
// so a galloping search followed by bisection finds the exact minimum.

import { InputError } from '../InputError.ts';
import { erlang } from './erlang.ts';
import type { QueueFigures, QueueInput } from './QueueFigures.ts';

/** Goals that must all hold; the service level is taken at the input's thresholdSeconds (default 0). */
export interface StaffingTarget {
  /** Minimum fraction answered within the threshold, in [0, 1]. */
  serviceLevel?: number;
  /** Maximum mean wait over every arrival, E[Wq] (abandoned customers' waits included). */
  maxMeanWaitSeconds?: number;
  /**
   * Maximum ASA: the mean wait of the answered customers, as a run's report measures it
   * (`asaSeconds`). The same as E[Wq] for Erlang C, where everyone is answered; for Erlang A
   * the two differ. `omnisim erlang` and `omnisim staff` read `asa=` as this.
   */
  maxAsaSeconds?: number;
  /** Maximum fraction abandoning, in [0, 1] (only Erlang A abandons). */
  maxAbandonRate?: number;
  /** Maximum occupancy, in [0, 1]. */
  maxOccupancy?: number;
}

/** No search goes beyond this many agents. */
export const MAX_AGENTS = 100_000;

/** True when the figures are stable and meet every goal that the target sets. */
export function meetsTarget(figures: QueueFigures, target: StaffingTarget): boolean {
  return figures.stable
    && (target.serviceLevel === undefined || figures.serviceLevel >= target.serviceLevel)
    && (target.maxMeanWaitSeconds === undefined || figures.meanWaitSeconds <= target.maxMeanWaitSeconds)
    && (target.maxAsaSeconds === undefined || figures.asaSeconds <= target.maxAsaSeconds)
    && (target.maxAbandonRate === undefined || figures.abandonRate <= target.maxAbandonRate)
    && (target.maxOccupancy === undefined || figures.occupancy <= target.maxOccupancy);
}

/**
 * The minimum number of agents (≥ 1) meeting `target`, with the figures at that staffing
 * (Erlang A if the input has a finite patience, else Erlang C). Throws InputError (a RangeError) for an
 * invalid input or target, or if nothing up to MAX_AGENTS agents meets the target.
 */
export function minimumAgents(
  input: Omit<QueueInput, 'agents'>,
  target: StaffingTarget,
): { agents: number; figures: QueueFigures } {
  checkTarget(target);
  if (input.arrivalRatePerSecond > 0) checkReachable(target, input.patienceSeconds);
  const at = (agents: number) => erlang({ ...input, agents });
  const concurrency = input.concurrency ?? 1;
  const load = input.arrivalRatePerSecond * input.meanHandleSeconds;
  const patient = input.patienceSeconds === undefined || !Number.isFinite(input.patienceSeconds);
  // Erlang C needs servers > A to be stable; Erlang A may meet a loose target below A.
  const first = Math.max(1, patient ? Math.floor(load / concurrency) + 1 : Math.ceil(load / concurrency));
  const fail = () => new InputError(`no staffing up to ${MAX_AGENTS} agents meets the target (${describeTarget(target, input.thresholdSeconds ?? 0)})`);
  if (first > MAX_AGENTS) throw fail();

  let lo: number; // the largest count known to fail (0 = none known)
  let hi: number; // a count known to pass
  let hiFigures = at(first);
  if (meetsTarget(hiFigures, target)) {
    lo = patient ? first - 1 : 0;
    hi = first;
  } else {
    // Gallop upward: the step doubles, so even a far target takes O(log) evaluations.
    lo = first;
    for (let step = 1; ; step *= 2) {
      hi = Math.min(lo + step, MAX_AGENTS);
      hiFigures = at(hi);
      if (meetsTarget(hiFigures, target)) break;
      if (hi === MAX_AGENTS) throw fail();
      lo = hi;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const figures = at(mid);
    if (meetsTarget(figures, target)) { hi = mid; hiFigures = figures; } else lo = mid;
  }
  return { agents: hi, figures: hiFigures };
}

/** "service level ≥ 80% within 20s, mean wait ≤ 30s": the goals a target sets, for messages. */
export function describeTarget(target: StaffingTarget, thresholdSeconds?: number): string {
  const pct = (f: number) => `${+(f * 100).toPrecision(6)}%`;
  const parts: string[] = [];
  if (target.serviceLevel !== undefined) {
    const within = thresholdSeconds === undefined ? '' : ` within ${+thresholdSeconds.toPrecision(6)}s`;
    parts.push(`service level ≥ ${pct(target.serviceLevel)}${within}`);
  }
  if (target.maxMeanWaitSeconds !== undefined) parts.push(`mean wait ≤ ${+target.maxMeanWaitSeconds.toPrecision(6)}s`);
  if (target.maxAsaSeconds !== undefined) parts.push(`ASA ≤ ${+target.maxAsaSeconds.toPrecision(6)}s (mean wait of answered tickets)`);
  if (target.maxAbandonRate !== undefined) parts.push(`abandon rate ≤ ${pct(target.maxAbandonRate)}`);
  if (target.maxOccupancy !== undefined) parts.push(`occupancy ≤ ${pct(target.maxOccupancy)}`);
  return parts.length > 0 ? parts.join(', ') : 'a stable queue';
}

function checkTarget(target: StaffingTarget): void {
  const fraction = (name: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0 && v <= 1)) throw new InputError(`${name} must be a fraction in [0, 1], got ${v}`);
  };
  fraction('serviceLevel', target.serviceLevel);
  fraction('maxAbandonRate', target.maxAbandonRate);
  fraction('maxOccupancy', target.maxOccupancy);
  const wait = target.maxMeanWaitSeconds;
  if (wait !== undefined && !(wait >= 0)) throw new InputError(`maxMeanWaitSeconds must be ≥ 0, got ${wait}`);
  const asa = target.maxAsaSeconds;
  if (asa !== undefined && !(asa >= 0)) throw new InputError(`maxAsaSeconds must be ≥ 0, got ${asa}`);
}

/**
 * Goals no staffing meets once anyone arrives — the figures only approach them as agents grow,
 * so a search would stop wherever floating point happens to round: refused with the reason.
 */
function checkReachable(target: StaffingTarget, patienceSeconds: number | undefined): void {
  const why = unreachable(target, patienceSeconds);
  if (why !== null) throw new InputError(why);
}

/** Why no number of agents meets the target (the first such goal), or null. `omnisim staff` refuses the same goals. */
export function unreachable(target: StaffingTarget, patienceSeconds: number | undefined): string | null {
  return target.serviceLevel === 1 ? 'a service level of 100% cannot be reached: with random arrivals some customers always wait past the threshold (aim lower, e.g. 99%)'
    : target.maxMeanWaitSeconds === 0 ? 'a mean wait of 0 cannot be reached: with random arrivals some customers always wait (give a small wait, e.g. 1s)'
    : target.maxAsaSeconds === 0 ? 'an ASA of 0 cannot be reached: with random arrivals some answered customers always wait (give a small ASA, e.g. 1s)'
    : target.maxAbandonRate === 0 && patienceSeconds !== undefined && Number.isFinite(patienceSeconds) ? 'an abandon rate of 0% cannot be reached while customers have a finite patience (give a small rate, e.g. 1%)'
    : target.maxOccupancy === 0 ? 'an occupancy of 0% cannot be reached while tickets arrive'
    : null;
}
