// Where tickets went, as a Sankey-like diagram drawn with plain D3 paths. Top band: arrival
// channel → outcome (answered, abandoned, session ended unanswered, still waiting). Bottom band,
// for messaging: sessions ended by reason → what happened to the ticket (routed as email,
// stranded, stayed a messaging ticket), plus the follow-up tickets customers opened later.
// One pixels-per-ticket scale for both bands, so their sizes compare.

import { select } from 'd3';
import { CHANNELS } from '../../sim/model/codes.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import type { Report } from '../../sim/run/Report.ts';
import { FLOW_KEYS } from '../protocol.ts';
import type { FlowKey, RunMeta } from '../protocol.ts';
import { CHANNEL_COLOR, CHANNEL_LABEL, OUTCOME_COLOR, MUTED, INK, FONT, shade } from './palette.ts';
import { viewRoot, createTooltip, observeWidth, formatValue, textWidth } from './viewKit.ts';
import type { View } from './viewKit.ts';

/** Live: a frame's cumulative counts (by FLOW_KEYS). Report: means per replication, built by flowFromReport. */
export type FlowDiagramData =
  | { meta: Pick<RunMeta, 'channels'>; flow: ArrayLike<number> }
  | { report: Report };

export interface FlowDiagramOptions {
  title?: string | false;
  /** Height of the top band's tallest column in pixels (default 210). */
  height?: number;
}

const FLOW_INDEX = new Map<FlowKey, number>(FLOW_KEYS.map((k, i) => [k, i]));

/** The same counts a frame carries, from a report's means (per replication, tickets after warm-up). */
export function flowFromReport(report: Report): number[] {
  const out = new Array<number>(FLOW_KEYS.length).fill(0);
  const set = (k: FlowKey, v: number | null | undefined) => (out[FLOW_INDEX.get(k)!] = v ?? 0);
  let deflected = 0;
  for (const c of CHANNELS) {
    const ch = report.channels[c];
    if (!ch) continue;
    set(`arrived.${c}`, ch.offered.mean);
    set(`answered.${c}`, ch.answered.mean);
    set(`abandoned.${c}`, ch.abandoned.mean);
    deflected += ch.deflected.mean ?? 0;
  }
  set('deflected', deflected);
  const s = report.sessions;
  if (s) {
    set('ended.agent', s.endedByAgent.mean);
    set('ended.trigger', s.endedByTrigger.mean);
    set('ended.inactivity', s.endedByInactivity.mean);
    set('ended.end_user', s.endedByEndUser.mean);
    set('reclassified', s.reclassifiedToEmail.mean);
    set('stranded', s.stranded.mean);
    set('followUps', s.followUpTickets.mean);
  }
  return out;
}

interface FlowNode {
  id: string;
  label: string;
  value: number;
  color: string;
  /** Column position 0 (left), 1 (right) or 0.5 (middle). */
  col: 0 | 0.5 | 1;
  band: 0 | 1;
  /** Share shown after the count ("of arrivals"), or null. */
  share: number | null;
  note?: string;
  x: number;
  y: number;
  h: number;
}

interface FlowLink {
  id: string;
  source: FlowNode;
  target: FlowNode;
  value: number;
  color: string;
  dashed?: boolean;
  sy: number;
  ty: number;
  w: number;
  describe: string;
}

const NODE_W = 14;
const GAP = 20;
const BAND_TITLE = 22;
const BAND_GAP = 30;
const MAX_SPAN = 760;
const LABEL_FONT = `11.5px ${FONT}`;
const LABEL_FONT_BOLD = `600 11.5px ${FONT}`;

export function createFlowDiagram(container: HTMLElement, options: FlowDiagramOptions = {}): View<FlowDiagramData> {
  const { root, subtitle } = viewRoot(container, 'ov-flow', options.title ?? 'Ticket flow', '');
  const svg = select(root).append('svg').attr('role', 'img');
  const linksG = svg.append('g').attr('class', 'ov-flow-links');
  const nodesG = svg.append('g').attr('class', 'ov-flow-nodes');
  const bandsG = svg.append('g');
  const tooltip = createTooltip(root);
  const bandHeight = options.height ?? 210;
  let width = 0;
  let last: { flow: number[]; width: number; messaging: boolean; live: boolean } | null = null;
  let data: FlowDiagramData | null = null;

  const stopObserving = observeWidth(root, (w) => {
    width = w;
    if (data) update(data);
  });

  function update(d: FlowDiagramData): void {
    data = d;
    if (width === 0) return;
    const live = 'flow' in d;
    const flow = live ? Array.from(d.flow) : flowFromReport(d.report);
    const channels: ChannelName[] = live ? CHANNELS.filter((c) => d.meta.channels.includes(c)) : CHANNELS.filter((c) => d.report.channels[c] !== undefined);
    const messaging = channels.includes('messaging');
    if (last && last.width === width && last.messaging === messaging && last.live === live && last.flow.length === flow.length && last.flow.every((v, i) => v === flow[i])) return;
    last = { flow, width, messaging, live };
    if (subtitle) {
      subtitle.textContent = live
        ? 'Cumulative counts of the first replication up to the time shown. Hover a band for its share.'
        : `Mean counts per replication over ${d.report.replications} replications (tickets created after warm-up). Hover a band for its share.`;
    }
    draw(buildModel(flow, channels, live), live);
  }

  function buildModel(flow: number[], channels: ChannelName[], live: boolean): { nodes: FlowNode[]; links: FlowLink[]; height: number; bands: { text: string; x: number; y: number }[] } {
    const v = (k: FlowKey) => Math.max(0, flow[FLOW_INDEX.get(k)!] ?? 0);
    const node = (id: string, label: string, value: number, color: string, col: 0 | 0.5 | 1, band: 0 | 1, share: number | null, note?: string): FlowNode =>
      ({ id, label, value, color, col, band, share, ...(note ? { note } : {}), x: 0, y: 0, h: 0 });

    // Top band: channels → outcomes.
    const arrived = channels.map((c) => v(`arrived.${c}`));
    const totalArrived = arrived.reduce((a, b) => a + b, 0);
    const chNodes = channels.map((c, i) => node(`ch:${c}`, CHANNEL_LABEL[c], arrived[i]!, CHANNEL_COLOR[c], 0, 0, null));
    const answeredBy = channels.map((c) => v(`answered.${c}`));
    const abandonedBy = channels.map((c) => v(`abandoned.${c}`));
    const deflectedBy = channels.map((c) => (c === 'messaging' ? v('deflected') : 0));
    const waitingBy = channels.map((_, i) => Math.max(0, arrived[i]! - answeredBy[i]! - abandonedBy[i]! - deflectedBy[i]!));
    const share = (x: number) => (totalArrived > 0 ? x / totalArrived : null);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const outcomes: [string, string, number[], string][] = [
      ['answered', 'answered', answeredBy, OUTCOME_COLOR.answered],
      ['abandoned', 'abandoned', abandonedBy, OUTCOME_COLOR.abandoned],
      ...(channels.includes('messaging') ? [['deflected', 'session ended unanswered', deflectedBy, OUTCOME_COLOR.deflected] as [string, string, number[], string]] : []),
      ['waiting', live ? 'still waiting or in an offer' : 'unanswered at the end', waitingBy, OUTCOME_COLOR.waiting],
    ];
    const outNodes = outcomes.map(([id, label, by, color]) => node(`out:${id}`, label, sum(by), color, 1, 0, share(sum(by))));
    const links: FlowLink[] = [];
    channels.forEach((c, i) => outcomes.forEach(([id, label, by], j) => {
      const val = by[i]!;
      links.push({
        id: `${c}->${id}`, source: chNodes[i]!, target: outNodes[j]!, value: val, color: CHANNEL_COLOR[c], sy: 0, ty: 0, w: 0,
        describe: `${CHANNEL_LABEL[c]} → ${label}: ${fmt(val)}${arrived[i]! > 0 ? ` (${formatValue(val / arrived[i]!, 'percent')} of ${CHANNEL_LABEL[c].toLowerCase()} tickets)` : ''}`,
      });
    }));

    // Bottom band: messaging sessions ended → what happened to the ticket.
    const nodes: FlowNode[] = [...chNodes, ...outNodes];
    const bandNodes: FlowNode[][] = [[...chNodes], [...outNodes]];
    const b2: FlowNode[][] = [[], [], []];
    /** The middle node plus its label underneath. */
    const endedSpan = () => (b2[1]!.length > 0 ? heightOf(b2[1]![0]!) + 2 * 18 : 0);
    const anySessions = ['ended.agent', 'ended.trigger', 'ended.inactivity', 'ended.end_user', 'reclassified', 'stranded', 'followUps'].some((k) => v(k as FlowKey) > 0);
    if (channels.includes('messaging') && anySessions) {
      const reasons: [FlowKey, string][] = [['ended.agent', 'ended by agents'], ['ended.trigger', 'ended by triggers'], ['ended.inactivity', 'auto-released (inactive)'], ['ended.end_user', 'ended by end users']];
      const ended = sum(reasons.map(([k]) => v(k)));
      const reNodes = reasons.map(([k, label]) => node(`re:${k}`, label, v(k), OUTCOME_COLOR.session, 0, 1, null));
      const endedNode = node('ended', 'sessions ended', ended, shade(OUTCOME_COLOR.session, 0.8), 0.5, 1, null);
      const rerouted = v('reclassified'), stranded = v('stranded');
      const stayed = Math.max(0, ended - rerouted - stranded);
      const fates: [string, string, number, string, string?][] = [
        ['rerouted', 'routed as email', rerouted, OUTCOME_COLOR.routedAsEmail],
        ['stranded', 'stranded (in no queue)', stranded, OUTCOME_COLOR.stranded],
        ['stayed', 'stayed a messaging ticket', stayed, '#9ecae9'],
      ];
      const fateNodes = fates.map(([id, label, val, color]) => node(`fate:${id}`, label, val, color, 1, 1, ended > 0 ? val / ended : null));
      const follow = node('followUps', 'follow-up tickets', v('followUps'), OUTCOME_COLOR.followUp, 1, 1, null, 'customers wrote again: new tickets, counted in messaging arrivals');
      reNodes.forEach((n) => links.push({
        id: `${n.id}->ended`, source: n, target: endedNode, value: n.value, color: OUTCOME_COLOR.session, sy: 0, ty: 0, w: 0,
        describe: `${n.label}: ${fmt(n.value)}${ended > 0 ? ` (${fmtShare(n.value / ended)} of ended sessions)` : ''}`,
      }));
      fateNodes.forEach((n, i) => links.push({
        id: `ended->${n.id}`, source: endedNode, target: n, value: n.value, color: fates[i]![3], sy: 0, ty: 0, w: 0,
        describe: `sessions ended → ${n.label}: ${fmt(n.value)}${ended > 0 ? ` (${formatValue(n.value / ended, 'percent')} of ended sessions)` : ''}`,
      }));
      links.push({ id: 'ended->followUps', source: endedNode, target: follow, value: 0, color: OUTCOME_COLOR.followUp, dashed: true, sy: 0, ty: 0, w: 0, describe: `follow-up tickets: ${fmt(follow.value)} — customers who wrote again after their session ended` });
      b2[0] = reNodes;
      b2[1] = [endedNode];
      b2[2] = [...fateNodes, follow];
      nodes.push(...reNodes, endedNode, ...fateNodes, follow);
    }

    // Columns placed so the measured labels fit on either side.
    const labelW = (n: FlowNode) => textWidth(`${n.label} ${fmt(n.value)}`, n.band === 0 && n.col === 0 ? LABEL_FONT_BOLD : LABEL_FONT)
      + (n.share !== null && n.value > 0 ? textWidth(` (${fmtShare(n.share)})`, LABEL_FONT) + 4 : 0);
    const leftW = Math.max(60, ...nodes.filter((n) => n.col === 0).map(labelW)) + 10;
    const rightW = Math.max(60, ...nodes.filter((n) => n.col === 1).map(labelW)) + 10;
    // Links no longer than MAX_SPAN; a wide container centres the diagram.
    const span = Math.min(MAX_SPAN, Math.max(80, width - rightW - NODE_W - Math.min(leftW, width * 0.35)));
    const x0 = Math.max(Math.min(leftW, width * 0.35), (width - (leftW + span + NODE_W + rightW)) / 2 + leftW), x1 = x0 + span;
    for (const n of nodes) n.x = n.col === 0 ? x0 : n.col === 1 ? x1 : (x0 + x1) / 2;
    const mid = nodes.find((n) => n.id === 'ended');
    if (mid && span < 180) mid.label = 'ended';

    // One scale for both bands, fitted to the top band.
    const colTotal = (ns: FlowNode[]) => sum(ns.map((n) => n.value));
    const fit = bandNodes.map((ns) => (bandHeight - GAP * (ns.length - 1)) / Math.max(1e-9, colTotal(ns)));
    const k = Math.min(...fit, totalArrived > 0 ? Infinity : 0);
    const scale = Number.isFinite(k) ? k : 0;
    const heightOf = (n: FlowNode) => (n.value > 0 ? Math.max(1.5, n.value * scale) : 0);
    const left = Math.max(0, x0 - leftW);
    const bands: { text: string; x: number; y: number }[] = [{ text: 'TICKETS · arrival channel → outcome', x: left, y: 14 }];
    const stack = (ns: FlowNode[], top: number, span: number) => {
      const used = sum(ns.map(heightOf)) + GAP * (ns.length - 1);
      let y = top + Math.max(0, (span - used) / 2);
      for (const n of ns) {
        n.h = heightOf(n);
        n.y = y;
        y += n.h + GAP;
      }
    };
    const top1 = BAND_TITLE;
    for (const ns of bandNodes) stack(ns, top1, bandHeight);
    let height = top1 + bandHeight;
    if (channels.includes('messaging') && !anySessions) {
      bands.push({ text: `MESSAGING SESSIONS ENDED · none${live ? ' so far' : ''} (by agents, triggers, inactivity or end users)`, x: left, y: height + BAND_GAP + 4 });
      height += BAND_GAP + 4;
    }
    if (b2[0]!.length > 0) {
      const top2 = height + BAND_GAP + BAND_TITLE;
      bands.push({ text: 'MESSAGING SESSIONS ENDED · reason → what happened to the ticket', x: left, y: height + BAND_GAP + 14 });
      const span = Math.max(...b2.map((ns) => sum(ns.map(heightOf)) + GAP * (ns.length - 1)), endedSpan(), 3 * GAP);
      for (const ns of b2) stack(ns, top2, span);
      height = top2 + span;
    }

    // Stack links on their nodes, in node order.
    const outY = new Map<FlowNode, number>(), inY = new Map<FlowNode, number>();
    for (const n of nodes) {
      outY.set(n, n.y);
      inY.set(n, n.y);
    }
    for (const l of links) {
      l.w = l.dashed ? 0 : l.value * scale;
      l.sy = outY.get(l.source)! + l.w / 2;
      l.ty = inY.get(l.target)! + l.w / 2;
      outY.set(l.source, outY.get(l.source)! + l.w);
      inY.set(l.target, inY.get(l.target)! + l.w);
      if (l.dashed) {
        l.sy = l.source.y + Math.max(l.source.h - 3, 0);
        l.ty = l.target.y + l.target.h / 2;
      }
    }
    return { nodes, links, height: height + 6, bands };
  }

  function draw(model: { nodes: FlowNode[]; links: FlowLink[]; height: number; bands: { text: string; x: number; y: number }[] }, live: boolean): void {
    svg.attr('width', width).attr('height', model.height)
      .attr('aria-label', `Ticket flow: ${model.nodes.map((n) => `${n.label} ${fmt(n.value)}`).join(', ')}`);
    bandsG.selectAll<SVGTextElement, { text: string; x: number; y: number }>('text')
      .data(model.bands, (b) => b.text)
      .join('text')
      .attr('class', 'ov-flow-band')
      .attr('x', (b) => b.x)
      .attr('y', (b) => b.y)
      .text((b) => b.text);

    linksG.selectAll<SVGPathElement, FlowLink>('path')
      .data(model.links.filter((l) => l.dashed || l.w > 0), (l) => l.id)
      .join((enter) => enter.append('path')
        .on('pointerenter', function (_ev: PointerEvent, l: FlowLink) { if (!l.dashed) select(this).attr('fill-opacity', 0.62); })
        .on('pointermove', (ev: PointerEvent, l: FlowLink) => {
          const r = root.getBoundingClientRect();
          tooltip.show({ title: l.describe }, ev.clientX - r.left, ev.clientY - r.top);
        })
        .on('pointerleave', function (_ev: PointerEvent, l: FlowLink) {
          if (!l.dashed) select(this).attr('fill-opacity', 0.38);
          tooltip.hide();
        }))
      .attr('d', (l) => (l.dashed ? dashedPath(l) : bandPath(l)))
      .attr('fill', (l) => (l.dashed ? 'none' : l.color))
      .attr('fill-opacity', (l) => (l.dashed ? null : 0.38))
      .attr('stroke', (l) => (l.dashed ? l.color : 'none'))
      .attr('stroke-width', (l) => (l.dashed ? 1.5 : null))
      .attr('stroke-dasharray', (l) => (l.dashed ? '4 3' : null));

    const nodeSel = nodesG.selectAll<SVGGElement, FlowNode>('g.ov-flow-node')
      .data(model.nodes, (n) => n.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'ov-flow-node');
        g.append('rect').attr('width', NODE_W).attr('rx', 1.5);
        const t = g.append('text').attr('dy', '0.35em');
        t.append('tspan').attr('class', 'ov-flow-label');
        t.append('tspan').attr('class', 'ov-flow-count').attr('dx', 5);
        t.append('tspan').attr('class', 'ov-flow-share').attr('dx', 4).attr('fill', MUTED);
        g.append('title');
        return g;
      });
    nodeSel.attr('transform', (n) => `translate(${n.x},${n.y})`);
    nodeSel.select('rect')
      .attr('height', (n) => Math.max(n.h, 1))
      .attr('fill', (n) => (n.h > 0 ? n.color : '#ffffff'))
      .attr('stroke', (n) => shade(n.color, 0.7))
      .attr('stroke-width', (n) => (n.h > 0 ? 0.75 : 1));
    nodeSel.select('text')
      .attr('x', (n) => (n.col === 0 ? -6 : n.col === 1 ? NODE_W + 6 : NODE_W / 2))
      .attr('y', (n) => (n.col === 0.5 ? Math.max(n.h, 1) + 13 : Math.max(n.h, 1) / 2))
      .attr('text-anchor', (n) => (n.col === 0 ? 'end' : n.col === 1 ? 'start' : 'middle'));
    nodeSel.select('.ov-flow-label').text((n) => n.label).attr('fill', (n) => (n.col === 0 && n.band === 0 ? shade(n.color, 0.75) : INK)).attr('font-weight', (n) => (n.band === 0 && n.col === 0 ? 600 : null));
    nodeSel.select('.ov-flow-count').text((n) => fmt(n.value));
    nodeSel.select('.ov-flow-share').text((n) => (n.share !== null && n.value > 0 ? `(${fmtShare(n.share)})` : ''));
    nodeSel.select('title').text((n) => `${n.label}: ${fmt(n.value)}${n.note ? ` — ${n.note}` : ''}${live ? '' : ' (mean per replication)'}`);
  }

  return {
    update,
    destroy() {
      stopObserving();
      root.remove();
    },
  };
}

function fmt(v: number): string {
  return formatValue(v, 'count');
}

function fmtShare(s: number): string {
  return s > 0 && s < 0.001 ? '<0.1%' : formatValue(s, 'percent');
}

function bandPath(l: FlowLink): string {
  const xa = l.source.x + NODE_W, xb = l.target.x, xm = (xa + xb) / 2, h = l.w / 2;
  return `M${xa},${l.sy - h}C${xm},${l.sy - h} ${xm},${l.ty - h} ${xb},${l.ty - h}L${xb},${l.ty + h}C${xm},${l.ty + h} ${xm},${l.sy + h} ${xa},${l.sy + h}Z`;
}

function dashedPath(l: FlowLink): string {
  const xa = l.source.x + NODE_W, ya = l.sy, xb = l.target.x, yb = l.ty, xm = (xa + xb) / 2;
  return `M${xa},${ya}C${xm},${ya} ${xm},${yb} ${xb},${yb}`;
}
