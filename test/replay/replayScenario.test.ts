// Arrivals replayed from a CSV export (`arrivals: { replay: file.csv }`): exact traces of the
// replayed tickets (times, channels, priority, group, tags from the rows), every bad row named
// with its line (refused, or left out with onBadRow: skip), the warnings, and the bundled
// sample day — also as the browser bundles it.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { TicketCreated } from '../../sim/model/events.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';
import { record } from '../support/record.ts';
import { readScenarioFile } from '../support/scenarios.ts';
import { linesOf, ticket } from '../behaviour/tinyChat.ts';
import { BUNDLED, SCENARIO_NAMES, bundledReader } from '../../viz/scenarios.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fromFixtures = (p: string) => {
  try {
    return readFileSync(join(FIXTURES, p), 'utf8');
  } catch {
    return { error: `${p}: no such file` };
  }
};

/** A scenario replaying `file` on every channel (or `arrivals` given per channel). */
function scenario(replay: string, extra = ''): string {
  return `name: replay
horizon: 1d
start: { weekday: tuesday }
channels:
  messaging: { arrivals: { replay: ${replay} }, handleTime: { distribution: deterministic, value: 100s } }
  email: { arrivals: { replay: ${replay} }, handleTime: { distribution: deterministic, value: 100s }, pendingProbability: 0 }
  voice: { arrivals: { replay: ${replay} }, handleTime: { distribution: deterministic, value: 100s } }
agents:
  - { team: a, count: 1, capacity: { messaging: 1, email: 1, voice: 1 }, groups: [support, billing] }
${extra}`;
}

function parse(text: string) {
  const r = parseScenarioText(text, { readFile: fromFixtures });
  return { ...r, errorLines: r.errors.map((p) => formatProblem(p, 's.yaml')), warningLines: r.warnings.map((p) => formatProblem(p, 's.yaml')) };
}

describe('replayed arrivals: exact traces', () => {
  // small-export.csv: semicolons, CRLF, newest first; t = 0 is 08:00 by `start`. (record()
  // reads files relative to scenarios/.)
  const small = '../test/replay/fixtures/small-export.csv';
  const text = scenario(`{ file: ${small}, start: "2024-03-05T08:00" }`);

  it('each row arrives at its creation time on its channel, whatever the order of the file', () => {
    const r = record(text, { types: ['TicketCreated', 'TicketAssigned'] });
    expect(linesOf(r, 'TicketCreated', 'TicketAssigned')).toEqual([
      '0 created #1 email',
      '0 assigned #1 to a-1 as email (routed)',
      '10 created #2 voice',
      '10 assigned #2 to a-1 as voice (routed)',
      '30 created #3 messaging',
      '30 assigned #3 to a-1 as messaging (routed)',
    ]);
  });

  it('priority, group and tags come from the row; what it leaves empty from the channel\'s mixes', () => {
    const r = record(text, { until: 40, types: ['TicketCreated'] });
    const created = r.events as TicketCreated[];
    expect(created.map((e) => [e.ticket, e.channel, e.priority, e.group])).toEqual([
      [1, 'email', 'normal', 'support'],
      [2, 'voice', 'urgent', 'support'],
      [3, 'messaging', 'high', 'billing'],
    ]);
    expect(ticket(r.engine, 3).tags).toEqual(['vip']);
    expect(ticket(r.engine, 1).tags).toEqual(['auto-routing']); // the email channel's own tag (R2)
  });

  it('without a start, t = 0 is midnight of the first ticket\'s day', () => {
    const r = record(scenario(small), { until: 8 * 3600 + 40, types: ['TicketCreated'] });
    expect(r.events.map((e) => e.t)).toEqual([28800, 28810, 28830]);
  });

  it('every replication replays the same arrivals; only the work done differs', () => {
    const c = parse(scenario('small-export.csv')).compiled!;
    const times = (rep: number) => {
      const e = new Engine(c, rep);
      const out: number[] = [];
      e.bus.subscribe((ev) => out.push(ev.t), ['TicketCreated']);
      e.run();
      return out;
    };
    expect(times(1)).toEqual(times(0));
  });
});

describe('replayed arrivals: bad rows and files', () => {
  it('refuses every bad row, naming the file and its line', () => {
    const r = parse(scenario('bad-tickets.csv'));
    expect(r.compiled).toBeUndefined();
    expect(r.errorLines).toEqual([
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:3: channel "fax" is not messaging, email or voice (nor a via name such as web, chat, native_messaging, api or talk)',
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:4: priority "critical" is not low, normal, high, urgent (or empty)',
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:5: the created time is empty',
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:6: created "2024-03-05T25:00:00" is not a valid date and time',
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:7: channel "voicemail": voicemails are never routed as live calls (R5); leave these rows out, or write email if they are worked as email',
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:8: created "3600" is a time after the start, but line 2 gives a date and time; use one form for the whole file',
      's.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:10: 4 fields, but the header has 7 (a separator or quote out of place?)',
    ]);
  });

  it('onBadRow: skip leaves the bad rows out, each with a warning, and replays the rest', () => {
    const r = parse(scenario('{ file: bad-tickets.csv, onBadRow: skip }'));
    expect(r.errorLines).toEqual([]);
    expect(r.warningLines.filter((w) => w.includes('row left out'))).toHaveLength(7);
    expect(r.warningLines[0]).toBe('s.yaml:5:28 channels.messaging.arrivals.replay: bad-tickets.csv:3: channel "fax" is not messaging, email or voice (nor a via name such as web, chat, native_messaging, api or talk) — row left out');
    const sc = r.compiled!.scenario;
    expect(sc.channels.map((c) => c.arrivals.times)).toEqual([[9 * 3600 + 720, 9 * 3600 + 840], [9 * 3600], []]);
    expect(sc.channels[0]!.arrivals.replay!.rows.map((x) => x.line)).toEqual([9, 11]);
    expect(r.warningLines).toContain('s.yaml:7:24 channels.voice.arrivals.replay: bad-tickets.csv has no voice rows: no voice ticket will arrive');
  });

  it('says what is wrong with a file as a whole', () => {
    const files: Record<string, string> = {
      'nohead.csv': 'when,what\n2024-03-05T09:00,email\n',
      'twice.csv': 'created,via,channel\n1,email,email\n',
      'empty.csv': '\n\n',
      'open.csv': 'created,channel\n1,"email\n',
    };
    const msg = (f: string) => parseScenarioText(scenario(f), { readFile: (p) => files[p] ?? { error: `${p}: no such file` } }).errors.map((e) => e.message);
    expect(msg('nohead.csv')).toEqual(['nohead.csv:1: no created and no channel column (a created column takes created, created at, created time …; a channel column channel, via, via channel …); the header has "when", "what"']);
    expect(msg('twice.csv')).toEqual(['twice.csv:1: two columns give the channel: "via" (column 2) and "channel" (column 3)']);
    expect(msg('empty.csv')).toEqual(['empty.csv is empty: expected a header line such as created,channel,priority,group,tags']);
    expect(msg('open.csv')).toEqual(['open.csv:2: a quoted field is never closed (a " is missing)']);
    expect(msg('missing.csv')).toEqual(['missing.csv: no such file']);
  });

  it('refuses replay mixed with a rate, and a file that cannot be read here (no file reader)', () => {
    const r = parseScenarioText('name: s\nchannels:\n  email: { arrivals: { replay: x.csv, rate: 3/h } }\n');
    expect(r.errors.map((p) => formatProblem(p))).toEqual([
      '3:39 channels.email.arrivals.rate: "rate" cannot be combined with replayed arrivals (the file gives every arrival)',
      '3:24 channels.email.arrivals.replay: x.csv cannot be read here',
    ]);
  });

  it('warns about rows after the horizon, UTC times read as written, a weekday that differs, and rows no channel replays', () => {
    const files: Record<string, string> = {
      'z.csv': 'created_at,via\n2024-03-04T09:00:00Z,email\n2024-03-05T09:00:00Z,email\n2024-03-04T10:00:00Z,voice\n',
    };
    const text = 'name: s\nhorizon: 1d\nchannels:\n  email: { arrivals: { replay: z.csv } }\nagents: [{ team: a }]\n';
    const r = parseScenarioText(text, { readFile: (p) => files[p]! });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'z.csv: 3 created times are in UTC (…Z) and read as the clock shows them; if the centre works on another clock, give utcOffset (e.g. "+01:00") so they line up with shifts and profiles',
      'z.csv: 1 row created after the horizon (1d) is not replayed',
      'z.csv: 1 voice row is not replayed (channels.voice does not replay this file)',
    ]);
    // 2024-03-04 is a Monday, as the run (no warning); utcOffset moves the times onto the centre's clock.
    const shifted = parseScenarioText(text.replace('replay: z.csv', 'replay: { file: z.csv, utcOffset: "+01:00" }'), { readFile: (p) => files[p]! });
    expect(shifted.compiled!.scenario.channels[1]!.arrivals.times).toEqual([10 * 3600]);
    const tuesday = parseScenarioText(text.replace('replay: z.csv', 'replay: { file: z.csv, start: "2024-03-05T00:00" }'), { readFile: (p) => files[p]! });
    expect(tuesday.errors.map((e) => e.message)).toEqual([
      'z.csv:2: created 2024-03-04 09:00 is before the replay start (2024-03-05 00:00)',
      'z.csv:4: created 2024-03-04 10:00 is before the replay start (2024-03-05 00:00)',
    ]);
    const onTuesday = parseScenarioText(text.replace('replay: z.csv', 'replay: { file: z.csv, start: "2024-03-05T00:00", onBadRow: skip }'), { readFile: (p) => files[p]! });
    expect(onTuesday.warnings.map((w) => w.message)).toContain('z.csv starts on a Tuesday (2024-03-05 00:00) but the run starts on a Monday; write start: { weekday: tuesday } so shifts, schedules and weekday factors line up');
  });
});

describe('scenarios/replay-sample-day.yaml', () => {
  const text = readScenarioFile('replay-sample-day.yaml') as string;
  const csv = readScenarioFile('data/tickets-sample.csv') as string;

  it('replays every row of the export once, with the row\'s priority, in every replication', () => {
    const r = parseScenarioText(text, { readFile: (p) => readScenarioFile(p) });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const rows = csv.trim().split('\n').slice(1).map((l) => l.split(','));
    const byChannel = (via: (v: string) => boolean) => rows.filter((x) => via(x[2]!)).length;
    const report = runScenario(withRunOptions(r.compiled!, { replications: 3 }));
    expect(report.channels.messaging!.offered).toEqual({ mean: byChannel((v) => /messaging|chat|whatsapp/.test(v)), ci95: [265, 265] });
    expect(report.channels.email!.offered.mean).toBe(byChannel((v) => /^(email|web|api)$/.test(v)));
    expect(report.channels.voice!.offered.mean).toBe(byChannel((v) => v === 'voice'));
    // Urgent tickets in the file are urgent in the run.
    const e = new Engine(r.compiled!, 0);
    const created: TicketCreated[] = [];
    e.bus.subscribe((ev) => created.push(copyEvent(ev as TicketCreated)), ['TicketCreated']);
    e.run();
    expect(created.filter((c) => c.priority === 'urgent')).toHaveLength(rows.filter((x) => x[3] === 'urgent').length);
    expect(created.filter((c) => c.group === 'billing')).toHaveLength(rows.filter((x) => x[4] === 'billing').length);
  });

  it('runs in the browser: the visualizer bundles the CSV with the scenarios', () => {
    expect(BUNDLED['data/tickets-sample.csv']).toBe(csv);
    expect(SCENARIO_NAMES).toContain('replay-sample-day.yaml');
    const r = parseScenarioText(BUNDLED['replay-sample-day.yaml']!, { readFile: bundledReader('replay-sample-day.yaml') });
    expect(r.errors).toEqual([]);
    expect(r.compiled!.scenario.channels[0]!.arrivals.times).toHaveLength(265);
  });
});
