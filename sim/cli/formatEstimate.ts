// Estimates as people read them: "17.4% ± 0.3%", "7.84s ± 0.21s", "139,702 ± 310".

import type { Estimate } from '../metrics/Estimate.ts';
import { formatDuration } from '../scenario/units.ts';

export type Unit = 'count' | 'percent' | 'seconds' | 'rate' | 'number';

/** 1234567 → "1,234,567" (as toLocaleString('en-US'), without its cost in a hot loop). */
export function groupThousands(n: number): string {
  const s = String(Math.abs(n));
  let out = '';
  for (let i = s.length; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return (n < 0 ? '-' : '') + out;
}

export function formatValue(v: number, unit: Unit, decimals = 1): string {
  switch (unit) {
    case 'count': return Math.abs(v) < 10 && !Number.isInteger(v) ? v.toFixed(1) : groupThousands(Math.round(v));
    case 'percent': return `${(v * 100).toFixed(v < 0.001 && v > 0 ? 3 : decimals)}%`;
    case 'seconds': return formatDuration(v);
    case 'rate': return `${v.toFixed(1)}/h`;
    case 'number': return v.toFixed(v < 10 ? 3 : 1);
  }
}

export function formatEstimate(e: Estimate | undefined, unit: Unit): string {
  if (!e || e.mean === null) return '—';
  if (!e.ci95) return formatValue(e.mean, unit);
  const h = (e.ci95[1] - e.ci95[0]) / 2;
  if (unit === 'number' && h > 0) return plainEstimate(e.mean, h);
  // Percentages keep one decimal unless the interval is narrower than 0.1 points.
  const decimals = unit === 'percent' && h > 0 && h * 100 < 0.1 ? 2 : 1;
  const main = formatValue(e.mean, unit, decimals);
  if (h === 0) return main;
  return `${main} ± ${formatValue(h, unit, decimals)}`;
}

/**
 * A plain number and its half-width to the same decimal place, the half-width to two
 * significant digits: "13.9 ± 1.5", "4.75 ± 0.55", "0.114 ± 0.023" (not "13.9 ± 1.545").
 */
function plainEstimate(mean: number, h: number): string {
  const decimals = Math.max(0, Math.min(6, 1 - Math.floor(Math.log10(h))));
  return `${mean.toFixed(decimals)} ± ${h.toFixed(decimals)}`;
}
