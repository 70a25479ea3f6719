// How the files omnisim writes (--json, --csv) give numbers: six significant digits, so the
// last bits of floating-point arithmetic (200/h integrated over a day: 200.00000000016001) do
// not reach a planner's spreadsheet; whole numbers (ticket counts, seconds) stay exact, and a
// number that is not finite (no figure) is null in JSON and an empty cell in CSV.

export const FIGURE_DIGITS = 6;

/** A figure as written: rounded to `digits` significant digits, whole numbers exact, null if not finite. */
export function writtenFigure(v: number, digits = FIGURE_DIGITS): number | null {
  if (!Number.isFinite(v)) return null;
  if (v === 0 || Number.isInteger(v)) return v;
  return Number(v.toPrecision(digits));
}

/** One CSV cell: a figure rounded as above, text quoted when it holds a comma, quote or line break, an object as JSON. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const x = writtenFigure(v);
    return x === null ? '' : String(x);
  }
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line of cells. */
export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}
