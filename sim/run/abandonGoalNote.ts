// `staff --target CHANNEL:abandon=X` on a channel whose customers never give up — email, or a
// live channel the scenario gives no patience — holds at any staffing: the abandon rate is 0
// however long they wait. findStaffing still never goes below the agents who keep up with the
// arrivals, so the goal asks for just those; the staffing table says so under the curve.

import type { Scenario } from '../scenario/Scenario.ts';
import type { ChannelTarget } from './staffing.ts';
import { CHANNELS } from '../model/codes.ts';
import { writtenFigure } from './writtenFigures.ts';

export function abandonGoalNotes(sc: Scenario, targets: readonly ChannelTarget[]): string[] {
  return targets.flatMap((t) => {
    if (t.maxAbandonRate === undefined) return [];
    if (t.channel !== 'email' && sc.channels[CHANNELS.indexOf(t.channel)]!.patience) return [];
    const goal = `abandon=${writtenFigure(t.maxAbandonRate * 100)}%`;
    const why = t.channel === 'email'
      ? 'email customers do not abandon (an email waits for its reply)'
      : `${t.channel} customers never give up in this scenario (it has no channels.${t.channel}.patience)`;
    const fix = t.channel === 'email' ? '' : ` Give channels.${t.channel}.patience to model customers who ${t.channel === 'voice' ? 'hang up' : 'leave'}.`;
    return [`The ${t.channel} ${goal} target holds at any staffing: ${why}, so the abandon rate is 0 and the goal asks only for the agents who keep up with the arrivals.${fix}`];
  });
}
