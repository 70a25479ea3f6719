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
import { viewRoot, createTooltip, observeWidth, formatValue, formatDuration, wrapText } from './viewKit.ts';
import type { View } from './viewKit.ts';
import { oneLine, wrappedLabel, lineWidth, LABEL_LINE, PIECE_GAP } from './flowLabels.ts';
import type { LabelLine, LabelText } from './flowLabels.ts';

/** Live: a frame's cumulative counts (by FLOW_KEYS). Report: means per replication, built by flowFromReport. */
export type FlowDiagramData =
  | { meta: Pick<RunMeta, 'channels' | 'warmup'>; flow: ArrayLike<number> }
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
    // R6: offered counts what reached routing; the AI agent's own tickets arrived too.
    const ai = report.aiAgent?.[c];
    const aiOnly = ai ? (ai.taken.mean ?? 0) - (ai.escalated.mean ?? 0) : 0;
    set(`arrived.${c}`, (ch.offered.mean ?? 0) + aiOnly);
    if (ai) {
      set(`aiResolved.${c}`, ai.resolved.mean);
      set(`withAi.${c}`, ai.withAiAtEnd.mean);
    }
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
  /** The label as drawn: one line, or wrapped when the diagram is narrow. */
  lines: LabelLine[];
  x: number;
  y: number;
  h: number;
}

interface BandTitle {
  lines: string[];
  x: number;
  y: number;
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
/** The shortest links worth drawing: below this, labels wrap instead. */
const MIN_SPAN = 80;
/** Room between a label and its node, and between a label and the diagram's edge. */
const LABEL_PAD = 6;
const BAND_FONT = `600 11px ${FONT}`;
const BAND_LINE = 13;

/**
 * What the diagram counts. Live, every ticket of the first replication so far — the warm-up's
 * too, which the report and the tiles leave out, so the counts can be above their "offered".
 */
export function flowSubtitle(d: FlowDiagramData): string {
  if (!('flow' in d)) {
    const n = d.report.replications;
    return `Mean counts per replication over ${n} replication${n === 1 ? '' : 's'} (tickets created after warm-up). Hover a band for its share.`;
  }
  const warmup = d.meta.warmup > 0 ? `, the ${formatDuration(d.meta.warmup)} warm-up included (the tiles leave it out)` : '';
  return `Cumulative counts of the first replication up to the time shown${warmup}. Hover a band for its share.`;
}

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
    if (subtitle) subtitle.textContent = flowSubtitle(d);
    draw(buildModel(flow, channels, live), live);
  }

  function buildModel(flow: number[], channels: ChannelName[], live: boolean): { nodes: FlowNode[]; links: FlowLink[]; height: number; bands: BandTitle[] } {
    const v = (k: FlowKey) => Math.max(0, flow[FLOW_INDEX.get(k)!] ?? 0);
    const node = (id: string, label: string, value: number, color: string, col: 0 | 0.5 | 1, band: 0 | 1, share: number | null, note?: string): FlowNode =>
      ({ id, label, value, color, col, band, share, ...(note ? { note } : {}), lines: [], x: 0, y: 0, h: 0 });

    // Top band: channels → outcomes.
    const arrived = channels.map((c) => v(`arrived.${c}`));
    const totalArrived = arrived.reduce((a, b) => a + b, 0);
    const chNodes = channels.map((c, i) => node(`ch:${c}`, CHANNEL_LABEL[c], arrived[i]!, CHANNEL_COLOR[c], 0, 0, null));
    const answeredBy = channels.map((c) => v(`answered.${c}`));
    const abandonedBy = channels.map((c) => v(`abandoned.${c}`));
    const deflectedBy = channels.map((c) => (c === 'messaging' ? v('deflected') : 0));
    const aiResolvedBy = channels.map((c) => v(`aiResolved.${c}`));
    const withAiBy = channels.map((c) => v(`withAi.${c}`));
    const waitingBy = channels.map((_, i) => Math.max(0, arrived[i]! - answeredBy[i]! - abandonedBy[i]! - deflectedBy[i]! - aiResolvedBy[i]! - withAiBy[i]!));
    const share = (x: number) => (totalArrived > 0 ? x / totalArrived : null);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const outcomes: [string, string, number[], string][] = [
      ['answered', 'answered', answeredBy, OUTCOME_COLOR.answered],
      ['abandoned', 'abandoned', abandonedBy, OUTCOME_COLOR.abandoned],
      ...(channels.includes('messaging') ? [['deflected', 'session ended unanswered', deflectedBy, OUTCOME_COLOR.deflected] as [string, string, number[], string]] : []),
      ['waiting', live ? 'still waiting or in an offer' : 'unanswered at the end', waitingBy, OUTCOME_COLOR.waiting],
      // R6: only when a channel has an AI agent.
      ...(sum(aiResolvedBy) + sum(withAiBy) > 0 ? [
        ['aiResolved', 'resolved by the AI agent', aiResolvedBy, OUTCOME_COLOR.aiResolved] as [string, string, number[], string],
        ['withAi', live ? 'with the AI agent' : 'with the AI agent at the end', withAiBy, OUTCOME_COLOR.withAi] as [string, string, number[], string],
      ] : []),
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
    const endedSpan = () => (b2[1]!.length > 0 ? heightOf(b2[1]![0]!) + 18 + b2[1]![0]!.lines.length * 18 : 0);
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

    // Columns placed so the measured labels fit on either side: on one line when they leave the
    // links MIN_SPAN, else wrapped to half of what the links leave over (nothing is cut).
    const text = (n: FlowNode): LabelText => ({
      name: n.label, count: fmt(n.value), share: n.share !== null && n.value > 0 ? `(${fmtShare(n.share)})` : null, bold: n.band === 0 && n.col === 0,
    });
    /** The widest label of a column (at least `floor`), and the room before the node. */
    const sideW = (col: 0 | 1, floor: number) =>
      Math.max(floor, ...nodes.filter((n) => n.col === col).map((n) => Math.max(...n.lines.map((l) => lineWidth(l, text(n).bold))))) + LABEL_PAD;
    for (const n of nodes) n.lines = oneLine(text(n));
    let leftW = sideW(0, 60), rightW = sideW(1, 60);
    const wrapped = leftW + rightW + NODE_W + MIN_SPAN + LABEL_PAD > width;
    if (wrapped) {
      const room = Math.max(40, (width - NODE_W - MIN_SPAN - LABEL_PAD) / 2 - LABEL_PAD);
      for (const n of nodes) if (n.col !== 0.5) n.lines = wrappedLabel(text(n), room);
      leftW = sideW(0, 0);
      rightW = sideW(1, 0);
    }
    // Links no longer than MAX_SPAN; a wide container centres the diagram.
    const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, width - LABEL_PAD - rightW - NODE_W - leftW));
    const x0 = Math.max(leftW, (width - (leftW + span + NODE_W + rightW)) / 2 + leftW), x1 = x0 + span;
    for (const n of nodes) n.x = n.col === 0 ? x0 : n.col === 1 ? x1 : (x0 + x1) / 2;
    const mid = nodes.find((n) => n.id === 'ended');
    if (mid) {
      // Under its node, between the links: wrapped to the span.
      if (span < 180) mid.label = 'ended';
      mid.lines = lineWidth(oneLine(text(mid))[0]!, false) <= span ? oneLine(text(mid)) : wrappedLabel(text(mid), span);
    }
    // Nodes stacked far enough apart for their labels' lines.
    const lineCount = Math.max(1, ...nodes.filter((n) => n.col !== 0.5).map((n) => n.lines.length));
    const gap = Math.max(GAP, lineCount * LABEL_LINE + 4);

    // One scale for both bands, fitted to the top band (made taller by what wider gaps take).
    const colTotal = (ns: FlowNode[]) => sum(ns.map((n) => n.value));
    const topHeight = bandHeight + (gap - GAP) * Math.max(0, ...bandNodes.map((ns) => ns.length - 1));
    const fit = bandNodes.map((ns) => (topHeight - gap * (ns.length - 1)) / Math.max(1e-9, colTotal(ns)));
    const k = Math.min(...fit, totalArrived > 0 ? Infinity : 0);
    const scale = Number.isFinite(k) ? k : 0;
    const heightOf = (n: FlowNode) => (n.value > 0 ? Math.max(1.5, n.value * scale) : 0);
    const left = Math.max(0, x0 - leftW);
    // Band titles wrap to the width, each line pushing what follows down.
    const bands: BandTitle[] = [];
    const bandTitle = (title: string, y: number): number => {
      // The titles' letter-spacing (0.02em) makes them ≈ 4 % wider than measured.
      const lines = wrapText(title, (width - left) / 1.05, BAND_FONT);
      bands.push({ lines, x: left, y });
      return (lines.length - 1) * BAND_LINE;
    };
    const stack = (ns: FlowNode[], top: number, span: number) => {
      const used = sum(ns.map(heightOf)) + gap * (ns.length - 1);
      let y = top + Math.max(0, (span - used) / 2);
      for (const n of ns) {
        n.h = heightOf(n);
        n.y = y;
        y += n.h + gap;
      }
    };
    const top1 = BAND_TITLE + bandTitle('TICKETS · arrival channel → outcome', 14);
    for (const ns of bandNodes) stack(ns, top1, topHeight);
    let height = top1 + topHeight;
    if (channels.includes('messaging') && !anySessions) {
      height += BAND_GAP + 4 + bandTitle(`MESSAGING SESSIONS ENDED · none${live ? ' so far' : ''} (by agents, triggers, inactivity or end users)`, height + BAND_GAP + 4);
    }
    if (b2[0]!.length > 0) {
      const extra = bandTitle('MESSAGING SESSIONS ENDED · reason → what happened to the ticket', height + BAND_GAP + 14);
      const top2 = height + BAND_GAP + BAND_TITLE + extra;
      const span = Math.max(...b2.map((ns) => sum(ns.map(heightOf)) + gap * (ns.length - 1)), endedSpan(), 3 * gap);
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

  function draw(model: { nodes: FlowNode[]; links: FlowLink[]; height: number; bands: BandTitle[] }, live: boolean): void {
    svg.attr('width', width).attr('height', model.height)
      .attr('aria-label', `Ticket flow: ${model.nodes.map((n) => `${n.label} ${fmt(n.value)}`).join(', ')}`);
    bandsG.selectAll<SVGTextElement, BandTitle>('text')
      .data(model.bands, (b) => b.lines.join(' '))
      .join('text')
      .attr('class', 'ov-flow-band')
      .attr('x', (b) => b.x)
      .attr('y', (b) => b.y)
      .selectAll('tspan')
      .data((b) => b.lines.map((line, i) => ({ line, i, x: b.x })))
      .join('tspan')
      .attr('x', (l) => l.x)
      .attr('dy', (l) => (l.i > 0 ? BAND_LINE : 0))
      .text((l) => l.line);

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
        g.append('text');
        g.append('title');
        return g;
      });
    nodeSel.attr('transform', (n) => `translate(${n.x},${n.y})`);
    nodeSel.select('rect')
      .attr('height', (n) => Math.max(n.h, 1))
      .attr('fill', (n) => (n.h > 0 ? n.color : '#ffffff'))
      .attr('stroke', (n) => shade(n.color, 0.7))
      .attr('stroke-width', (n) => (n.h > 0 ? 0.75 : 1));
    // A label's lines centred on its node (the middle node's hang below it).
    const labelX = (n: FlowNode) => (n.col === 0 ? -LABEL_PAD : n.col === 1 ? NODE_W + LABEL_PAD : NODE_W / 2);
    nodeSel.select('text')
      .attr('y', (n) => (n.col === 0.5 ? Math.max(n.h, 1) + 13 : Math.max(n.h, 1) / 2 - ((n.lines.length - 1) * LABEL_LINE) / 2))
      .attr('text-anchor', (n) => (n.col === 0 ? 'end' : n.col === 1 ? 'start' : 'middle'))
      .selectAll('tspan.ov-flow-line')
      .data((n) => n.lines.map((line, i) => ({ line, i, n })))
      .join('tspan')
      .attr('class', 'ov-flow-line')
      .attr('x', (l) => labelX(l.n))
      .attr('dy', (l) => (l.i === 0 ? '0.35em' : LABEL_LINE))
      .selectAll('tspan')
      .data((l) => l.line.map((piece, i) => ({ piece, i, n: l.n })))
      .join('tspan')
      .attr('class', (p) => `ov-flow-${p.piece.kind === 'name' ? 'label' : p.piece.kind}`)
      .attr('dx', (p) => (p.i > 0 ? PIECE_GAP[p.piece.kind] : null))
      .attr('fill', (p) => (p.piece.kind === 'share' ? MUTED : p.piece.kind === 'name' && p.n.col === 0 && p.n.band === 0 ? shade(p.n.color, 0.75) : INK))
      .attr('font-weight', (p) => (p.piece.kind === 'name' && p.n.band === 0 && p.n.col === 0 ? 600 : null))
      .text((p) => p.piece.text);
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
