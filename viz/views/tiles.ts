// The headline figures of a multi-replication report: per channel service level, waits,
// abandonment, P(wait), occupancy and answers per hour as "mean ± half-width of the 95 %
// interval", next to the Erlang figure when the formulas describe the channel (or why they do
// not); plus what ending messaging sessions did, and the figures before, during and after a
// spike (windowTable.ts) when the report has windows, and what each trigger and automation did
// (triggerTable.ts). Every value carries data-metric (its path in
// the report JSON) and data-mean (the unrounded mean), so tests can compare with the CLI.

import { CHANNELS } from '../../sim/model/codes.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import type { Estimate } from '../../sim/metrics/Estimate.ts';
import type { ErlangVerdict } from '../../sim/analytic/erlangFor.ts';
import type { QueueFigures } from '../../sim/analytic/QueueFigures.ts';
import type { ChannelReport, Report, SessionReport } from '../../sim/run/Report.ts';
import type { RunMeta } from '../protocol.ts';
import { unansweredShare, unansweredLeftOut } from '../../sim/run/unansweredNote.ts';
import { CHANNEL_COLOR, CHANNEL_LABEL, OUTCOME_COLOR } from './palette.ts';
import { viewRoot, elementMaker, formatEstimate, formatValue, formatDuration } from './viewKit.ts';
import { windowTable } from './windowTable.ts';
import { triggerTable } from './triggerTable.ts';
import { tilesSubtitle } from './replicationWords.ts';
import type { View, Unit } from './viewKit.ts';

export type ErlangByChannel = Partial<Record<ChannelName, ErlangVerdict>>;
type AiAgentReport = NonNullable<Report['aiAgent']>[ChannelName];

/** The parts of a Report the tiles read (a Report, or a parsed report JSON, fits). */
export interface TilesReport {
  /** What the figures mean (Report.ts); absent: this version's. */
  reportVersion?: number;
  replications: number;
  channels: Partial<Record<ChannelName, ChannelReport>>;
  sessions?: SessionReport;
  /** R6: what each channel's AI agent did, when it has one. */
  aiAgent?: Report['aiAgent'];
  /** R7: customer figures per brand, when the scenario has brands. */
  brands?: Report['brands'];
  /** Customer figures per report window (before, during and after a spike). */
  windows?: Report['windows'];
  /** Per trigger and automation: fired, matched with no change, surveys sent, time switched on. */
  triggers?: Report['triggers'];
}

export interface TilesData {
  /** null while the replications run: a progress placeholder is shown. */
  report: TilesReport | null;
  erlang?: ErlangByChannel;
  /** For the service-level thresholds in the labels (optional). */
  meta?: Pick<RunMeta, 'thresholds'> | null;
  progress?: { done: number; total: number };
}

export interface TilesOptions {
  title?: string | false;
}

interface MetricSpec {
  key: keyof ChannelReport;
  label: (threshold: number | undefined) => string;
  unit: Unit;
  /** The Erlang figure to show beside it, if any. */
  erlang?: (f: QueueFigures) => number | null;
  hint: string;
}

const METRICS: MetricSpec[] = [
  { key: 'serviceLevel', unit: 'percent', label: (t) => (t === undefined ? 'service level' : `service level (≤ ${formatDuration(t)})`), erlang: (f) => f.serviceLevel,
    hint: 'answered within the threshold, of all tickets with an outcome and those still waiting past the threshold at the end (abandoned and those count as missed)' },
  { key: 'asaSeconds', unit: 'seconds', label: () => 'ASA', erlang: (f) => f.asaSeconds,
    hint: 'average speed of answer: mean wait of answered tickets' },
  { key: 'meanWaitSeconds', unit: 'seconds', label: () => 'mean wait', erlang: (f) => f.meanWaitSeconds,
    hint: 'mean wait over answered and abandoned tickets (E[Wq])' },
  { key: 'abandonRate', unit: 'percent', label: () => 'abandoned', erlang: (f) => (f.model === 'erlang-a' ? f.abandonRate : null),
    hint: 'share of tickets whose customer gave up waiting' },
  { key: 'waitProbability', unit: 'percent', label: () => 'P(wait)', erlang: (f) => f.waitProbability,
    hint: 'share of tickets that had to wait in a queue, of all tickets with an outcome and those still waiting in one at the end (who count as having waited)' },
  { key: 'occupancy', unit: 'percent', label: () => 'occupancy', erlang: (f) => f.occupancy,
    hint: 'capacity in use over capacity available to the channel; work held by agents off shift, on a break or with no capacity on it (heldOffCapacity) is left out' },
  { key: 'throughputPerHour', unit: 'rate', label: () => 'answered per hour',
    hint: 'first answers per hour of measured time' },
];

/** The outcome counts under a channel's name, as the CLI's table calls them; the last two only when some ticket had that outcome, so that the counts add up to what was offered. */
const COUNTS: { key: keyof ChannelReport; label: string; always: boolean }[] = [
  { key: 'offered', label: 'offered', always: true },
  { key: 'answered', label: 'answered', always: true },
  { key: 'abandoned', label: 'abandoned', always: true },
  { key: 'deflected', label: 'session ended unanswered', always: false },
  { key: 'unansweredAtEnd', label: 'unanswered at end', always: false },
];

const SESSION_METRICS: { key: keyof SessionReport; label: string; color?: string }[] = [
  { key: 'endedByAgent', label: 'ended by agents' },
  { key: 'endedByTrigger', label: 'ended by triggers' },
  { key: 'endedByInactivity', label: 'auto-released (inactive)' },
  { key: 'endedByEndUser', label: 'ended by end users' },
  { key: 'reclassifiedToEmail', label: 'routed as email', color: OUTCOME_COLOR.routedAsEmail },
  { key: 'stranded', label: 'stranded (in no queue)', color: OUTCOME_COLOR.stranded },
  { key: 'strandedOpenAtEnd', label: 'still stranded at the end' },
  { key: 'followUpTickets', label: 'follow-up tickets' },
];

export function createTiles(container: HTMLElement, options: TilesOptions = {}): View<TilesData> {
  const { root, subtitle } = viewRoot(container, 'ov-tiles-view', options.title ?? 'Headline figures', '');
  const doc = root.ownerDocument;
  const body = doc.createElement('div');
  root.append(body);
  let shown: { report: TilesReport | null; erlang: ErlangByChannel | undefined; meta: unknown; progress: string } | null = null;

  const el = elementMaker(doc);

  /** A value element with its metric path and exact mean. */
  function value(path: string, e: Estimate | undefined, unit: Unit): HTMLSpanElement {
    const s = el('span', 'ov-value');
    // The mean, and its "± 7.9%" or a cut interval's ends "(99.2–100.0%)", each stay whole, on
    // one line or two (a narrow column of the window table wraps them, instead of being cut off).
    const text = formatEstimate(e, unit);
    const after = text.search(/ (± |\()/);
    if (after < 0) s.textContent = text;
    else s.append(el('span', 'ov-nowrap', text.slice(0, after)), ' ', el('span', 'ov-nowrap ov-spread', text.slice(after + 1)));
    s.dataset['metric'] = path;
    s.dataset['mean'] = e && e.mean !== null ? String(e.mean) : 'null';
    if (e?.ci95) s.title = `95% interval ${formatValue(e.ci95[0], unit, 2)} to ${formatValue(e.ci95[1], unit, 2)}`;
    return s;
  }

  function analytic(f: QueueFigures, figure: number, unit: Unit, name: string, channel: ChannelName): HTMLSpanElement {
    const s = el('span', 'ov-analytic');
    s.append(`${f.model === 'erlang-c' ? 'Erlang C' : 'Erlang A'} `);
    const b = el('b', undefined, !Number.isFinite(figure) ? '∞' : unit === 'percent' ? formatValue(figure, 'percent', 2) : unit === 'seconds' ? formatDuration(figure) : formatValue(figure, unit));
    s.append(b);
    s.dataset['analytic'] = `erlang.${channel}.${name}`;
    s.dataset['value'] = String(figure);
    return s;
  }

  function channelTile(
    c: ChannelName, r: ChannelReport, verdict: ErlangVerdict | undefined, threshold: number | undefined, ai: AiAgentReport | undefined, brands: Report['brands'],
    leftOut: string,
  ): HTMLElement {
    const tile = el('section', 'ov-tile');
    tile.style.borderTopColor = CHANNEL_COLOR[c];
    tile.dataset['channel'] = c;
    const h = el('h4');
    h.append(CHANNEL_LABEL[c]);
    if (threshold !== undefined) h.append(el('small', undefined, `SL threshold ${formatDuration(threshold)}`));
    tile.append(h);
    const counts = el('p', 'ov-tile-counts');
    COUNTS.filter((k) => k.always || (r[k.key]?.mean ?? 0) > 0).forEach((k, i) => {
      if (i > 0) counts.append(' · ');
      counts.append(value(`channels.${c}.${k.key}`, r[k.key], 'count'), ` ${k.label}`);
    });
    counts.append(' per replication');
    tile.append(counts);
    const unanswered = unansweredShare(r);
    if (unanswered !== null) {
      const p = el('p', 'ov-tile-note ov-tile-warning', `No answer when the run ended: ${unanswered}. ${leftOut}`);
      p.dataset['unanswered'] = c;
      tile.append(p);
    }
    if (ai) {
      // R6: the AI agent answers first; "offered" above counts only what reaches routing.
      const p = el('p', 'ov-tile-counts');
      p.append('AI agent first: took ', value(`aiAgent.${c}.taken`, ai.taken, 'count'), ' · resolved ', value(`aiAgent.${c}.resolved`, ai.resolved, 'count'),
        ' (', value(`aiAgent.${c}.resolvedShare`, ai.resolvedShare, 'percent'), ') · escalated ', value(`aiAgent.${c}.escalated`, ai.escalated, 'count'),
        ' after ', value(`aiAgent.${c}.meanHeldSeconds`, ai.meanHeldSeconds, 'seconds'), ' on average; the figures below count from the escalation');
      tile.append(p);
    }
    const dl = el('dl', 'ov-metrics');
    const figures = verdict && verdict.figures ? verdict.figures : null;
    for (const m of METRICS) {
      const dt = el('dt', undefined, m.label(threshold ?? figures?.thresholdSeconds));
      dt.title = m.hint;
      const dd = el('dd');
      dd.append(value(`channels.${c}.${m.key}`, r[m.key], m.unit));
      const fig = figures && m.erlang ? m.erlang(figures) : null;
      if (figures && fig !== null) dd.append(analytic(figures, fig, m.unit, m.key, c));
      dl.append(dt, dd);
    }
    tile.append(dl);
    const byBrand = Object.entries(brands ?? {}).filter(([, b]) => b[c] !== undefined);
    if (byBrand.length > 0) tile.append(brandTable(c, byBrand));
    if (verdict) {
      const note = el('p', 'ov-tile-note');
      if (verdict.figures) {
        const f = verdict.figures;
        note.textContent = `${f.model === 'erlang-c' ? 'Erlang C (M/M/N)' : 'Erlang A (M/M/N+M)'} with N = ${f.servers}, offered load ${f.offeredLoad.toFixed(2)} Erlangs${f.stable ? '' : ' — overloaded: the queue grows without bound'}.${verdict.note ? ` Note: ${verdict.note}.` : ''}`;
      } else {
        note.textContent = `No Erlang figure: ${verdict.reason}.`;
      }
      tile.append(note);
    }
    return tile;
  }

  /** R7: agents serve only their brands, so one brand can wait far longer than the channel's mean. */
  function brandTable(c: ChannelName, byBrand: [string, NonNullable<Report['brands']>[string]][]): HTMLElement {
    const table = el('table', 'ov-brands');
    table.dataset['brands'] = c;
    const head = el('tr');
    for (const h of ['by brand', 'service level', 'ASA']) head.append(el('th', undefined, h));
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const [brand, b] of byBrand) {
      const f = b[c]!;
      const row = el('tr');
      row.append(el('th', undefined, brand));
      for (const [key, unit] of [['serviceLevel', 'percent'], ['asaSeconds', 'seconds']] as const) {
        const td = el('td');
        td.append(value(`brands.${brand}.${c}.${key}`, f[key], unit));
        row.append(td);
      }
      table.tBodies[0]!.append(row);
    }
    return table;
  }

  function sessionTile(s: SessionReport): HTMLElement {
    const tile = el('section', 'ov-tile');
    tile.style.borderTopColor = OUTCOME_COLOR.session;
    tile.dataset['channel'] = 'sessions';
    const h = el('h4');
    h.append('Messaging sessions');
    h.append(el('small', undefined, 'per replication'));
    tile.append(h);
    const dl = el('dl', 'ov-metrics');
    for (const m of SESSION_METRICS) {
      const dt = el('dt', undefined, m.label);
      const dd = el('dd');
      const v = value(`sessions.${m.key}`, s[m.key], 'count');
      if (m.color && (s[m.key].mean ?? 0) > 0) v.style.borderBottom = `3px solid ${m.color}`;
      dd.append(v);
      dl.append(dt, dd);
    }
    const age = s.strandedMaxAgeAtEndSeconds;
    if (age.mean !== null) {
      dl.append(el('dt', undefined, 'oldest stranded at end'));
      const dd = el('dd');
      dd.append(value('sessions.strandedMaxAgeAtEndSeconds', age, 'seconds'));
      dl.append(dd);
    }
    tile.append(dl);
    return tile;
  }

  function placeholder(progress: { done: number; total: number } | undefined): HTMLElement {
    const box = el('div', 'ov-progress');
    box.setAttribute('role', 'status');
    const total = progress?.total ?? 0;
    const done = Math.min(total, Math.floor(progress?.done ?? 0));
    box.append(el('span', undefined, total > 0 ? `Running replications: ${done} of ${total} done…` : 'Waiting for the replications to start…'));
    const bar = el('div', 'ov-progress-bar');
    const fill = el('div');
    fill.style.width = `${total > 0 ? Math.min(100, (100 * (progress?.done ?? 0)) / total) : 0}%`;
    bar.append(fill);
    box.append(bar);
    return box;
  }

  return {
    update(d) {
      const progressKey = d.progress ? `${Math.floor(d.progress.done * 50)}|${d.progress.total}` : '';
      if (shown && shown.report === d.report && shown.erlang === d.erlang && shown.meta === d.meta && (d.report !== null || shown.progress === progressKey)) return;
      shown = { report: d.report, erlang: d.erlang, meta: d.meta, progress: progressKey };
      const r = d.report;
      if (!r) {
        if (subtitle) subtitle.textContent = 'The report appears when every replication has run.';
        body.replaceChildren(placeholder(d.progress));
        return;
      }
      if (subtitle) subtitle.textContent = tilesSubtitle(r.replications);
      const grid = el('div', 'ov-tiles');
      for (const c of CHANNELS) {
        const cr = r.channels[c];
        if (!cr) continue;
        grid.append(channelTile(c, cr, d.erlang?.[c], d.meta?.thresholds?.[c], r.aiAgent?.[c], r.brands, unansweredLeftOut(r.reportVersion)));
      }
      if (r.sessions) grid.append(sessionTile(r.sessions));
      const windows = windowTable(doc, r.windows, CHANNELS.filter((c) => r.channels[c] !== undefined), value);
      const triggers = triggerTable(doc, r.triggers, value);
      body.replaceChildren(grid, ...[windows, triggers].filter((x) => x !== null));
    },
    destroy() {
      root.remove();
    },
  };
}
