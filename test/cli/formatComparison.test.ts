// `omnisim compare`: its table marks a gain "+" only where it shows, and gives a difference of shares in
// percentage points; --csv: one row per variant and metric, thirteen columns whatever the names in the
// scenario (recipe F has a trigger titled "F3: lower priority, secondary queue"), the last the unit.

import { describe, expect, it } from 'vitest';
import { comparisonCsv, formatComparison } from '../../sim/cli/formatComparison.ts';
import type { Comparison } from '../../sim/run/compare.ts';

/** A minimal CSV reader: quoted fields with "" for a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

describe('comparisonCsv', () => {
  it('quotes variant names and metric paths holding commas or quotes, so every row has thirteen fields', () => {
    const fired = 'triggers.F3: lower priority, secondary queue.fired';
    const quoted = 'triggers.Tag "vip".fired';
    const c: Comparison = {
      scenario: 'recipe "F", v2', seed: 1, replications: 2, reference: 'off, as today', metrics: [fired, quoted],
      units: { [fired]: 'count', [quoted]: 'count' },
      variants: [
        { name: 'off, as today', values: { [fired]: { mean: 0, ci95: [0, 0] }, [quoted]: { mean: 1, ci95: [0, 2] } } },
        { name: 'on', values: { [fired]: { mean: 3, ci95: [1, 5] }, [quoted]: { mean: 1, ci95: [0, 2] } } },
      ],
      differences: [{ name: 'on', values: { [fired]: { mean: 3, ci95: [1, 5], significant: true }, [quoted]: { mean: 0, ci95: [0, 0], significant: false } } }],
    };
    const rows = parseCsv(comparisonCsv(c));
    expect(rows.map((r) => r.length)).toEqual([13, 13, 13, 13, 13]);
    expect(rows[1]!.slice(0, 6)).toEqual(['recipe "F", v2', '1', '2', 'off, as today', fired, '0']);
    expect(rows[4]).toEqual(['recipe "F", v2', '1', '2', 'on', quoted, '1', '0', '2', '0', '0', '0', 'false', 'count']);
  });
});

describe('compare marks a gain "+", but not one that rounds to zero', () => {
  it('"0.0/h ± 0.1/h", not "+0.0/h ± 0.1/h"; a gain that shows is "+0.5/h"', () => {
    const m = 'channels.voice.throughputPerHour';
    const c = {
      scenario: 's', seed: 1, replications: 3, reference: 'a', metrics: [m, 'channels.voice.abandonRate'],
      variants: [
        { name: 'a', values: { [m]: { mean: 8, ci95: [6, 10] }, 'channels.voice.abandonRate': { mean: 0.011, ci95: [0.004, 0.018] } } },
        { name: 'b', values: { [m]: { mean: 8, ci95: [6, 10] }, 'channels.voice.abandonRate': { mean: 0.011, ci95: [0.004, 0.018] } } },
        { name: 'c', values: { [m]: { mean: 8.5, ci95: [6, 11] }, 'channels.voice.abandonRate': { mean: 0.011, ci95: [0.004, 0.018] } } },
      ],
      differences: [
        { name: 'b', values: { [m]: { mean: 0.00003, ci95: [-0.1, 0.10006], significant: false }, 'channels.voice.abandonRate': { mean: -0.000001, ci95: [-0.003, 0.002998], significant: false } } },
        { name: 'c', values: { [m]: { mean: 0.5, ci95: [0.3, 0.7], significant: true }, 'channels.voice.abandonRate': { mean: 0, ci95: [0, 0], significant: false } } },
      ],
    };
    const lines = formatComparison(c as never).split('\n');
    expect(lines.find((l) => l.startsWith(m))!.split(/\s{2,}/)).toEqual([m, '8.0/h ± 2.0/h', '8.0/h ± 2.0/h', '8.5/h ± 2.5/h', '0.0/h ± 0.1/h', '+0.5/h ± 0.2/h *']);
    expect(lines.find((l) => l.startsWith('channels.voice.abandonRate'))!.split(/\s{2,}/).slice(4)).toEqual(['0.0 pp ± 0.3 pp', '0.0 pp']);
  });
});

describe('a difference over fewer pairs than the columns', () => {
  it('is marked ² and told: recipe A after its spike read 25.6s ¹ against 31.4s, and a difference of -6.59s ¹ with nothing saying why', () => {
    const m = 'windows.after spike.messaging.asaSeconds';
    const c: Comparison = {
      scenario: 's', seed: 1, replications: 20, reference: 'baseline', metrics: [m], units: { [m]: 'seconds' },
      variants: [
        { name: 'baseline', values: { [m]: { mean: 25.6, ci95: null } } },
        { name: 'recipe', values: { [m]: { mean: 31.4, ci95: [15.5, 47.3] } } },
      ],
      differences: [{ name: 'recipe', values: { [m]: { mean: -6.59, ci95: null, significant: false, unpaired: 18 } } }],
    };
    const text = formatComparison(c);
    expect(text.split('\n').find((l) => l.startsWith(m))!.split(/\s{2,}/)).toEqual([m, '25.6s ¹', '31.4s ± 15.9s', '-6.59s ¹ ²']);
    expect(text).toContain('¹ only one replication (for a difference, one pair)');
    expect(text).toContain('² over only the pairs of replications where both variants had a figure');
    // Without unpaired replications, neither the mark nor its note.
    const paired = { ...c, differences: [{ name: 'recipe', values: { [m]: { mean: -6.59, ci95: null, significant: false } } }] };
    expect(formatComparison(paired)).not.toContain('²');
  });
});
