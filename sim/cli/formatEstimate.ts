// Estimates as people read them: "17.4% ± 0.3%", "7.84s ± 0.21s", "139,702 ± 310"; a difference
// of two shares in percentage points, "-0.5 pp ± 0.8 pp" ("-0.5%" read as a relative change).

import type { Estimate } from '../metrics/Estimate.ts';
import { formatDuration } from '../scenario/units.ts';
import { FIGURE_DIGITS } from '../run/writtenFigures.ts';

/** 'points': a difference of two shares (0.005 → "0.5 pp"), as `compare` prints one. */
export type Unit = 'count' | 'percent' | 'points' | 'seconds' | 'rate' | 'number';

/** The unit a difference of two figures of `unit` is in: of two shares, percentage points. */
export function differenceUnit(unit: Unit): Unit {
  return unit === 'percent' ? 'points' : unit;
}

/** 1234567 → "1,234,567" (as toLocaleString('en-US'), without its cost in a hot loop). */
export function groupThousands(n: number): string {
  const s = String(Math.abs(n));
  let out = '';
  for (let i = s.length; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return (n < 0 ? '-' : '') + out;
}

/**
 * One value in its unit. A share below 0.1 % and a rate below 0.1/h get two more decimals, of
 * either sign (a paired difference is as often below zero), so a small figure is not shown as
 * a zero; one that still rounds to zero is shown as zero, without a sign ("0.0%", not "-0.0%").
 */
export function formatValue(v: number, unit: Unit, decimals = 1): string {
  switch (unit) {
    case 'count': return unsignedZero(Math.abs(v) < 10 && !Number.isInteger(v) ? v.toFixed(1) : groupThousands(Math.round(v)));
    case 'percent': return fixed(v * 100, Math.abs(v) < 0.001, decimals) + '%';
    case 'points': return fixed(v * 100, Math.abs(v) < 0.001, decimals) + ' pp';
    case 'seconds': return unsignedZero(formatDuration(v));
    case 'rate': return fixed(v, Math.abs(v) < 0.1, decimals) + '/h';
    // A whole number (a queue's max length in one replication) is shown whole: "3", not "3.000".
    case 'number': return Number.isInteger(v) ? groupThousands(v) : unsignedZero(groupDecimal(v.toFixed(Math.abs(v) < 10 ? 3 : 1)));
  }
}

/** x to `decimals` places, or three when `small` and three show it as other than zero. */
function fixed(x: number, small: boolean, decimals: number): string {
  const three = x.toFixed(3);
  return unsignedZero(small && !readsAsZero(three) ? three : x.toFixed(decimals));
}

/** Whether a formatted figure ("-0.0%", "0.00s", "0", "1,204") shows a zero. */
export function readsAsZero(text: string): boolean {
  return !/[1-9]/.test(/^[-+]?[\d.,]*/.exec(text)![0]);
}

/** "-0.0%", "-0.00s", "-0.000" → without the sign: a figure that rounds to zero is zero. */
function unsignedZero(text: string): string {
  return text.startsWith('-') && readsAsZero(text) ? text.slice(1) : text;
}

/**
 * "mean ± half-width"; an interval cut at the edge of the metric's range (a rare event's share
 * at 0, see Estimate.ts) is no longer symmetric and is shown as its ends: "0.035% (0–0.078%)".
 */
export function formatEstimate(e: Estimate | undefined, unit: Unit): string {
  if (!e || e.mean === null) return '—';
  if (!e.ci95) return formatValue(e.mean, unit);
  const [lo, hi] = e.ci95;
  const below = e.mean - lo, above = hi - e.mean;
  // Replications that all gave one value differ by float rounding alone: no interval to show
  // ("99.62% ± 0.000%" read as a measured precision).
  const h = Math.max(below, above) <= 1e-12 * Math.max(1, Math.abs(e.mean)) ? 0 : Math.max(below, above);
  // Cut, or lopsided by rounding alone: a report read back from its JSON (the HTML report's)
  // has mean and ends each rounded to FIGURE_DIGITS significant digits.
  const rounding = 0.5 * 10 ** (1 - FIGURE_DIGITS) * (Math.abs(lo) + Math.abs(hi) + 2 * Math.abs(e.mean));
  const cut = Math.abs(above - below) > Math.max(1e-9 * h, rounding);
  if (unit === 'number' && h > 0) return cut ? `${plainNumber(e.mean, h)} (${lo === 0 ? '0' : plainNumber(lo, h)}–${plainNumber(hi, h)})` : `${plainNumber(e.mean, h)} ± ${plainNumber(h, h)}`;
  // Percentages and rates keep one decimal unless the interval is narrower than it (0.1 points,
  // 0.1/h): "0.0/h (0–0.0/h)" said nothing of a rate between 0.01/h and 0.04/h.
  const share = unit === 'percent' || unit === 'points';
  const decimals = h > 0 && ((share && h * 100 < 0.1) || (unit === 'rate' && h < 0.1)) ? 2 : 1;
  const main = formatValue(e.mean, unit, decimals);
  if (h === 0) return main;
  if (cut) {
    // A percentage's lower end without its sign, as a range is written: "99.7% (99.2–100.0%)".
    const low = lo === 0 ? '0' : share ? formatValue(lo, unit, decimals).replace(/ ?(%|pp)$/, '') : formatValue(lo, unit, decimals);
    return `${main} (${low}–${formatValue(hi, unit, decimals)})`;
  }
  return `${main} ± ${formatValue(h, unit, decimals)}`;
}

/**
 * A plain number to the decimal place that gives its half-width h two significant digits:
 * "13.9 ± 1.5", "4.75 ± 0.55", "0.114 ± 0.023" (not "13.9 ± 1.545").
 */
function plainNumber(x: number, h: number): string {
  return unsignedZero(groupDecimal(x.toFixed(Math.max(0, Math.min(6, 1 - Math.floor(Math.log10(h)))))));
}

/** "-14495.5" → "-14,495.5": a decimal's whole part grouped as counts are ("7,419 ± 1,792", not "7419 ± 1792" beside "14,482"). */
function groupDecimal(text: string): string {
  const [whole, fraction] = text.split('.');
  const grouped = groupThousands(Math.abs(Number(whole)));
  return `${whole!.startsWith('-') ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
