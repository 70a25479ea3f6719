// The CSV reader and the time forms of ticket exports (sim/traffic/replay): quoting, line
// breaks, separators and line numbers; date-times with and without UTC offsets; times after
// the start; help-desk via names.

import { describe, it, expect } from 'vitest';
import { parseCsv } from '../../sim/traffic/replay/csv.ts';
import { onClock, parseOffset, parseRelative, parseTimestamp, weekdayOf } from '../../sim/traffic/replay/timestamps.ts';
import { channelOfVia } from '../../sim/traffic/replay/viaChannels.ts';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, keeping each record\'s first line', () => {
    const r = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n2,"two\nlines",z\n\n3,,\n');
    expect(r).toEqual({
      separator: ',',
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
        { line: 3, fields: ['2', 'two\nlines', 'z'] },
        { line: 6, fields: ['3', '', ''] },
      ],
    });
  });

  it('takes the separator of the header (semicolons, tabs), CRLF line ends and a byte-order mark', () => {
    expect(parseCsv('\ufeffa;b\r\n1;"2;3"\r\n')).toEqual({ separator: ';', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2;3'] }] });
    expect(parseCsv('a\tb\n1\t2')).toEqual({ separator: '\t', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] });
  });

  it('names the line of a quote that is never closed, and of text after a closing quote', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n4,5\n')).toEqual({ error: 'a quoted field is never closed (a " is missing)', line: 3 });
    expect(parseCsv('a,b\n1,"x"y\n')).toEqual({ error: 'text after the closing quote of field 2', line: 2 });
  });
});

describe('creation times', () => {
  it('reads ISO date-times as the clock they show, with their offset when written', () => {
    expect(parseTimestamp('2024-03-05T09:12:31Z')).toEqual({ wall: Date.UTC(2024, 2, 5, 9, 12, 31) / 1000, offset: 0, utc: true });
    expect(parseTimestamp('2024-03-05 09:12')).toEqual({ wall: Date.UTC(2024, 2, 5, 9, 12) / 1000, offset: null, utc: false });
    expect(parseTimestamp('2024-03-05T09:12:31.250+01:00')).toEqual({ wall: Date.UTC(2024, 2, 5, 9, 12, 31) / 1000 + 0.25, offset: 60, utc: false });
    expect(parseTimestamp('2024-02-30T10:00')).toEqual({ error: '"2024-02-30T10:00" is not a valid date and time' });
    expect(parseTimestamp('2024-03-05')).toEqual({ error: '"2024-03-05" is a date without a time of day' });
    expect(parseTimestamp('3600')).toBeNull();
  });

  it('converts times with an offset to the centre\'s clock when it is given, and leaves the rest as written', () => {
    const z = parseTimestamp('2024-03-05T08:00:00Z');
    const local = parseTimestamp('2024-03-05T09:00:00');
    if (!z || 'error' in z || !local || 'error' in local) throw new Error('unreadable');
    expect(onClock(z, 60)).toBe(Date.UTC(2024, 2, 5, 9) / 1000);
    expect(onClock(z, null)).toBe(Date.UTC(2024, 2, 5, 8) / 1000);
    expect(onClock(local, 60)).toBe(local.wall);
    expect(parseOffset('-05:30')).toBe(-330);
    expect(parseOffset('+0200')).toBe(120);
    expect(parseOffset('UTC')).toEqual({ error: 'expected a UTC offset such as +01:00 or -05:30, got "UTC"' });
    expect(weekdayOf(Date.UTC(2024, 2, 5) / 1000)).toBe(1); // a Tuesday
  });

  it('reads times after the start: seconds, durations and day clocks', () => {
    expect(['3600', '12.5', '1h30m', 'd1 09:30', '09:30', 'soon'].map(parseRelative)).toEqual([3600, 12.5, 5400, 86400 + 34200, 34200, null]);
  });
});

describe('via names', () => {
  it('maps the help desk\'s channel names onto messaging, email and voice', () => {
    const names = ['messaging', 'Native Messaging', 'web_messaging', 'chat', 'WhatsApp', 'email', 'web', 'web form', 'API', 'voice', 'Talk', 'phone_call_inbound'];
    expect(names.map(channelOfVia)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
  });

  it('explains what it refuses', () => {
    expect(channelOfVia('fax')).toEqual({ error: 'channel "fax" is not messaging, email or voice (nor a via name such as web, chat, native_messaging, api or talk)' });
    expect(channelOfVia('voicemail')).toEqual({ error: 'channel "voicemail": voicemails are never routed as live calls (R5); leave these rows out, or write email if they are worked as email' });
    expect(channelOfVia(' ')).toEqual({ error: 'the channel is empty' });
  });
});
