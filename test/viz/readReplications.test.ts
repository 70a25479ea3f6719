// The page's replications knob accepts exactly what `omnisim run --replications` accepts.

import { describe, expect, it } from 'vitest';
import { readReplications } from '../../viz/app/readReplications.ts';
import { replicationsFlag } from '../../sim/cli/flags.ts';

describe('readReplications', () => {
  it('accepts and refuses what the CLI does, with the same number', () => {
    for (const typed of ['1', '3', ' 20 ', '007', '100000', '100001', '0', '-1', '2.5', '1e3', '0x10', 'ten', '', ' ', '+5', '99999999999999999999']) {
      let cli: number | 'refused';
      try {
        cli = replicationsFlag(typed, 1) ?? 'refused';
      } catch {
        cli = 'refused';
      }
      const page = readReplications(typed);
      expect('value' in page ? page.value : 'refused', JSON.stringify(typed)).toBe(cli);
    }
  });

  it('says what is wrong in words that fit beside the field', () => {
    expect(readReplications('0')).toEqual({ error: 'expected a whole number from 1 to 100,000, got "0"' });
    expect(readReplications('2.5')).toEqual({ error: 'expected a whole number from 1 to 100,000, got "2.5"' });
    expect(readReplications('')).toEqual({ error: 'enter a number (the field is empty)' });
  });
});
