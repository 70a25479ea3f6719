// R7 in `omnisim staff --brand`: which brand's customers a team can be sized for, and the
// brand's part of a channel's arrivals (the Erlang start) or the whole from its part (the
// stability floor, since every brand's customers load the same agents).

import type { Scenario, TeamConfig } from '../scenario/Scenario.ts';
import { CHANNELS } from '../model/codes.ts';
import { brandNames } from '../scenario/brandNames.ts';
import { InputError } from '../InputError.ts';
import type { ChannelTarget } from './staffing.ts';

/**
 * R7: staffing for one brand's customers. The brand must have tickets on every target channel and
 * the team must take them; occupancy is not a brand's (an agent of several brands has one capacity).
 */
export function checkBrand(sc: Scenario, team: TeamConfig, targets: readonly ChannelTarget[], brand: string): void {
  const brands = brandNames(sc);
  if (!brands.includes(brand)) {
    throw new InputError(`--brand: no brand "${brand}"${brands.length > 0 ? ` (brands: ${brands.join(', ')})` : ': the scenario has no brands (channels.<channel>.brands)'}`);
  }
  if (team.brands !== undefined && !team.brands.includes(brand)) {
    const others = sc.teams.filter((t) => t.brands === undefined || t.brands.includes(brand)).map((t) => t.name);
    throw new InputError(`--brand ${brand}: team "${team.name}" takes only ${team.brands.join(', ')}, so no number of its agents serves ${brand}'s customers. ` +
      (others.length > 0 ? `Size a team that takes ${brand} (--team ${others.join(' or --team ')}).` : `No team takes ${brand}.`));
  }
  for (const t of targets) {
    const ch = sc.channels[CHANNELS.indexOf(t.channel)]!;
    if (brandShare(ch, brand) === 0) throw new InputError(`--brand ${brand}: the brand has no ${t.channel} tickets (channels.${t.channel}.brands gives it no share)`);
    if (t.maxOccupancy !== undefined) {
      throw new InputError(`--target ${t.channel}:occupancy with --brand: occupancy is not a brand's (an agent of several brands has one capacity); size for it without --brand`);
    }
  }
}

/** R7: the share of a channel's tickets that are of the brand (1 without a brand); a replayed
 *  export's rows count by their brand column, a row without one by the channel's mix. */
export function brandShare(ch: Scenario['channels'][number], brand: string | undefined): number {
  if (brand === undefined) return 1;
  const mix = ch.brands.find((b) => b.brand === brand)?.share ?? 0;
  const rows = ch.arrivals.replay?.rows;
  if (!rows || rows.length === 0) return mix;
  let share = 0;
  for (const r of rows) share += r.brand === null ? mix : r.brand === brand ? 1 : 0;
  return share / rows.length;
}

/** R7: the channel's whole rate from a brand's part of it (every brand's customers load the agents). */
export function channelRate(sc: Scenario, t: ChannelTarget, rate: number, brand: string | undefined): number {
  return brand === undefined ? rate : rate / brandShare(sc.channels[CHANNELS.indexOf(t.channel)]!, brand);
}
