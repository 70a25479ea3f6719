// The replications knob's value, checked as `omnisim run --replications` checks it: digits only,
// a whole number from 1 to MAX_REPLICATIONS (the scenario reader's limit too).

import { MAX_REPLICATIONS } from '../../sim/scenario/replicationLimit.ts';
import { expectedNumber } from './expectedNumber.ts';

/** The number of replications typed, or what is wrong with it (said at the field). */
export function readReplications(typed: string): { value: number } | { error: string } {
  const v = typed.trim();
  if (v === '') return { error: 'enter a number (the field is empty)' };
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_REPLICATIONS) {
    return { error: `expected ${expectedNumber(1, MAX_REPLICATIONS, true)}, got "${typed}"` };
  }
  return { value: Number(v) };
}
