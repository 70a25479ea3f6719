// R7 for replayed exports: a row's brand (the export's brand column) must be one of the
// scenario's brands, which the channels' mixes name. With onBadRow: skip, a row naming another
// brand keeps its ticket and draws its brand from the mix; without brands in the scenario the
// column is not used, which a warning says.

import type { ChannelConfig } from '../Scenario.ts';
import type { ReplayConfig } from '../ReplayConfig.ts';
import type { Problems } from './Problems.ts';
import { brandNames } from '../brandNames.ts';
import { suggest } from './describeValue.ts';

/** Rows listed one by one; the rest are counted. */
const LISTED = 20;

export function checkReplayBrands(replay: ReplayConfig, channel: string, channels: readonly ChannelConfig[], path: string, p: Problems): void {
  const branded = replay.rows.filter((r) => r.brand !== null);
  if (branded.length === 0) return;
  const known = brandNames({ channels: channels as ChannelConfig[] });
  if (known.length === 0) {
    const names = [...new Set(branded.map((r) => r.brand!))];
    p.warn(path, `${replay.file}: ${branded.length} ${channel} row${branded.length === 1 ? ' gives a brand' : 's give brands'} (${names.slice(0, 5).join(', ')}${names.length > 5 ? ' …' : ''}), but no channel has brands, so the brand column is not used; give the channels' brands (R7) to route by brand`);
    return;
  }
  const unknown = branded.filter((r) => !known.includes(r.brand!));
  const skip = replay.onBadRow === 'skip';
  unknown.slice(0, LISTED).forEach((r) => {
    const s = suggest(r.brand!, known);
    const message = `${replay.file}:${r.line}: brand "${r.brand}"${s ? ` (did you mean "${s}"?)` : ''} is not one of the scenario's brands (${known.join(', ')})`;
    if (skip) p.warn(path, `${message} — drawn from the channel's mix`);
    else p.error(path, message);
  });
  if (unknown.length > LISTED) {
    const rest = `${replay.file}: … and ${unknown.length - LISTED} more rows with a brand the scenario does not have`;
    if (skip) p.warn(path, rest);
    else p.error(path, rest);
  }
  for (const r of unknown) r.brand = null;
}
