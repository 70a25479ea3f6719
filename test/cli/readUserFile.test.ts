// Files the user names, or a scenario or sweep names, that are directories: said so, where
// `sweep DIR` said "cannot read (EISDIR)", a sweep's scenario that is a directory "no such
// file", and import-triggers "not valid JSON (EISDIR: illegal operation on a directory, read)".

import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text?: string) => {
  if (text !== undefined) writeFileSync(join(dir, name), text);
  return join(dir, name);
};
mkdirSync(file('folder'));
file('export.json', '{"triggers":[]}');

describe('a directory where a file is expected', () => {
  it.each([
    [['sweep', file('folder')], `${file('folder')}: is a directory, not a sweep file`],
    [['import-triggers', file('folder')], `${file('folder')}: is a directory, not a Triggers API export`],
    [['import-triggers', file('export.json'), '--map', file('folder')], `--map ${file('folder')}: is a directory, not a JSON id map`],
  ])('%j', async (args, message) => {
    const o = await omnisim(...args);
    expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: ${message}\n`]);
  });

  it("a sweep's scenario", async () => {
    const o = await omnisim('sweep', file('sw.yaml', 'scenario: folder\ngrid:\n  agents[phones].count: [14]\n'));
    expect(o.code).toBe(1);
    expect(o.err).toContain(`sw.yaml:1:1 scenario: ${file('folder')}: is a directory, not a file\n`);
  });

  it("a scenario's replayed export", async () => {
    const o = await omnisim('validate', file('replay.yaml', SMALL_VOICE.replace('arrivals: { rate: 200/h }', 'arrivals: { replay: folder }')));
    expect(o.code).toBe(1);
    expect(o.err).toContain(`${file('folder')}: is a directory, not a file`);
  });
});

describe('a file that begins with a byte-order mark (PowerShell writes one)', () => {
  const BOM = '\uFEFF';
  it('import-triggers and --map read it (JSON.parse refused it, with an invisible character in the message)', async () => {
    const exported = file('bom-export.json', BOM + '{"triggers":[{"title":"t","conditions":{"all":[{"field":"group_id","operator":"is","value":"360001"}]},"actions":[]}]}');
    const o = await omnisim('import-triggers', exported, '--map', file('bom-map.json', BOM + '{"groups":{"360001":"support"}}'));
    expect(o.code).toBe(0);
    expect(o.out).toContain('1 of 1 trigger(s) imported');
  });

  it("a scenario's imported export", async () => {
    file('bom-export2.json', BOM + '{"triggers":[]}');
    const o = await omnisim('validate', file('bom.yaml', SMALL_VOICE + 'triggers:\n  - import: bom-export2.json\n'));
    expect([o.code, o.err]).toEqual([0, '']);
  });
});

describe.runIf(existsSync('/dev/zero'))('a device where a file is expected', () => {
  it('is refused at once (validate /dev/zero read until memory ran out)', async () => {
    const o = await omnisim('validate', '/dev/zero');
    expect([o.code, o.err]).toEqual([1, 'omnisim: /dev/zero: is a device, not a scenario file\n']);
  });
});

describe('an empty file name (a shell variable that was not set)', () => {
  it.each([
    [['run', ''], 'expected a scenario file, got an empty name'],
    [['validate', ' '], 'expected a scenario file, got an empty name'],
    [['import-triggers', file('export.json'), '--map', ''], '--map expected a JSON id map, got an empty name'],
  ])('%j is refused by what it should name, not as ": no such file"', async (args, message) => {
    const o = await omnisim(...args);
    expect([o.code, o.err]).toEqual([1, `omnisim: ${message}\n`]);
  });
});

describe('- reads the scenario from standard input', () => {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'omnisim.mjs');
  const cli = (args: string[], input: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });

  it('run - gives the report of the same scenario read from its file, and validate - checks it (it said "-: no such file")', () => {
    const piped = cli(['run', '-', '--json', '-', '--replications', '2'], SMALL_VOICE);
    const named = cli(['run', file('small.yaml', SMALL_VOICE), '--json', '-', '--replications', '2'], '');
    expect([piped.status, piped.stderr]).toEqual([0, '']);
    expect(piped.stdout).toBe(named.stdout);
    const ok = cli(['validate', '-'], SMALL_VOICE);
    expect([ok.status, ok.stdout.startsWith('-: ok — ')]).toEqual([0, true]);
  });

  it('a problem in piped text is told at its line under the name -', () => {
    const bad = cli(['validate', '-'], 'channels:\n  voice: { arrivals: fast }\n');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^-:2:\d+ channels\.voice\.arrivals/m);
  });
});
