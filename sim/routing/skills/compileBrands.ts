// R7: brand names → routing bits in the skills masks (after the skills' bits), so "the agent
// belongs to the ticket's brand and holds all its skills" stays one AND. A ticket keeps its
// brand in fields of its own (Ticket.brand, Ticket.brandMask), apart from its skills, so that
// set_skills, add_skills and the skills timeout (R18) never touch it.

import type { Scenario, TeamConfig } from '../../scenario/Scenario.ts';
import { DEFAULTS } from '../../scenario/defaults.ts';
import { brandNames } from '../../scenario/brandNames.ts';
import { CHANNELS } from '../../model/codes.ts';

/** One channel's brand draw: cumulative shares (the last is 1) and each brand's index. */
export interface BrandDraw {
  cdf: Float64Array;
  brands: Int32Array;
}

export interface CompiledBrands {
  /** Brand name of index i (first seen in the channels' mixes). */
  names: string[];
  /** Routing bit of brand i. */
  bits: Int32Array;
  /** Every brand's bit: what agents of a team without `brands` belong to. */
  all: number;
  /** Per channel code; a channel without a mix (no tickets of its own) has an empty draw. */
  draws: BrandDraw[];
}

/** The scenario's brands with bits from `firstBit` on, or null when no channel has brands. */
export function compileBrands(sc: Scenario, firstBit: number): CompiledBrands | null {
  const names = brandNames(sc);
  if (names.length === 0) return null;
  const bits = Int32Array.from(names, (_, i) => 1 << (firstBit + i));
  const draws = CHANNELS.map((_, code) => {
    const mix = sc.channels[code]!.brands;
    const total = mix.reduce((s, b) => s + b.share, 0);
    let sum = 0;
    const cdf = Float64Array.from(mix, (b) => (sum += b.share) / total);
    if (cdf.length > 0) cdf[cdf.length - 1] = 1;
    return { cdf, brands: Int32Array.from(mix, (b) => names.indexOf(b.brand)) };
  });
  return { names, bits, all: bits.reduce((m, b) => m | b, 0), draws };
}

/** The brand bits of a team's agents (R7): its brands, or every brand when it names none. */
export function teamBrandMask(b: CompiledBrands, team: TeamConfig): number {
  const list = team.brands ?? DEFAULTS.teamBrands;
  return list === 'all' ? b.all : list.reduce((m, name) => m | b.bits[b.names.indexOf(name)]!, 0);
}

/** The brand drawn for a uniform u on [0, 1): the first whose cumulative share exceeds u. */
export function pickBrand(d: BrandDraw, u: number): number {
  const cdf = d.cdf;
  let i = 0;
  while (i < cdf.length - 1 && u >= cdf[i]!) i++;
  return d.brands[i]!;
}
