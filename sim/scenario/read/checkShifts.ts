// A warning for a team whose shift never falls inside the run (a 2-hour run from midnight and a
// team on "08:00-17:00"): its agents stay offline and answer nothing, which the report then
// shows only as every ticket abandoned or waiting, with no word why.

import type { Scenario } from '../Scenario.ts';
import type { Problems } from './Problems.ts';
import { Schedule } from '../../triggers/Schedule.ts';
import { formatDuration } from '../units.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function checkShifts(sc: Scenario, p: Problems): void {
  sc.teams.forEach((t, i) => {
    if (t.count === 0 || t.shift === null || t.staffing !== null) return;
    const shift = new Schedule({ name: t.name, week: t.shift }, sc.startWeekday);
    if (shift.isOpen(0) || shift.nextChange(0) < sc.horizon) return;
    p.warn(`agents[${i}].shift`, `team "${t.name}" is never on shift during the run (${formatDuration(sc.horizon)} from ${WEEKDAYS[sc.startWeekday]} 00:00): ` +
      `its ${t.count} agent${t.count === 1 ? '' : 's'} stay offline and answer nothing`);
  });
}
