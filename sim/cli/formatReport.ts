// The readable table `omnisim run` prints: one column per channel, one row per metric, each
// a mean ± the half-width of its 95 % interval; then the queues.

import type { Report, ChannelReport, SessionReport } from '../run/Report.ts';
import type { ChannelName } from '../model/codes.ts';
import type { Scenario } from '../scenario/Scenario.ts';
import { formatDuration, formatSpan } from '../scenario/units.ts';
import { formatEstimate } from './formatEstimate.ts';
import type { Unit } from './formatEstimate.ts';
import { renderTable } from './renderTable.ts';
import { formatSla } from './formatSla.ts';
import { formatCarriedOver } from './formatCarriedOver.ts';
import { formatAiAgent } from './formatAiAgent.ts';
import { formatBrands, formatBrandWindows } from './formatBrands.ts';
import { noFigureNote } from './formatNoFigure.ts';
import { WINDOW_ROWS } from './windowRows.ts';
import { TRIGGER_COLUMNS } from './triggerColumns.ts';
import { formatFigure, oneReplicationNote } from './formatFigure.ts';
import { unansweredShare, unansweredLeftOut, UNANSWERED_LOOK } from '../run/unansweredNote.ts';

const ROWS: [keyof ChannelReport, string, Unit][] = [
  ['offered', 'offered', 'count'],
  ['answered', 'answered', 'count'],
  ['abandoned', 'abandoned', 'count'],
  ['deflected', 'session ended unanswered', 'count'],
  ['unansweredAtEnd', 'unanswered at end', 'count'],
  ['waitProbability', 'queued (P(wait))', 'percent'],
  ['meanWaitSeconds', 'mean wait E[Wq]', 'seconds'],
  ['asaSeconds', 'ASA (answered)', 'seconds'],
  ['waitP90Seconds', 'wait P90 (answered)', 'seconds'],
  ['serviceLevel', 'service level', 'percent'],
  ['abandonRate', 'abandon rate', 'percent'],
  ['occupancy', 'occupancy', 'percent'],
  ['heldOffCapacity', 'held off capacity', 'number'],
  ['throughputPerHour', 'answered per hour', 'rate'],
];

/** Shown only when some channel has work held off its capacity. */
const HELD_OFF_NOTE = '(held off capacity: tickets at a time held by agents the channel\'s capacity does not count — off shift or on a\n' +
  'break finishing their work, or with no capacity on the channel; occupancy leaves them out)\n';

/** The report's variant (run --variant), if it has one, is named in the first line. */
export function formatReport(report: Report, scenario: Scenario): string {
  const names = Object.keys(report.channels) as ChannelName[];
  const head = `${report.scenario}${report.variant === null ? '' : ` · variant ${report.variant}`} · seed ${report.seed} · ${report.replications} replication${report.replications === 1 ? '' : 's'} × ${formatDuration(report.horizonSeconds)}` +
    (report.warmupSeconds > 0 ? ` (warm-up ${formatDuration(report.warmupSeconds)} removed)` : '');
  const heldOff = names.some((c) => (report.channels[c]!.heldOffCapacity.mean ?? 0) > 0);
  const shown = heldOff ? ROWS : ROWS.filter(([key]) => key !== 'heldOffCapacity');
  const rows = shown.map(([key, label, unit]) => {
    const cells = names.map((c) => formatFigure(report.channels[c]![key], unit, report.replications));
    if (key === 'serviceLevel') {
      label = `service level (${names.map((c) => formatDuration(scenario.channels.find((x) => x.channel === c)!.serviceLevelThreshold)).join(' / ')})`;
    }
    return [label, ...cells];
  });
  let out = `${head}\n\n${renderTable(['', ...names], rows)}\n`;
  out += noFigureNote(shown.filter((_, i) => rows[i]!.slice(1).includes('—')).map(([key]) => key));
  out += oneReplicationNote(rows);
  if (heldOff) out += HELD_OFF_NOTE;
  out += unansweredNote(report, names);
  if (report.aiAgent) out += '\n' + formatAiAgent(report);
  const brands = formatBrands(report);
  if (brands) out += '\n' + brands;
  const windows = Object.entries(report.windows);
  if (windows.length > 0) out += '\n' + formatWindows(report, names);
  const brandWindows = formatBrandWindows(report);
  if (brandWindows) out += '\n' + brandWindows;
  const sessions = report.sessions ? formatSessions(report) : '';
  if (sessions) out += '\n' + sessions; // nothing happened to sessions: no table, no blank line
  if (Object.keys(report.triggers).length > 0) out += '\n' + formatTriggers(report);
  if (report.sla) out += '\n' + formatSla(report);
  if (report.carriedOver) out += '\n' + formatCarriedOver(report);
  const queues = Object.entries(report.queues);
  if (queues.length > 0) {
    const qrows = queues.map(([name, q]) => [name, q.channel, formatEstimate(q.meanLength, 'number'), formatEstimate(q.maxLength, 'number'), formatEstimate(q.entered, 'count')]);
    out += `\n${renderTable(['queue', 'channel', 'mean length', 'max length', 'entered'], qrows)}\n`;
  }
  if (report.replications < 2) out += '\n(one replication: no confidence intervals; use --replications 10 or more)\n';
  return out;
}

/** The channels whose customers unanswered at the end are a large share of those offered, or ''. */
function unansweredNote(report: Report, names: readonly ChannelName[]): string {
  const shares = names.flatMap((c) => {
    const s = unansweredShare(report.channels[c]!);
    return s === null ? [] : [`${c} ${s}`];
  });
  if (shares.length === 0) return '';
  return wrapNote(`(no answer when the run ended: ${shares.join(', ')}. ${unansweredLeftOut(report.reportVersion)} ${UNANSWERED_LOOK})`);
}

/** Wraps a note at spaces to lines of at most 115 characters, as the table's other notes. */
function wrapNote(text: string, width = 115): string {
  let out = '';
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out += line + '\n';
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return out + line + '\n';
}

/** Customer figures per window (by ticket creation time): before / during / after a spike. */
function formatWindows(report: Report, names: ChannelName[]): string {
  const ws = Object.entries(report.windows);
  const header = ['', ...ws.flatMap(([w, win]) => names.map((c) => `${c} · ${w} (${formatSpan(win.from, win.to, win.every)})`))];
  const rows = WINDOW_ROWS.map(([key, label, unit]) => [label, ...ws.flatMap(([, win]) => names.map((c) => formatFigure(win.channels[c]?.[key], unit, report.replications)))]);
  // One table per channel keeps the width readable.
  return names.map((c) => {
    const cols = header.map((h, i) => (i === 0 || h.startsWith(`${c} ·`) ? i : -1)).filter((i) => i >= 0);
    const table = rows.map((r) => cols.map((i) => r[i]!));
    const dashes = WINDOW_ROWS.filter((_, i) => table[i]!.slice(1).includes('—')).map(([key]) => key);
    return renderTable(cols.map((i) => header[i]!), table) + '\n' + noFigureNote(dashes, ' in that window') + oneReplicationNote(table);
  }).join('\n');
}

const SESSION_ROWS: [keyof SessionReport, string, Unit][] = [
  ['endedByAgent', 'sessions ended by agents', 'count'],
  ['endedByTrigger', 'sessions ended by triggers', 'count'],
  ['endedByInactivity', 'sessions ended by auto-release', 'count'],
  ['endedByEndUser', 'sessions ended by end users', 'count'],
  ['capacityFreedBySessionEnd', 'messaging slots freed by ending', 'count'],
  ['reclassifiedToEmail', 'tickets routed as email', 'count'],
  ['stranded', 'stranded (unroutable, R4)', 'count'],
  ['strandedOpenAtEnd', '  still untouched at the end', 'count'],
  ['strandedMeanAgeAtEndSeconds', '  their mean age at the end', 'seconds'],
  ['strandedMaxAgeAtEndSeconds', '  their max age at the end', 'seconds'],
  ['notRouted', 'eligible but no queue fits (R2)', 'count'],
  ['followUpTickets', 'follow-up tickets (R48)', 'count'],
  ['wentInactive', 'sessions gone inactive', 'count'],
  ['reactivated', 'inactive sessions woken up', 'count'],
  ['autoAssignedInactive', 'inactive auto-assigned (R34)', 'count'],
  ['offersExpired', 'offers not accepted in time', 'count'],
];

function formatSessions(report: Report): string {
  const s = report.sessions!;
  const rows = SESSION_ROWS.filter(([key]) => (s[key].mean ?? 0) !== 0).map(([key, label, unit]) => [label, formatFigure(s[key], unit, report.replications)]);
  if (rows.length === 0) return '';
  return renderTable(['messaging sessions', 'per replication'], rows) + '\n' + oneReplicationNote(rows);
}

function formatTriggers(report: Report): string {
  // A column shown only when some trigger has a figure in it is blank for the others (the table keeps every column).
  const rows = Object.entries(report.triggers).map(([title, f]) => [
    title,
    ...TRIGGER_COLUMNS.map(([key, , unit, shown]) => (shown === 'always' || (f[key].mean ?? 0) > 0 ? formatEstimate(f[key], unit) : '')),
  ]);
  return renderTable(['trigger / automation', ...TRIGGER_COLUMNS.map(([, heading]) => heading)], rows) + '\n';
}
