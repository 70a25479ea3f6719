// The frame of the headline tile's tables (by window, triggers): a titled section with a table
// that scrolls sideways in a narrow panel rather than overflowing it, and its heading row.

import { elementMaker } from './viewKit.ts';

/** The section (`cls` besides the tables' own class), its table, already in it, and the element maker. */
export function figureTable(doc: Document, cls: string, title: string, headings: readonly string[]) {
  const el = elementMaker(doc);
  const box = el('section', `ov-windows ${cls}`);
  box.append(el('h4', undefined, title));
  const scroll = el('div', 'ov-windows-scroll');
  const table = el('table', 'ov-windows-table');
  const head = el('tr');
  for (const h of headings) head.append(el('th', undefined, h));
  table.createTHead().append(head);
  scroll.append(table);
  box.append(scroll);
  return { box, table, el };
}
