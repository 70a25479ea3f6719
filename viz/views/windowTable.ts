// Customer figures by report window — before, during and after the scenario's first spike, or
// the scenario's own `report.windows` — as `omnisim run` prints them after the channel table:
// per channel and window (tickets by creation time), offered, queued, ASA, service level,
// abandon rate and answers per hour, each a mean ± half-width of its 95 % interval; with brands
// (R7), a row per brand under each window, as `omnisim run`'s brand tables per window give them.

import type { ChannelName } from '../../sim/model/codes.ts';
import type { Estimate } from '../../sim/metrics/Estimate.ts';
import type { Report, WindowReport } from '../../sim/run/Report.ts';
import { formatSpan } from '../../sim/scenario/units.ts';
import { noFigureNote } from '../../sim/cli/formatNoFigure.ts';
import { WINDOW_ROWS } from '../../sim/cli/windowRows.ts';
import { CHANNEL_COLOR, CHANNEL_LABEL } from './palette.ts';
import type { Unit } from './viewKit.ts';
import { figureTable } from './figureTable.ts';

/** The figures of `omnisim run`'s window tables, in its order (one list for both). */
export const WINDOW_METRICS = WINDOW_ROWS;

/** A value element: its text, data-metric (the path in the report JSON) and data-mean. */
export type ValueElement = (path: string, e: Estimate | undefined, unit: Unit) => HTMLElement;

/**
 * The table for `channels` (in this order), or null when the report has no windows (a
 * scenario without spikes or `report.windows`).
 */
export function windowTable(doc: Document, windows: Report['windows'] | undefined, channels: readonly ChannelName[], value: ValueElement): HTMLElement | null {
  const ws = Object.entries(windows ?? {});
  const shown = channels.filter((c) => ws.some(([, w]) => w.channels[c] !== undefined));
  if (ws.length === 0 || shown.length === 0) return null;
  const { box, table, el } = figureTable(doc, 'ov-by-window', 'By window — tickets by the time they were created', ['window', ...WINDOW_METRICS.map(([, label]) => label)]);
  const dashes = new Set<string>();
  for (const c of shown) {
    const body = table.createTBody();
    body.dataset['channel'] = c;
    const group = el('tr', 'ov-windows-channel');
    const th = el('th', undefined, CHANNEL_LABEL[c]);
    th.colSpan = WINDOW_METRICS.length + 1;
    th.style.borderLeftColor = CHANNEL_COLOR[c];
    group.append(th);
    body.append(group);
    const row = (label: HTMLElement, path: string, figures: WindowReport): HTMLTableRowElement => {
      const tr = el('tr');
      tr.append(label);
      for (const [key, , unit] of WINDOW_METRICS) {
        const td = el('td');
        td.append(value(`${path}.${key}`, figures[key], unit));
        if (figures[key]?.mean === null) dashes.add(key);
        tr.append(td);
      }
      return tr;
    };
    for (const [name, w] of ws) {
      const figures = w.channels[c];
      if (!figures) continue;
      const label = el('th');
      label.append(name, el('small', undefined, formatSpan(w.from, w.to, w.every)));
      body.append(row(label, `windows.${name}.channels.${c}`, figures));
      for (const [brand, byChannel] of Object.entries(w.brands ?? {})) {
        const b = byChannel[c];
        if (!b) continue;
        const tr = row(el('th', undefined, brand), `windows.${name}.brands.${brand}.${c}`, b);
        tr.className = 'ov-windows-brand';
        body.append(tr);
      }
    }
  }
  // As the CLI's footnote says it: which figures show "—", and why.
  const note = noFigureNote([...dashes], ' in that window').trim();
  if (note !== '') box.append(el('p', 'ov-tile-note', note.split('\n').map((l) => l.trim()).join('; ')));
  return box;
}
