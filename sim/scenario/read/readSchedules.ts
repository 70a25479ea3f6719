// Business-hours schedules (R55): `schedules: { support-hours: { mon-fri: "08:00-18:00",
// sat: "10:00-14:00" } }`. Keys are days (mon … sun), ranges (mon-fri) or "every day";
// values are "HH:MM-HH:MM" ranges (several separated by commas) or "closed".

import type { ScheduleSpec } from '../../triggers/TriggerSpec.ts';
import type { Problems } from './Problems.ts';
import { join } from './fields.ts';
import { describeValue } from './describeValue.ts';
import { parseClock } from '../units.ts';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function daysOf(key: string): number[] | null {
  const k = key.toLowerCase().trim();
  if (k === 'every day' || k === 'daily' || k === 'all') return [0, 1, 2, 3, 4, 5, 6];
  const range = /^(\w{3})\s*-\s*(\w{3})$/.exec(k);
  if (range) {
    const a = DAYS.indexOf(range[1]!), b = DAYS.indexOf(range[2]!);
    if (a < 0 || b < 0 || b < a) return null;
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  const d = DAYS.indexOf(k);
  return d < 0 ? null : [d];
}

export function readSchedules(v: unknown, path: string, p: Problems): ScheduleSpec[] {
  const out: ScheduleSpec[] = [];
  if (v === undefined) return out;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    p.error(path, `expected a mapping of schedule name: { mon-fri: "08:00-18:00", … }, got ${describeValue(v)}`);
    return out;
  }
  for (const [name, spec] of Object.entries(v)) {
    const week = readWeek(spec, join(path, name), p);
    if (week) out.push({ name, week });
  }
  return out;
}

/** Open hours per weekday from { mon-fri: "08:00-18:00", sat: closed, … }. */
export function readWeek(spec: unknown, at: string, p: Problems): [number, number][][] | undefined {
  const week: [number, number][][] = DAYS.map(() => []);
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) {
    p.error(at, `expected days with hours, e.g. { mon-fri: "08:00-18:00" }, got ${describeValue(spec)}`);
    return undefined;
  }
  {
    for (const [key, hours] of Object.entries(spec)) {
      const days = daysOf(key);
      if (!days) {
        p.error(join(at, key), `expected a day (mon … sun), a range such as mon-fri, or "every day", got "${key}"`);
        continue;
      }
      const text = String(hours).trim().toLowerCase();
      if (text === 'closed') continue;
      for (const part of text.split(',')) {
        const m = /^\s*(\S+)\s*-\s*(\S+)\s*$/.exec(part);
        const from = m ? parseClock(m[1]!) : { error: '' };
        const to = m ? parseClock(m[2]!) : { error: '' };
        if (typeof from === 'number' && typeof to === 'number' && to <= from) {
          // A night shift: the day's hours end at 24:00 and the next day's start at 00:00 (one stretch, no shift end at midnight).
          p.error(join(at, key), `"${part.trim()}" ${to === from ? 'is empty' : 'ends before it starts'}: hours across midnight are written day by day, ` +
            `e.g. 18:00-08:00 from monday to friday is { mon: "18:00-24:00", tue-fri: "00:00-08:00,18:00-24:00", sat: "00:00-08:00" }`);
          continue;
        }
        if (typeof from !== 'number' || typeof to !== 'number') {
          p.error(join(at, key), `expected hours such as "08:00-18:00" (or "closed"), got "${String(hours)}"`);
          continue;
        }
        for (const d of days) week[d]!.push([from, to]);
      }
    }
  }
  return week;
}
