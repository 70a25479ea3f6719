// The knobs' changes reach the scenario and each of its variants field by field: a variant that
// writes its own team list keeps what it changed (brands, counts) and takes only what the user
// changed, so side by side the two panels still differ the way the file says.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { applyKnobEdits } from '../../viz/app/knobEdits.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';

const BRANDS = readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'brands.yaml'), 'utf8');
type Raw = Record<string, unknown>;

describe('applyKnobEdits', () => {
  it('changes a team in the base and in each variant that lists its own teams, keeping the rest of the variant', () => {
    const out = applyKnobEdits(parse(BRANDS), { teams: [{ team: 'acme-team', count: 9 }] }) as Raw;
    expect(out['agents']).toEqual([
      { team: 'generalists', count: 4, capacityRule: 'chat-first' },
      { team: 'acme-team', count: 9, capacityRule: 'chat-first', brands: ['acme'] },
    ]);
    const variants = out['variants'] as Record<string, Raw>;
    expect(variants['unrestricted']!['agents']).toEqual([
      { team: 'generalists', count: 4, capacityRule: 'chat-first' },
      { team: 'acme-team', count: 9, capacityRule: 'chat-first' }, // still takes both brands
    ]);
    expect((variants['restricted-one-more-generalist']!['agents'] as Raw[])[0]).toEqual({ team: 'generalists', count: 5, capacityRule: 'chat-first' });
    expect(variants['restricted']).toEqual({});
  });

  it('compiled, the variants still differ as the file says (a merge patch of the team list made them all the same)', () => {
    const r = parseScenarioText(BRANDS, { edit: (raw) => applyKnobEdits(raw, { teams: [{ team: 'acme-team', count: 9 }] }) });
    expect(r.errors).toEqual([]);
    const teams = (name: string) => r.variants.find((v) => v.name === name)!.compiled.scenario.teams.map((t) => [t.name, t.count, t.brands ?? null]);
    expect(teams('restricted')).toEqual([['generalists', 4, null], ['acme-team', 9, ['acme']]]);
    expect(teams('unrestricted')).toEqual([['generalists', 4, null], ['acme-team', 9, null]]);
    expect(teams('restricted-one-more-generalist')).toEqual([['generalists', 5, null], ['acme-team', 9, ['acme']]]);
  });

  it('changes only the capacity fields and spike fields the user changed', () => {
    const raw = {
      agents: [{ team: 'chat', count: 8, capacity: { messaging: 3, talk: 1 } }],
      channels: { messaging: { arrivals: { rate: '50/h', spikes: [{ at: '10:00', duration: '1h', multiplier: 3 }, { at: '15:00', duration: '1h', multiplier: 2 }] } } },
      variants: { bigger: { channels: { messaging: { arrivals: { spikes: [{ at: '11:00', duration: '2h', multiplier: 4 }] } } } } },
    };
    const out = applyKnobEdits(raw, { teams: [{ team: 'chat', capacity: { messaging: 2, voice: 0 } }], spike: { multiplier: 5 } }) as Raw;
    expect(out['agents']).toEqual([{ team: 'chat', count: 8, capacity: { messaging: 2, voice: 0 } }]);
    const spikes = (o: Raw) => ((o['channels'] as Raw)['messaging'] as { arrivals: { spikes: unknown[] } }).arrivals.spikes;
    expect(spikes(out)).toEqual([{ at: '10:00', duration: '1h', multiplier: 5 }, { at: '15:00', duration: '1h', multiplier: 2 }]);
    expect(spikes((out['variants'] as Record<string, Raw>)['bigger']!)).toEqual([{ at: '11:00', duration: '2h', multiplier: 5 }]);
  });
});
