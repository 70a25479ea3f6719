// R7 with replayed exports: a row's brand column gives its ticket's brand (the channel's mix
// fills empty cells); a brand the scenario does not have is refused at its line, or with
// onBadRow: skip drawn from the mix; without brands in the scenario the column is not used.

import { describe, it, expect } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { readTicketExport } from '../../sim/traffic/replay/ticketExport.ts';
import { simulate } from '../../sim/run/simulate.ts';

const CSV = `created,channel,brand,group
00:01:00,email,beta,
00:02:00,email,,
00:03:00,email,acme,
00:04:00,email,Beta Corp,
00:05:00,email,beta,
`;

/** A problem as the CLI prints it, without its position in the YAML text. */
const line = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).replace(/^\d+:\d+ /, '');

function parse(csv: string, opts: { brands?: string; onBadRow?: string } = {}) {
  const replay = opts.onBadRow ? `{ file: export.csv, onBadRow: ${opts.onBadRow} }` : 'export.csv';
  const text = `name: replay brands
horizon: 1h
channels:
  email:
    arrivals: { replay: ${replay} }
    handleTime: { distribution: deterministic, value: 10s }
${opts.brands === undefined ? '    brands: { acme: 100% }\n' : opts.brands}agents:
  - { team: a, count: 1, capacity: { email: 1 } }
  - { team: b, count: 1, capacity: { email: 1 }, brands: [beta] }
`.replace('brands: [beta]', opts.brands === '' ? '' : 'brands: [beta]').replace(', }', ' }');
  const r = parseScenarioText(text, { readFile: () => csv });
  return { ...r, errorLines: r.errors.map(line), warningLines: r.warnings.map(line) };
}

/** The brand of each replayed ticket, by its creation time (TicketBranded). */
function brandsOf(r: ReturnType<typeof parse>): string[] {
  const e = new Engine(r.compiled!, 0);
  const out: string[] = [];
  e.bus.subscribe((ev) => {
    if (ev.type === 'TicketBranded') out.push(ev.brand);
  }, ['TicketBranded']);
  e.run();
  return out;
}

describe('R7: the brand column of a replayed export', () => {
  it('the reader takes a brand column (empty cells: none)', () => {
    const x = readTicketExport('t.csv', CSV, { horizon: 3600, start: null, utcOffsetMinutes: null });
    expect('tickets' in x && x.tickets.map((t) => t.brand)).toEqual(['beta', null, 'acme', 'Beta Corp', 'beta']);
  });

  it('each row\'s ticket has the row\'s brand; an empty cell takes the channel\'s mix', () => {
    const r = parse(CSV.replace('Beta Corp', 'beta'), { brands: '    brands: { acme: 100%, beta: 0% }\n' });
    expect(r.errorLines).toEqual([]);
    expect(brandsOf(r)).toEqual(['beta', 'acme', 'acme', 'beta', 'beta']);
    // The report shows beta on email, though the mix gives it 0 %: its rows are there.
    const summary = simulate(r.compiled!, 0);
    expect(summary.brands!['beta']!.email!.offered).toBe(3);
    expect(summary.brands!['acme']!.email!.offered + summary.brands!['beta']!.email!.offered).toBe(summary.channels.email.offered);
  });

  it('a brand the scenario does not have is refused at its line', () => {
    const r = parse(CSV, { brands: '    brands: { acme: 100%, beta: 0% }\n' });
    expect(r.compiled).toBeUndefined();
    expect(r.errorLines).toEqual([
      'channels.email.arrivals.replay: export.csv:5: brand "Beta Corp" is not one of the scenario\'s brands (acme, beta)',
    ]);
  });

  it('onBadRow: skip keeps the ticket and draws its brand from the mix, with a warning', () => {
    const r = parse(CSV, { brands: '    brands: { acme: 100%, beta: 0% }\n', onBadRow: 'skip' });
    expect(r.errorLines).toEqual([]);
    expect(r.warningLines).toContain('channels.email.arrivals.replay: export.csv:5: brand "Beta Corp" is not one of the scenario\'s brands (acme, beta) — drawn from the channel\'s mix');
    expect(brandsOf(r)).toEqual(['beta', 'acme', 'acme', 'acme', 'beta']);
  });

  it('a near miss is named', () => {
    const r = parse(CSV.replace('Beta Corp', 'betta'), { brands: '    brands: { acme: 100%, beta: 0% }\n' });
    expect(r.errorLines[0]).toContain('brand "betta" (did you mean "beta"?)');
  });

  it('without brands in the scenario the column is not used, and a warning says so', () => {
    const r = parse(CSV, { brands: '' });
    expect(r.errorLines).toEqual([]);
    expect(r.warningLines).toContain(
      'channels.email.arrivals.replay: export.csv: 4 email rows give brands (beta, acme, Beta Corp), but no channel has brands, so the brand column is not used; give the channels\' brands (R7) to route by brand',
    );
    expect(brandsOf(r)).toEqual([]);
  });
});
