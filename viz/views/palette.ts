// The visualizer's colours: Okabe–Ito hues, chosen to stay distinguishable with the common
// colour-vision deficiencies. Channels own blue / orange / green everywhere; outcomes and agent
// statuses use the remaining hues, and every status also has a shape and a word.

import { select } from 'd3';
import type { ChannelName } from '../../sim/model/codes.ts';

export const CHANNEL_COLOR: Record<ChannelName, string> = {
  messaging: '#0072B2',
  email: '#E69F00',
  voice: '#009E73',
};

/** Darker versions of the channel hues, for text and thin strokes on white (contrast ≥ 4.5:1). */
export const CHANNEL_INK: Record<ChannelName, string> = {
  messaging: '#005a8c',
  email: '#8a5a00',
  voice: '#00694d',
};

export const CHANNEL_LABEL: Record<ChannelName, string> = {
  messaging: 'Messaging',
  email: 'Email',
  voice: 'Voice',
};

/** Agent statuses (R19), in the FrameRecorder's code order: 0 online … 3 offline. */
export const STATUS_NAMES = ['online', 'away', 'transfers-only', 'offline'] as const;
export type StatusName = (typeof STATUS_NAMES)[number];

export const STATUS_COLOR: Record<StatusName, string> = {
  online: '#009E73',
  away: '#F0E442',
  'transfers-only': '#CC79A7',
  offline: '#9aa1ad',
};

/** The shape drawn for each status, so status never relies on colour alone. */
export const STATUS_SHAPE: Record<StatusName, LegendShape> = {
  online: 'circle',
  away: 'half',
  'transfers-only': 'diamond',
  offline: 'ring',
};

export const OUTCOME_COLOR = {
  answered: '#56B4E9',
  abandoned: '#D55E00',
  deflected: '#CC79A7',
  stranded: '#CC79A7',
  waiting: '#F0E442',
  routedAsEmail: '#E69F00',
  session: '#7f8796',
  followUp: '#0072B2',
  /** R6: resolved by the AI agent, and still with it. */
  aiResolved: '#009E73',
  withAi: '#a8dcc9',
} as const;

export const INK = '#1d2330';
export const MUTED = '#5b6475';
export const GRID = '#e4e7ed';
export const AXIS = '#8a93a3';
export const WARN = '#D55E00';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export type LegendShape = 'line' | 'dashed' | 'dotted' | 'square' | 'area' | 'circle' | 'ring' | 'half' | 'diamond';

export interface LegendItem {
  label: string;
  color: string;
  shape?: LegendShape;
  /** Thinner line swatch (e.g. one queue of a channel). */
  thin?: boolean;
  /** A dashed swatch's own pattern (SVG stroke-dasharray): lines of one colour told apart by their dashes show them. */
  dash?: string;
}

/**
 * Renders a legend (swatch + label per item) into `host`, replacing what a previous call drew.
 * Keyed by label, so calling it again with the same items touches nothing.
 */
export function legend(host: HTMLElement, items: readonly LegendItem[]): void {
  const root = select(host).classed('ov-legend', true);
  root.attr('role', 'list');
  const rows = root
    .selectAll<HTMLSpanElement, LegendItem>('span.ov-legend-item')
    .data(items, (d) => d.label)
    .join((enter) => {
      const s = enter.append('span').attr('class', 'ov-legend-item').attr('role', 'listitem');
      s.append('svg').attr('width', 18).attr('height', 12).attr('aria-hidden', 'true');
      s.append('span').attr('class', 'ov-legend-label');
      return s;
    });
  rows.order();
  rows.select('.ov-legend-label').text((d) => d.label);
  rows.select('svg').each(function (d) {
    const svg = select(this);
    const key = `${d.shape ?? 'line'}|${d.color}|${d.thin ? 1 : 0}|${d.dash ?? ''}`;
    if (svg.attr('data-key') === key) return;
    svg.attr('data-key', key).selectAll('*').remove();
    swatch(svg as never, d);
  });
}

function swatch(svg: ReturnType<typeof select<SVGSVGElement, unknown>>, d: LegendItem): void {
  const c = d.color;
  switch (d.shape ?? 'line') {
    case 'line':
    case 'dashed':
    case 'dotted':
      svg.append('line').attr('x1', 1).attr('x2', 17).attr('y1', 6).attr('y2', 6)
        .attr('stroke', c).attr('stroke-width', d.thin ? 1.25 : 2.5)
        .attr('stroke-dasharray', d.shape === 'dashed' ? (d.dash ?? '4 2') : d.shape === 'dotted' ? '1.5 2' : null);
      break;
    case 'square':
      svg.append('rect').attr('x', 3).attr('y', 1).attr('width', 10).attr('height', 10).attr('rx', 2).attr('fill', c);
      break;
    case 'area':
      svg.append('rect').attr('x', 1).attr('y', 3).attr('width', 16).attr('height', 9).attr('fill', c).attr('fill-opacity', 0.3);
      svg.append('line').attr('x1', 1).attr('x2', 17).attr('y1', 3).attr('y2', 3).attr('stroke', c).attr('stroke-width', 2);
      break;
    case 'circle':
      svg.append('circle').attr('cx', 9).attr('cy', 6).attr('r', 4.5).attr('fill', c).attr('stroke', shade(c)).attr('stroke-width', 1);
      break;
    case 'ring':
      svg.append('circle').attr('cx', 9).attr('cy', 6).attr('r', 4).attr('fill', 'none').attr('stroke', c).attr('stroke-width', 1.5);
      break;
    case 'half':
      svg.append('circle').attr('cx', 9).attr('cy', 6).attr('r', 4.5).attr('fill', '#fff').attr('stroke', shade(c)).attr('stroke-width', 1);
      svg.append('path').attr('d', 'M9,1.5 A4.5,4.5 0 0 0 9,10.5 Z').attr('fill', c).attr('stroke', shade(c)).attr('stroke-width', 1);
      break;
    case 'diamond':
      svg.append('path').attr('d', 'M9,0.5 L14.5,6 L9,11.5 L3.5,6 Z').attr('fill', c).attr('stroke', shade(c)).attr('stroke-width', 1);
      break;
  }
}

/** A darker shade of a hex colour, for outlines of light fills (yellow needs one on white). */
export function shade(hex: string, k = 0.55): string {
  const n = parseInt(hex.slice(1), 16);
  const r = Math.round(((n >> 16) & 255) * k), g = Math.round(((n >> 8) & 255) * k), b = Math.round((n & 255) * k);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
