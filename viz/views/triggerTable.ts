// Per trigger and automation, as `omnisim run` prints them after its tables: how often each fired
// and changed the ticket (R51), matched but changed nothing, sent a CSAT survey (R49, recipe E),
// and how long a switched one was on — a mean per replication ± half-width of its 95 % interval.
// For a recipe whose effect is a tag or a survey (D, E), this is where the recipe shows at all.

import type { Report } from '../../sim/run/Report.ts';
import { TRIGGER_COLUMNS } from '../../sim/cli/triggerColumns.ts';
import type { ValueElement } from './windowTable.ts';
import { figureTable } from './figureTable.ts';

/** The table, or null when the scenario has no triggers or automations. */
export function triggerTable(doc: Document, triggers: Report['triggers'] | undefined, value: ValueElement): HTMLElement | null {
  const ts = Object.entries(triggers ?? {});
  if (ts.length === 0) return null;
  const columns = TRIGGER_COLUMNS.filter(([key, , , shown]) => shown === 'always' || ts.some(([, f]) => (f[key].mean ?? 0) > 0));
  const { box, table, el } = figureTable(doc, 'ov-triggers', 'Triggers and automations — per replication', ['trigger / automation', ...columns.map(([, heading]) => heading)]);
  const body = table.createTBody();
  for (const [title, f] of ts) {
    const tr = el('tr');
    tr.append(el('th', undefined, title));
    for (const [key, , unit] of columns) {
      const td = el('td');
      td.append(value(`triggers.${title}.${key}`, f[key], unit));
      tr.append(td);
    }
    body.append(tr);
  }
  return box;
}
